import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import type { PathGuard } from '../../path-guard.js';
import type { Loc } from './location.js';
import type { Problems } from './problems.js';

export interface ReadLimits {
  maxFileBytes: number;
  /** Judges every path before it is read or probed; absent, nothing is refused (unit tests only). */
  guard?: PathGuard;
}

/**
 * True after reporting that `file` must not be read: outside the workspace (a finding at `at`, where
 * the reference is written) or a special file. Checked before any existence test, so a missing file
 * outside the workspace is not told apart from a present one.
 */
export function refused(file: string, limits: ReadLimits, problems: Problems, at: Loc, label: string): boolean {
  const r = limits.guard?.(file);
  if (!r) return false;
  if (r.kind === 'outside') {
    problems.add('compose/path-outside-workspace', at, `${label} ${r.reason}; it is not read`, {
      help: 'Keep compose files, env files and build contexts inside the repository; an action reads nothing outside its workspace.',
    });
  } else {
    problems.add('compose/unreadable-file', at, `${label} ${r.reason}; it is not read`);
  }
  return true;
}

/**
 * The text of a file, or undefined after reporting why it cannot be had: outside the workspace, a
 * special file, a directory, unreadable, over the size limit, not UTF-8. `label` names the file in
 * messages (`compose file sub/a.yaml`), since the finding may sit in the file that refers to it.
 */
export function readTextFile(file: string, limits: ReadLimits, problems: Problems, at: Loc, label: string): string | undefined {
  if (refused(file, limits, problems, at, label)) return undefined;
  const maxBytes = limits.maxFileBytes;
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      problems.add('compose/unreadable-file', at, `${label} is a directory, not a file`);
      return undefined;
    }
    size = st.size;
  } catch (e) {
    problems.add('compose/unreadable-file', at, `cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
  if (size > maxBytes) {
    problems.add('compose/file-too-large', at, `${label} is ${size} bytes, over the limit of ${maxBytes} bytes`);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    problems.add('compose/unreadable-file', at, `cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < before.length; i++) {
      if (before[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = Buffer.from(before.subarray(lineStart)).toString('utf8').length + 1;
    problems.add(
      'compose/invalid-encoding',
      { file, line, column },
      `${label} is not valid UTF-8: invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad}`,
    );
    return undefined;
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  // The native check answers for nearly every file; the loop below only places the bad byte.
  if (isUtf8(b)) return -1;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
