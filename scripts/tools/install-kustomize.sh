#!/usr/bin/env bash
# Installs a standalone kustomize into ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin.
# The checks and the deploy build with this pinned binary when it is present; `kubectl kustomize`
# is the fallback. Idempotent.
set -euo pipefail

VERSION="${KUSTOMIZE_VERSION:-v5.5.0}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
BIN="$BIN_DIR/kustomize"

if [ -x "$BIN" ] && [ "$("$BIN" version 2>/dev/null || true)" = "$VERSION" ]; then
  echo "kustomize $VERSION already installed at $BIN"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "install-kustomize: go is required" >&2; exit 1; }
mkdir -p "$BIN_DIR"
# kustomize's release builds stamp the version through ldflags (api/provenance); do the same so
# `kustomize version` reports it instead of "(devel)".
GOBIN="$BIN_DIR" CGO_ENABLED=0 go install \
  -ldflags "-s -w -X sigs.k8s.io/kustomize/api/provenance.version=kustomize/$VERSION" \
  "sigs.k8s.io/kustomize/kustomize/v5@$VERSION"
echo "kustomize $("$BIN" version) installed at $BIN"
