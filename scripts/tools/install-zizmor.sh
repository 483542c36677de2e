#!/usr/bin/env bash
# Installs the pinned zizmor (GitHub Actions security linter, from PyPI) into a venv in the tools dir.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail

VERSION="${ZIZMOR_VERSION:-1.32.0}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
VENV="$TOOLS_DIR/venv"
BIN="$TOOLS_DIR/bin/zizmor"

if [ -x "$BIN" ] && [ "$("$BIN" --version 2>/dev/null)" = "zizmor $VERSION" ]; then
  echo "zizmor $VERSION already installed at $BIN"
  exit 0
fi
mkdir -p "$TOOLS_DIR/bin"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "zizmor==$VERSION"
ln -sf "$VENV/bin/zizmor" "$BIN"
echo "$("$BIN" --version) installed at $BIN"
