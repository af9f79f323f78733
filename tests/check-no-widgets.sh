#!/usr/bin/env bash
# Fails when any given executable needs libQt6Widgets or libQt6Gui at run time.
set -euo pipefail
status=0
for bin in "$@"; do
  needed=$(readelf -d "$bin" | awk '/NEEDED/ {print $5}')
  if grep -Eq 'libQt6(Widgets|Gui)' <<<"$needed"; then
    echo "FAIL: $bin links Qt Gui/Widgets:"; grep -E 'libQt6' <<<"$needed"; status=1
  else
    echo "ok: $(basename "$bin") needs no Qt Gui/Widgets"
  fi
done
exit $status
