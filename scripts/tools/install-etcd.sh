#!/usr/bin/env bash
# Installs etcd (the storage of the local Kubernetes API server the deploy integration tests run)
# from Debian's etcd-server package and links it into
# ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin. Debian's policy-rc.d keeps the
# packaged service from starting in containers; the tests start their own etcd on 127.0.0.1.
#
# Idempotent: apt-get runs only when the package is missing, `apt-get update` only when apt does
# not know the package yet (a fresh machine with empty lists).
set -euo pipefail

TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
PACKAGE=etcd-server

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "install-etcd: need root (or sudo) for apt-get" >&2; exit 1
  fi
}

if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'install ok installed'; then
  echo "install-etcd: $PACKAGE already installed"
else
  command -v apt-get >/dev/null 2>&1 || { echo "install-etcd: apt-get is required (Debian/Ubuntu)" >&2; exit 1; }
  cand="$(apt-cache policy "$PACKAGE" 2>/dev/null | sed -n 's/^ *Candidate: //p')"
  if [[ -z "$cand" || "$cand" == "(none)" ]]; then
    echo "install-etcd: apt-get update"
    as_root apt-get update -qq
  fi
  echo "install-etcd: apt-get install $PACKAGE"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$PACKAGE" >/dev/null
fi

src="$(command -v etcd || true)"
[[ -n "$src" ]] || src=/usr/bin/etcd
[[ -x "$src" ]] || { echo "install-etcd: $PACKAGE installed but no etcd binary found" >&2; exit 1; }
mkdir -p "$BIN_DIR"
ln -sf "$src" "$BIN_DIR/etcd"
echo "install-etcd: $("$BIN_DIR/etcd" --version 2>/dev/null | head -n1) linked at $BIN_DIR/etcd"
