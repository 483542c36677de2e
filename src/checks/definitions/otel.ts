import { RULES, runOtel } from '../otel/index.js';
import type { CheckDefinition } from '../registry.js';
import { composeOptions, composeProjects } from './compose.js';

export const otelCheck: CheckDefinition = {
  name: 'otel',
  rules: RULES,
  run: async ({ root, config, env, workspace, onTarget, memo }) => {
    const s = config.checks.otel;
    const compose = { root, ...composeOptions(config.checks.compose), env, ...(workspace !== undefined && { workspace }) };
    const result = await runOtel({
      root,
      ...(s.configs && { configs: s.configs }),
      ...(s.redaction && { redaction: s.redaction }),
      ...(s.externalHosts && { externalHosts: s.externalHosts }),
      ...(workspace !== undefined && { workspace }),
      loadCompose: () => composeProjects(compose, memo),
    });
    for (const file of onTarget ? (result.sources ?? []) : []) {
      const findings = result.findings.filter((f) => f.file === file);
      const errors = findings.filter((f) => f.severity === 'error').length;
      onTarget!({ check: 'otel', target: file, failed: errors > 0, problems: errors, findings });
    }
    return result;
  },
};
