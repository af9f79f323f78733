#!/usr/bin/env bash
# Fails when the committed .ts files are out of date with the sources or not fully translated.
# Usage: check-complete.sh LUPDATE SOURCE_DIR TS_FILE...
set -euo pipefail
lupdate=$1; src=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$@"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  (cd "$src" && "$lupdate" -locations none -no-obsolete -extensions cpp,h,ui app ui -ts "$copy" >/dev/null)
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  total=$(grep -c '<message' "$copy" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "$(basename "$ts"): $unfinished of $total strings are new or untranslated:"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -40
    status=1
  else
    echo "$(basename "$ts"): all $total strings translated"
  fi
done
exit $status
