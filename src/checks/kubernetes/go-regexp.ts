import { RE2JS } from 're2js';

/**
 * `pattern` in Kubernetes and CRD schemas is Go regexp (RE2): the API server and kubeconform both
 * match with it. re2js is RE2 in pure JavaScript: the same syntax and semantics (`$` only at the end
 * of text, ASCII `\d`, inline `(?i)`, `\z`, POSIX classes; no lookaround or backreferences) and
 * matching in time linear in the input, so a pattern from a pull request cannot hang the check.
 */
export interface RegExpLike {
  test(s: string): boolean;
}

class GoRegExp implements RegExpLike {
  private readonly re: RE2JS;
  private readonly source: string;

  constructor(pattern: string) {
    this.source = pattern;
    this.re = RE2JS.compile(pattern);
  }

  /** Unanchored search, like Go's MatchString. */
  test(s: string): boolean {
    return this.re.test(s);
  }

  /** ajv keys compiled patterns by this string: it must differ between patterns. */
  toString(): string {
    return `/${this.source}/`;
  }
}

// Schemas repeat the same few patterns (DNS names, quantities) thousands of times.
const cache = new Map<string, GoRegExp>();
const CACHE_LIMIT = 10_000;

/** A Go regexp; throws (as Go's regexp.Compile fails) on syntax RE2 refuses. */
export function compileGoRegExp(pattern: string): RegExpLike {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const re = new GoRegExp(pattern);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, re);
  return re;
}

/** Whether Go's regexp.Compile accepts the pattern (the `regex` format). */
export function isGoRegExp(pattern: string): boolean {
  try {
    compileGoRegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * ajv `code.regExp` engine. The flags ajv passes (`u`) are ECMAScript's; Go patterns carry their own
 * inline flags. A pattern RE2 refuses makes the schema fail to compile, which is what kubeconform's
 * compiler does (the registry lookup then falls through to the next location).
 * `code` names the engine in ajv standalone output: code compiled ahead of time
 * (scripts/gen-k8s-validators.mjs) is handed `goRegExp` by precompiled.ts.
 */
export const goRegExp = Object.assign((pattern: string, _flags: string): RegExpLike => compileGoRegExp(pattern), { code: 'goRegExp' });
