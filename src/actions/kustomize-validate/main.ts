import path from 'node:path';
import * as core from '@actions/core';
import { info } from '../../github/log.js';
import { loadConfig } from '../../settings/config.js';
import { kustomizeOptionsFromConfig } from '../../checks/definitions/kustomize.js';
import { RULES, runKustomize } from '../../checks/kubernetes/index.js';
import { installKubeconform } from '../../tools/kubeconform.js';
import { installKustomize } from '../../tools/kustomize.js';
import { UsageError, applyRuleSettings, parseFailOn } from '../../report/index.js';
import { pullRequestChangedFiles } from '../../github/changed-files.js';
import { booleanInput, input, listInput } from '../../github/inputs.js';
import { reportToGitHub } from '../../github/report.js';
import { actionsSchemaCache } from '../../github/schema-cache.js';
import { toolCacheHooks } from '../../github/tool-hooks.js';
import { workingDirectory } from '../../github/workspace.js';

export async function run(): Promise<void> {
  const root = workingDirectory(input('working-directory'));
  const config = await loadConfig(root);
  const options = { root, ...kustomizeOptionsFromConfig(config.checks['kubernetes']) };
  const list = (name: string) => {
    const v = listInput(name);
    return v.length ? v : undefined;
  };
  options.paths = list('paths') ?? options.paths;
  options.kubernetesVersions = list('kubernetes-versions') ?? options.kubernetesVersions;
  options.schemaLocations = list('schema-locations') ?? options.schemaLocations;
  options.skipKinds = list('skip-kinds') ?? options.skipKinds;
  options.rejectKinds = list('reject-kinds') ?? options.rejectKinds;
  const engine = input('engine') || options.engine || 'builtin';
  if (engine !== 'builtin' && engine !== 'kubeconform') throw new UsageError(`engine must be builtin or kubeconform (got "${engine}")`);
  options.engine = engine;
  options.ignoreMissingSchemas = booleanInput('ignore-missing-schemas', options.ignoreMissingSchemas ?? false);
  options.strict = booleanInput('strict', options.strict ?? true);
  options.allowRemoteBases = booleanInput('allow-remote-bases', options.allowRemoteBases ?? false);
  if (input('base-ref')) options.baseRef = input('base-ref');
  if (input('timeout')) {
    const seconds = Number(input('timeout'));
    if (!(seconds > 0)) throw new UsageError(`timeout must be a positive number of seconds (got "${input('timeout')}")`);
    options.timeoutMs = Math.round(seconds * 1000);
  }
  options.renderedDir = input('rendered-dir') || options.renderedDir || path.join(process.env['RUNNER_TEMP'] || root, 'portarium-infra', 'rendered');

  // kubectl on the runner builds overlays; a pinned, checksum-verified kustomize only when it is missing.
  options.kustomize = await installKustomize(toolCacheHooks);
  info(`kustomize: ${options.kustomize.kind} ${options.kustomize.version ?? ''} (${options.kustomize.path})`);
  if (engine === 'kubeconform') {
    const kubeconform = await installKubeconform(toolCacheHooks);
    info(`kubeconform ${kubeconform.version} (${kubeconform.path})`);
    options.kubeconformPath = kubeconform.path;
  }
  options.schemaCache = actionsSchemaCache(options.kubernetesVersions ?? [], options.schemaLocations ?? []);
  options.log = (m) => info(m);

  const result = await runKustomize(options);
  result.findings = applyRuleSettings(result.findings, config.rules);
  core.setOutput('overlays', JSON.stringify(result.overlays));
  core.setOutput('rendered-dir', result.artifacts['rendered'] ?? '');
  core.setOutput('diff-file', result.artifacts['diff'] ?? '');

  await reportToGitHub([result], {
    title: 'Kustomize validation',
    failOn: parseFailOn(input('fail-on'), config.failOn ?? 'error'),
    rules: RULES,
    root,
    changedFiles: await pullRequestChangedFiles(root, input('token') || process.env['GITHUB_TOKEN']),
    sarifFile: input('sarif-file') || undefined,
  });
}
