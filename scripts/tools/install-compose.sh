#!/usr/bin/env bash
# Installs the real Docker Compose v2 CLI (standalone binary `docker-compose`) built from the
# Go module proxy. No Docker engine is needed: the tests only run `docker-compose config`.
#
# `go install github.com/docker/compose/v2/cmd@VERSION` is refused by the go command because
# compose's go.mod carries `exclude` directives. So the module is downloaded through the proxy
# (verified against sum.golang.org like any `go mod download`), copied to a temporary directory and
# built there as the main module: its own go.mod/go.sum (excludes included) decide every dependency,
# exactly like upstream's `make build`. The copy is deleted afterwards; nothing lands in the repo.
#
# Idempotent: does nothing when the pinned version is already installed.
# Env: PORTARIUM_TOOLS_DIR (default ~/.cache/portarium-infra/tools), COMPOSE_VERSION (default pinned).
set -euo pipefail

COMPOSE_VERSION="${COMPOSE_VERSION:-v2.40.3}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
TARGET="$BIN_DIR/docker-compose"
MODULE="github.com/docker/compose/v2"

installed_version() {
  # Prints e.g. "v2.40.3" (from "Docker Compose version v2.40.3").
  "$TARGET" version --short 2>/dev/null | sed 's/^v\{0,1\}/v/' || true
}

if [[ -x "$TARGET" && "$(installed_version)" == "$COMPOSE_VERSION" ]]; then
  echo "docker-compose $COMPOSE_VERSION already installed at $TARGET"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "install-compose: 'go' is required on PATH" >&2; exit 1; }

mkdir -p "$BIN_DIR"
work="$(mktemp -d "${TMPDIR:-/tmp}/portarium-compose-build.XXXXXX")"
cleanup() { chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "install-compose: downloading $MODULE@$COMPOSE_VERSION from the Go module proxy"
# Run outside any module so the download is not tied to a caller's go.mod.
dir="$(cd "$work" && go mod download -json "$MODULE@$COMPOSE_VERSION" \
  | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z "$dir" || ! -f "$dir/go.mod" ]]; then
  echo "install-compose: could not download $MODULE@$COMPOSE_VERSION" >&2
  exit 1
fi

src="$work/src"
cp -R "$dir" "$src"
chmod -R u+w "$src"

echo "install-compose: building docker-compose $COMPOSE_VERSION (this takes a few minutes)"
start=$(date +%s)
(
  cd "$src"
  # Same flags as upstream's Makefile `build` target, minus the e2e test tag.
  CGO_ENABLED=0 go build -trimpath \
    -ldflags "-w -X $MODULE/internal.Version=$COMPOSE_VERSION" \
    -o "$work/docker-compose" ./cmd
)
install -m 0755 "$work/docker-compose" "$TARGET"
echo "install-compose: built in $(( $(date +%s) - start ))s"

got="$(installed_version)"
if [[ "$got" != "$COMPOSE_VERSION" ]]; then
  echo "install-compose: installed binary reports '$got', expected $COMPOSE_VERSION" >&2
  exit 1
fi
echo "docker-compose $COMPOSE_VERSION installed at $TARGET"
