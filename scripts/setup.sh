#!/usr/bin/env bash
# Sets up hfk on a Debian machine: system packages (only those missing) and a virtual environment
# in .venv with hfk and its Python dependencies. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Usage: setup.sh [--test]   (--test adds what only the test suite needs)
SYSTEM_PACKAGES=(
  tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd  # OCR, German + English + orientation
  libmagic1                                                             # file type sniffing
  poppler-utils                                                         # pdftoppm, for looking at pages
  fonts-dejavu-core                                                     # umlauts in generated PDFs
)
TEST_PACKAGES=(
  dovecot-imapd  # a real IMAP server for the mailbox tests (the tests start their own; no service is used)
  chromium       # a real browser for the web UI tests (driven by Playwright; nothing is downloaded)
  libreoffice-writer-nogui  # renders the Eingangsbestätigung DOCX to PDF in the letter test
  postgresql libpq5         # the store tests also run on a real PostgreSQL (started by the tests, no service)
)
EXTRAS="."
if [ "${1:-}" = "--test" ]; then
  SYSTEM_PACKAGES+=("${TEST_PACKAGES[@]}")
  EXTRAS=".[dev]"
fi
PYTHON="${PYTHON:-python3}"

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  missing+=(python3-venv)
fi
if ((${#missing[@]})); then
  echo "hfk setup: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "hfk setup: creating virtual environment .venv"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the project definition changed since the last successful install.
stamp=".venv/.hfk-installed-${EXTRAS//[^a-z]/}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || ! .venv/bin/python -c 'import hfk' 2>/dev/null; then
  echo "hfk setup: installing Python dependencies"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$EXTRAS"
  touch "$stamp"
fi
echo "hfk setup: ready ($(.venv/bin/hfk --version), $(tesseract --version 2>&1 | head -1))"
