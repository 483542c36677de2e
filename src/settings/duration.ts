// Durations as people write them in workflow inputs and on the command line: 300, 300s, 5m, 1h30m.
import { UsageError } from '../report/finding.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds; a bare number is seconds. */
export function parseDuration(text: string, what: string): number {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== t) throw new UsageError(`${what} must be a duration like 300, 90s, 10m or 1h30m (got "${t}")`);
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0);
  if (ms <= 0) throw new UsageError(`${what} must be longer than 0 (got "${t}")`);
  return Math.round(ms);
}
