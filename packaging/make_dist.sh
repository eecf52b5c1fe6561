#!/bin/sh
# Build the stand-alone vtviewer with PyInstaller (one folder) and its Linux tarball:
#   dist/app/vtviewer/                              the application folder
#   dist/vtviewer-VERSION-linux-ARCH.tar.gz         it, with install.sh and the desktop files
# Usage: packaging/make_dist.sh PYTHON   (a Python with vtviewer's dependencies and PyInstaller)
set -eu
python=${1:?usage: make_dist.sh PYTHON}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$("$python" -c 'import vtviewer; print(vtviewer.__version__)')
arch=$(uname -m)
name=vtviewer-$version-linux-$arch

QT_QPA_PLATFORM=offscreen "$python" scripts/build_icons.py --platform-icons >/dev/null
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist/app --workpath build/pyinstaller packaging/vtviewer.spec

rm -rf "build/$name" "dist/$name.tar.gz"
mkdir -p "build/$name"
cp -R dist/app/vtviewer "build/$name/vtviewer"
cp packaging/install.sh packaging/desktop.sh "build/$name/"
cp packaging/io.github.vtviewer.VtViewer.desktop packaging/io.github.vtviewer.VtViewer.metainfo.xml "build/$name/"
chmod +x "build/$name/install.sh" "build/$name/desktop.sh"
tar -C build -czf "dist/$name.tar.gz" "$name"
rm -rf "build/$name"

unpacked=$(du -sm dist/app/vtviewer | cut -f1)
packed=$(du -sm "dist/$name.tar.gz" | cut -f1)
echo "built dist/app/vtviewer ($unpacked MB unpacked) and dist/$name.tar.gz ($packed MB packed)"
