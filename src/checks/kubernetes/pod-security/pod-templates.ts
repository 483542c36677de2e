// Where the API server's PodSecurity admission finds the pod of each kind it judges, and what a
// Pod looks like by the time admission sees it (after defaulting).
import type { PodView } from './controls.js';

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Kinds with a pod, by API group, and the path to the pod template (metadata + spec). */
const TEMPLATES: Record<string, Record<string, string[]>> = {
  '': { Pod: [], PodTemplate: ['template'], ReplicationController: ['spec', 'template'] },
  apps: { Deployment: ['spec', 'template'], StatefulSet: ['spec', 'template'], DaemonSet: ['spec', 'template'], ReplicaSet: ['spec', 'template'] },
  batch: { Job: ['spec', 'template'], CronJob: ['spec', 'jobTemplate', 'spec', 'template'] },
};

export interface PodTemplate {
  /** Path from the object to the template (empty for a Pod). */
  prefix: string[];
  view: PodView;
}

/**
 * The pod PodSecurity judges in an object, or undefined for kinds it does not judge and for a
 * ReplicationController without a template (which it lets through).
 */
export function podTemplateOf(apiVersion: string, kind: string, object: Record<string, unknown>): PodTemplate | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const prefix = TEMPLATES[group]?.[kind];
  if (!prefix) return undefined;
  let cur: unknown = object;
  for (const s of prefix) cur = obj(cur)?.[s];
  const template = obj(cur);
  if (!template) return kind === 'ReplicationController' ? undefined : { prefix, view: { metadata: {}, spec: {} } };
  const view = { metadata: obj(template.metadata) ?? {}, spec: obj(template.spec) ?? {} };
  return { prefix, view: kind === 'Pod' ? asAdmitted(view) : view };
}

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

function appArmorField(annotation: string): Record<string, unknown> | undefined {
  if (annotation === 'runtime/default') return { type: 'RuntimeDefault' };
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  if (annotation.startsWith('localhost/') && annotation.length > 'localhost/'.length) return { type: 'Localhost', localhostProfile: annotation.slice('localhost/'.length) };
  return undefined;
}

const sameProfile = (a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined) =>
  !!a && !!b && a.type === b.type && (a.localhostProfile ?? '') === (b.localhostProfile ?? '');

function appArmorAnnotation(field: Record<string, unknown>): string {
  if (field.type === 'Unconfined') return 'unconfined';
  if (field.type === 'RuntimeDefault') return 'runtime/default';
  if (field.type === 'Localhost' && typeof field.localhostProfile === 'string') return `localhost/${field.localhostProfile}`;
  return '';
}

/**
 * A Pod as admission sees it (Kubernetes 1.33, the version the differential test runs): with
 * hostNetwork each container port without a hostPort gets its containerPort as hostPort, and the
 * AppArmor profile of each container is synced between its deprecated annotation and its field
 * (an unset annotation from the container's or the pod's field, an unset field from the
 * annotation when it differs from the pod's profile).
 */
function asAdmitted(view: PodView): PodView {
  const spec = { ...view.spec };
  const annotations: Record<string, unknown> = { ...(obj(view.metadata.annotations) ?? {}) };
  let annotated = false;
  const podProfile = obj(obj(spec.securityContext)?.appArmorProfile);
  const windows = obj(spec.os)?.name === 'windows';
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    spec[field] = list.map((item) => {
      let c = obj(item);
      if (!c) return item;
      if (spec.hostNetwork === true && field !== 'ephemeralContainers' && Array.isArray(c.ports)) {
        c = { ...c, ports: c.ports.map((p) => (obj(p) && !obj(p)!.hostPort ? { ...obj(p), hostPort: obj(p)!.containerPort } : p)) };
      }
      if (windows) return c;
      const key = APPARMOR_ANNOTATION + (typeof c.name === 'string' ? c.name : '');
      const sc = obj(c.securityContext);
      const own = obj(sc?.appArmorProfile);
      if (!Object.hasOwn(annotations, key)) {
        const value = own ? appArmorAnnotation(own) : podProfile ? appArmorAnnotation(podProfile) : '';
        if (value !== '') {
          annotations[key] = value;
          annotated = true;
        }
      } else if (!own) {
        const profile = appArmorField(String(annotations[key]));
        if (profile && !sameProfile(profile, podProfile)) c = { ...c, securityContext: { ...(sc ?? {}), appArmorProfile: profile } };
      }
      return c;
    });
  }
  return { metadata: annotated ? { ...view.metadata, annotations } : view.metadata, spec };
}
