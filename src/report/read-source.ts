import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
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
    real = realpathSync(path.join(root, rel));
  } catch {
    return undefined;
  }
  if (!isInside(root, real)) return undefined;
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > max) return undefined;
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
