import { UsageError } from '../../report/finding.js';
import { stringList } from '../../settings/config.js';
import { type FmtEngine, type FmtMode, RULES, type TerraformFmtOptions, runTerraformFmt } from '../terraform/index.js';
import type { CheckDefinition } from '../registry.js';
import { timeoutSetting } from '../deadline.js';

/** The `terraform:` section of .portarium-infra.yml as terraform fmt options (kebab-case keys). */
export function terraformOptionsFromConfig(section: Record<string, unknown> | undefined): Omit<TerraformFmtOptions, 'root'> {
  const s = section ?? {};
  const known = new Set(['paths', 'include', 'exclude', 'mode', 'engine', 'terraform-version', 'binary', 'timeout']);
  for (const k of Object.keys(s)) if (!known.has(k)) throw new UsageError(`terraform.${k}: unknown setting (expected ${[...known].join(', ')})`);
  const out: Omit<TerraformFmtOptions, 'root'> = {};
  const paths = stringList(s, 'paths');
  if (paths) out.paths = paths;
  const include = stringList(s, 'include');
  if (include) out.include = include;
  const exclude = stringList(s, 'exclude');
  if (exclude) out.exclude = exclude;
  if (s['mode'] !== undefined) out.mode = String(s['mode']) as FmtMode;
  if (s['engine'] !== undefined) out.engine = String(s['engine']) as FmtEngine;
  if (s['binary'] !== undefined) out.binaryPath = String(s['binary']);
  const timeoutMs = timeoutSetting(s, 'terraform');
  if (timeoutMs !== undefined) out.timeoutMs = timeoutMs;
  return out;
}

export const terraformCheck: CheckDefinition = {
  name: 'terraform-fmt',
  section: 'terraform',
  rules: RULES,
  run: ({ root, config }) => runTerraformFmt({ root, ...terraformOptionsFromConfig(config.checks['terraform']) }),
};
