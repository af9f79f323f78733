#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 60) from its seed corpus, in a working copy
# of the corpus under the build directory. A crash, leak, timeout or out-of-memory fails the
# run; its reproducer is copied to tests/fuzz/regressions/<target>/, where tst_fuzzregressions
# replays it from then on.
# Usage: tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
src=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-fuzz}
seconds=${2:-60}
status=0
for target in fuzz_sseparser fuzz_stream fuzz_request fuzz_jsontree; do
  exe="$build/tests/fuzz/$target"
  work="$build/fuzz-work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -n "$src/corpus/$target/"* "$work/corpus/" 2>/dev/null || true
  start=$(date +%s)
  if QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 "$exe" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log.txt" 2>&1; then
    echo "$target: ok after $(( $(date +%s) - start )) s, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$') runs, corpus $(ls "$work/corpus" | wc -l)"
  else
    status=1
    echo "$target: FAILED"
    grep -E "ERROR|SUMMARY|Test unit written" "$work/log.txt" | head -20
    mkdir -p "$src/regressions/$target"
    for artifact in "$work/artifacts/"*; do
      [ -f "$artifact" ] && cp "$artifact" "$src/regressions/$target/" && echo "  reproducer kept: tests/fuzz/regressions/$target/$(basename "$artifact")"
    done
  fi
done
exit $status
