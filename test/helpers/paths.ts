import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Peer conformance data lives beside the repository, never inside it. */
export const CONFORMANCE = path.resolve(REPO_ROOT, '..', 'shared', 'conformance');
export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'portarium');
export const TOOLS_DIR = process.env['PORTARIUM_TOOLS_DIR'] ?? path.join(os.homedir(), '.cache', 'portarium-infra', 'tools');
