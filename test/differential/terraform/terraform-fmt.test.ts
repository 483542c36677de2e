import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { corpus, flatCopy, fmtWriteDir, tool, type CorpusFile } from './corpus.js';

/**
 * Our builtin engine against a real `terraform fmt` on every corpus file, byte for byte.
 * References: terraform v1.5.7 (hcl v2.16.2) for files without `::`; OpenTofu v1.8.11, whose hcl
 * knows provider-function `::`, for files with it (terraform 1.5.7 rejects those as syntax errors).
 */
const terraform = tool('terraform');
const tofu = tool('tofu');
const data = terraform && tofu ? corpus() : undefined;
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!data)('terraform fmt differential (corpus)', () => {
  it('agrees with the real terraform fmt on every file', { timeout: 600_000 }, async () => {
    const { dir, files } = data!;
    const names = flatCopy(dir, files, path.join(work, 'ours'));
    flatCopy(dir, files, path.join(work, 'terraform'));
    flatCopy(dir, files, path.join(work, 'tofu'));
    const tf = fmtWriteDir(terraform!, path.join(work, 'terraform'));
    const tofuRun = fmtWriteDir(tofu!, path.join(work, 'tofu'));
    const ours = await runTerraformFmt({ root: path.join(work, 'ours'), mode: 'write' });
    const oursErrored = new Set(ours.findings.filter((f) => f.rule === 'terraform/syntax-error').map((f) => f.file));

    const disagreements: { file: CorpusFile; name: string; reference: string; detail: string }[] = [];
    let usedTofu = 0;
    for (let i = 0; i < files.length; i++) {
      const name = names[i]!;
      const original = readFileSync(path.join(dir, files[i]!.path), 'utf8');
      const refName = original.includes('::') ? 'tofu' : 'terraform';
      if (refName === 'tofu') usedTofu++;
      const refErrored = (refName === 'tofu' ? tofuRun : tf).errored.has(name);
      const mine = readFileSync(path.join(work, 'ours', name));
      const theirs = readFileSync(path.join(work, refName, name));
      if (refErrored !== oursErrored.has(name)) {
        disagreements.push({ file: files[i]!, name, reference: refName, detail: `syntax error: ${refName} ${refErrored}, ours ${oursErrored.has(name)}` });
      } else if (!mine.equals(theirs)) {
        disagreements.push({ file: files[i]!, name, reference: refName, detail: 'output differs' });
      }
    }
    const agreement = (files.length - disagreements.length) / files.length;
    console.log(
      `terraform fmt differential: ${files.length - disagreements.length}/${files.length} files agree ` +
        `(${(agreement * 100).toFixed(2)} %), ${usedTofu} compared with tofu; ` +
        `terraform rejected ${tf.errored.size}, ours ${oursErrored.size}`,
    );
    for (const d of disagreements.slice(0, 20)) console.log(`  ${d.name} (${d.file.path} from ${d.file.from} ${d.file.mutations?.join('+') ?? ''}): ${d.detail} vs ${d.reference}`);
    expect(files.length).toBeGreaterThanOrEqual(1000);
    expect(disagreements.map((d) => `${d.file.path}: ${d.detail}`)).toEqual([]);
  });
});
