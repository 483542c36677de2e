/**
 * `pattern` in Kubernetes and CRD schemas is Go RE2 syntax (kubeconform compiles it with Go's regexp).
 * ajv builds JS RegExps; this translates the RE2-only constructs seen in real CRDs so those schemas
 * compile, instead of failing and being treated as "no schema".
 */
export interface RegExpLike {
  test(s: string): boolean;
}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const cache = new Map<string, RegExpLike>();

function goRegExpImpl(pattern: string, flags: string): RegExpLike {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const re = build(pattern, flags);
  cache.set(key, re);
  return re;
}

/** ajv `code.regExp` engine; `code` is only used by ajv's standalone output, which we never generate. */
export const goRegExp = Object.assign(goRegExpImpl, { code: 'goRegExp' });

function build(pattern: string, flags: string): RegExpLike {
  const direct = tryRegExp(pattern, flags) ?? tryRegExp(pattern, flags.replace('u', ''));
  if (direct) return direct;
  let p = pattern;
  let f = flags;
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead) {
    p = p.slice(lead[0].length);
    if (lead[1]!.includes('i')) f += 'i';
    if (lead[1]!.includes('s')) f += 's';
    if (lead[1]!.includes('m')) f += 'm';
  }
  p = p
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$(?![\\s\\S])')
    .replace(/\(\?P</g, '(?<')
    .replace(/\[:(\^?)([a-z]+):\]/g, (m, neg: string, name: string) => (Object.hasOwn(POSIX, name) && !neg ? POSIX[name]! : m))
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const translated = tryRegExp(p, f) ?? tryRegExp(p, f.replace('u', ''));
  // A pattern JS cannot express at all is not checked rather than making the whole schema unusable.
  return translated ?? { test: () => true };
}

function tryRegExp(p: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(p, flags);
  } catch {
    return undefined;
  }
}
