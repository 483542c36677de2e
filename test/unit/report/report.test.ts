import { describe, expect, it } from 'vitest';
import {
  type CheckResult,
  type Finding,
  SUMMARY_LIMIT_BYTES,
  annotationCommand,
  applyRuleSettings,
  byteLength,
  parseFailOn,
  renderAnnotations,
  renderJson,
  renderSarif,
  renderSummary,
  renderText,
  selectAnnotations,
  shouldFail,
  UsageError,
} from '../../../src/report/index.js';
import { parseAnnotations } from '../../helpers/runner.js';

const f = (over: Partial<Finding>): Finding => ({
  check: 'compose',
  rule: 'compose/x',
  severity: 'error',
  file: 'docker-compose.yml',
  line: 1,
  column: 1,
  message: 'm',
  ...over,
});

describe('annotations', () => {
  it('escapes properties and data the way the runner parses them', () => {
    const cmd = annotationCommand(f({ file: 'a,b:c.yml', line: 3, column: 5, endLine: 4, message: '100% bad\nnext line' }));
    expect(cmd).toBe('::error file=a%2Cb%3Ac.yml,line=3,col=5,endLine=4,title=compose/x::100%25 bad%0Anext line');
    const [parsed] = parseAnnotations(cmd);
    expect(parsed!.props['file']).toBe('a,b:c.yml');
    expect(parsed!.message).toBe('100% bad\nnext line');
  });

  it('spends at most 10 annotations per severity and lists the rest in the log', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => f({ line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => f({ severity: 'warning', line: 100 + i })),
    ];
    const lines = renderAnnotations(findings);
    const annotations = parseAnnotations(lines.join('\n'));
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(lines.join('\n')).toContain('15 more finding(s) without annotation');
    // Every hidden finding still appears in the log, as plain text rather than a command.
    expect(lines.filter((l) => l.startsWith('  error docker-compose.yml:'))).toHaveLength(15);
  });

  it('prefers files the pull request changed', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => f({ file: 'old.yml', line: i + 1 })),
      f({ file: 'new.yml', line: 7 }),
    ];
    const budget = selectAnnotations(findings, new Set(['new.yml']));
    expect(budget.shown[0]!.file).toBe('new.yml');
    expect(budget.shown.filter((x) => x.file === 'new.yml')).toHaveLength(1);
    expect(budget.hidden.error).toBe(3);
  });

  it('keeps the most severe first even outside changed files', () => {
    const budget = selectAnnotations([f({ severity: 'notice', file: 'new.yml' }), f({ file: 'old.yml' })], new Set(['new.yml']), 1);
    expect(budget.shown.map((x) => x.severity)).toEqual(['error', 'notice']);
  });
});

describe('fail-on policy', () => {
  it('fails on errors by default, on warnings when asked, never when told', () => {
    const w = [f({ severity: 'warning' })];
    expect(shouldFail(w, 'error')).toBe(false);
    expect(shouldFail(w, 'warning')).toBe(true);
    expect(shouldFail([f({})], 'never')).toBe(false);
    expect(shouldFail([f({ severity: 'notice' })], 'warning')).toBe(false);
  });
  it('rejects an unknown policy with a usage error', () => {
    expect(() => parseFailOn('sometimes')).toThrow(UsageError);
    expect(parseFailOn('', 'warning')).toBe('warning');
  });
});

describe('rule settings', () => {
  it('turns rules off and changes severities', () => {
    const out = applyRuleSettings([f({ rule: 'compose/a' }), f({ rule: 'compose/b' }), f({ rule: 'compose/c' })], {
      'compose/a': 'off',
      'compose/b': 'notice',
    });
    expect(out.map((x) => `${x.rule}:${x.severity}`)).toEqual(['compose/b:notice', 'compose/c:error']);
  });
});

const result = (findings: Finding[], extra: Partial<CheckResult> = {}): CheckResult => ({ check: 'compose', findings, artifacts: {}, stats: { files: 2 }, ...extra });

describe('job summary', () => {
  it('has a status table and a findings table with escaped cells', () => {
    const md = renderSummary([result([f({ message: 'a | b <c>' })])], { title: 'Compose', failOn: 'error' });
    expect(md).toContain('| compose | ❌ failed | 1 | 0 | 0 |');
    expect(md).toContain('a \\| b &lt;c&gt;');
    expect(md).toContain('`docker-compose.yml:1`');
  });

  it('stays under 1 MiB however many findings there are, and says how many it left out', () => {
    const many = Array.from({ length: 60_000 }, (_, i) => f({ line: i + 1, message: 'x'.repeat(60) }));
    const md = renderSummary([result(many, { summaryMarkdown: 'y'.repeat(2_000_000) })], {
      title: 'Compose',
      failOn: 'error',
      findingsFile: '/tmp/f.json',
    });
    expect(byteLength(md)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/_\d+ more finding\(s\) not shown here .*all are in `\/tmp\/f.json`/);
    expect(md).toContain('remaining summary sections cut');
  });
});

describe('SARIF', () => {
  it('is a SARIF 2.1.0 log with rules, levels and regions', () => {
    const sarif = renderSarif([result([f({ rule: 'compose/undefined-network', line: 4, column: 7, severity: 'warning' })])], {
      toolVersion: '1.2.3',
      rules: [{ id: 'compose/undefined-network', severity: 'error', description: 'network is not declared' }],
    }) as any;
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'compose/undefined-network', defaultConfiguration: { level: 'error' } });
    expect(run.results[0]).toMatchObject({
      ruleId: 'compose/undefined-network',
      ruleIndex: 0,
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docker-compose.yml' }, region: { startLine: 4, startColumn: 7 } } }],
    });
  });
});

describe('JSON and text', () => {
  it('JSON has findings and checks with status', () => {
    const json = renderJson([result([f({ severity: 'warning' })])], 'error') as any;
    expect(json.checks).toEqual([{ name: 'compose', status: 'passed', stats: { files: 2 } }]);
    expect(Object.keys(json.findings[0]).sort()).toEqual(['check', 'column', 'file', 'line', 'message', 'rule', 'severity']);
  });
  it('text has no colour unless asked', () => {
    const plain = renderText([result([f({})])], { color: false, failOn: 'error' });
    expect(plain).toContain('docker-compose.yml:1:1 error m compose/x');
    expect(plain).not.toContain('\x1b[');
    expect(renderText([result([f({})])], { color: true, failOn: 'error' })).toContain('\x1b[31m');
  });
});
