import type { TerraformSettings } from '../../settings/config.js';
import { RULES, type TerraformFmtOptions, runTerraformFmt } from '../terraform/index.js';
import type { CheckDefinition } from '../registry.js';

/** The `terraform:` settings as terraform fmt options (`terraform-version` is the action's to install). */
export function terraformOptions(s: TerraformSettings): Omit<TerraformFmtOptions, 'root'> {
  return {
    ...(s.paths && { paths: s.paths }),
    ...(s.include && { include: s.include }),
    ...(s.exclude && { exclude: s.exclude }),
    ...(s.mode && { mode: s.mode }),
    ...(s.engine && { engine: s.engine }),
    ...(s.binary !== undefined && { binaryPath: s.binary }),
    ...(s.timeoutMs !== undefined && { timeoutMs: s.timeoutMs }),
  };
}

export const terraformCheck: CheckDefinition = {
  name: 'terraform-fmt',
  rules: RULES,
  run: ({ root, config, jobSummary, fingerprints }) =>
    runTerraformFmt({ root, ...terraformOptions(config.checks.terraform), summaryDiff: jobSummary !== false, reportLines: fingerprints !== false }),
};
