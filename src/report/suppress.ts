import type { CheckResult, Finding, ObjectSuppression } from './finding.js';
import { fingerprints } from './fingerprint.js';
import { readSourceInside } from './read-source.js';
import { REPORT_RULES, type ReportRuleId } from './report-rules.js';
import type { RuleSettings } from './rules.js';
import { type SuppressionComment, parseSuppressionComments } from './suppression-comments.js';
import { IGNORE_ANNOTATION, type SuppressionSpec, parseSuppressionSpec } from './suppression-grammar.js';

export interface SuppressOptions {
  /** The checked root (real path): findings' files are relative to it and nothing outside it is read. */
  root: string;
  /** Every rule id a suppression may name. */
  knownRules: ReadonlySet<string>;
  /** ` (did you mean "…"?)` for a misspelt rule id, or ''. */
  didYouMean: (rule: string) => string;
  /** The user's `rules:` settings: a suppression of a rule turned off is not unused, and they rate our own rules. */
  ruleSettings?: RuleSettings;
  /** Accepted fingerprints; `file` names it in justifications. */
  baseline?: { fingerprints: ReadonlySet<string>; file: string } | undefined;
  /**
   * Whether findings get fingerprints (default true). Only SARIF and the baseline command show them,
   * and a baseline needs them to match: text or JSON output without a baseline skips the pass, which
   * on a tree with hundreds of thousands of findings is a hash and a copy of each.
   */
  fingerprints?: boolean;
  /** Source texts a check already holds, by root-relative path, so they are not read twice. */
  texts?: ReadonlyMap<string, string>;
}

// Two checks report rules under another prefix than their name.
const RULE_PREFIX: Record<string, string> = { kustomize: 'kubernetes', 'terraform-fmt': 'terraform' };

/**
 * The one place suppressions apply, for the CLI and every action: inline comments and object
 * annotations, then the baseline. Accepted findings move to `suppressed` with why; mistakes in the
 * suppressions themselves (no reason, an unknown rule, one that matches nothing) become findings.
 * Only files with findings, or that a check names as its sources, are read: once for their
 * suppressions, and a file without any once more, one file at a time, for fingerprints — except
 * the lines a check hands over in `sourceLines`.
 */
export function applySuppressions(results: readonly CheckResult[], opts: SuppressOptions): CheckResult[] {
  const seen = new Map<string, ReadonlyMap<number, string>>();
  for (const r of results) for (const [file, lines] of r.sourceLines ?? []) seen.set(file, lines);
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, opts.texts?.get(file) ?? readSourceInside(opts.root, file));
    return texts.get(file);
  };
  const owner = new Map<string, number>();
  results.forEach((r, i) => {
    for (const f of [...(r.sources ?? []), ...r.findings.map((x) => x.file)]) if (!owner.has(f)) owner.set(f, i);
  });
  const extra: Finding[][] = results.map(() => []);
  const report = (rule: ReportRuleId, file: string, line: number, column: number, message: string) => {
    const severity = REPORT_RULES.severityUnder(rule, opts.ruleSettings);
    if (!severity) return;
    const i = owner.get(file) ?? 0;
    extra[i]!.push({ ...REPORT_RULES.finding(rule, { file, line, column }, message), severity, check: results[i]?.check ?? 'report' });
  };

  // Comments, per file, checked once: the rule ids they name and whether they may suppress.
  const comments = new Map<string, { c: SuppressionComment; used: Set<string> }[]>();
  // By file and target line: a file with thousands of findings and comments is matched in linear time.
  const byLine = new Map<string, Map<number, { c: SuppressionComment; used: Set<string> }[]>>();
  for (const file of owner.keys()) {
    if (seen.has(file)) continue; // read by its check, which found no suppression in it
    const text = textOf(file);
    if (text === undefined) continue;
    // A Dockerfile's comment covers its whole instruction, continuation lines included.
    const dockerfile = results[owner.get(file)!]?.check === 'images' || /(^|[/.])(Dockerfile|Containerfile)$|\.dockerfile$/i.test(file);
    const found = parseSuppressionComments(text, { dockerfile }).map((c) => ({ c, used: new Set<string>() }));
    for (const { c } of found) checkSpec(c.rules, c.reason, (rule, msg) => report(rule, file, c.line, c.column, msg), opts);
    // A file without suppressions is read again for fingerprints rather than kept: a large tree
    // with findings in every file would otherwise hold all of its sources until the end.
    if (!found.length) texts.delete(file);
    if (found.length) comments.set(file, found);
    const lines = new Map<number, { c: SuppressionComment; used: Set<string> }[]>();
    for (const e of found) {
      let at = lines.get(e.c.target);
      if (!at) {
        // Once per target: the lines of one instruction point at the same list.
        at = [];
        for (let l = e.c.target; l <= e.c.targetEnd; l++) if (!lines.has(l)) lines.set(l, at);
      }
      at.push(e);
    }
    if (found.length) byLine.set(file, lines);
  }

  // Annotations, per place written: checked once, used when a finding of their object matches.
  const annotations = new Map<string, { a: ObjectSuppression; spec: SuppressionSpec; used: Set<string> }>();
  const annotation = (a: ObjectSuppression) => {
    const key = `${a.file}\0${a.line}\0${a.text}`;
    let entry = annotations.get(key);
    if (!entry) {
      entry = { a, spec: parseSuppressionSpec(a.text), used: new Set() };
      annotations.set(key, entry);
      const { spec } = entry;
      checkSpec(spec.rules, spec.reason, (rule, msg) => report(rule, a.file, a.line, a.column, `annotation ${IGNORE_ANNOTATION}: ${msg}`), opts);
    }
    return entry;
  };
  for (const r of results) for (const a of r.objectSuppressions ?? []) annotation(a);

  const out = results.map((r, i) => {
    const active: Finding[] = [];
    const suppressed: Finding[] = [...(r.suppressed ?? [])];
    for (const raw of r.findings) {
      // Copied only to drop objectIgnore: most findings have none, and a large tree has many findings.
      const { objectIgnore } = raw;
      const f: Finding = objectIgnore === undefined && !('objectIgnore' in raw) ? raw : withoutObjectIgnore(raw);
      const hit = byLine.get(f.file)?.get(f.line)?.find(({ c }) => c.reason && c.rules.includes(f.rule));
      if (hit) {
        hit.used.add(f.rule);
        suppressed.push({ ...f, suppression: { kind: 'inSource', justification: hit.c.reason } });
        continue;
      }
      if (objectIgnore !== undefined) {
        const { spec, used } = annotation(objectIgnore);
        if (spec.reason && spec.rules.includes(f.rule)) {
          used.add(f.rule);
          suppressed.push({ ...f, suppression: { kind: 'inSource', justification: spec.reason } });
          continue;
        }
      }
      active.push(f);
    }
    return { ...r, findings: active, suppressed, i };
  });

  const ran = new Set(['report', ...results.map((r) => RULE_PREFIX[r.check] ?? r.check)]);
  for (const [file, list] of comments) {
    for (const { c, used } of list) {
      if (!c.reason) continue;
      for (const rule of c.rules) {
        if (used.has(rule) || !opts.knownRules.has(rule) || opts.ruleSettings?.[rule] === 'off') continue;
        if (!ran.has(rule.split('/')[0]!)) continue; // its check did not run: nothing could match
        const where = c.target === 0 ? 'the end of the file' : c.target === c.line ? 'its line' : `line ${c.target}`;
        report('report/unused-suppression', file, c.line, c.column, `suppression of ${rule} matches no finding on ${where}; remove it`);
      }
    }
  }
  for (const { a, spec, used } of annotations.values()) {
    if (!spec.reason) continue;
    for (const rule of spec.rules) {
      if (used.has(rule) || !opts.knownRules.has(rule) || opts.ruleSettings?.[rule] === 'off' || !ran.has(rule.split('/')[0]!)) continue;
      report('report/unused-suppression', a.file, a.line, a.column, `annotation ${IGNORE_ANNOTATION}: suppression of ${rule} matches no finding on its object; remove it`);
    }
  }
  for (const r of out) r.findings.push(...extra[r.i]!);

  if (opts.fingerprints === false && !opts.baseline) {
    return out.map(({ i: _i, sourceLines: _lines, ...r }) => {
      const result: CheckResult = r;
      if (!r.suppressed.length) delete result.suppressed;
      return result;
    });
  }

  // Fingerprints over every finding, accepted or not, so accepting one never renumbers another.
  // fingerprints asks for lines file after file: one file's lines are kept at a time.
  let linesOf: string | undefined;
  let lines: string[] = [];
  const lineOf = (file: string, line: number) => {
    const known = seen.get(file)?.get(line);
    if (known !== undefined) return known;
    if (file !== linesOf) {
      linesOf = file;
      // Not kept in `texts`: only files with suppressions stay there.
      lines = (texts.get(file) ?? opts.texts?.get(file) ?? readSourceInside(opts.root, file) ?? '').split(/\r?\n/);
    }
    return lines[line - 1];
  };
  const prints = fingerprints(
    out.flatMap((r) => [...r.findings, ...r.suppressed]),
    lineOf,
  );
  lines = [];
  // prints follows that order: each result's findings, then its suppressed ones.
  let k = 0;
  return out.map(({ i: _i, sourceLines: _lines, ...r }) => {
    const active: Finding[] = [];
    const from = k;
    k += r.findings.length;
    const suppressed = r.suppressed.map((f) => withFingerprint(f, prints[k++]!));
    for (let j = 0; j < r.findings.length; j++) {
      const fingerprint = prints[from + j]!;
      const f = withFingerprint(r.findings[j]!, fingerprint);
      if (opts.baseline?.fingerprints.has(fingerprint)) suppressed.push({ ...f, suppression: { kind: 'external', justification: `accepted in the baseline ${opts.baseline.file}` } });
      else active.push(f);
    }
    const result: CheckResult = { ...r, findings: active };
    if (suppressed.length) result.suppressed = suppressed;
    else delete result.suppressed;
    return result;
  });
}

// Not `{ ...f, fingerprint }`: V8 (Node 24) gave each copy spread from a finding and then extended
// a shape (hidden class) of its own, some 300 bytes more per finding; copies built property by
// property share one. A tree far from formatted has hundreds of thousands of findings.
function withFingerprint(f: Finding, fingerprint: string): Finding {
  return Object.assign({}, f, { fingerprint });
}

function withoutObjectIgnore(raw: Finding): Finding {
  const { objectIgnore: _objectIgnore, ...f } = raw;
  return f;
}

/** A suppression's own mistakes: rule ids that do not exist, or no reason. */
function checkSpec(rules: readonly string[], reason: string, say: (rule: ReportRuleId, message: string) => void, opts: SuppressOptions): void {
  if (rules.length === 0) say('report/unknown-rule', 'names no rule id; write "portarium-infra-ignore <rule>: <reason>"');
  for (const rule of rules) {
    // Quoted from checked content: a page-long "rule id" is cut, not repeated in every output.
    const shown = rule.length > 80 ? `${rule.slice(0, 80)}…` : rule;
    if (!opts.knownRules.has(rule)) say('report/unknown-rule', `suppression names unknown rule ${shown}${rule.length > 80 ? '' : opts.didYouMean(rule)}`);
  }
  if (!reason) say('report/suppression-without-reason', `suppression of ${rules.join(', ') || 'nothing'} gives no reason, so it suppresses nothing; add ": <why this is accepted>"`);
}
