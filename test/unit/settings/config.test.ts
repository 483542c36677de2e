import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/settings/config.js';
import { UsageError } from '../../../src/report/finding.js';
import { VERSION } from '../../../src/version.js';
import pkg from '../../../package.json' with { type: 'json' };

describe('.portarium-infra.yml', () => {
  it('reads fail-on, rule settings and check sections', () => {
    const c = parseConfig('fail-on: warning\nrules:\n  compose/image-latest: off\ncompose:\n  files: [a.yml, b.yml]\n', 'cfg.yml');
    expect(c.failOn).toBe('warning');
    expect(c.rules).toEqual({ 'compose/image-latest': 'off' });
    expect(c.checks.compose).toEqual({ files: ['a.yml', 'b.yml'] });
  });

  it.each([
    ['fail-on: sometimes\n', /cfg\.yml:1:10: fail-on must be error, warning or never/],
    ['rules:\n  not a rule: off\n', /cfg\.yml:2:3: "not a rule" is not a rule id/],
    ['rules:\n  compose/x: loud\n', /cfg\.yml:2:14: rule compose\/x must be off, error, warning or notice/],
    ['colour: blue\n', /cfg\.yml:1:1: unknown setting "colour"/],
    ['compose: 3\n', /cfg\.yml:1:10: compose must be a mapping/],
    ['compose: [1]\n', /cfg\.yml:1:10: compose must be a mapping/],
    ['rules:\n  a/b: off\n  a/b: off\n', /cfg\.yml:3:\d+: invalid YAML/],
    ['- 1\n', /cfg\.yml:1:1: the configuration must be a mapping/],
  ])('rejects %j naming the file and line', (text, message) => {
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(UsageError);
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(message);
  });

  it('nesting deep enough to overflow the YAML parser is a UsageError, not a RangeError (found by test/fuzz)', () => {
    const text = `${'  a/b: '.repeat(2300)}x\n  b: 1\nc: 2\n`;
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(UsageError);
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/^cfg\.yml:1:1: invalid YAML: nested too deeply/);
  });

  it('a billion-laughs section is a UsageError at the section, not shared references left to expand (alias-bomb probe, now in test/fuzz)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const text = `compose:\n${levels.map((l) => `  ${l}\n`).join('')}`;
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/^cfg\.yml:2:3: too many YAML aliases/);
  });

  it('a recursive alias in a section is a UsageError, not a structure that contains itself (found by test/fuzz)', () => {
    expect(() => parseConfig('kubernetes:\n  r: &r\n  - *r\n', 'cfg.yml')).toThrow(/^cfg\.yml:2:3: a YAML alias refers to a node that contains it/);
  });

  it('reads the otel section, and points at a mistake in it with a suggestion', () => {
    const text = 'otel:\n  configs: [c.yaml]\n  external-hosts: [traces.example.com]\n  redaction:\n    signals: [traces]\n    attributes:\n      - { key: user.email, action: delete, scope: both }\n';
    expect(parseConfig(text, 'cfg.yml').checks.otel).toEqual({
      configs: ['c.yaml'],
      externalHosts: ['traces.example.com'],
      redaction: { signals: ['traces'], attributes: [{ key: 'user.email', action: 'delete', scope: 'both' }] },
    });
    expect(() => parseConfig('otel:\n  redaction:\n    signals: [trace]\n', 'cfg.yml')).toThrow(/^cfg\.yml:3:14: otel\.redaction\.signals must list traces, metrics or logs \(got "trace"\).*did you mean "traces"/);
    expect(() => parseConfig('otel:\n  redaction:\n    attributes:\n      - { key: a, action: erase }\n', 'cfg.yml')).toThrow(/^cfg\.yml:4:27: .*action must be hash or delete \(got "erase"\)/);
    expect(() => parseConfig('otel:\n  config: [a]\n', 'cfg.yml')).toThrow(/^cfg\.yml:2:3: unknown setting "otel\.config" \(did you mean "configs"\?\)/);
  });

  it('an empty file is an empty configuration', () => {
    expect(parseConfig('', 'cfg.yml')).toEqual({ file: 'cfg.yml', rules: {}, ruleAt: {}, checks: { compose: {}, terraform: {}, kubernetes: {}, images: {}, otel: {} }, warnings: [] });
  });

  it('the bundled version matches package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
