import { readFileSync, statSync } from 'node:fs';
import type { Loc } from './location.js';
import type { Problems } from './problems.js';

/**
 * The text of a file, or undefined after reporting why it cannot be had: a directory, unreadable, over
 * the size limit, not UTF-8. `label` names the file in messages (`compose file sub/a.yaml`), since the
 * finding may sit in the file that refers to it.
 */
export function readTextFile(file: string, maxBytes: number, problems: Problems, at: Loc, label: string): string | undefined {
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
