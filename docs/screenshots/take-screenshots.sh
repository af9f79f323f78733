#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots from the real app under Xvfb.
# Needs a built tree (BUILD, default build-testing), xvfb-run, ImageMagick's import and xdotool
# (apt-get install xdotool). Every shot runs in a throw-away home, so the user's settings,
# keyring and history are never touched, and no key is involved.
# ONLY=NAME takes just that one. APPEARANCE=dark (or light) takes them in that palette (View > Appearance), into dark/ (light/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD:-$root/build-testing}
work=$(mktemp -d)
appearance=${APPEARANCE:-}
out=$here${appearance:+/$appearance}
mkdir -p "$out"
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/runlens-server" --port 0 --delay-ms 150 >"$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q listening "$work/server.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/server.out")

printf '%s' '{"assistant_id":"asst_runlens_echo","stream":true,"thread":{"messages":[{"role":"user","content":"Explain in one paragraph what RunLens shows while a run streams, step by step, so that someone new to the Assistants API can follow it."}]}}' >"$work/echo.json"
printf '%s' '{"assistant_id":"asst_runlens_echo","stream":true,"metadata":{"runlens_scenario":"fail"},"thread":{"messages":[{"role":"user","content":"Show me what a failed run looks like."}]}}' >"$work/fail.json"

# shot NAME WAIT_SECONDS "xdotool actions…" ARGS…
shot() {
  local name=$1 wait=$2 actions=$3; shift 3
  [ -z "${ONLY:-}" ] || [ "$ONLY" = "$name" ] || return 0
  # The welcome is a dialog of its own and menus are windows of their own: the whole screen is
  # taken for them.
  local target='"$win"'
  [ "$name" != welcome ] && [ "$name" != copy-as-code ] || target=root
  local home="$work/home-$name"; mkdir -p "$home/config/RunLens/RunLens"
  # The welcome has its own screenshot; here it is dismissed already.
  [ "$name" = welcome ] || printf '[firstStart]\nwelcomeShown=true\n' >"$home/config/RunLens/RunLens/runlens.ini"
  [ -z "$appearance" ] || printf '[ui]\nappearance=%s\n' "$appearance" >>"$home/config/RunLens/RunLens/runlens.ini"
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
  xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    "$0" "$@" >/dev/null 2>&1 &
    pid=$!
    sleep '"$wait"'
    win=$(xwininfo -root -children | awk '"'"'/RunLens": \("runlens"/ && / 1400x/ {print $1; exit}'"'"')
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    '"$actions"'
    sleep 0.8
    import -window '"$target"' '"$out/$name.png"'
    # A menu shot is cut back to the window it belongs to.
    if [ '"$name"' = copy-as-code ]; then
      geometry=$(xwininfo -id "$win" | awk '"'"'/Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4} /Width:/ {w=$2} /Height:/ {h=$2} END {printf "%dx%d+%d+%d", w, h, x, y}'"'"')
      convert '"$out/$name.png"' -crop "$geometry" +repage '"$out/$name.png"'
    fi
    kill $pid' "$build/runlens" "$@"
  echo "wrote $out/$name.png"
}

demo="$here/demo-request.json"
for i in 1 2 3 4 5 6 7; do
  names=(assistant conversation tools tool-resources generation metadata delivery)
  shot "composer-${names[$((i-1))]}" 3 "xdotool key alt+$i" "$demo" --base-url "$url"
done
shot composer-json 3 "xdotool mousemove 87 71 click 1" "$demo" --base-url "$url"
shot welcome 4 "true"
# A saved stream for the replay shot, made by runlens-cli run --save-stream.
"$build/runlens-cli" run "$work/echo.json" --base-url "$url" --save-stream "$work/saved-run.sse" >/dev/null 2>&1
shot replay 3 "xdotool key alt+f; sleep 0.5; xdotool key p; sleep 1.5; xdotool type --delay 20 '$work/saved-run.sse'; xdotool key Return; sleep 1; xdotool key Return; sleep 4" "$demo" --base-url "$url"
shot copy-as-code 3 "xdotool key alt+f; sleep 0.5; xdotool key y" "$demo" --base-url "$url"
shot run-streaming 4 "true" "$work/echo.json" --base-url "$url" --send
shot run-requires-action 6 "true" "$demo" --base-url "$url" --send
shot run-failed 4 "true" "$work/fail.json" --base-url "$url" --send
shot run-inspector 12 "xdotool mousemove ${INSPECTOR_TAB_X:-1058} ${INSPECTOR_TAB_Y:-132} click 1" "$work/echo.json" --base-url "$url" --send
shot run-timeline 12 "xdotool mousemove ${TIMELINE_TAB_X:-698} ${INSPECTOR_TAB_Y:-132} click 1" "$work/echo.json" --base-url "$url" --send
# The same window at 1024x700: nothing may be clipped at that size.
small='xdotool windowsize "$win" 1024 700; sleep 1'
shot composer-generation-1024 3 "$small; xdotool key alt+5" "$demo" --base-url "$url"
shot run-streaming-1024 4 "$small" "$work/echo.json" --base-url "$url" --send
