import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Peer conformance data lives beside the repository, never inside it. */
export const CONFORMANCE = path.resolve(REPO_ROOT, '..', 'shared', 'conformance');
export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'portarium');
export const TOOLS_DIR = process.env['PORTARIUM_TOOLS_DIR'] ?? path.join(os.homedir(), '.cache', 'portarium-infra', 'tools');

/** Whether the peer conformance data is beside the repository (it is on development and CI machines). */
export function conformanceAvailable(): boolean {
  // Required whenever the full test command runs: a missing folder must not pass silently.
  if (process.env['PORTARIUM_REQUIRE_TOOLS'] === '1') return true;
  return existsSync(CONFORMANCE);
}
