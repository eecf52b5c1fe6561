#!/bin/sh
# Build vtviewer's wheel into dist/ (and, with --install-data PREFIX, install the desktop
# integration files: .desktop entry, AppStream metainfo and icons under PREFIX/share).
#
#   packaging/build.sh                       # -> dist/vtviewer-<version>-py3-none-any.whl
#   packaging/build.sh --install-data ~/.local
#
# The stand-alone application (PyInstaller) is `make dist` (packaging/make_dist.sh and
# packaging/vtviewer.spec); the desktop files for the current user are
# packaging/desktop.sh (`make install-desktop`).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-}
if [ -z "$python" ]; then
    if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
app_id=io.github.vtviewer.VtViewer

"$python" -m pip wheel --no-deps -w dist . >/dev/null
ls -1 dist/vtviewer-*.whl

if [ "${1:-}" = "--install-data" ]; then
    prefix=${2:?usage: build.sh --install-data PREFIX}
    install -Dm644 "packaging/$app_id.desktop" "$prefix/share/applications/$app_id.desktop"
    install -Dm644 "packaging/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
    for dir in resources/icons/hicolor/*/apps; do
        size=$(basename "$(dirname "$dir")")
        for icon in "$dir"/"$app_id".*; do
            install -Dm644 "$icon" "$prefix/share/icons/hicolor/$size/apps/$(basename "$icon")"
        done
    done
    echo "installed desktop entry, metainfo and icons under $prefix/share"
fi
