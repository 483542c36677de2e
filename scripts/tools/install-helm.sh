#!/usr/bin/env bash
# Installs helm (v3, the CLI kustomize's helmCharts runs as `helm template`) into
# ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin, built from the Go module proxy at a
# pinned version. Idempotent.
set -euo pipefail

VERSION="${HELM_VERSION:-v3.21.4}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
BIN="$BIN_DIR/helm"

if [ -x "$BIN" ] && "$BIN" version --template '{{.Version}}' 2>/dev/null | grep -qx "$VERSION"; then
  echo "helm $VERSION already installed at $BIN"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "install-helm: go is required" >&2; exit 1; }
mkdir -p "$BIN_DIR"
# helm's release builds stamp the version through ldflags; do the same so `helm version` reports it.
GOBIN="$BIN_DIR" CGO_ENABLED=0 go install \
  -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=$VERSION" \
  "helm.sh/helm/v3/cmd/helm@$VERSION"
echo "helm $("$BIN" version --template '{{.Version}}') installed at $BIN"
