#!/usr/bin/env bash
# Builds kube-apiserver and kube-controller-manager from the Kubernetes sources served by the Go
# module proxy, into ${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/bin. The deploy
# integration tests run a real API server on 127.0.0.1 with them (scripts/k8s-test-server.sh).
#
# `go install k8s.io/kubernetes/cmd/kube-apiserver@vX` is refused because k8s.io/kubernetes's go.mod
# replaces every k8s.io/<staging> module with ./staging/src/...; so this script writes a throw-away
# module that requires k8s.io/kubernetes vX plus each staging module at v0.<minor>.<patch> (the list
# is generated from k8s.io/kubernetes's own replace block) and builds the commands from there.
#
# Idempotent: nothing is built when both binaries already report the pinned version. The Go build
# cache (GOCACHE) and module cache are the user's own, so a rebuild after a bump reuses them.
# The build runs under `nice` (the machines this runs on are shared).
set -euo pipefail

VERSION="${KUBE_APISERVER_VERSION:-v1.33.13}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
COMMANDS=(kube-apiserver kube-controller-manager)

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

all_present=1
for c in "${COMMANDS[@]}"; do
  if [[ ! -x "$BIN_DIR/$c" || "$(installed_version "$BIN_DIR/$c")" != "$VERSION" ]]; then all_present=0; fi
done
if (( all_present )); then
  echo "kube-apiserver and kube-controller-manager $VERSION already installed in $BIN_DIR"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "install-kube-apiserver: go is required" >&2; exit 1; }
[[ "$VERSION" =~ ^v1\.([0-9]+)\.([0-9]+)$ ]] || { echo "install-kube-apiserver: version must look like v1.33.13, got $VERSION" >&2; exit 1; }
MINOR="${BASH_REMATCH[1]}"
STAGING_VERSION="v0.${BASH_REMATCH[1]}.${BASH_REMATCH[2]}"

WORK="$TOOLS_DIR/src/kubernetes-build-$VERSION"
mkdir -p "$WORK" "$BIN_DIR"
cd "$WORK"

# The go.mod of k8s.io/kubernetes at that version, straight from the module proxy.
gomod="$(go mod download -json "k8s.io/kubernetes@$VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')"
[[ -f "$gomod" ]] || { echo "install-kube-apiserver: could not download k8s.io/kubernetes@$VERSION's go.mod" >&2; exit 1; }

# Staging modules are the left side of "k8s.io/x => ./staging/src/k8s.io/x".
mapfile -t staging < <(sed -n 's#^[[:space:]]*\(k8s\.io/[A-Za-z0-9._/-]*\)[[:space:]]*=>[[:space:]]*\./staging/.*#\1#p' "$gomod" | sort -u)
(( ${#staging[@]} > 10 )) || { echo "install-kube-apiserver: found only ${#staging[@]} staging modules in $gomod" >&2; exit 1; }
# A few staging modules are examples that are never published (k8s.io/sample-*); requiring them
# would fail the whole module graph, and no command imports them.
# The probe runs outside this module so that its own replace block cannot answer for the proxy.
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
published=()
for m in "${staging[@]}"; do
  if (cd "$probe_dir" && go list -m -json "$m@$STAGING_VERSION" >/dev/null 2>&1); then published+=("$m")
  else echo "install-kube-apiserver: $m@$STAGING_VERSION is not on the module proxy; leaving it out"; fi
done
staging=("${published[@]}")
go_directive="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$gomod" | head -n1)"

{
  echo "module portarium.local/kube-build"
  echo
  echo "go ${go_directive:-1.24.0}"
  echo
  echo "require ("
  echo "	k8s.io/kubernetes $VERSION"
  for m in "${staging[@]}"; do echo "	$m $STAGING_VERSION"; done
  echo ")"
  echo
  # k8s.io/kubernetes requires the staging modules at v0.0.0, which does not exist on the proxy;
  # an unversioned replace makes every version of them resolve to the published one.
  echo "replace ("
  for m in "${staging[@]}"; do echo "	$m => $m $STAGING_VERSION"; done
  echo ")"
} > go.mod
echo "install-kube-apiserver: k8s.io/kubernetes $VERSION with ${#staging[@]} staging modules at $STAGING_VERSION"

# Version stamping as hack/lib/version.sh does, so /version and --version report the release.
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$MINOR"
  ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
done

pkgs=()
for c in "${COMMANDS[@]}"; do pkgs+=("k8s.io/kubernetes/cmd/$c"); done

start=$(date +%s)
# -mod=mod lets go fill go.sum for exactly the packages built; CGO off as the release builds do.
CGO_ENABLED=0 nice -n 19 go build -mod=mod -trimpath -ldflags "$ldflags" -o "$BIN_DIR/" "${pkgs[@]}"
end=$(date +%s)

for c in "${COMMANDS[@]}"; do
  v="$(installed_version "$BIN_DIR/$c")"
  [[ "$v" == "$VERSION" ]] || { echo "install-kube-apiserver: $c reports '$v', expected $VERSION" >&2; exit 1; }
done
echo "$VERSION" > "$BIN_DIR/.kube-apiserver-version"
echo "install-kube-apiserver: built ${COMMANDS[*]} $VERSION into $BIN_DIR in $((end - start))s"
