import { readBounded } from '../bounded-read.js';
import { UsageError } from './finding.js';

/** The baseline's file name, at the root of the checked path. */
export const BASELINE_FILE = '.portarium-infra-baseline.json';

/** A baseline beyond this is not one we wrote for any real repository: refused, never parsed. */
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export interface BaselineEntry {
  rule: string;
  file: string;
  fingerprint: string;
}

/** The file's text: deterministic (sorted, one entry per fingerprint) and pretty, so it diffs well. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const unique = new Map(entries.map((e) => [e.fingerprint, { rule: e.rule, file: e.file, fingerprint: e.fingerprint }]));
  const sorted = [...unique.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  return JSON.stringify({ version: 1, findings: sorted }, null, 2) + '\n';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The fingerprints of a baseline file. Anything wrong with it — missing when named, not a regular
 * file, too large, not JSON, not our shape — is a usage error naming the file: a baseline that
 * silently matched nothing would report every accepted finding again, or worse, none.
 */
export function readBaseline(file: string, shown = file): Set<string> {
  const bad = (why: string) => new UsageError(`baseline ${shown}: ${why}`);
  const read = readBounded(file, MAX_BASELINE_BYTES);
  if (!read.ok) {
    if (read.code) throw bad(read.code === 'ENOENT' ? 'no such file' : `cannot be opened (${read.code})`);
    if (read.directory) throw bad('is a directory, not a file');
    if (read.special) throw bad('is not a regular file');
    throw bad(`is ${read.size} bytes, more than the ${MAX_BASELINE_BYTES} a baseline may have`);
  }
  const text = read.bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not quoted: the parser's message shows the text, and the file may not be what it claims.
    throw bad('is not valid JSON');
  }
  const obj = data as { version?: unknown; findings?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('must be an object with "version" and "findings"');
  if (obj.version !== 1) throw bad(`has version ${JSON.stringify(obj.version)}; this portarium-infra reads version 1 (rewrite it with "portarium-infra baseline")`);
  if (!Array.isArray(obj.findings)) throw bad('"findings" must be a list');
  const out = new Set<string>();
  obj.findings.forEach((f: unknown, i: number) => {
    const fp = (f as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string' || !/^[0-9a-f]{64}$/.test(fp)) throw bad(`findings[${i}].fingerprint must be a sha256 in hex`);
    out.add(fp);
  });
  return out;
}
