#!/bin/sh
# Validate the desktop entry and the AppStream metainfo with the freedesktop tools.
# CI: apt-get install -y desktop-file-utils appstream && packaging/validate.sh
# Exits non-zero when a validator reports an error (or warning, for appstreamcli).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.vtviewer.VtViewer
status=0
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "ERROR: $tool not found (apt-get install -y desktop-file-utils appstream)" >&2
        exit 2
    fi
done
echo "== desktop-file-validate $app_id.desktop"
desktop-file-validate "$here/$app_id.desktop" || status=1
echo "== appstreamcli validate $app_id.metainfo.xml"
# --no-net: CI runs offline; --explain on failure tells why.
appstreamcli validate --no-net --explain "$here/$app_id.metainfo.xml" || status=1
if [ "$status" -eq 0 ]; then echo "packaging metadata: OK"; fi
exit "$status"
