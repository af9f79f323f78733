#!/usr/bin/env bash
# Starts runlens-server on a free port, runs the openai-client conformance script against it,
# stops the server and exits with node's status.
# usage: run-conformance.sh RUNLENS_SERVER NODE_PROJECT_DIR SCRIPT
set -u
server="$1"
project="$2"
script="$3"
out="$(mktemp)"
"$server" --port 0 --delay-ms 0 >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 1 100); do
    line="$(head -n 1 "$out")"
    [[ "$line" == "listening on "* ]] && break
    sleep 0.05
done
if [[ "$line" != "listening on http://"* ]]; then
    echo "runlens-server did not start: $(cat "$out")" >&2
    exit 1
fi
export RUNLENS_BASE_URL="${line#listening on }"
cd "$project" || exit 1
node --test "$script"
