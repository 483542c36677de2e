import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import type { CheckResult } from '../../../src/report/finding.js';
import { linesForReport } from '../../../src/report/source-lines.js';
import { applySuppressions } from '../../../src/report/suppress.js';

const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'source-lines-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const opts = (root: string) => ({ root, knownRules: new Set(['terraform/not-formatted', 'terraform/syntax-error']), didYouMean: () => '' });
const withoutLines = ({ sourceLines: _l, ...r }: CheckResult): CheckResult => r;

describe('lines a check hands to the suppression pass', () => {
  it('are the lines as the file reads, white space collapsed, whatever the line ends', () => {
    const text = 'a  =\t1\r\n\n  b = 2\r\nlast   line';
    const lines = linesForReport(text, [4, 1, 3, 2, 9, 3])!;
    expect([...lines]).toEqual([
      [1, 'a = 1'],
      [2, ''],
      [3, 'b = 2'],
      [4, 'last line'],
      [9, ''],
    ]);
  });

  it('are not handed over for a file that names a suppression: its comments must be read', () => {
    expect(linesForReport('a = 1 # portarium-infra-ignore terraform/x: why\n', [1])).toBeUndefined();
  });

  it('give the fingerprints reading the files again gives, and the files are not read again', async () => {
    const root = path.join(base, 'fp');
    const files: Record<string, string> = {
      'a.tf': 'resource  "x" "y" {\n    a=1\n  b    = 2\n}\n',
      'b.tf': 'locals {\n      c = [\n1,\n  2]\n}\n',
      'c.tf': 'broken = \n',
    };
    mkdirSync(root, { recursive: true });
    for (const [f, t] of Object.entries(files)) writeFileSync(path.join(root, f), t);
    const result = await runTerraformFmt({ root });
    expect(result.findings.length).toBeGreaterThanOrEqual(3);
    expect([...result.sourceLines!.keys()].sort()).toEqual(['a.tf', 'b.tf', 'c.tf']);

    const reread = applySuppressions([withoutLines(result)], opts(root));
    const handed = applySuppressions([result], opts(root));
    const prints = (rs: CheckResult[]) => rs[0]!.findings.map((f) => [f.file, f.line, f.fingerprint]);
    expect(prints(handed)).toEqual(prints(reread));
    expect(handed[0]).not.toHaveProperty('sourceLines');

    // Gone from disk: the handed-over lines still fingerprint each finding as before.
    for (const f of Object.keys(files)) rmSync(path.join(root, f));
    expect(prints(applySuppressions([result], opts(root)))).toEqual(prints(reread));
  });

  it('without lines (no fingerprints wanted) a file is still known to hold no suppression, and not read again', async () => {
    const root = path.join(base, 'nolines');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'a.tf'), 'x   = 1\ny = 2\n');
    const lean = await runTerraformFmt({ root, reportLines: false });
    expect([...lean.sourceLines!]).toEqual([['a.tf', new Map()]]);
    const full = applySuppressions([await runTerraformFmt({ root })], opts(root));
    rmSync(path.join(root, 'a.tf'));
    const [r] = applySuppressions([lean], { ...opts(root), fingerprints: false });
    expect(r!.findings.map((f) => [f.rule, f.line])).toEqual([['terraform/not-formatted', 1]]);
    expect(r!.findings[0]).not.toHaveProperty('fingerprint');
    // Fingerprints asked for after all: the line is read from the file, which is gone, so it differs.
    const [late] = applySuppressions([lean], opts(root));
    expect(late!.findings[0]!.fingerprint).not.toBe(full[0]!.findings[0]!.fingerprint);
  });

  it('a file with a suppression is read for it, and the suppression applies', async () => {
    const root = path.join(base, 'suppressed');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'a.tf'), 'x   = 1 # portarium-infra-ignore terraform/not-formatted: generated\n');
    const result = await runTerraformFmt({ root });
    expect(result.sourceLines!.has('a.tf')).toBe(false);
    const [r] = applySuppressions([result], opts(root));
    expect(r!.findings).toEqual([]);
    expect(r!.suppressed?.map((f) => [f.rule, f.line, f.suppression?.justification])).toEqual([['terraform/not-formatted', 1, 'generated']]);
  });
});

describe('fingerprints only where they are shown or matched', () => {
  const result = (): CheckResult => ({
    check: 'terraform-fmt',
    findings: [{ check: 'terraform-fmt', rule: 'terraform/not-formatted', severity: 'error', file: 'a.tf', line: 1, column: 1, message: 'm' }],
    artifacts: {},
    stats: {},
    sourceLines: new Map([['a.tf', new Map([[1, 'x = 1']])]]),
  });

  it('are left out when asked (text and JSON output without a baseline)', () => {
    const [r] = applySuppressions([result()], { ...opts(base), fingerprints: false });
    expect(r!.findings).toHaveLength(1);
    expect(r!.findings[0]).not.toHaveProperty('fingerprint');
  });

  it('are still made to match a baseline, which then accepts the finding', () => {
    const [withPrint] = applySuppressions([result()], opts(base));
    const fingerprint = withPrint!.findings[0]!.fingerprint!;
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const [r] = applySuppressions([result()], { ...opts(base), fingerprints: false, baseline: { fingerprints: new Set([fingerprint]), file: '.portarium-infra-baseline.json' } });
    expect(r!.findings).toEqual([]);
    expect(r!.suppressed?.[0]?.suppression?.kind).toBe('external');
  });
});
