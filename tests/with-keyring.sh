#!/usr/bin/env bash
# Runs one test inside a private D-Bus session with a fresh, unlocked gnome-keyring,
# in throw-away XDG directories, so it never touches the user's real keyring.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/runtime" "$tmp/config" "$tmp/cache"
chmod 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export RUNLENS_TEST_KEYRING_PASSWORD="runlens-test"
unset DISPLAY
exec dbus-run-session -- bash -c '
  echo -n "$RUNLENS_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' runlens-keyring "$@"
