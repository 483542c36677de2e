import type { Finding, Severity } from './finding.js';

/**
 * A rule an engine can report. The id (`<check>/<name>`) is stable, documented under a heading of
 * its own in docs/rules/<check>.md (see `docsUrl`) and configurable in `.portarium-infra.yml`.
 */
export interface RuleDef<Id extends string = string> {
  id: Id;
  /** The default severity; `.portarium-infra.yml` `rules:` may replace it or turn the rule off. */
  severity: Severity;
  /** One line: what the rule catches (SARIF shortDescription, the table at the top of the docs page). */
  description: string;
}

/** `off` removes a rule's findings; a severity replaces the rule's default. */
export type RuleSetting = Severity | 'off';

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** Where a finding stands: a file (as a whole: 1:1) or a 1-based line and column in it. */
export type FindingLocation = string | { file: string; line: number; column: number };

export interface FindingExtra {
  endLine?: number | undefined;
  endColumn?: number | undefined;
  /** A longer explanation or the fix (see Finding.help). */
  help?: string | undefined;
}

/** One check's rules: its table, and the only way its code makes a Finding. */
export interface RuleSet<Id extends string> {
  /** The `check` of the findings (`kustomize` reports `kubernetes/…` rules, `terraform-fmt` `terraform/…`). */
  readonly check: string;
  readonly rules: readonly RuleDef<Id>[];
  /** The rule's default severity. */
  severity(id: Id): Severity;
  /** The severity a rule runs at under the user's settings; undefined when it is off. */
  severityUnder(id: Id, settings: RuleSettings | undefined): Severity | undefined;
  /** A finding of rule `id` at its default severity. */
  finding(id: Id, at: FindingLocation, message: string, extra?: FindingExtra): Finding;
}

/** The rule ids of a rule set, as a string-literal union: `RuleIdOf<typeof COMPOSE_RULES>`. */
export type RuleIdOf<S> = S extends RuleSet<infer Id> ? Id : never;

/**
 * Declares one check's rules. The ids become a string-literal union, so a finding of a rule that is
 * not in the table (a typo) does not compile. Ids must be unique and start with one `<prefix>/`: the
 * prefix names the docs page.
 */
export function defineRules<const Id extends string>(check: string, rules: readonly RuleDef<Id>[]): RuleSet<Id> {
  const byId = new Map<string, RuleDef<Id>>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new Error(`rule ${r.id} is defined twice`);
    if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(r.id)) throw new Error(`rule id ${r.id} is not <check>/<name>`);
    byId.set(r.id, r);
  }
  const severity = (id: Id): Severity => {
    const def = byId.get(id);
    if (!def) throw new Error(`unknown ${check} rule ${id}`);
    return def.severity;
  };
  return {
    check,
    rules,
    severity,
    severityUnder(id, settings) {
      const setting = settings?.[id];
      if (setting === 'off') return undefined;
      return setting ?? severity(id);
    },
    finding(id, at, message, extra = {}) {
      const loc = typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
      const f: Finding = { check, rule: id, severity: severity(id), file: loc.file, line: loc.line, column: loc.column, message };
      if (extra.endLine !== undefined) f.endLine = extra.endLine;
      if (extra.endColumn !== undefined) f.endColumn = extra.endColumn;
      if (extra.help !== undefined) f.help = extra.help;
      return f;
    },
  };
}

/** Applies the user's rule settings from `.portarium-infra.yml` to an engine's findings. */
export function applyRuleSettings(findings: readonly Finding[], settings: RuleSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = settings[f.rule];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

/** The docs page of a rule, relative to the repository root: docs/rules/<prefix of the id>.md. */
export function docsPage(ruleId: string): string {
  return `docs/rules/${ruleId.split('/')[0] ?? ruleId}.md`;
}

/** The anchor of a rule's entry on its docs page: `<a id="compose-undefined-network">` before `## compose/undefined-network`. */
export function docsAnchor(ruleId: string): string {
  return ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
}

/** Where a rule is documented (SARIF helpUri): its page and anchor. */
export function docsUrl(ruleId: string): string {
  return `${docsPage(ruleId)}#${docsAnchor(ruleId)}`;
}

/** A position (anything with a 1-based line and column: a parsed instruction, a YAML node) in `file`. */
export function locationIn(file: string, pos: { readonly line: number; readonly column: number }): { file: string; line: number; column: number } {
  return { file, line: pos.line, column: pos.column };
}
