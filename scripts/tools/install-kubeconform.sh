#!/usr/bin/env bash
# Installs the pinned kubeconform into ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail

VERSION="${KUBECONFORM_VERSION:-v0.7.0}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
BIN="$BIN_DIR/kubeconform"

if [ -x "$BIN" ] && [ "$("$BIN" -v 2>/dev/null || true)" = "$VERSION" ]; then
  echo "kubeconform $VERSION already installed at $BIN"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "install-kubeconform: go is required" >&2; exit 1; }
mkdir -p "$BIN_DIR"
# -ldflags sets the version string kubeconform prints with -v (its Makefile does the same).
GOBIN="$BIN_DIR" CGO_ENABLED=0 go install \
  -ldflags "-s -w -X main.version=$VERSION" \
  "github.com/yannh/kubeconform/cmd/kubeconform@$VERSION"
echo "kubeconform $("$BIN" -v) installed at $BIN"
