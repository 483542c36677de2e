// Naming and scoping decisions shared by plan, apply and rollback.
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../report/finding.js';
import type { K8sObject } from './objects.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Release name: explicit, else the overlay directory's name (`overlays/prod` → `prod`). */
export function releaseName(overlay: string, explicit?: string): string {
  if (explicit !== undefined) {
    if (!DNS_LABEL.test(explicit) || explicit.length > 40) throw new UsageError(`release name "${explicit}" must be a DNS label of at most 40 characters`);
    return explicit;
  }
  const base = path.basename(path.resolve(overlay)).replace(/\.(ya?ml|json)$/i, '');
  const name = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  if (!name) throw new UsageError(`cannot derive a release name from ${overlay}; pass one`);
  return name;
}

/** The release namespace: explicit, else the one namespace the namespaced objects use. */
export function releaseNamespace(objects: readonly K8sObject[], explicit?: string): string {
  if (explicit) {
    if (!DNS_LABEL.test(explicit)) throw new UsageError(`namespace "${explicit}" is not a valid namespace name`);
    return explicit;
  }
  const used = new Set(objects.map((o) => o.metadata.namespace).filter((n): n is string => !!n));
  if (used.size === 1) return [...used][0]!;
  const nsObjects = objects.filter((o) => o.kind === 'Namespace' && o.apiVersion === 'v1');
  if (!used.size && nsObjects.length === 1) return nsObjects[0]!.metadata.name;
  if (!used.size) throw new UsageError('the rendered objects name no namespace; pass the release namespace');
  throw new UsageError(`the rendered objects use several namespaces (${[...used].sort().join(', ')}); pass the release namespace`);
}

/** Namespaced objects outside the release namespace (ApplySet pruning cannot cover them). */
export function outsideNamespace(objects: readonly K8sObject[], namespace: string): K8sObject[] {
  return objects.filter((o) => o.metadata.namespace && o.metadata.namespace !== namespace);
}

export function outputDir(explicit?: string): string {
  if (!explicit) return mkdtempSync(path.join(os.tmpdir(), 'portarium-deploy-'));
  const dir = path.resolve(explicit);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Built-in kinds without a namespace; everything else gets the release namespace when it has none. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'PriorityClass', 'APIService', 'IngressClass', 'RuntimeClass',
  'CSIDriver', 'CSINode', 'VolumeAttachment', 'FlowSchema', 'PriorityLevelConfiguration', 'CertificateSigningRequest',
  'DeviceClass', 'ResourceSlice', 'IPAddress', 'ServiceCIDR', 'VolumeAttributesClass', 'ClusterTrustBundle',
]);

/**
 * Objects without a namespace would land in whatever namespace the kubeconfig context defaults to;
 * put them in the release namespace so apply, rollout waits and pruning agree on where they are.
 */
export function withNamespace(objects: readonly K8sObject[], namespace: string): K8sObject[] {
  return objects.map((o) => (o.metadata.namespace || CLUSTER_SCOPED.has(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace } }));
}
