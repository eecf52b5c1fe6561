#!/bin/sh
# Build vtviewer's wheel into dist/ (and, with --install-data PREFIX, install the desktop
# integration files: .desktop entry, AppStream metainfo and icons under PREFIX/share).
#
#   packaging/build.sh                       # -> dist/vtviewer-<version>-py3-none-any.whl
#   packaging/build.sh --install-data ~/.local
#
# Freezing into a stand-alone folder with PyInstaller (not a dependency of vtviewer;
# install it in a throw-away venv):
#
#   python -m venv /tmp/freeze && /tmp/freeze/bin/pip install dist/vtviewer-*.whl pyinstaller
#   /tmp/freeze/bin/pyinstaller --name vtviewer --windowed \
#       --icon resources/icons/hicolor/256x256/apps/io.github.vtviewer.VtViewer.png \
#       --collect-data vtviewer.resources --collect-submodules vtviewer \
#       --hidden-import PySide6.QtPdf --hidden-import PySide6.QtPdfWidgets \
#       --hidden-import PySide6.QtSvg --hidden-import PySide6.QtPrintSupport \
#       "$(/tmp/freeze/bin/python -c 'import vtviewer.__main__ as m; print(m.__file__)')"
#
# A frozen app has no `python -m`: the PDF preview then starts its safety probe as
# `<app> --pdf-probe PATH PAGE`, so the frozen entry point must hand that flag to
# vtviewer.gui.preview_probe.main(argv[2:]) before anything else (see preview_probe.py).
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
