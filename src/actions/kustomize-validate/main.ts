import * as core from '@actions/core';
import { info } from '../../github/log.js';
import { kustomizeOptions } from '../../checks/definitions/kustomize.js';
import { type OverlayReport, RULES, runKustomize } from '../../checks/kubernetes/index.js';
import { activeErrorCounter } from '../../checks/run/suppressions.js';
import { installKubeconform } from '../../tools/kubeconform.js';
import { HELM_VERSION, locateHelm } from '../../tools/helm.js';
import { installTool } from '../../tools/install.js';
import { installKustomize } from '../../tools/kustomize.js';
import { UsageError } from '../../report/index.js';
import type { SettingsOverlay } from '../../settings/config.js';
import { type CheckAction, runCheckAction } from '../../github/action.js';
import { optionalBoolean, optionalInput, optionalList } from '../../github/inputs.js';
import { actionsSchemaCache } from '../../github/schema-cache.js';
import { toolCacheHooks } from '../../github/tool-hooks.js';
import { runnerTempDir } from '../../github/workspace.js';

/** The inputs that replace `kubernetes:` settings. */
export function kustomizeInputs(): SettingsOverlay {
  const engine = optionalInput('engine');
  if (engine !== undefined && engine !== 'builtin' && engine !== 'kubeconform') throw new UsageError(`engine must be builtin or kubeconform (got "${engine}")`);
  const timeout = optionalInput('timeout');
  if (timeout !== undefined && !(Number(timeout) > 0)) throw new UsageError(`timeout must be a positive number of seconds (got "${timeout}")`);
  return {
    kubernetes: {
      paths: optionalList('paths'),
      manifests: optionalList('manifests'),
      kubernetesVersions: optionalList('kubernetes-versions'),
      schemaLocations: optionalList('schema-locations'),
      skipKinds: optionalList('skip-kinds'),
      rejectKinds: optionalList('reject-kinds'),
      engine,
      ignoreMissingSchemas: optionalBoolean('ignore-missing-schemas'),
      strict: optionalBoolean('strict'),
      allowRemoteBases: optionalBoolean('allow-remote-bases'),
      baseRef: optionalInput('base-ref'),
      timeoutMs: timeout === undefined ? undefined : Math.round(Number(timeout) * 1000),
      renderedDir: optionalInput('rendered-dir'),
    },
  };
}

export const kustomizeValidate: CheckAction = {
  title: 'Kustomize validation',
  rules: RULES,
  inputs: kustomizeInputs,
  run: async ({ root, config }) => {
    const options = { root, ...kustomizeOptions(config.checks.kubernetes) };
    options.renderedDir ??= runnerTempDir('rendered');
    // The pinned, checksum-verified kustomize (and helm, only for an overlay with helmCharts).
    options.kustomize = await installKustomize(toolCacheHooks);
    info(`kustomize: ${options.kustomize.kind} ${options.kustomize.version ?? ''} (${options.kustomize.path})`);
    options.resolveHelm = async () => {
      const helm = (await locateHelm()) ?? (await installTool('helm', toolCacheHooks, { version: HELM_VERSION })).path;
      info(`helm ${HELM_VERSION} (${helm})`);
      return helm;
    };
    if (options.engine === 'kubeconform') {
      const kubeconform = await installKubeconform(toolCacheHooks);
      info(`kubeconform ${kubeconform.version} (${kubeconform.path})`);
      options.kubeconformPath = kubeconform.path;
    }
    options.schemaCache = actionsSchemaCache(options.kubernetesVersions ?? [], options.schemaLocations ?? []);
    options.log = (m) => info(m);

    // The `overlays` output counts each overlay's errors as the step does: after the rule settings,
    // suppressions and the baseline.
    const activeErrors = activeErrorCounter(root, config, { kind: 'default' });
    const overlays: OverlayReport[] = [];
    options.onOverlay = (o, findings) => {
      const errors = findings ? activeErrors('kustomize', findings) : o.errors;
      overlays.push(findings ? { ...o, errors, status: errors > 0 ? 'failed' : 'passed' } : o);
    };
    const result = await runKustomize(options);
    core.setOutput('overlays', JSON.stringify(overlays));
    core.setOutput('rendered-dir', result.artifacts['rendered'] ?? '');
    core.setOutput('diff-file', result.artifacts['diff'] ?? '');
    return [result];
  },
};

export const run = () => runCheckAction(kustomizeValidate);
