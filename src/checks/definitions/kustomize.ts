import { UsageError } from '../../report/finding.js';
import { stringList } from '../../settings/config.js';
import { type KustomizeOptions, RULES, runKustomize } from '../kubernetes/index.js';
import type { CheckDefinition } from '../registry.js';

/** The `kubernetes:` section of .portarium-infra.yml as kustomize options (kebab-case keys). */
export function kustomizeOptionsFromConfig(section: Record<string, unknown> | undefined): Omit<KustomizeOptions, 'root'> {
  const s = section ?? {};
  const known = new Set([
    'paths',
    'kubernetes-versions',
    'engine',
    'schema-locations',
    'skip-kinds',
    'reject-kinds',
    'ignore-missing-schemas',
    'strict',
    'allow-remote-bases',
    'base-ref',
    'rendered-dir',
    'concurrency',
    'timeout',
  ]);
  for (const k of Object.keys(s)) if (!known.has(k)) throw new UsageError(`kubernetes.${k}: unknown setting (expected ${[...known].join(', ')})`);
  const bool = (k: string) => {
    const v = s[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') throw new UsageError(`kubernetes.${k} must be true or false`);
    return v;
  };
  const str = (k: string) => {
    const v = s[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new UsageError(`kubernetes.${k} must be a string`);
    return v;
  };
  const engine = str('engine');
  if (engine !== undefined && engine !== 'builtin' && engine !== 'kubeconform') throw new UsageError('kubernetes.engine must be builtin or kubeconform');
  const concurrency = s['concurrency'];
  if (concurrency !== undefined && (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UsageError('kubernetes.concurrency must be a positive integer');
  }
  const timeout = s['timeout'];
  if (timeout !== undefined && (typeof timeout !== 'number' || !(timeout > 0))) throw new UsageError('kubernetes.timeout must be a positive number of seconds');
  const out: Omit<KustomizeOptions, 'root'> = {};
  const set = <K extends keyof typeof out>(k: K, v: (typeof out)[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('paths', stringList(s, 'paths'));
  set('kubernetesVersions', stringList(s, 'kubernetes-versions'));
  set('engine', engine as KustomizeOptions['engine']);
  set('schemaLocations', stringList(s, 'schema-locations'));
  set('skipKinds', stringList(s, 'skip-kinds'));
  set('rejectKinds', stringList(s, 'reject-kinds'));
  set('ignoreMissingSchemas', bool('ignore-missing-schemas'));
  set('strict', bool('strict'));
  set('allowRemoteBases', bool('allow-remote-bases'));
  set('baseRef', str('base-ref'));
  set('renderedDir', str('rendered-dir'));
  set('concurrency', concurrency as number | undefined);
  set('timeoutMs', timeout === undefined ? undefined : Math.round((timeout as number) * 1000));
  return out;
}

export const kustomizeCheck: CheckDefinition = {
  name: 'kustomize',
  section: 'kubernetes',
  rules: RULES,
  run: ({ root, config, onTarget }) =>
    runKustomize({
      root,
      ...kustomizeOptionsFromConfig(config.checks['kubernetes']),
      ...(onTarget && {
        onOverlay: (o) =>
          onTarget({ check: 'kustomize', target: `${o.path} @ ${o.version}`, failed: o.status !== 'passed', problems: o.errors, detail: o.status === 'passed' || o.status === 'failed' ? `${o.resources} resources` : o.status }),
      }),
    }),
};
