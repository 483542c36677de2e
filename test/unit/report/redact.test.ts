import { describe, expect, it } from 'vitest';
import { parseVariables } from '../../../src/github/variables.js';
import { REDACTED, redactResult, redactor } from '../../../src/report/redact.js';
import type { CheckResult } from '../../../src/report/finding.js';

describe('redaction of secret values', () => {
  it('replaces every occurrence, longest value first, and ignores empty values', () => {
    const r = redactor(['abc', 'abcdef', '']);
    expect(r('x abcdef y abc z')).toBe(`x ${REDACTED} y ${REDACTED} z`);
    expect(r('nothing here')).toBe('nothing here');
  });

  it('reaches findings, summary markdown, models (keys included) and leaves the input untouched', () => {
    const model: Record<string, unknown> = { services: { web: { environment: { 's3cr3t-value': 'pw=s3cr3t-value' } } } };
    Object.defineProperty(model, '__proto__', { value: { kept: 's3cr3t-value' }, enumerable: true });
    const result = {
      check: 'compose',
      findings: [{ check: 'compose', rule: 'compose/invalid-port', severity: 'error', file: 'compose.yaml', line: 3, column: 1, message: 'invalid port "s3cr3t-value"' }],
      artifacts: {},
      stats: { files: 1 },
      summaryMarkdown: '| s3cr3t-value |',
      projects: [{ name: 'p', model }],
    } satisfies CheckResult & { projects: unknown[] };
    const out = redactResult(result, ['s3cr3t-value']);
    const text = JSON.stringify(out);
    expect(text).not.toContain('s3cr3t-value');
    expect(out.findings[0]!.message).toBe('invalid port "***"');
    expect(out.summaryMarkdown).toBe('| *** |');
    expect(Object.keys(out.projects[0]!.model)).toEqual(['services', '__proto__']);
    expect(JSON.stringify(result)).toContain('s3cr3t-value');
  });
});

describe('variables inputs', () => {
  it('reads NAME=value lines, keeps `=` and spaces inside values, skips blanks and comments', () => {
    expect(parseVariables('A=1\n\n# note\n  B = x=y \r\nC=\n', 'variables')).toEqual([
      ['A', '1'],
      ['B', ' x=y '],
      ['C', ''],
    ]);
  });

  it('an invalid line is an error naming the line, never its text', () => {
    expect(() => parseVariables('A=1\nhunter2', 'secret-variables')).toThrow('secret-variables: line 2 is not NAME=value');
    expect(() => parseVariables('A=1\nhunter2', 'secret-variables')).not.toThrow(/hunter2/);
    expect(() => parseVariables('1BAD=x', 'variables')).toThrow(/line 1/);
  });
});
