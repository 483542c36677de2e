#!/usr/bin/env bash
# Installs BuildKit for the docker/buildx builder's real-build tests, all built from source through
# the Go module proxy, into ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin:
#   buildkitd  the BuildKit daemon (the tests run it on a 127.0.0.1 TCP port, OCI worker, native snapshotter)
#   buildctl   its client (readiness checks)
#   buildx     standalone (`buildx build ...`, no docker CLI needed), driving buildkitd through
#              the `remote` driver
# and Debian's runc, the OCI runtime buildkitd's worker runs RUN steps with.
#
# `go install github.com/moby/buildkit/cmd/...@VERSION` is refused: buildkit's go.mod has
# `exclude` directives, which `go install pkg@version` does not allow. So the commands are built
# from a throw-away module that requires buildkit (excludes of a dependency are simply ignored).
#
# Idempotent: nothing is built when the binaries in the tools dir report the wanted versions.
set -euo pipefail

BUILDKIT_VERSION="${BUILDKIT_VERSION:-v0.34.2}"
BUILDX_VERSION="${BUILDX_VERSION:-v0.38.2}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "install-buildkit: need root (or sudo) for apt-get" >&2; exit 1
  fi
}

if ! command -v runc >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || { echo "install-buildkit: apt-get is required for runc (Debian/Ubuntu)" >&2; exit 1; }
  cand="$(apt-cache policy runc 2>/dev/null | sed -n 's/^ *Candidate: //p')"
  if [[ -z "$cand" || "$cand" == "(none)" ]]; then
    echo "install-buildkit: apt-get update"
    as_root apt-get update -qq
  fi
  echo "install-buildkit: apt-get install runc"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends runc >/dev/null
fi

mkdir -p "$BIN_DIR"
version_of() { "$BIN_DIR/$1" "${@:2}" 2>/dev/null || true; }

need_buildkit=1
if [[ -x "$BIN_DIR/buildkitd" && -x "$BIN_DIR/buildctl" ]] \
  && version_of buildkitd --version | grep -qF " $BUILDKIT_VERSION " \
  && version_of buildctl --version | grep -qF " $BUILDKIT_VERSION "; then
  need_buildkit=0
fi
need_buildx=1
if [[ -x "$BIN_DIR/buildx" ]] && version_of buildx version | grep -qF " $BUILDX_VERSION "; then need_buildx=0; fi

if (( need_buildkit || need_buildx )); then
  command -v go >/dev/null 2>&1 || { echo "install-buildkit: go is required" >&2; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cd "$work"
  export CGO_ENABLED=0 GOFLAGS=-mod=mod
  go mod init portarium.local/buildkit-tools >/dev/null 2>&1
  if (( need_buildkit )); then
    echo "install-buildkit: building buildkitd and buildctl $BUILDKIT_VERSION (several minutes on 2 cores)"
    go get "github.com/moby/buildkit@$BUILDKIT_VERSION"
    ld="-s -w -X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION -X github.com/moby/buildkit/version.Package=github.com/moby/buildkit"
    go build -ldflags "$ld" -o "$BIN_DIR/buildctl" github.com/moby/buildkit/cmd/buildctl
    go build -ldflags "$ld" -o "$BIN_DIR/buildkitd" github.com/moby/buildkit/cmd/buildkitd
  fi
  if (( need_buildx )); then
    echo "install-buildkit: building buildx $BUILDX_VERSION"
    # buildx's go.mod has no exclude or replace directives, so plain `go install` works for it.
    GOBIN="$BIN_DIR" go install \
      -ldflags "-s -w -X github.com/docker/buildx/version.Version=$BUILDX_VERSION -X github.com/docker/buildx/version.Package=github.com/docker/buildx" \
      "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION"
  fi
else
  echo "install-buildkit: buildkitd/buildctl $BUILDKIT_VERSION and buildx $BUILDX_VERSION already installed"
fi

"$BIN_DIR/buildkitd" --version
"$BIN_DIR/buildctl" --version
"$BIN_DIR/buildx" version
runc --version | sed -n 1p
