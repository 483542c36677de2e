import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFORMANCE } from '../../helpers/paths.js';
import { corpus } from './corpus.js';

/** A file for the syntax-diagnostics differential: its text and where it came from. */
export interface SyntaxCase {
  from: string;
  text: string;
  mutations?: string[];
}

const conformance = path.join(CONFORMANCE, 'terraform-fmt');

/** The terraform/hcl test inputs in the shared conformance data (hclwrite's include invalid ones). */
function conformanceCases(): SyntaxCase[] {
  const cases: SyntaxCase[] = [];
  for (const json of ['hclwrite-TestFormat-v2.19.1.json', 'hclwrite-TestFormat-v2.24.0.json']) {
    const { pairs } = JSON.parse(readFileSync(path.join(conformance, json), 'utf8')) as { pairs: { input: string }[] };
    pairs.forEach((p, i) => cases.push({ from: `${json}#${i}`, text: p.input }));
  }
  for (const sub of ['fmt', 'tftest-fmt']) {
    for (const f of readdirSync(path.join(conformance, sub)).sort()) {
      if (f.includes('_in')) cases.push({ from: `${sub}/${f}`, text: readFileSync(path.join(conformance, sub, f), 'utf8') });
    }
  }
  return cases;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Error injections, each on one line; undefined when the line does not lend itself to it.
const ATTR = /^(\s*)([A-Za-z_][\w-]*)(\s*)=(\s*)(.*)$/;
const INJECTIONS: Record<string, (line: string) => string | undefined> = {
  straySemicolon: (l) => (l.trim() && !l.trimEnd().endsWith('{') ? `${l.trimEnd()};` : undefined),
  missingEquals: (l) => {
    const m = ATTR.exec(l);
    return m && m[5] ? `${m[1]}${m[2]} ${m[5]}` : undefined;
  },
  unclosedBracket: (l) => {
    const m = ATTR.exec(l);
    return m && m[5] ? `${m[1]}${m[2]} = [${m[5]}` : undefined;
  },
  unclosedParen: (l) => {
    const m = ATTR.exec(l);
    return m && m[5] ? `${m[1]}${m[2]} = (${m[5]}` : undefined;
  },
  badEscape: (l) => (l.includes('"') ? l.replace('"', '"\\q') : undefined),
  badUnicodeEscape: (l) => (l.includes('"') ? l.replace('"', '"\\u12') : undefined),
  singleQuotes: (l) => (/"[^"\\$%]*"/.test(l) ? l.replace(/"([^"\\$%]*)"/, "'$1'") : undefined),
  bitwise: (l) => {
    const m = ATTR.exec(l);
    return m && m[5] && !m[5].endsWith('{') && !m[5].endsWith('[') && !m[5].endsWith('(') ? `${l} & 1` : undefined;
  },
  backtick: (l) => (ATTR.test(l) ? l.replace('=', '= `x`') : undefined),
  trailingComma: (l) => {
    const m = ATTR.exec(l);
    return m && m[5] && /[\w"\])]$/.test(m[5]) ? `${l},` : undefined;
  },
  extraToken: (l) => (ATTR.test(l) && /[\w"\])]$/.test(l) ? `${l} extra` : undefined),
  quotedName: (l) => {
    const m = ATTR.exec(l);
    return m ? `${m[1]}"${m[2]}"${m[3]}=${m[4]}${m[5]}` : undefined;
  },
  unclosedInterp: (l) => (/"[^"]*"/.test(l) ? l.replace(/"([^"]*)"/, '"$1${x"') : undefined),
  dropBrace: (l) => (l.trim() === '}' ? '' : undefined),
  blockEquals: (l) => (/^\s*[\w-]+(\s+"[^"]*")*\s*\{\s*$/.test(l) ? l.replace(/\s*\{\s*$/, ' = {') : undefined),
  badDirective: (l) => (/"[^"$%]*"/.test(l) ? l.replace(/"([^"$%]*)"/, '"$1%{ endif }"') : undefined),
  curlyQuote: (l) => (l.includes('"') ? l.replace('"', '“') : undefined),
  badFor: (l) => {
    const m = ATTR.exec(l);
    return m ? `${m[1]}${m[2]} = [for x in y: x => x]` : undefined;
  },
  // Expressions hclsyntax rejects, put in place of an attribute's value.
  ...Object.fromEntries(
    Object.entries({
      unclosedIf: '"%{ if x }abc"',
      wrongEnd: '"%{ for a in b }abc%{ endif }"',
      doubleElse: '"%{ if x }a%{ else }b%{ else }c%{ endif }"',
      badKeyword: '"%{ foo }"',
      interpColon: '"${a:b}"',
      interpExtra: '"${a b}"',
      trailingDot: 'a.b.',
      splatUnclosed: 'a[*.b',
      indexUnclosed: 'a[1 2]',
      nestedSplat: 'a.*.*',
      legacyIndex: 'a.0.1',
      objectNoValue: '{ a }',
      objectNoSeparator: '{ a = 1 b = 2 }',
      objectKeySeparator: '{ a b = 1 }',
      callNoSeparator: 'f(1 2)',
      callEllipsis: 'f(a... b)',
      ternaryNoColon: 'a ? b',
      forNoIn: '[for x y]',
      forNoColon: '[for x in y]',
      forExtra: '{for k, v in m: k => v extra}',
      forNoKey: '{for v in m: v}',
      forGroupTuple: '[for v in m: v...]',
      tupleNoSeparator: '[1 2]',
      parenUnbalanced: '(a b)',
      exponent: '2 ** 3',
      unaryBad: '- = 1',
      heredocUnterminated: '<<EOT',
    }).map(([name, value]) => [
      name,
      (l: string): string | undefined => {
        const m = ATTR.exec(l);
        return m ? `${m[1]}${m[2]} = ${value}` : undefined;
      },
    ]),
  ),
  // Body items hclsyntax rejects, in place of an attribute.
  ...Object.fromEntries(
    Object.entries({
      singleLineTwo: 'blk { a = 1, b = 2 }',
      singleLineNested: 'blk { a { } }',
      singleLineUnclosed: 'blk { a = 1',
      singleLineNewline: 'blk { a = 1\n}',
      labelInterp: 'blk "a${b}" {}',
      labelBad: 'blk "a" 1 {}',
      blockNoBrace: 'blk "a"\n{\n}',
      extraBrace: '}',
      quotedName: '"a" = 1',
      bareName: 'a',
      blockTrailing: 'blk {} x',
      duplicate: 'dup = 1\ndup = 2',
    }).map(([name, item]) => [
      name,
      (l: string): string | undefined => {
        const m = ATTR.exec(l);
        return m ? `${m[1]}${item}` : undefined;
      },
    ]),
  ),
};

/** Valid files with 2 to 4 errors injected on different lines, deterministically. */
export function mutantCases(bases: readonly SyntaxCase[], count: number, seed = 17): SyntaxCase[] {
  const rand = prng(seed);
  const names = Object.keys(INJECTIONS);
  const out: SyntaxCase[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const base = bases[Math.floor(rand() * bases.length)]!;
    const lines = base.text.split('\n');
    const want = 2 + Math.floor(rand() * 3);
    const used = new Set<number>();
    const mutations: string[] = [];
    for (let attempt = 0; attempt < 40 && mutations.length < want; attempt++) {
      const i = Math.floor(rand() * lines.length);
      if (used.has(i)) continue;
      const name = names[Math.floor(rand() * names.length)]!;
      const next = INJECTIONS[name]!(lines[i]!);
      if (next === undefined || next === lines[i]) continue;
      lines[i] = next;
      used.add(i);
      mutations.push(`${name}@${i + 1}`);
    }
    if (mutations.length >= 2) out.push({ from: base.from, text: lines.join('\n'), mutations });
  }
  return out;
}

/**
 * The differential's files: the conformance inputs, every file of the terraform corpus when it
 * can be built (scripts/bench/terraform-corpus.mjs), and mutants of the valid ones. Files using
 * provider functions (`::`) are left out: terraform 1.5.7 predates them.
 */
export function syntaxCases(mutants: number): { cases: SyntaxCase[]; corpusUsed: boolean } {
  const cases = conformanceCases();
  const data = corpus();
  if (data) {
    for (const f of data.files) cases.push({ from: f.path, text: readFileSync(path.join(data.dir, f.path), 'utf8') });
  }
  const usable = cases.filter((c) => !c.text.includes('::'));
  const bases = usable.filter((c) => c.text.split('\n').length >= 3);
  return { cases: [...usable, ...mutantCases(bases, mutants)], corpusUsed: data !== undefined };
}
