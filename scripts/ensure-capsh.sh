#!/usr/bin/env bash
# The decode test compares `podcaps decode` with the real `capsh --decode` (Debian's libcap2-bin).
# Install it when missing, as ensure-chromium.sh does for the browser.
set -euo pipefail
capsh="${CAPSH_PATH:-/usr/sbin/capsh}"
if [ -x "$capsh" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "capsh not found at $capsh; installing Debian's libcap2-bin package..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcap2-bin >/dev/null
  exit 0
fi
echo "capsh is missing. Install it with: sudo apt-get update && sudo apt-get install -y libcap2-bin" >&2
echo "(or point CAPSH_PATH at a capsh binary)" >&2
exit 1
