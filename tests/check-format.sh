#!/usr/bin/env bash
# Fails when a C++ source is not clang-format clean (.clang-format at the root).
# Usage: check-format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
files=$(find app ui tests bench -name '*.cpp' -o -name '*.h' | sort)
bad=$(for f in $files; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [ -n "$bad" ]; then
  echo "Not clang-format clean (run clang-format -i on them):"
  echo "$bad"
  exit 1
fi
echo "$(echo "$files" | wc -l) files are clang-format clean"
