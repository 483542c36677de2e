import { realpathSync } from 'node:fs';
import { readBounded } from '../bounded-read.js';
import path from 'node:path';
import { isInside } from '../path-guard.js';

/** Largest source text read again for suppressions and fingerprints; a bigger file keeps neither. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * The text of `rel` (a finding's file, relative to `root`), or undefined: only a regular file whose
 * real path is inside `root`, at most `max` bytes, decided on the open descriptor. A finding's path
 * comes from checked content, so it is never trusted to stay in the workspace.
 */
export function readSourceInside(root: string, rel: string, max = MAX_SOURCE_BYTES): string | undefined {
  if (rel === '' || path.isAbsolute(rel)) return undefined;
  let real: string;
  try {
    // One realpath(3) call; the JavaScript realpathSync walks every component with lstat.
    real = realpathSync.native(path.join(root, rel));
  } catch {
    return undefined;
  }
  if (!isInside(root, real)) return undefined;
  const read = readBounded(real, max);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}
