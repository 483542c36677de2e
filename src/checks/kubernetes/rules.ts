import { type RuleIdOf, type RuleSettings, defineRules } from '../../report/rules.js';
import type { Severity } from '../../report/finding.js';

export type { RuleDef, RuleSetting } from '../../report/rules.js';

export const CHECK = 'kustomize';

/** Every rule of the Kustomize/Kubernetes check; documented in docs/rules/kubernetes.md. */
export const KUBERNETES_RULES = defineRules(CHECK, [
  { id: 'kubernetes/schema', severity: 'error', description: 'A rendered resource does not match its Kubernetes JSON schema (kubeconform: invalid).' },
  { id: 'kubernetes/missing-schema', severity: 'warning', description: 'No schema was found for a resource kind, so it was not validated.' },
  { id: 'kubernetes/invalid-manifest', severity: 'error', description: 'A manifest document cannot be read as a resource (YAML error, duplicate key in strict mode, missing kind or apiVersion).' },
  { id: 'kubernetes/rejected-kind', severity: 'error', description: 'A resource kind listed in reject-kinds is present.' },
  { id: 'kubernetes/schema-unavailable', severity: 'error', description: 'A schema location failed (HTTP error, unreadable file) while looking up a schema.' },
  { id: 'kubernetes/build-failed', severity: 'error', description: 'kustomize build failed for a kustomization.' },
  { id: 'kubernetes/kustomize-missing', severity: 'error', description: 'Neither kubectl nor a standalone kustomize was found, so the overlays were not built or validated.' },
  { id: 'kubernetes/kubeconform-missing', severity: 'error', description: 'The kubeconform engine was asked for and kubeconform was not found, so the overlays were built but not validated.' },
  { id: 'kubernetes/remote-base', severity: 'error', description: 'A kustomization references a remote base or component, which is refused unless allowed.' },
  { id: 'kubernetes/outside-root', severity: 'error', description: 'A kustomization references a path outside the repository.' },
  { id: 'kubernetes/image-not-pinned', severity: 'warning', description: 'A container image has no tag, or uses the tag latest, and no digest.' },
  { id: 'kubernetes/missing-resources', severity: 'warning', description: 'A container has no resources.requests or no resources.limits.' },
  { id: 'kubernetes/missing-namespace', severity: 'warning', description: 'A namespaced resource has no namespace after the build.' },
  { id: 'kubernetes/helm-missing', severity: 'error', description: 'An overlay has helmCharts and no helm at the pinned version was found, so it was not built.' },
  { id: 'kubernetes/secret-literal', severity: 'error', description: 'A container env value or a ConfigMap value is a secret written into the manifest.' },
  { id: 'kubernetes/secret-committed', severity: 'error', description: 'A Secret with data is written in a manifest of the repository.' },
  { id: 'kubernetes/service-account-token', severity: 'error', description: 'An agent / execution-plane pod mounts a ServiceAccount token.' },
  { id: 'kubernetes/ingress-not-denied', severity: 'warning', description: 'An agent / execution-plane workload is not selected by a NetworkPolicy restricting Ingress.' },
  {
    id: 'kubernetes/egress-not-denied',
    severity: 'error',
    description:
      'A workload labelled portarium.io/workload: agent or execution-plane is not selected by a NetworkPolicy whose policyTypes include Egress.',
  },
  {
    id: 'kubernetes/pod-security-baseline',
    severity: 'error',
    description:
      'A workload fails a baseline check of the Pod Security Standards (hostNamespaces, privileged, capabilities, hostPath volumes, host ports, AppArmor, SELinux, procMount, seccomp, sysctls, hostProcess, probe hosts) at the level its namespace or settings require, as the API server\'s PodSecurity admission judges it.',
  },
  {
    id: 'kubernetes/pod-security-restricted',
    severity: 'error',
    description:
      'A workload required to meet the restricted Pod Security Standard fails one of its checks (allowPrivilegeEscalation, capabilities, runAsNonRoot, runAsUser, seccompProfile, volume types, procMount), as the API server\'s PodSecurity admission judges it.',
  },
  { id: 'kubernetes/configmap-too-large', severity: 'error', description: 'A ConfigMap holds more than 1 MiB in data and binaryData; the API server refuses it.' },
  { id: 'kubernetes/secret-too-large', severity: 'error', description: 'A Secret holds more than 1 MiB of decoded data and stringData; the API server refuses it.' },
  { id: 'kubernetes/annotations-too-large', severity: 'error', description: 'An object carries more than 256 KiB of annotations (keys and values); the API server refuses it.' },
  { id: 'kubernetes/object-too-large', severity: 'error', description: "An object is larger than etcd's 1.5 MiB request limit as JSON, or a rendered document too large to check." },
  { id: 'kubernetes/file-too-large', severity: 'error', description: 'A file a kustomization reads is larger than the check reads; the overlay is not built.' },
  { id: 'kubernetes/excessive-aliasing', severity: 'error', description: 'YAML aliases expand a document far beyond its written size (an alias bomb); the overlay is not built.' },
  { id: 'kubernetes/deadline-exceeded', severity: 'error', description: 'The check ran past its time limit; the overlays not finished are not validated.' },
]);

export type RuleId = RuleIdOf<typeof KUBERNETES_RULES>;

export const RULES = KUBERNETES_RULES.rules;

/** Severity a rule runs at given user overrides; undefined when the rule is off. */
export function ruleSeverity(id: RuleId, overrides: RuleSettings | undefined): Severity | undefined {
  return KUBERNETES_RULES.severityUnder(id, overrides);
}
