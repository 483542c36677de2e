import { type RuleIdOf, defineRules } from './rules.js';

/** Rules about the suppressions themselves; documented in docs/rules/report.md. */
export const REPORT_RULES = defineRules('report', [
  { id: 'report/unused-suppression', severity: 'warning', description: 'A suppression names a rule that reported nothing where it applies.' },
  { id: 'report/suppression-without-reason', severity: 'warning', description: 'A suppression gives no reason after the rule ids; it suppresses nothing until it does.' },
  { id: 'report/unknown-rule', severity: 'warning', description: 'A suppression names a rule id that does not exist.' },
]);

export type ReportRuleId = RuleIdOf<typeof REPORT_RULES>;
