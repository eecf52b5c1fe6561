#!/bin/sh
# Install or remove vtviewer's desktop integration for the current user: the desktop
# entry (opens PDFs and folders from a file manager: Exec=vtviewer %F), the AppStream
# metadata and the icons in the hicolor sizes, under ${XDG_DATA_HOME:-~/.local/share}.
#
#   packaging/desktop.sh install [EXEC]    # EXEC: the vtviewer to start (default: vtviewer
#                                          # on PATH; the frozen app's install.sh passes its own)
#   packaging/desktop.sh uninstall
#
# The installed files are validated (desktop-file-validate, appstreamcli) when those tools
# are there; the desktop and icon caches are refreshed when their tools are there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
app_id=io.github.vtviewer.VtViewer
share=${XDG_DATA_HOME:-$HOME/.local/share}
icons_src=${VTVIEWER_ICONS:-$root/resources/icons/hicolor}
entry=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    fi
}

case "${1:-}" in
install)
    exec_path=${2:-vtviewer}
    mkdir -p "$share/applications" "$share/metainfo"
    # Exec and TryExec name the program to start; a path with spaces is quoted.
    case "$exec_path" in
        *\ *) exec_field="\"$exec_path\"" ;;
        *) exec_field=$exec_path ;;
    esac
    sed -e "s|^Exec=vtviewer |Exec=$exec_field |" -e "s|^TryExec=vtviewer$|TryExec=$exec_path|" \
        "$here/$app_id.desktop" > "$entry.tmp"
    mv "$entry.tmp" "$entry"
    cp "$here/$app_id.metainfo.xml" "$metainfo.tmp"
    mv "$metainfo.tmp" "$metainfo"
    for dir in "$icons_src"/*/apps; do
        size=$(basename "$(dirname "$dir")")
        for icon in "$dir"/"$app_id".*; do
            mkdir -p "$share/icons/hicolor/$size/apps"
            cp "$icon" "$share/icons/hicolor/$size/apps/"
        done
    done
    status=0
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$entry" || status=1
    fi
    if command -v appstreamcli >/dev/null 2>&1; then
        appstreamcli validate --no-net "$metainfo" >/dev/null || status=1
    fi
    refresh
    echo "installed $entry, $metainfo and icons under $share/icons/hicolor"
    exit "$status"
    ;;
uninstall)
    rm -f "$entry" "$metainfo"
    for dir in "$share"/icons/hicolor/*/apps; do
        [ -d "$dir" ] || continue
        rm -f "$dir/$app_id".png "$dir/$app_id".svg
    done
    refresh
    echo "removed vtviewer's desktop entry, metainfo and icons from $share"
    ;;
*)
    echo "usage: $0 install [EXEC] | uninstall" >&2
    exit 2
    ;;
esac
