#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with Node 20: Debian packages, then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(chromium firefox-esr poppler-utils libreoffice-writer-nogui fonts-noto-cjk fonts-hanazono openssl unzip libarchive-tools python3)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-fund --no-audit
fi
