import type { Finding, Severity } from './finding.js';

/** A rule an engine can report: the id is stable and documented in docs/rules/<check>.md. */
export interface RuleDef {
  id: string;
  severity: Severity;
  description: string;
}

/** `off` removes a rule's findings; a severity replaces the rule's default. */
export type RuleSetting = Severity | 'off';

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

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

export function docsUrl(ruleId: string): string {
  const check = ruleId.split('/')[0] ?? ruleId;
  return `docs/rules/${check}.md#${ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
}
