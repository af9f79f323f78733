#!/usr/bin/env bash
# Prints every performance figure of RunLens, beside the official `openai` npm client on the
# same input in the same run, with the command that produced each figure.
#
#   cmake --preset bench && cmake --build --preset bench   # a Release build with the benchmarks
#   bench/run.sh build-bench [--quick]
#
# Builds nothing. Writes the generated streams and the pinned npm package (the version the
# conformance tests pin, tests/server/conformance/package-lock.json) into BUILD_DIR/bench-data.
# --quick skips the 30 s realistic-rate window run.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR [--quick]   (BUILD_DIR: cmake --preset bench && cmake --build --preset bench)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
quick=${2:-}
src=$(cd "$(dirname "$0")/.." && pwd)
data=$build/bench-data
npmdir=$data/npm
mkdir -p "$data" "$npmdir"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8

for exe in runlens runlens-cli bench/sse/bench_sse bench/runpanel/bench_window bench/runpanel/bench_inspector \
    bench/runpanel/bench_events bench/runpanel/bench_startup; do
    if [ ! -x "$build/$exe" ]; then
        echo "$build/$exe is missing: build the bench preset first (cmake --build --preset bench)" >&2
        exit 2
    fi
done
if ! grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt"; then
    echo "note: $build is not a Release build; the figures below are not comparable" >&2
fi

say() { printf '\n== %s\n' "$*"; }
cmd() { printf '$ %s\n' "$*"; }
# wall seconds and peak RSS (MiB) of a command, from outside: sets $wall and $rss
measure() {
    local log=$data/time.txt
    cmd "$@"
    /usr/bin/time -f '%e %M' -o "$log" "$@"
    read -r wall rss_kib < "$log"
    rss=$((rss_kib / 1024))
    printf '   %s s wall, %s MiB peak RSS\n' "$wall" "$rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
# the text a client printed against the stream's ("newline" allows the one newline runlens-cli ends its text with)
same_text() {
    if cmp -s "$1" "$2" || { [ "${3:-}" = newline ] && cmp -s "$1" <(cat "$2"; echo); }; then
        echo "   text identical to the stream's"
    else
        echo "   TEXT DIFFERS: $1 vs $2"
    fi
}

say "Streams (bench/stream/make-stream.py: fixed seed, framed like the real API)"
for n in 20000 200000 3000; do
    if [ ! -s "$data/stream-$n.sse" ] || [ "$src/bench/stream/make-stream.py" -nt "$data/stream-$n.sse" ]; then
        python3 "$src/bench/stream/make-stream.py" "$data/stream-$n.sse" "$n" --text "$data/stream-$n.txt"
    fi
    printf '   %7d deltas: %s bytes\n' "$n" "$(stat -c %s "$data/stream-$n.sse")"
done

say "The official client (openai npm, pinned)"
cp "$src/tests/server/conformance/package.json" "$src/tests/server/conformance/package-lock.json" "$npmdir/"
cp "$src/bench/stream/official.mjs" "$src/bench/stream/serve.mjs" "$npmdir/"
if [ ! -d "$npmdir/node_modules/openai" ]; then
    (cd "$npmdir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "   openai $(node -p "require('$npmdir/node_modules/openai/package.json').version"), node $(node --version)"

say "Ingest: parser + decoder + run state, in process, 200,000 deltas"
cmd "$build/bench/sse/bench_sse" --file "$data/stream-200000.sse" --text "$data/stream-200000.txt"
ours=$("$build/bench/sse/bench_sse" --file "$data/stream-200000.sse" --text "$data/stream-200000.txt")
echo "$ours" | sed 's/^/   /'
cmd node "$npmdir/official.mjs" decode "$data/stream-200000.sse"
theirs=$(node "$npmdir/official.mjs" decode "$data/stream-200000.sse")
echo "   $theirs"
ours_eps=$(echo "$ours" | awk '/events\/s \(wall\)/ { print $4 }')
theirs_eps=$(echo "$theirs" | sed -E 's/.* ([0-9]+) events\/s.*/\1/')
echo "   RunLens / official, events per second: $(ratio "$ours_eps" "$theirs_eps")x"

say "End to end over loopback: the same stream served by bench/stream/serve.mjs"
request=$data/request.json
printf '%s\n' '{"assistant_id": "asst_bench", "thread": {"messages": [{"role": "user", "content": "Write a long text."}]}, "stream": true}' > "$request"
server_pid=
start_server() { # FILE [--rate N]
    local file=$1
    shift
    rm -f "$data/port"
    node "$npmdir/serve.mjs" "$file" "$data/port" "$@" &
    server_pid=$!
    for _ in $(seq 100); do [ -s "$data/port" ] && break; sleep 0.05; done
    base="http://127.0.0.1:$(cat "$data/port")/v1"
}
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; server_pid=; }
trap stop_server EXIT
guihome=$(mktemp -d)
gui_env=(env HOME="$guihome" XDG_CONFIG_HOME="$guihome/config" XDG_DATA_HOME="$guihome/data"
    XDG_CACHE_HOME="$guihome/cache" XDG_RUNTIME_DIR="$guihome/run")
mkdir -p "$guihome/run" && chmod 700 "$guihome/run"

declare -A cli_wall
for n in 20000 200000; do
    start_server "$data/stream-$n.sse"
    echo "-- $n deltas, $base"
    measure node "$npmdir/official.mjs" run "$base" "$data/official-$n.txt"
    official_wall=$wall
    same_text "$data/official-$n.txt" "$data/stream-$n.txt"
    measure sh -c "\"$build/runlens-cli\" run \"$request\" --base-url $base > \"$data/cli-$n.txt\" 2> \"$data/cli-$n.log\""
    cli_wall[$n]=$wall
    cli_rss=$rss
    same_text "$data/cli-$n.txt" "$data/stream-$n.txt" newline
    echo "   runlens-cli is $(ratio "$official_wall" "$wall")x as fast as the official client"
    measure "${gui_env[@]}" "$build/runlens" "$request" --base-url "$base" --send --quit-when-done \
        --save-text "$data/gui-$n.txt"
    same_text "$data/gui-$n.txt" "$data/stream-$n.txt"
    echo "   the GUI takes $(ratio "$wall" "${cli_wall[$n]}")x the CLI's time, $rss MiB peak (CLI $cli_rss MiB)"
    stop_server
done
echo "-- growth, runlens-cli 20,000 -> 200,000 deltas: $(ratio "${cli_wall[200000]}" "${cli_wall[20000]}")x the time"

say "The window while streaming: RunPanel driven by RunSession over loopback, a 1 ms timer measures its lateness"
start_server "$data/stream-200000.sse"
cmd "$build/bench/runpanel/bench_window" "$base" "$data/stream-200000.txt"
"$build/bench/runpanel/bench_window" "$base" "$data/stream-200000.txt" | sed 's/^/   /'
stop_server
if [ "$quick" != "--quick" ]; then
    start_server "$data/stream-3000.sse" --rate 100
    cmd "$build/bench/runpanel/bench_window" "$base" "$data/stream-3000.txt" --realtime
    "$build/bench/runpanel/bench_window" "$base" "$data/stream-3000.txt" --realtime | sed 's/^/   /'
    stop_server
fi

say "Start-up to first paint, and memory after start"
cmd "$build/bench/runpanel/bench_startup"
"${gui_env[@]}" "$build/bench/runpanel/bench_startup" | sed 's/^/   /'

say "The inspector opening a 10 MB run"
cmd "$build/bench/runpanel/bench_inspector" 10 20000
"$build/bench/runpanel/bench_inspector" 10 20000 | sed 's/^/   /'

say "The events list with 200,000 rows"
cmd "$build/bench/runpanel/bench_events" "$data/stream-200000.sse"
"$build/bench/runpanel/bench_events" "$data/stream-200000.sse" | sed 's/^/   /'
rm -rf "$guihome"
