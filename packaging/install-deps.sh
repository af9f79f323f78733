#!/usr/bin/env bash
# Installs everything RunLens needs to build, run and test on Debian 12.
# Idempotent: when every package is already present it only checks and exits.
# --ci adds what CI's extra stages need: clang and libFuzzer (fuzz preset) and clang-tidy.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libxkbcommon-dev libqt6sql6-sqlite
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus libsimdjson-dev
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  desktop-file-utils appstream clang-format
  nodejs npm curl python3
)
if [ "${1:-}" = "--ci" ]; then
  PACKAGES+=(clang libclang-rt-14-dev clang-tidy)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# nodejs/npm may come from outside Debian (a preinstalled node); accept any working npm.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
