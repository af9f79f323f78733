#!/usr/bin/env bash
# Starts fake-chat-server (a scripted Chat Completions upstream) and runlens-server --upstream
# on it, runs the openai-client bridge script against the server, stops both and exits with
# node's status. usage: run-bridge-conformance.sh RUNLENS_SERVER FAKE_CHAT_SERVER NODE_PROJECT_DIR SCRIPT [--ollama]
set -u
server="$1"
fake="$2"
project="$3"
script="$4"
mode="${5:-}"
fake_out="$(mktemp)"
server_out="$(mktemp)"
"$fake" $mode >"$fake_out" 2>&1 &
fake_pid=$!
server_pid=""
trap 'kill $fake_pid $server_pid 2>/dev/null; wait 2>/dev/null; rm -f "$fake_out" "$server_out"' EXIT
wait_for_line() {
  for _ in $(seq 1 100); do
    line="$(head -n 1 "$1")"
    [[ "$line" == "listening on http://"* ]] && { echo "${line#listening on }"; return 0; }
    sleep 0.05
  done
  echo "did not start: $(cat "$1")" >&2
  return 1
}
upstream=$(wait_for_line "$fake_out") || exit 1
RUNLENS_UPSTREAM_KEY=sk-upstream-test "$server" --port 0 --delay-ms 0 --upstream "$upstream" \
  --default-model fake-model-1 >"$server_out" 2>&1 &
server_pid=$!
base=$(wait_for_line "$server_out") || exit 1
export RUNLENS_BASE_URL="$base"
export RUNLENS_UPSTREAM_MODE="${mode:---openai}"
cd "$project" || exit 1
node --test "$script"
