#!/usr/bin/env bash
# Installs what the image builds and their tests need, from Debian's packages:
#   buildah          daemonless image builds (`buildah bud --isolation chroot`)
#   docker-registry  a local registry the integration tests push to (127.0.0.1, a free port)
#   skopeo           reads pushed manifests back from the registry
#   busybox-static   the static busybox a local base image is made from (no network needed)
# and links them into ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin beside the
# other tools. Debian's package policy keeps the docker-registry service from starting by itself
# in containers (policy-rc.d); the tests start their own registry and stop it.
#
# Idempotent: apt-get runs only when a package is missing, and `apt-get update` only when apt
# does not know one of the packages yet (a fresh machine with empty lists).
set -euo pipefail

TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
PACKAGES=(buildah docker-registry skopeo busybox-static)

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "install-buildah: need root (or sudo) for apt-get" >&2; exit 1
  fi
}

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done

if (( ${#missing[@]} > 0 )); then
  command -v apt-get >/dev/null 2>&1 || { echo "install-buildah: apt-get is required (Debian/Ubuntu)" >&2; exit 1; }
  need_update=0
  for p in "${missing[@]}"; do
    cand="$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: //p')"
    if [[ -z "$cand" || "$cand" == "(none)" ]]; then need_update=1; fi
  done
  if (( need_update )); then
    echo "install-buildah: apt-get update"
    as_root apt-get update -qq
  fi
  echo "install-buildah: apt-get install ${missing[*]}"
  # No recommends: chroot isolation needs no OCI runtime, and vfs/overlay need no fuse helper.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-buildah: ${PACKAGES[*]} already installed"
fi

mkdir -p "$BIN_DIR"
for exe in buildah skopeo docker-registry busybox; do
  src="$(command -v "$exe" || true)"
  [[ "$exe" == busybox ]] && src=/bin/busybox
  if [[ -z "$src" || ! -x "$src" ]]; then echo "install-buildah: $exe is missing after install" >&2; exit 1; fi
  [[ "$(readlink "$BIN_DIR/$exe" 2>/dev/null || true)" == "$src" ]] || ln -sfn "$src" "$BIN_DIR/$exe"
done

# busybox-static must really be static: the base image has no libc to load a dynamic one.
if command -v file >/dev/null 2>&1 && ! file -L /bin/busybox | grep -q 'statically linked'; then
  echo "install-buildah: /bin/busybox is not statically linked (install busybox-static, not busybox)" >&2
  exit 1
fi

echo "$(buildah --version)"
echo "$(skopeo --version)"
echo "$(docker-registry --version)"
echo "$(/bin/busybox --help 2>&1 | sed -n 1p)"
