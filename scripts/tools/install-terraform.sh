#!/usr/bin/env bash
# Builds the reference formatters used by the terraform fmt differential tests:
#   terraform v1.5.7 (the last MPL-2.0 release, hcl v2.16.2)  -> $BIN/terraform
#   OpenTofu  v1.8.11 (MPL-2.0, hcl with provider-function `::` support) -> $BIN/tofu
# Both come from the Go module proxy (go install ...@version), so a fresh machine
# needs only Go and network access to proxy.golang.org. Idempotent: a binary that
# already reports the pinned version is left alone.
set -euo pipefail

TERRAFORM_VERSION="1.5.7"
TOFU_VERSION="1.8.11"

TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN="$TOOLS_DIR/bin"
mkdir -p "$BIN"

if ! command -v go >/dev/null 2>&1; then
  echo "install-terraform: Go is required (go install builds terraform from the module proxy)" >&2
  exit 1
fi

has_version() { # <binary> <version>
  [ -x "$1" ] && "$1" version 2>/dev/null | sed -n 1p | grep -q "v$2\$"
}

build() { # <name> <module@version> <binary name produced by go install>
  local name="$1" module="$2" produced="$3" tmp
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' RETURN
  echo "install-terraform: building $name from $module" >&2
  # CGO off: a static binary that does not depend on the build machine's libc.
  if ! CGO_ENABLED=0 GOBIN="$tmp" GOFLAGS=-buildvcs=false go install "$module"; then
    echo "install-terraform: go install $module failed" >&2
    return 1
  fi
  mv -f "$tmp/$produced" "$BIN/$name"
}

if has_version "$BIN/terraform" "$TERRAFORM_VERSION"; then
  echo "install-terraform: terraform v$TERRAFORM_VERSION already in $BIN" >&2
else
  build terraform "github.com/hashicorp/terraform@v$TERRAFORM_VERSION" terraform
fi

# OpenTofu's go.mod replaces hashicorp/hcl with its fork, so `go install tofu@version` is refused
# ("The go.mod file for the module providing named packages contains one or more replace
# directives"). Build it as the main module instead: fetch the module source from the proxy, copy
# it somewhere writable and `go build` there, which honours the replace.
build_main_module() { # <name> <module> <version> <package dir> [ldflags]
  local name="$1" module="$2" version="$3" pkg="$4" ldflags="${5:-}" dir tmp
  echo "install-terraform: building $name from $module@$version (main-module build)" >&2
  dir="$(go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "install-terraform: go mod download $module@$version failed" >&2
    return 1
  fi
  tmp="$(mktemp -d)"
  trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' RETURN
  cp -R "$dir/." "$tmp/src"
  chmod -R u+w "$tmp/src"
  (cd "$tmp/src" && CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -trimpath -ldflags="$ldflags" -o "$tmp/$name" "$pkg")
  mv -f "$tmp/$name" "$BIN/$name"
}

if has_version "$BIN/tofu" "$TOFU_VERSION"; then
  echo "install-terraform: tofu v$TOFU_VERSION already in $BIN" >&2
else
  # Release builds set version.dev=no; without it the binary calls itself v1.8.11-dev.
  build_main_module tofu github.com/opentofu/opentofu "v$TOFU_VERSION" ./cmd/tofu \
    "-X github.com/opentofu/opentofu/version.dev=no"
fi

"$BIN/terraform" version | sed -n 1p
"$BIN/tofu" version | sed -n 1p
