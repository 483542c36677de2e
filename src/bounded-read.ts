import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Largest file a kustomization may read: far above any valid manifest set, well below the heap. */
export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  /** `code`: why it could not be opened; `directory`/`special`: not a regular file; `size`: over `max`. */
  | { ok: false; code?: string; directory?: boolean; size?: number; special?: boolean };

/**
 * Reads a regular file of at most `max` bytes, deciding on the open descriptor's stat so the file
 * cannot be swapped between the check and the read. FIFOs and devices are opened non-blocking and
 * never read: a committed symlink to /dev/zero or a FIFO would otherwise never end.
 */
export function readBounded(file: string, max = DEFAULT_MAX_FILE_BYTES): BoundedRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'error' };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, directory: true, special: true };
    if (!st.isFile()) return { ok: false, special: true };
    if (st.size > max) return { ok: false, size: st.size };
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return { ok: true, bytes: buf.subarray(0, n) };
  } finally {
    closeSync(fd);
  }
}

