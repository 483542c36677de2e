/** Inputs found by the fuzz tier (test/fuzz) that hung or crashed the compose loader: each is now a finding, quickly. */
import { describe, expect, it } from 'vitest';
import { InvalidTemplateError, NestingTooDeepError, substitute } from '../../../src/checks/compose/template.js';
import { check, ofRule, where } from './helpers.js';

const cpuMs = (f: () => unknown): number => {
  const t = process.cpuUsage();
  f();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
};

describe('compose loader on inputs found by fuzzing', () => {
  it('a long line of unterminated `${A:-` references is linear, not quadratic (120 KB took 4.7 s of CPU)', () => {
    const value = '${A:-a'.repeat(20000);
    let err: unknown;
    const ms = cpuMs(() => {
      try {
        substitute(value, () => undefined);
      } catch (e) {
        err = e;
      }
    });
    expect(err).toBeInstanceOf(InvalidTemplateError);
    expect(ms).toBeLessThan(1000);
  });

  it('the same line in a compose file is an invalid-interpolation finding at its line', async () => {
    const r = await check({ 'compose.yaml': `services:\n  web:\n    image: nginx:1.27\n    command: "${'${A:-a'.repeat(6000)}"\n` });
    expect(where(ofRule(r, 'compose/invalid-interpolation'))).toEqual(['compose/invalid-interpolation compose.yaml:4']);
  });

  it('defaults nested thousands deep are a finding, not a stack overflow', async () => {
    expect(() => substitute(`${'${A:-'.repeat(3000)}x${'}'.repeat(3000)}`, () => undefined)).toThrow(NestingTooDeepError);
    const r = await check({ 'compose.yaml': `services:\n  web:\n    image: "${'${A:-'.repeat(3000)}nginx${'}'.repeat(3000)}"\n` });
    expect(r.findings.map((f) => f.rule)).not.toContain('compose/internal-error');
    const f = ofRule(r, 'compose/invalid-interpolation');
    expect(where(f)).toEqual(['compose/invalid-interpolation compose.yaml:3']);
    expect(f[0]!.message).toContain('nested more than 256 levels deep');
  });

  it('nesting that overflows the YAML parser is an invalid-yaml finding, not an internal error', async () => {
    // Compact mappings nested 2300 deep, closed by the next lines: the parser's pop() recursion overflowed.
    const r = await check({ 'compose.yaml': `services:\n${'  a: '.repeat(2300)}x\n  b: 1\nc: 2\n` });
    expect(r.findings.map((f) => f.rule)).not.toContain('compose/internal-error');
    expect(ofRule(r, 'compose/invalid-yaml').length).toBeGreaterThan(0);
  });

  it('collections nested past 500 levels are refused at the line', async () => {
    const r = await check({ 'compose.yaml': `services:\n  web:\n    image: nginx:1.27\nx-deep: ${'['.repeat(600)}${']'.repeat(600)}\n` });
    expect(r.findings.map((f) => f.rule)).not.toContain('compose/internal-error');
    const f = ofRule(r, 'compose/invalid-yaml');
    expect(where(f)).toEqual(['compose/invalid-yaml compose.yaml:4']);
    expect(f[0]!.message).toContain('deeper than 500 levels');
  });

  it('a key without a value node (`{web}`, `? key`) is YAML null, not an internal error', async () => {
    const flow = await check({ 'compose.yaml': 'services: {web}\n' });
    expect(where(flow.findings)).toEqual(['compose/schema compose.yaml:1']);
    expect(flow.findings[0]!.message).toBe('services.web must be a mapping');
    const explicit = await check({ 'compose.yaml': '? x-a\nservices:\n  web:\n    image: nginx:1.27\n' });
    expect(explicit.findings.map((f) => f.rule)).not.toContain('compose/internal-error');
  });

  it('nested complex keys are quoted from the text, not serialised (each `? ` quadrupled the message: 30 of them, 60 bytes, overflowed V8)', async () => {
    const t = process.cpuUsage();
    const r = await check({ 'compose.yaml': `${'? '.repeat(24)}x\n` });
    const u = process.cpuUsage(t);
    expect(where(r.findings)).toEqual(['compose/non-string-key compose.yaml:1']);
    expect(r.findings[0]!.message.length).toBeLessThan(200);
    expect((u.user + u.system) / 1000).toBeLessThan(1000);
    const flow = await check({ 'compose.yaml': `? {a: 1, b: [2]}\n: x\nservices:\n  web:\n    image: nginx:1.27\n` });
    expect(flow.findings.map((f) => f.message)).toContain('non-string key at top level: {a: 1, b: [2]}');
  });
});
