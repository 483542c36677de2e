#!/usr/bin/env bash
# Installs the pinned native actionlint (built from the Go module proxy) into the tools dir.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail

VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN="$TOOLS_DIR/bin/actionlint"

if [ -x "$BIN" ] && "$BIN" -version 2>/dev/null | sed -n 1p | grep -qx "${VERSION}"; then
  echo "actionlint $VERSION already installed at $BIN"
  exit 0
fi
command -v go >/dev/null 2>&1 || { echo "install-actionlint: go is required" >&2; exit 1; }
mkdir -p "$TOOLS_DIR/bin"
# actionlint prints the version set by its release build through this variable.
GOBIN="$TOOLS_DIR/bin" CGO_ENABLED=0 go install \
  -ldflags "-s -w -X github.com/rhysd/actionlint.version=$VERSION" \
  "github.com/rhysd/actionlint/cmd/actionlint@$VERSION"
echo "actionlint $("$BIN" -version | sed -n 1p) installed at $BIN"
