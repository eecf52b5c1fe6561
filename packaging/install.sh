#!/bin/sh
# Install the stand-alone vtviewer (this folder, unpacked from its tarball) for the current
# user: the application under $PREFIX/opt/vtviewer, the command $PREFIX/bin/vtviewer, and
# the desktop entry, AppStream metadata and icons (so that a file manager offers "Open with
# vtviewer" for PDFs and folders). PREFIX defaults to ~/.local. No root needed.
#
#   ./install.sh              # install (or update)
#   ./install.sh --uninstall  # remove what install put there (the archive's index stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
dest=$prefix/opt/vtviewer
bin=$prefix/bin

if [ "${1:-}" = "--uninstall" ]; then
    sh "$here/desktop.sh" uninstall
    rm -f "$bin/vtviewer"
    rm -rf "$dest"
    echo "vtviewer removed from $prefix (the index and settings in your data folder are kept)"
    exit 0
fi

[ -x "$here/vtviewer/vtviewer" ] || { echo "install.sh: $here/vtviewer/vtviewer not found" >&2; exit 1; }
mkdir -p "$prefix/opt" "$bin"
# A new copy beside the old one, then swapped: a failed copy leaves the old install.
rm -rf "$dest.new"
cp -R "$here/vtviewer" "$dest.new"
rm -rf "$dest.old"
[ -d "$dest" ] && mv "$dest" "$dest.old"
mv "$dest.new" "$dest"
rm -rf "$dest.old"
ln -sf "$dest/vtviewer" "$bin/vtviewer"
VTVIEWER_ICONS="$dest/_internal/resources/icons/hicolor" sh "$here/desktop.sh" install "$dest/vtviewer"
echo "vtviewer installed in $dest; run it as $bin/vtviewer or from the applications menu"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on your PATH" ;;
esac
