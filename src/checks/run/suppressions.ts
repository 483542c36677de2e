import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { ProjectConfig } from '../../settings/config.js';
import { didYouMean } from '../../settings/suggest.js';
import { BASELINE_FILE, readBaseline } from '../../report/baseline.js';
import { type CheckResult, UsageError } from '../../report/finding.js';
import { isInside, realPath } from '../../path-guard.js';
import { applySuppressions } from '../../report/suppress.js';
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
export function suppressFindings(results: readonly CheckResult[], given: string, config: ProjectConfig, choice: BaselineChoice): CheckResult[] {
  const root = realPath(given);
  const where = baselineFile(root, config, choice);
  const baseline = where && { fingerprints: readBaseline(where.file, where.shown), file: where.shown };
  return applySuppressions(results, {
    root,
    knownRules: KNOWN,
    didYouMean: (rule) => didYouMean(rule, KNOWN),
    ruleSettings: config.rules,
    ...(baseline && { baseline }),
  });
}
