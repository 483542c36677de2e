/**
 * dotenv and `${VAR}` interpolation on hostile text. Bad text is a DotenvError with a line, or an
 * invalid-template / required-variable error; nothing else may escape, and nothing may take long.
 * Two oracles check the result as well: `$$` always yields `$`, and a single-quoted dotenv value is
 * taken literally.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DotenvError, parseDotenv } from '../../src/checks/compose/dotenv.js';
import { InvalidTemplateError, MissingRequiredError, NestingTooDeepError, substitute, substituteLenient } from '../../src/checks/compose/template.js';
import { referenceAt, replaceReferences } from '../../src/checks/compose/template-scan.js';
import { anyText, corpus, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const ENV_SEEDS = corpus(['examples/portarium', 'test/fixtures/compose-broken'], (n) => n === '.env.example' || n.endsWith('.env')).concat([
  'A=1\nexport B="two ${A}"\nC=\'lit $A\'\nD: four # comment\nE\n# c\nF="multi\nline"\nG=${A:-d}\n',
]);
const ENV_DICT = ['=', ':', '"', "'", '\\', '\\n', '\\"', '\\0123', '${', '${A', '${A:-', '${A:?e}', '}', '$$', '$A', 'export ', '#', ' #', '\n', '\r\n', 'A', 'KEY', ' ', '\t', '.', '-', '[', ']'];
const TEMPLATE_DICT = ['$', '$$', '${', '}', '{', 'A', 'B', '_', '${A}', '${A:-', '${A-', '${A:?', '${A?', '${A:+', '${A+', '${UNSET:-', '${UNSET:?', ':', '-', '?', '+', '\n', '${A:-${B:-${C}}}', '$A', '$1'];

const mapping = (m: Record<string, string>) => (k: string): string | undefined => (Object.prototype.hasOwnProperty.call(m, k) ? m[k] : undefined);
const envMap = fc.dictionary(fc.constantFrom('A', 'B', 'C', 'X', 'EMPTY', '__proto__', 'constructor'), fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '${A}', '$$')), { maxKeys: 4 });

/** Deeply nested defaults and unterminated references, the slow shapes for a backtracking matcher. */
const nested = fc.record({ depth: fc.integer({ min: 1, max: 600 }), op: fc.constantFrom(':-', '-', ':+', '+', ':?', '?'), close: fc.boolean(), tail: fc.string({ maxLength: 20 }) }).map(
  ({ depth, op, close, tail }) => `\${A${op}`.repeat(depth) + tail + (close ? '}'.repeat(depth) : ''),
);
const unterminated = fc.record({ count: fc.integer({ min: 1, max: 1500 }), pad: fc.string({ maxLength: 3 }) }).map(({ count, pad }) => `\${A:-${pad}`.repeat(count));

describe('fuzz: dotenv', () => {
  const N = 1500;
  it(
    'parseDotenv returns entries or throws a DotenvError with a line',
    () => {
      const b = batch('dotenv');
      const text = fc.oneof(mutated(ENV_SEEDS, { dict: ENV_DICT, maxMutations: 8 }), fragments(ENV_DICT, 80), anyText);
      fc.assert(
        fc.property(text, envMap, (src, env) =>
          b.run(src, () => {
            const lines = src.split('\n').length;
            try {
              for (const e of parseDotenv(src, mapping(env))) {
                expect(typeof e.key).toBe('string');
                expect(typeof e.value).toBe('string');
                expect(e.line).toBeGreaterThanOrEqual(1);
                expect(e.line).toBeLessThanOrEqual(lines);
              }
            } catch (e) {
              expect(e, String(e)).toBeInstanceOf(DotenvError);
              expect((e as DotenvError).line).toBeGreaterThanOrEqual(1);
              expect((e as DotenvError).line).toBeLessThanOrEqual(lines + 1);
            }
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );

  it(
    "a single-quoted value is read literally, whatever it holds",
    () => {
      const b = batch('dotenv/literal');
      const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);
      const value = fc.string({ maxLength: 30 }).filter((v) => !v.includes("'") && !v.includes('\\'));
      fc.assert(
        fc.property(key, value, (k, v) =>
          b.run({ k, v }, () => {
            expect(parseDotenv(`${k}='${v}'\n`)).toEqual([{ key: k, value: v, line: 1 }]);
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );
});

describe('fuzz: interpolation', () => {
  const N = 2000;
  it(
    'substitute returns a string or throws only a typed template error (invalid, required, nested too deeply); lenient never throws',
    () => {
      const b = batch('interpolation');
      const template = fc.oneof({ weight: 4, arbitrary: fragments(TEMPLATE_DICT, 40) }, { weight: 1, arbitrary: nested }, { weight: 1, arbitrary: unterminated }, { weight: 1, arbitrary: anyText });
      fc.assert(
        fc.property(template, envMap, (t, env) =>
          b.run(t, () => {
            try {
              expect(typeof substitute(t, mapping(env))).toBe('string');
            } catch (e) {
              expect(e instanceof InvalidTemplateError || e instanceof MissingRequiredError || e instanceof NestingTooDeepError, String(e)).toBe(true);
            }
            const r = substituteLenient(t, mapping(env), { hook: () => undefined });
            expect(typeof r.value).toBe('string');
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );

  it(
    'the linear reference scanner finds exactly what compose-go\'s pattern finds',
    () => {
      // compose-go's pattern, run by the backtracking engine: the oracle (slow on hostile lines, fine on these).
      const source = String.raw`\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?]([^\n]*))?)\}|()))`;
      const global = new RegExp(source, 'gi');
      const once = new RegExp(source, 'i');
      const b = batch('interpolation/scanner');
      fc.assert(
        fc.property(fc.oneof(fragments(TEMPLATE_DICT, 30), fragments(['$', '{', '}', '\n', 'a', 'Z', '_', '1', ':', '-', '+', '?', ' ', 'é', 'ſ', 'K'], 30), anyText), (s) =>
          b.run(s, () => {
            const seen: string[] = [];
            const want = s.replace(global, (m) => (seen.push(m), `<${m.length}>`));
            const got: string[] = [];
            expect(replaceReferences(s, (m) => (got.push(m), `<${m.length}>`))).toBe(want);
            expect(got).toEqual(seen);
            for (const m of seen) {
              const r = once.exec(m)!;
              expect(referenceAt(m)).toEqual({ end: r[0].length, ...(r[1] ? { escaped: r[1] } : {}), ...(r[2] ? { named: r[2] } : {}), ...(r[3] !== undefined ? { braced: r[3] } : {}) });
            }
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );

  it(
    '`$$` is a literal dollar: escaping every `$` gives the text back unchanged',
    () => {
      const b = batch('interpolation/escape');
      fc.assert(
        fc.property(fc.oneof(fragments(TEMPLATE_DICT, 30), anyText), envMap, (s, env) =>
          b.run(s, () => {
            expect(substitute(s.replaceAll('$', () => '$$'), mapping(env))).toBe(s);
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );
});
