#!/usr/bin/env bash
# Smoke test of the release binaries, as a newcomer gets them from the README's first command:
#   runlens --version; runlens-server + runlens-cli run (streamed); the GUI offscreen doing
#   runlens REQ.json --base-url URL --send --quit-when-done --save-run OUT, with a completed run in OUT.
# Usage: .ci/smoke-release.sh [BUILD_DIR]   (default: build, the `default` preset's directory)
# The binaries may also come from an installed package: RUNLENS_BIN_DIR=/usr/bin .ci/smoke-release.sh
set -euo pipefail

bin=${RUNLENS_BIN_DIR:-${1:-build}}
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "smoke: FAILED: $*" >&2
  exit 1
}

echo "smoke: binaries in $bin"
version=$("$bin/runlens" --version) || fail "runlens --version"
[[ "$version" == runlens\ * ]] || fail "runlens --version printed '$version'"
echo "smoke: $version"
"$bin/runlens-cli" --version >/dev/null || fail "runlens-cli --version"

# The built-in server on a free port; its first line names the address.
"$bin/runlens-server" --port 0 --delay-ms 0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$work/server.out" 2>/dev/null && break
  sleep 0.1
done
base_url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$work/server.out" | head -n 1)
[ -n "$base_url" ] || fail "runlens-server did not say where it listens: $(cat "$work/server.err")"
echo "smoke: runlens-server at $base_url"

cat >"$work/request.json" <<'JSON'
{"assistant_id":"asst_runlens_echo","thread":{"messages":[{"role":"user","content":"Smoke test of the release build"}]}}
JSON

# runlens-cli run, streamed: exit 0 and the echoed text on stdout.
env -u OPENAI_API_KEY "$bin/runlens-cli" run "$work/request.json" --base-url "$base_url" --stream \
  --output "$work/cli-run.json" >"$work/cli.out" 2>"$work/cli.err" || fail "runlens-cli run: $(cat "$work/cli.err")"
grep -q "Smoke test of the release build" "$work/cli.out" || fail "runlens-cli printed no reply: $(cat "$work/cli.out")"
grep -q '"status": *"completed"' "$work/cli-run.json" || fail "runlens-cli's run did not complete"
echo "smoke: runlens-cli run completed"

# The GUI, offscreen, in a throw-away home, sending the request and saving the final run.
home="$work/home"
mkdir -p "$home"
env -u OPENAI_API_KEY -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_CONFIG_HOME="$home/config" \
  XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" QT_QPA_PLATFORM=offscreen \
  timeout 120 "$bin/runlens" "$work/request.json" --base-url "$base_url" --send --quit-when-done \
  --save-run "$work/gui-run.json" >"$work/gui.out" 2>"$work/gui.err" || fail "runlens --send: $(cat "$work/gui.err")"
grep -q '"object": *"thread.run"' "$work/gui-run.json" || fail "the GUI saved no run object"
grep -q '"status": *"completed"' "$work/gui-run.json" || fail "the GUI's run did not complete"
echo "smoke: runlens --send --quit-when-done saved a completed run"
echo "smoke: passed"
