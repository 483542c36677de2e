import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { ProjectConfig } from '../../settings/config.js';
import { didYouMean } from '../../settings/suggest.js';
import { BASELINE_FILE, readBaseline } from '../../report/baseline.js';
import { type CheckResult, type Finding, UsageError } from '../../report/finding.js';
import { isInside, realPath } from '../../path-guard.js';
import { applyRuleSettings } from '../../report/rules.js';
import { type SuppressOptions, applySuppressions } from '../../report/suppress.js';
import { SUPPRESSIBLE_RULE_IDS } from '../rule-ids.js';

/** Which baseline a run reads: none, the one named (`--baseline FILE`), or the settings' / the default. */
export type BaselineChoice = { kind: 'none' } | { kind: 'file'; file: string } | { kind: 'default' };

const KNOWN = new Set(SUPPRESSIBLE_RULE_IDS);

/**
 * The baseline's path and how to name it, or undefined. A file the user named must exist; the
 * default one is optional. Whatever is read is read by readBaseline, which refuses a bad one.
 */
export function baselineFile(root: string, config: ProjectConfig, choice: BaselineChoice): { file: string; shown: string } | undefined {
  if (choice.kind === 'none' || (choice.kind === 'default' && config.baseline === false)) return undefined;
  if (choice.kind === 'file') return { file: choice.file, shown: choice.file };
  if (typeof config.baseline === 'string') {
    // Named in checked content: it stays inside the root, whatever symlinks say.
    const file = path.resolve(root, config.baseline);
    if (!isInside(root, realPath(file))) throw new UsageError(`${config.baselineAt ?? 'baseline'}: baseline ${config.baseline} is outside the checked root; it is not read`);
    return { file, shown: config.baseline };
  }
  const file = path.join(root, BASELINE_FILE);
  try {
    lstatSync(file);
  } catch {
    return undefined;
  }
  if (!isInside(root, realPath(file))) throw new UsageError(`baseline ${BASELINE_FILE} resolves outside the checked root; it is not read`);
  return { file, shown: BASELINE_FILE };
}

/** Suppressions and the baseline applied to a run's results: the one code path of the CLI and the actions. */
export function suppressFindings(
  results: readonly CheckResult[],
  given: string,
  config: ProjectConfig,
  choice: BaselineChoice,
  { fingerprints = true }: { fingerprints?: boolean } = {},
): CheckResult[] {
  const root = realPath(given);
  return applySuppressions(results, { ...suppressOptions(root, config, readChosenBaseline(root, config, choice)), fingerprints });
}

/**
 * What a progress line counts for one target: its errors after the rule settings, the suppressions
 * and the baseline, as the final report counts them. The baseline is read once, before the run. The
 * suppressions' own findings (no reason, one that matches nothing) belong to the whole run and are
 * not counted here; a baseline entry told apart from a twin only by its occurrence index is matched
 * within the target.
 */
export function activeErrorCounter(given: string, config: ProjectConfig, choice: BaselineChoice): (check: string, findings: readonly Finding[]) => number {
  const root = realPath(given);
  const opts = suppressOptions(root, config, readChosenBaseline(root, config, choice));
  return (check, findings) => {
    const rated = applyRuleSettings(findings, config.rules);
    // Suppressions only take errors away: a target without any is not read again.
    if (!rated.some((f) => f.severity === 'error')) return 0;
    return applySuppressions([{ check, findings: rated, artifacts: {}, stats: {} }], { ...opts, fingerprints: false })[0]!.findings.filter((f) => f.severity === 'error' && !f.rule.startsWith('report/')).length;
  };
}

function readChosenBaseline(root: string, config: ProjectConfig, choice: BaselineChoice): SuppressOptions['baseline'] {
  const where = baselineFile(root, config, choice);
  return where && { fingerprints: readBaseline(where.file, where.shown), file: where.shown };
}

function suppressOptions(root: string, config: ProjectConfig, baseline: SuppressOptions['baseline']): SuppressOptions {
  return {
    root,
    knownRules: KNOWN,
    didYouMean: (rule) => didYouMean(rule, KNOWN),
    ruleSettings: config.rules,
    ...(baseline && { baseline }),
  };
}
