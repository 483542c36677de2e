import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../../src/report/fingerprint.js';
import { renderBaseline } from '../../../src/report/baseline.js';
import type { CheckResult, Finding } from '../../../src/report/finding.js';
import { renderJson } from '../../../src/report/json.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderSummary } from '../../../src/report/summary.js';
import { parseSuppressionComments } from '../../../src/report/suppression-comments.js';
import { parseSuppressionSpec } from '../../../src/report/suppression-grammar.js';
import { applySuppressions } from '../../../src/report/suppress.js';

const finding = (line: number, rule = 'compose/undefined-network', file = 'compose.yaml'): Finding => ({
  check: 'compose',
  rule,
  severity: 'error',
  file,
  line,
  column: 5,
  message: 'm',
});

describe('suppression comments', () => {
  it('own-line comments apply to the next non-comment line, trailing ones to their own line', () => {
    const text = [
      'services:',
      '  # portarium-infra-ignore compose/a, compose/b: two at once',
      '  # an ordinary comment',
      '  web: {}',
      '  api: {} # portarium-infra-ignore compose/c: trailing',
      '  url: "http://x#portarium-infra-ignore not/a-comment"',
      '# portarium-infra-ignore compose/d',
    ].join('\n');
    expect(parseSuppressionComments(text).map((c) => [c.line, c.column, c.target, c.rules, c.reason])).toEqual([
      [2, 3, 4, ['compose/a', 'compose/b'], 'two at once'],
      [5, 11, 5, ['compose/c'], 'trailing'],
      [7, 1, 0, ['compose/d'], ''],
    ]);
  });

  it('the grammar: the first colon ends the rule list; a reason may contain colons', () => {
    expect(parseSuppressionSpec(' kubernetes/x: needs NET_BIND_SERVICE: port 80')).toEqual({ rules: ['kubernetes/x'], reason: 'needs NET_BIND_SERVICE: port 80' });
    expect(parseSuppressionSpec('kubernetes/x,kubernetes/y :  ')).toEqual({ rules: ['kubernetes/x', 'kubernetes/y'], reason: '' });
  });

  it('a text without the marker is not split at all', () => {
    expect(parseSuppressionComments('a: 1 # just a comment\n')).toEqual([]);
  });
});

describe('Dockerfile instructions', () => {
  it('a comment covers the continuation lines of the instruction after it; in YAML only its line', () => {
    const text = 'FROM a:1\n# portarium-infra-ignore images/remote-add: why\nADD \\\n  # inside\n\n  https://e/x /x\nUSER 1\n';
    expect(parseSuppressionComments(text, { dockerfile: true }).map((c) => [c.target, c.targetEnd])).toEqual([[3, 6]]);
    expect(parseSuppressionComments(text).map((c) => [c.target, c.targetEnd])).toEqual([[3, 3]]);
  });

  it('many comments before one long instruction are matched in linear time', () => {
    const n = 40_000;
    const text = `FROM a:1\n${'# portarium-infra-ignore images/remote-add: why\n'.repeat(n)}ADD \\\n${'  a \\\n'.repeat(n)}  https://e/x /x\n`;
    const last = 2 * n + 3;
    const f: Finding = { check: 'images', rule: 'images/remote-add', severity: 'error', file: 'Dockerfile', line: last, column: 1, message: 'm' };
    const started = performance.now();
    const [r] = applySuppressions([{ check: 'images', findings: [f], artifacts: {}, stats: {} }], {
      root: '/nonexistent',
      knownRules: new Set(['images/remote-add']),
      didYouMean: () => '',
      texts: new Map([['Dockerfile', text]]),
    });
    expect(r!.suppressed?.map((x) => x.line)).toEqual([last]);
    // Quadratic matching (a comment per line of the instruction) takes minutes here.
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

describe('fingerprints', () => {
  const lines = (text: string) => (_file: string, line: number) => text.split('\n')[line - 1];
  it('survive lines inserted above and re-indentation; the occurrence index tells twins apart', () => {
    const before = 'a\n  networks: [edge]\n  networks: [edge]\n';
    const after = 'x\ny\na\n    networks:   [edge]\n    networks: [edge]\n';
    const a = fingerprints([finding(2), finding(3)], lines(before));
    const b = fingerprints([finding(5), finding(4)], lines(after));
    expect(b).toEqual([a[1], a[0]]);
    expect(a[0]).not.toBe(a[1]);
    expect(a[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differ by rule and by file', () => {
    const t = lines('x\n');
    const [a, b, c] = fingerprints([finding(1), finding(1, 'compose/other'), finding(1, undefined, 'other.yaml')], t);
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe('outputs', () => {
  const accepted: Finding = { ...finding(4), fingerprint: 'f'.repeat(64), suppression: { kind: 'inSource', justification: 'why' } };
  const result: CheckResult = { check: 'compose', findings: [{ ...finding(2), fingerprint: 'e'.repeat(64) }], suppressed: [accepted], artifacts: {}, stats: {} };

  it('the baseline file is sorted, unique and stable', () => {
    const e = (file: string, fp: string) => ({ rule: 'compose/x', file, fingerprint: fp.repeat(64) });
    const text = renderBaseline([e('b.yaml', 'a'), e('a.yaml', 'b'), e('a.yaml', 'b')]);
    expect(text).toBe(renderBaseline([e('a.yaml', 'b'), e('b.yaml', 'a')]));
    expect((JSON.parse(text) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('JSON lists accepted findings apart, without the internal fingerprint in the active ones', () => {
    const json = renderJson([result], 'error') as { findings: Finding[]; suppressed: Finding[] };
    expect(json.findings[0]).not.toHaveProperty('fingerprint');
    expect(json.suppressed.map((f) => f.suppression)).toEqual([{ kind: 'inSource', justification: 'why' }]);
  });

  it('SARIF marks accepted results with suppressions and gives every result its fingerprint', () => {
    const sarif = renderSarif([result], { toolVersion: '0', rules: [] }) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const [active, sup] = sarif.runs[0]!.results;
    expect(active!['suppressions']).toBeUndefined();
    expect(sup!['suppressions']).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'why' }]);
    expect(sup!['partialFingerprints']).toMatchObject({ 'portariumInfraFingerprint/v1': 'f'.repeat(64) });
  });

  it('the summary counts only active findings and says how many were suppressed', () => {
    const md = renderSummary([result], { title: 't', failOn: 'error' });
    expect(md).toContain('| compose | ❌ failed | 1 | 0 | 0 |');
    expect(md).toContain('1 finding(s) suppressed');
  });
});
