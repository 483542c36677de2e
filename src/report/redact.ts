/**
 * Secret values taken out of results before any reporter sees them. The runner's log mask
 * (`::add-mask::`) covers the step log only; annotations are shown on the pull request, and the job
 * summary, findings file, merged config, SARIF and PR comment are written as they are. Redacting the
 * CheckResult itself covers every channel at once, and before any truncation could cut a value in two.
 */
import type { CheckResult } from './finding.js';

export const REDACTED = '***';

/** Replaces every occurrence of each non-empty secret by `***`, the longest first (one may contain another). */
export function redactor(secrets: Iterable<string>): (s: string) => string {
  const list = [...new Set([...secrets].filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (s) => s;
  return (s) => {
    let out = s;
    for (const v of list) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return out;
  };
}

/** A copy of plain data (objects, arrays, strings) with every string and key redacted; other values kept. */
export function redactDeep<T>(value: T, redact: (s: string) => string): T {
  const seen = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return seen.get(v);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const x of v) out.push(walk(x));
      return out;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
    seen.set(v, out);
    // defineProperty: a key such as `__proto__` stays an own key instead of replacing the prototype.
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, redact(k), { value: walk(x), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return walk(value) as T;
}

/** The result with every secret value replaced, in findings, summaries, stats keys and models alike. */
export function redactResult<R extends CheckResult>(result: R, secrets: Iterable<string>): R {
  return redactDeep(result, redactor(secrets));
}

/** The results with every secret value replaced, in findings, summaries, stats keys and models alike. */
export function redactResults<R extends CheckResult>(results: readonly R[], secrets: Iterable<string>): R[] {
  const redact = redactor(secrets);
  return results.map((r) => redactDeep(r, redact));
}
