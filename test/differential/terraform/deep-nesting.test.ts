import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { tool } from './corpus.js';

/**
 * Deeply nested expressions against a real `terraform fmt` (v1.5.7): 10,000 levels of each kind
 * formatted byte for byte as terraform writes them, within the 5 s a user would notice.
 */
const terraform = tool('terraform');
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-deep-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const N = 10_000;
const KINDS: [string, string][] = [
  ['parentheses', `a=${'('.repeat(N)}1${')'.repeat(N)}\n`],
  ['brackets', `a=${'[ '.repeat(N)}1${']'.repeat(N)}\n`],
  ['empty brackets', `a=${'['.repeat(N)}${' ]'.repeat(N)}\n`],
  ['objects', `a=${'{a='.repeat(N)}1${'}'.repeat(N)}\n`],
  ['function calls', `a=${'f('.repeat(N)}1${')'.repeat(N)}\n`],
  ['mixed', `a=${'[{a=('.repeat(N / 3)}1${')}]'.repeat(N / 3)}\n`],
];

function terraformFmt(name: string, src: string): { out: string; status: number | null; stderr: string } {
  const dir = path.join(work, 'terraform', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'main.tf'), src);
  const res = spawnSync(terraform!, ['fmt', '-no-color', dir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '' } });
  return { out: readFileSync(path.join(dir, 'main.tf'), 'utf8'), status: res.status, stderr: res.stderr };
}

describe.skipIf(!terraform)('terraform fmt differential (deep nesting)', () => {
  it.each(KINDS)('10,000 levels of %s: the same bytes as terraform fmt, within 5 s', { timeout: 60_000 }, async (kind, src) => {
    const name = kind.replace(/ /g, '-');
    const theirs = terraformFmt(name, src);
    expect(theirs.status).toBe(0);
    const root = path.join(work, 'ours', name);
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'main.tf'), src);
    const t0 = performance.now();
    const r = await runTerraformFmt({ root, mode: 'write' });
    const seconds = (performance.now() - t0) / 1000;
    console.log(`deep nesting: 10,000 levels of ${kind} formatted in ${seconds.toFixed(2)} s`);
    expect(r.findings.filter((f) => f.rule !== 'terraform/not-formatted')).toEqual([]);
    expect(readFileSync(path.join(root, 'main.tf'), 'utf8') === theirs.out).toBe(true);
    expect(seconds).toBeLessThan(5);
  });

  it('100,000 levels: terraform fmt overflows its stack; the builtin engine reports a clear error instead', { timeout: 60_000 }, async () => {
    const src = `a=${'('.repeat(100_000)}1${')'.repeat(100_000)}\n`;
    const theirs = terraformFmt('huge', src);
    expect(theirs.status).not.toBe(0);
    expect(theirs.stderr).toMatch(/stack overflow/);
    const root = path.join(work, 'ours', 'huge');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'main.tf'), src);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'terraform/engine-error', file: 'main.tf', message: expect.stringMatching(/nested too deeply/) })]);
    expect(readFileSync(path.join(root, 'main.tf'), 'utf8')).toBe(src);
  });
});
