import { describe, expect, it } from 'vitest';
import { compileGoRegExp } from '../../../src/checks/kubernetes/go-regexp.js';
import { SchemaCompiler } from '../../../src/checks/kubernetes/schema-compiler.js';
import { SchemaDocumentLoader } from '../../../src/checks/kubernetes/schema-fetch.js';

const compiler = () => new SchemaCompiler(new SchemaDocumentLoader({ cacheDir: false }));

async function verdict(pattern: string, value: string, draft = 'draft4'): Promise<boolean | 'schema refused'> {
  const schema = { ...(draft === 'draft7' ? { $schema: 'http://json-schema.org/draft-07/schema#' } : {}), type: 'string', pattern };
  const c = await compiler().compile(`file:///p-${Math.random()}.json`, schema);
  if (!c.ok) return 'schema refused';
  return c.validate(value) as boolean;
}

// Each row is Go's verdict (regexp.MatchString); where ECMAScript differs the JS verdict is noted.
describe('schema pattern is matched as Go regexp (RE2), not ECMAScript', () => {
  it.each([
    ['\\d', '\u0663', false], // Arabic-Indic three: ASCII-only \d in both
    ['^a$', 'a\n', false], // $ is end of text, no final-newline exception (both)
    ['^\\S+$', 'a\u00a0b', true], // JS: false (NBSP is \s in JS, not in Go)
    ['^\\s$', '\u000b', false], // JS: true (\v is not \s in Go)
    ['(?i)^abc$', 'ABC', true], // JS: syntax error
    ['^a\\z', 'a', true], // JS (u): syntax error
    ['^[[:alpha:]]+$', 'abc', true], // JS: syntax error
    ['\\Qa.b\\E', 'a.b', true], // JS: syntax error
    ['\\Qa.b\\E', 'axb', false],
    ['\\pL', '\u00e9', true], // JS: syntax error
    ['\\x{41}', 'A', true], // JS (u): syntax error
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'my-name', true],
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'My-name', false],
    ['b', 'abc', true], // unanchored search
  ])('%s on %j -> %s', async (pattern, value, expected) => {
    expect(await verdict(pattern, value)).toBe(expected);
  });

  it.each(['(?=a)a', '(?!a)b', '(?<=a)b', '(a)\\1', '\\u0041'])('refuses the schema holding %s, as kubeconform does', async (pattern) => {
    expect(await verdict(pattern, 'a')).toBe('schema refused');
  });

  it('patternProperties keys are Go patterns too', async () => {
    const c = await compiler().compile('file:///pp.json', { type: 'object', patternProperties: { '(?i)^x-': { type: 'integer' } }, additionalProperties: false });
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.validate({ 'X-a': 1 })).toBe(true);
    expect(c.validate({ 'X-a': 'no' })).toBe(false);
    expect(c.validate({ y: 1 })).toBe(false);
  });

  it('two different patterns in one schema keep their own verdicts', async () => {
    const c = await compiler().compile('file:///two.json', { type: 'object', properties: { a: { type: 'string', pattern: '^a+$' }, b: { type: 'string', pattern: '^b+$' } } });
    expect(c.ok && c.validate({ a: 'aaa', b: 'bbb' })).toBe(true);
    expect(c.ok && c.validate({ a: 'bbb', b: 'aaa' })).toBe(false);
  });

  it('the regex format is Go syntax', async () => {
    const c = await compiler().compile('file:///fmt.json', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string', format: 'regex' });
    expect(c.ok && c.validate('(?i)abc')).toBe(true);
    expect(c.ok && c.validate('(?=a)')).toBe(false);
  });

  it('a catastrophic-backtracking pattern on a 50,000-character non-matching value finishes in linear time', async () => {
    const value = 'a'.repeat(50_000) + '!';
    const t0 = performance.now();
    expect(await verdict('^(a+)+$', value)).toBe(false);
    const ms = performance.now() - t0;
    // ECMAScript backtracking takes longer than the age of the universe here.
    expect(ms).toBeLessThan(1000);
    const t1 = performance.now();
    expect(compileGoRegExp('^(a|aa)+$').test('a'.repeat(200_000) + '!')).toBe(false);
    expect(performance.now() - t1).toBeLessThan(2000);
  });
});
