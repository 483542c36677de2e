import type { Severity } from '../../report/finding.js';

export interface RuleDef {
  id: string;
  severity: Severity;
  description: string;
}

export const CHECK = 'kustomize';

/** Stable rule ids of the Kustomize/Kubernetes check. Documented in docs/rules/kubernetes.md. */
export const RULE = {
  schema: 'kubernetes/schema',
  missingSchema: 'kubernetes/missing-schema',
  invalidManifest: 'kubernetes/invalid-manifest',
  rejectedKind: 'kubernetes/rejected-kind',
  schemaError: 'kubernetes/schema-unavailable',
  buildFailed: 'kubernetes/build-failed',
  kustomizeMissing: 'kubernetes/kustomize-missing',
  remoteBase: 'kubernetes/remote-base',
  outsideRoot: 'kubernetes/outside-root',
  imageNotPinned: 'kubernetes/image-not-pinned',
  missingResources: 'kubernetes/missing-resources',
  missingNamespace: 'kubernetes/missing-namespace',
  egressNotDenied: 'kubernetes/egress-not-denied',
  configMapTooLarge: 'kubernetes/configmap-too-large',
  secretTooLarge: 'kubernetes/secret-too-large',
  annotationsTooLarge: 'kubernetes/annotations-too-large',
  objectTooLarge: 'kubernetes/object-too-large',
  fileTooLarge: 'kubernetes/file-too-large',
  excessiveAliasing: 'kubernetes/excessive-aliasing',
  deadlineExceeded: 'kubernetes/deadline-exceeded',
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];

export const RULES: RuleDef[] = [
  { id: RULE.schema, severity: 'error', description: 'A rendered resource does not match its Kubernetes JSON schema (kubeconform: invalid).' },
  { id: RULE.missingSchema, severity: 'warning', description: 'No schema was found for a resource kind, so it was not validated.' },
  { id: RULE.invalidManifest, severity: 'error', description: 'A manifest document cannot be read as a resource (YAML error, duplicate key in strict mode, missing kind or apiVersion).' },
  { id: RULE.rejectedKind, severity: 'error', description: 'A resource kind listed in reject-kinds is present.' },
  { id: RULE.schemaError, severity: 'error', description: 'A schema location failed (HTTP error, unreadable file) while looking up a schema.' },
  { id: RULE.buildFailed, severity: 'error', description: 'kustomize build failed for a kustomization.' },
  { id: RULE.kustomizeMissing, severity: 'error', description: 'Neither kubectl nor a standalone kustomize was found, so the overlays were not built or validated.' },
  { id: RULE.remoteBase, severity: 'error', description: 'A kustomization references a remote base or component, which is refused unless allowed.' },
  { id: RULE.outsideRoot, severity: 'error', description: 'A kustomization references a path outside the repository.' },
  { id: RULE.imageNotPinned, severity: 'warning', description: 'A container image has no tag, or uses the tag latest, and no digest.' },
  { id: RULE.missingResources, severity: 'warning', description: 'A container has no resources.requests or no resources.limits.' },
  { id: RULE.missingNamespace, severity: 'warning', description: 'A namespaced resource has no namespace after the build.' },
  {
    id: RULE.egressNotDenied,
    severity: 'error',
    description:
      'A workload labelled portarium.io/workload: agent or execution-plane is not selected by a NetworkPolicy whose policyTypes include Egress.',
  },
  { id: RULE.configMapTooLarge, severity: 'error', description: 'A ConfigMap holds more than 1 MiB in data and binaryData; the API server refuses it.' },
  { id: RULE.secretTooLarge, severity: 'error', description: 'A Secret holds more than 1 MiB of decoded data and stringData; the API server refuses it.' },
  { id: RULE.annotationsTooLarge, severity: 'error', description: 'An object carries more than 256 KiB of annotations (keys and values); the API server refuses it.' },
  { id: RULE.objectTooLarge, severity: 'error', description: "An object is larger than etcd's 1.5 MiB request limit as JSON, or a rendered document too large to check." },
  { id: RULE.fileTooLarge, severity: 'error', description: 'A file a kustomization reads is larger than the check reads; the overlay is not built.' },
  { id: RULE.excessiveAliasing, severity: 'error', description: 'YAML aliases expand a document far beyond its written size (an alias bomb); the overlay is not built.' },
  { id: RULE.deadlineExceeded, severity: 'error', description: 'The check ran past its time limit; the overlays not finished are not validated.' },
];

export type RuleSetting = Severity | 'off';

/** Severity a rule runs at given user overrides; undefined when the rule is off. */
export function ruleSeverity(id: string, overrides: Record<string, RuleSetting> | undefined): Severity | undefined {
  const override = overrides?.[id];
  if (override === 'off') return undefined;
  if (override) return override;
  return RULES.find((r) => r.id === id)?.severity;
}
