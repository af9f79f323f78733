#!/usr/bin/env bash
# The Node code that `runlens-cli code --lang node` exports, run with the pinned official openai
# package against runlens-server: streamed and polled, each must end in a completed run whose
# text is printed.
# usage: run-code-export.sh RUNLENS_SERVER RUNLENS_CLI NODE_PROJECT_DIR
set -u
server="$1"
cli="$2"
project="$3"
work="$(mktemp -d)"
"$server" --port 0 --delay-ms 0 >"$work/server.out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work" "$project"/exported-*.mjs' EXIT
for _ in $(seq 1 100); do
    line="$(head -n 1 "$work/server.out")"
    [[ "$line" == "listening on "* ]] && break
    sleep 0.05
done
if [[ "$line" != "listening on http://"* ]]; then
    echo "runlens-server did not start: $(cat "$work/server.out")" >&2
    exit 1
fi
url="${line#listening on }"
status=0
for stream in true false; do
    printf '{"assistant_id":"asst_runlens_echo","stream":%s,"metadata":{"from":"exported code"},"thread":{"messages":[{"role":"user","content":"Exported to Node, %s"}]}}' \
        "$stream" "$stream" >"$work/body.json"
    script="$project/exported-$stream.mjs"
    if ! "$cli" code "$work/body.json" --lang node --base-url "$url" --auth none >"$script"; then
        echo "runlens-cli code failed (stream $stream)" >&2
        status=1
        continue
    fi
    out="$(cd "$project" && env -u OPENAI_API_KEY node "$script" 2>&1)"
    echo "--- stream $stream:"
    echo "$out"
    if [[ "$stream" == true ]]; then
        expected="thread.run.completed"
    else
        expected="completed"
    fi
    if ! grep -q "^$expected\$" <<<"$out" || ! grep -q "Exported to Node, $stream" <<<"$out"; then
        echo "FAIL: the exported Node code (stream $stream) did not print '$expected' and the reply" >&2
        status=1
    fi
done
exit $status
