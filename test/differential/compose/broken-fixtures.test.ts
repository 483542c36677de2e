/**
 * The broken Compose fixtures say, in case.json, where a person has to make the change (written by
 * reading the YAML). Our engine must point there, with an error of the named rule; the valid ones must
 * load without error. The verdicts themselves are cross-checked against docker compose in
 * compose-cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../../src/checks/compose/index.js';
import { brokenCases } from './cases.js';

const cases = brokenCases();

describe('compose broken fixtures', () => {
  it('has at least 15 broken and a few valid projects', () => {
    expect(cases.filter((c) => c.expect?.valid === false).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.expect?.valid === true).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const r = await runCompose({ root: c.root, files: c.files, profiles: c.profiles, env: { ...c.env } });
    const errors = r.findings.filter((f) => f.severity === 'error');
    const shown = errors.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`).join('\n');
    if (c.expect!.valid) {
      expect(errors, shown).toEqual([]);
      return;
    }
    const { rule, file, line } = c.expect!;
    expect(
      errors.some((f) => f.rule === rule && f.file === file && f.line === line),
      `expected an error ${rule} at ${file}:${line}; got:\n${shown || '(no error)'}`,
    ).toBe(true);
  });
});
