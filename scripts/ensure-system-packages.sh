#!/usr/bin/env bash
# The browser and round-trip tests need Debian's chromium and LibreOffice Calc, and the printed
# annex's tests poppler's pdftotext and the Carlito font (Calibri's metrics, as Excel prints).
# `npm test` installs them when they are missing and it may (root, as in CI); otherwise it says how.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi carlito || missing+=(fonts-crosextra-carlito)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing ${missing[*]} (Debian packages) for the browser and LibreOffice tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need the Debian packages: ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
