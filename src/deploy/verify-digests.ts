// After a rollout: do the pods that run actually use the approved digests? The kubelet reports
// what it pulled in status.containerStatuses[].imageID; a tag that moved, a mutating webhook or a
// node-local image would show up here and nowhere else.
import type { ClusterClient } from './client.js';
import { containersOf, podSpecOf, qualifiedName, selectorString, type K8sObject } from './objects.js';

/**
 * The digest a kubelet reports in `status.containerStatuses[].imageID`
 * (`docker-pullable://repo@sha256:…`, `repo@sha256:…` or a bare `sha256:…`).
 */
export function digestOfImageId(imageID: string | undefined): string | undefined {
  if (!imageID) return undefined;
  const m = /(sha256:[a-f0-9]{64})\s*$/.exec(imageID);
  return m?.[1];
}

export interface DigestProblem {
  object: string;
  pod?: string;
  container?: string;
  expected?: string;
  actual?: string;
  kind: 'mismatch' | 'no-pods';
  message: string;
}

export interface DigestCheck {
  /** Pods × containers checked and found right. */
  verified: number;
  problems: DigestProblem[];
}

interface Pod extends K8sObject {
  status?: {
    phase?: string;
    containerStatuses?: Array<{ name: string; imageID?: string; image?: string }>;
    initContainerStatuses?: Array<{ name: string; imageID?: string; image?: string }>;
  };
}

/** Expected digest per container name, for workloads whose images were pinned. */
function expectedDigests(o: K8sObject): Map<string, string> {
  const m = new Map<string, string>();
  const loc = podSpecOf(o);
  if (!loc) return m;
  for (const { list, container } of containersOf(loc.podSpec)) {
    if (list === 'ephemeralContainers' || typeof container.image !== 'string') continue;
    const at = container.image.indexOf('@');
    if (at >= 0) m.set(container.name, container.image.slice(at + 1));
  }
  return m;
}

export async function verifyDigests(client: ClusterClient, workloads: readonly K8sObject[]): Promise<DigestCheck> {
  const out: DigestCheck = { verified: 0, problems: [] };
  for (const w of workloads) {
    if (w.kind === 'Job') continue; // finished Job pods may be gone; their images were checked at admission time only
    const expected = expectedDigests(w);
    if (!expected.size) continue;
    const selector = selectorString(w.spec?.['selector']);
    if (!selector) continue;
    const ns = w.metadata.namespace;
    const pods = { items: (await client.list('v1', 'Pod', ns ?? 'default', selector)) as unknown as Pod[] };
    const running = pods.items.filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    if (!running.length) {
      out.problems.push({ object: qualifiedName(w), kind: 'no-pods', message: `${qualifiedName(w)} has no running pods to check against the approved digests` });
      continue;
    }
    for (const pod of running) {
      const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
      for (const [container, digest] of expected) {
        const st = statuses.find((s) => s.name === container);
        const actual = digestOfImageId(st?.imageID);
        if (actual === digest) {
          out.verified++;
          continue;
        }
        out.problems.push({
          object: qualifiedName(w),
          pod: pod.metadata.name,
          container,
          expected: digest,
          ...(actual ? { actual } : {}),
          kind: 'mismatch',
          message: actual
            ? `pod ${pod.metadata.name} container "${container}" runs ${actual}, not the approved ${digest}`
            : `pod ${pod.metadata.name} container "${container}" reports no image digest (expected ${digest})`,
        });
      }
    }
  }
  return out;
}
