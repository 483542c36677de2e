import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DiffCounter, lineHunks, unifiedDiff } from '../../../src/checks/terraform/diff.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tf-diff-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** GNU diff -u with terraform fmt -diff's labels, the reference for our unified diff. */
function gnuDiff(file: string, a: string, b: string): string | undefined {
  writeFileSync(path.join(tmp, 'a'), a);
  writeFileSync(path.join(tmp, 'b'), b);
  try {
    execFileSync('diff', [`--label=old/${file}`, `--label=new/${file}`, '-u', path.join(tmp, 'a'), path.join(tmp, 'b')], { encoding: 'utf8' });
    return '';
  } catch (e) {
    const err = e as { status?: number; stdout?: string; code?: string };
    if (err.code === 'ENOENT') return undefined;
    return err.status === 1 ? err.stdout : undefined;
  }
}

const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => `${f(i)}\n`).join('');

describe('line diffs', () => {
  const cases: [string, string, string][] = [
    ['one change', 'a=1\nb = 2\n', 'a = 1\nb = 2\n'],
    ['far apart changes make two hunks', lines(20, (i) => (i === 2 || i === 17 ? `x${i}=1` : `l${i}`)), lines(20, (i) => (i === 2 || i === 17 ? `x${i} = 1` : `l${i}`))],
    ['close changes share a hunk', lines(12, (i) => (i === 2 || i === 8 ? `x${i}=1` : `l${i}`)), lines(12, (i) => (i === 2 || i === 8 ? `x${i} = 1` : `l${i}`))],
    ['removed lines', 'a\n\n\n\nb\n', 'a\n\nb\n'],
    ['no final newline', 'a=1', 'a = 1'],
    ['CRLF kept as content', 'a=1\r\nb=2\r\n', 'a = 1\r\nb = 2\r\n'],
    ['from empty', '', 'a\n'],
  ];
  it.each(cases)('%s: same text as GNU diff -u --label', (_name, a, b) => {
    const want = gnuDiff('dir/main.tf', a, b);
    if (want === undefined) return; // no GNU diff on this machine
    expect(unifiedDiff('dir/main.tf', a, b)).toBe(want);
  });

  it('reports each change without context, at its first old line', () => {
    expect(lineHunks('a\nb=1\nc\nd=2\ne=3\n', 'a\nb = 1\nc\nd = 2\ne = 3\n')).toEqual([
      { oldStart: 2, oldLines: 1, newStart: 2, newLines: 1 },
      { oldStart: 4, oldLines: 2, newStart: 4, newLines: 2 },
    ]);
    expect(lineHunks('a\nx\nb\n', 'a\nb\n')).toEqual([{ oldStart: 2, oldLines: 1, newStart: 1, newLines: 0 }]);
    expect(lineHunks('same\n', 'same\n')).toEqual([]);
  });

  it('stays fast on a huge file changed everywhere (line by line when line counts match)', () => {
    const a = lines(200_000, (i) => `k${i}=1`);
    const b = lines(200_000, (i) => `k${i} = 1`);
    const started = performance.now();
    const hunks = lineHunks(a, b);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(hunks).toEqual([{ oldStart: 1, oldLines: 200_000, newStart: 1, newLines: 200_000 }]);
  });
});

describe('line diff: the same edit script as the diff package', () => {
  it('picks the same hunks as diffArrays on random edits, ties included', async () => {
    const { diffArrays } = await import('diff');
    const { diffBoth } = await import('../../../src/checks/terraform/diff.js');
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a\n', 'b\n', 'c\n', '}\n', '\n', '  x = 1\n'];
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: 1 + rnd(30) }, () => alphabet[rnd(alphabet.length)]!);
      const b = a.flatMap((l) => (rnd(4) === 0 ? [] : rnd(5) === 0 ? [alphabet[rnd(alphabet.length)]!, l] : [l]));
      const oldText = a.join('');
      const newText = b.join('');
      // The reference: what this module did with the diff package: common head and tail
      // trimmed, diffArrays on the rest, its parts grouped into hunks.
      let pre = 0;
      while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
      let suf = 0;
      while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
      const midA = a.slice(pre, a.length - suf);
      const midB = b.slice(pre, b.length - suf);
      const want: { oldStart: number; oldLines: number; newStart: number; newLines: number }[] = [];
      let i = pre;
      let j = pre;
      let cur: { oi: number; oc: number; ni: number; nc: number } | undefined;
      const close = (): void => {
        if (cur) want.push({ oldStart: cur.oc === 0 ? cur.oi : cur.oi + 1, oldLines: cur.oc, newStart: cur.nc === 0 ? cur.ni : cur.ni + 1, newLines: cur.nc });
        cur = undefined;
      };
      const parts =
        midA.length > 0 && midB.length > 0
          ? diffArrays(midA, midB)
          : [
              { count: midA.length, added: false, removed: true },
              { count: midB.length, added: true, removed: false },
            ].filter((p) => p.count > 0);
      for (const part of parts) {
        const n = part.count;
        if (!part.added && !part.removed) {
          close();
          i += n;
          j += n;
          continue;
        }
        cur ??= { oi: i, oc: 0, ni: j, nc: 0 };
        if (part.removed) {
          cur.oc += n;
          i += n;
        } else {
          cur.nc += n;
          j += n;
        }
      }
      close();
      const got = diffBoth('f.tf', oldText, newText);
      expect(got.hunks).toEqual(want);
      expect(got.diff).toBe(unifiedDiff('f.tf', oldText, newText));
      expect(got.hunks).toEqual(lineHunks(oldText, newText));
    }
  });
});

describe('line diff: cost linear in the file size', () => {
  // A module where every indented line changed, as after `terraform fmt` on a re-indented file;
  // every 40th block also loses a blank line, so line counts differ and no shortcut applies.
  const module = (blocks: number, formatted: boolean): string =>
    Array.from({ length: blocks }, (_, i) => {
      const body = [`resource "null_resource" "r${i}" {`];
      for (let k = 0; k < 4; k++) body.push(formatted ? `  key_${k} = "v${i % 7}"` : `${' '.repeat(1 + ((i + k) % 5))}key_${k}="v${i % 7}"`);
      body.push(formatted ? '  nested {' : ' nested {', formatted ? '    x = 1' : 'x=1', formatted ? '  }' : '    }', '}');
      if (!formatted && i % 40 === 0) body.push('');
      return `${body.join('\n')}\n\n`;
    }).join('');
  const steps = (blocks: number): { steps: number; hunks: number } => {
    const counter: DiffCounter = { steps: 0 };
    const hunks = lineHunks(module(blocks, false), module(blocks, true), counter);
    return { steps: counter.steps, hunks: hunks.length };
  };

  it('takes about 10 times the steps for a file 10 times as long (not 100)', () => {
    const small = steps(200);
    const large = steps(2000);
    expect(small.hunks).toBeGreaterThan(200);
    expect(large.hunks).toBeGreaterThan(2000);
    expect(large.steps / small.steps).toBeLessThan(15);
  });
});
