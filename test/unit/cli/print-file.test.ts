import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printTextFile } from '../../../src/cli/print-file.js';
import { logText } from '../../../src/report/escape.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'print-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('printTextFile', () => {
  it('prints a file of several chunks as logText would print it whole, multi-byte characters and controls included', () => {
    // Lines of 3-byte characters, so chunk boundaries (1 MiB) fall inside characters; a control
    // character and a workflow command on lines of their own.
    const text = `${'€'.repeat(999)}\n`.repeat(1500) + '::error::x\n\u001b[31mred\n' + 'no final newline';
    const file = path.join(dir, 'a.diff');
    writeFileSync(file, text);
    const parts: string[] = [];
    printTextFile(file, (s) => parts.push(s));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(logText(`${text}\n`));
  });
});
