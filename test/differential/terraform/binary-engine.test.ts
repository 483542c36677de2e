import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { repoRoot, tool } from './corpus.js';

/**
 * The `terraform` / `tofu` engines (real binary, `fmt -check` then `fmt -` per changed file)
 * against the builtin engine on the recorded rewrite fixtures plus a syntax error: same files
 * changed, same hunks, same diff.
 */
const terraform = tool('terraform');
const tofu = tool('tofu');
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fixtureTree(name: string, withDoubleColon: boolean): string {
  const src = path.join(repoRoot, 'test/fixtures/terraform/rewrites');
  const root = path.join(work, name);
  for (const f of readdirSync(src).filter((n) => n.endsWith('.in.tf'))) {
    if (!withDoubleColon && f.startsWith('dc.')) continue;
    cpSync(path.join(src, f), path.join(root, f.replace('.in.tf', '.tf')));
  }
  writeFileSync(path.join(root, 'broken.tf'), 'a = 1\nb = \n');
  writeFileSync(path.join(root, 'tests.tftest.hcl'), 'run "x" {\ncommand=plan\n}\n');
  return root;
}

const key = (f: { rule: string; file: string; line: number; endLine?: number }): string =>
  f.rule === 'terraform/syntax-error' ? `${f.file} ${f.rule}` : `${f.file}:${f.line}-${f.endLine} ${f.rule}`;

describe.each([
  ['terraform', terraform, false],
  ['tofu', tofu, true],
] as const)('engine %s', (engine, bin, withDoubleColon) => {
  it.skipIf(!bin)('reports what the builtin engine reports', { timeout: 120_000 }, async () => {
    const root = fixtureTree(engine, withDoubleColon);
    const builtin = await runTerraformFmt({ root, diffFile: path.join(work, `${engine}-builtin.diff`) });
    const binary = await runTerraformFmt({ root, engine, binaryPath: bin, diffFile: path.join(work, `${engine}-binary.diff`) });
    expect(binary.summaryMarkdown).toMatch(new RegExp(`engine ${engine} \\d+\\.\\d+\\.\\d+`));
    expect(binary.changedFiles).toEqual(builtin.changedFiles);
    expect(binary.findings.map(key)).toEqual(builtin.findings.map(key));
    expect(readFileSync(binary.artifacts.diff!, 'utf8')).toBe(readFileSync(builtin.artifacts.diff!, 'utf8'));
    expect(binary.diffBytes).toBe(builtin.diffBytes);
    expect(binary.findings.filter((f) => f.rule === 'terraform/syntax-error').map((f) => f.file)).toEqual(['broken.tf']);
  });
});
