#!/usr/bin/env bash
# Debian packages the tests need: headless Chromium (browser tests, screenshots), a CJK
# font (without one Chinese renders as empty boxes), espeak-ng and sox (test speech).
set -euo pipefail
packages=(chromium chromium-driver fonts-wqy-microhei fonts-noto-color-emoji espeak-ng sox)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
