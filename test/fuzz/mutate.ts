/**
 * Generators that reach past the first parse error: real files from test/fixtures and
 * examples/portarium, changed a few places at a time (characters and lines inserted, deleted,
 * duplicated, swapped; a format's own syntax spliced in; long lines, deep nesting, CRLF, NUL,
 * unicode), so most inputs stay close to valid and exercise the code behind the parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../helpers/paths.js';
import { MAX_INPUT } from './support.js';

/** Every file under `dirs` (relative to the repository) whose name passes `keep`, as text. */
export function corpus(dirs: readonly string[], keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (keep(name) && st.size <= MAX_INPUT) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const d of dirs) walk(path.join(REPO_ROOT, d));
  if (out.length === 0) throw new Error(`no seed files under ${dirs.join(', ')}`);
  return out;
}

/**
 * YAML "billion laughs" at a given indentation: `depth` levels of `width` aliases each. Spliced into the
 * YAML formats so that alias expansion limits are exercised, not only anchors.
 */
export function aliasBombs(indent: string): string[] {
  const bomb = (width: number, depth: number): string => {
    const lines = [`b0: &b0 [${Array(width).fill('"lol"').join(',')}]`];
    for (let i = 1; i < depth; i++) lines.push(`b${i}: &b${i} [${Array(width).fill(`*b${i - 1}`).join(',')}]`);
    return lines.map((l) => `${indent}${l}\n`).join('');
  };
  return [bomb(9, 10), bomb(4, 14), bomb(30, 5), `${indent}r: &r\n${indent}  - *r\n`];
}

/** Characters that break parsers in interesting ways, whatever the format. */
const HOSTILE = [
  '\0', '\r', '\r\n', '\n', '\t', '\v', '\f', '\u0085', '\u00a0', '\u2028', '\u2029', '\uFEFF', '\uD800', '\uDC00',
  '\u{1F600}', 'é', 'e\u0301', '\u202E', '\x1b[31m', '\x1b]0;x\x07', '::error::', '\\', '"', "'", '`', '$', '%',
];

type Mutation =
  | { op: 'insert'; at: number; piece: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'repeat'; at: number; piece: string; times: number }
  | { op: 'nest'; at: number; open: string; close: string; depth: number }
  | { op: 'dupLine'; at: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'indentLine'; at: number; by: string }
  | { op: 'crlf' }
  | { op: 'bom' };

function mutation(dict: readonly string[], nesting: ReadonlyArray<readonly [string, string]>): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...dict) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at, piece }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, piece, times: fc.integer({ min: 2, max: 4000 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('nest' as const),
        at,
        pair: fc.constantFrom(...nesting),
        depth: fc.integer({ min: 1, max: 300 }),
      }).map(({ op, at: a, pair, depth }) => ({ op, at: a, open: pair[0], close: pair[1], depth })),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('dupLine' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at, with: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('indentLine' as const), at, by: fc.constantFrom(' ', '  ', '\t', '    ', '-') }) },
    { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  );
}

function apply(text: string, m: Mutation): string {
  const pos = (n: number): number => n % (text.length + 1);
  const lines = (): string[] => text.split('\n');
  switch (m.op) {
    case 'insert':
      return text.slice(0, pos(m.at)) + m.piece + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.len);
    case 'duplicate': {
      const p = pos(m.at);
      return text.slice(0, p + m.len) + text.slice(p, p + m.len) + text.slice(p + m.len);
    }
    case 'repeat':
      return text.slice(0, pos(m.at)) + m.piece.repeat(m.times) + text.slice(pos(m.at));
    case 'nest':
      return text.slice(0, pos(m.at)) + m.open.repeat(m.depth) + m.close.repeat(m.depth) + text.slice(pos(m.at));
    case 'dupLine': {
      const l = lines();
      const i = m.at % l.length;
      l.splice(i, 0, l[i]!);
      return l.join('\n');
    }
    case 'deleteLine': {
      const l = lines();
      l.splice(m.at % l.length, 1);
      return l.join('\n');
    }
    case 'swapLines': {
      const l = lines();
      const i = m.at % l.length;
      const j = m.with % l.length;
      [l[i], l[j]] = [l[j]!, l[i]!];
      return l.join('\n');
    }
    case 'indentLine': {
      const l = lines();
      const i = m.at % l.length;
      l[i] = m.by + l[i]!;
      return l.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
  }
}

export interface MutationOptions {
  /** Fragments of the format's own syntax to splice in. */
  dict: readonly string[];
  /** Opening/closing pairs for deep nesting. */
  nesting?: ReadonlyArray<readonly [string, string]>;
  maxMutations?: number;
}

/** A seed file changed by 1..maxMutations mutations, cut to MAX_INPUT characters. */
export function mutated(seeds: readonly string[], opts: MutationOptions): fc.Arbitrary<string> {
  const nesting = opts.nesting ?? [['[', ']'], ['{', '}'], ['(', ')']];
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(opts.dict, nesting), { minLength: 1, maxLength: opts.maxMutations ?? 6 }))
    .map(([seed, muts]) => muts.reduce(apply, seed).slice(0, MAX_INPUT));
}

/** Text assembled from the format's fragments and hostile characters: reaches states mutation rarely does. */
export function fragments(dict: readonly string[], maxLength = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...dict) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 2, arbitrary: fc.string({ maxLength: 4 }) }), {
      maxLength,
    })
    .map((parts) => parts.join(''));
}

/** Arbitrary text, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), fc.string({ maxLength: 400, unit: 'grapheme' }));
