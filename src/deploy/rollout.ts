// Waiting for workloads to roll out, by polling the API (`kubectl get -o json`). The conditions are
// kubectl's `rollout status` ones (polymorphichelpers/rollout_status.go), plus Jobs, which kubectl
// does not wait for: complete when the Complete condition is True, failed when Failed is True.
import type { ClusterClient } from './client.js';
import { asRecord, displayName, groupVersion, keyOf, qualifiedName, type K8sObject } from './objects.js';

export type RolloutState =
  | { phase: 'done'; message: string }
  | { phase: 'waiting'; message: string }
  | { phase: 'failed'; message: string };

function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

function conditions(o: K8sObject): Array<Record<string, unknown>> {
  const c = o.status?.['conditions'];
  return Array.isArray(c) ? (c as Array<Record<string, unknown>>) : [];
}

function observed(o: K8sObject): boolean {
  return num(o.metadata.generation) <= num(o.status?.['observedGeneration']);
}

export function rolloutState(o: K8sObject): RolloutState {
  const name = displayName(o);
  const spec = o.spec ?? {};
  const status = o.status ?? {};
  switch (`${groupVersion(o.apiVersion).group}/${o.kind}`) {
    case 'apps/Deployment': {
      if (!observed(o)) return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
      const progressing = conditions(o).find((c) => c['type'] === 'Progressing');
      if (progressing?.['reason'] === 'ProgressDeadlineExceeded') return { phase: 'failed', message: `${name} exceeded its progress deadline` };
      const replicas = spec['replicas'] === undefined ? 1 : num(spec['replicas']);
      const updated = num(status['updatedReplicas']);
      if (updated < replicas) return { phase: 'waiting', message: `${name}: ${updated} out of ${replicas} new replicas have been updated` };
      if (num(status['replicas']) > updated) return { phase: 'waiting', message: `${name}: ${num(status['replicas']) - updated} old replicas are pending termination` };
      const available = num(status['availableReplicas']);
      if (available < updated) return { phase: 'waiting', message: `${name}: ${available} of ${updated} updated replicas are available` };
      return { phase: 'done', message: `${name} successfully rolled out` };
    }
    case 'apps/StatefulSet': {
      const strategy = asRecord(spec['updateStrategy']);
      if (strategy?.['type'] === 'OnDelete') return { phase: 'done', message: `${name} uses OnDelete updates; nothing to wait for` };
      if (num(status['observedGeneration']) === 0 || !observed(o)) return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
      const replicas = spec['replicas'] === undefined ? 1 : num(spec['replicas']);
      const ready = num(status['readyReplicas']);
      if (ready < replicas) return { phase: 'waiting', message: `${name}: waiting for ${replicas - ready} pods to be ready` };
      const partition = num(asRecord(strategy?.['rollingUpdate'])?.['partition']);
      if (partition > 0) {
        const updated = num(status['updatedReplicas']);
        if (updated < replicas - partition) return { phase: 'waiting', message: `${name}: waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated` };
        return { phase: 'done', message: `${name}: partitioned roll out complete: ${updated} new pods have been updated` };
      }
      if (status['updateRevision'] !== status['currentRevision']) {
        return { phase: 'waiting', message: `${name}: waiting for rolling update to complete ${num(status['updatedReplicas'])} pods at revision ${String(status['updateRevision'])}` };
      }
      return { phase: 'done', message: `${name}: rolling update complete ${num(status['currentReplicas'])} pods at revision ${String(status['currentRevision'])}` };
    }
    case 'apps/DaemonSet': {
      const strategy = asRecord(spec['updateStrategy']);
      if (strategy?.['type'] === 'OnDelete') return { phase: 'done', message: `${name} uses OnDelete updates; nothing to wait for` };
      if (!observed(o)) return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
      const desired = num(status['desiredNumberScheduled']);
      const updated = num(status['updatedNumberScheduled']);
      if (updated < desired) return { phase: 'waiting', message: `${name}: ${updated} out of ${desired} new pods have been updated` };
      const available = num(status['numberAvailable']);
      if (available < desired) return { phase: 'waiting', message: `${name}: ${available} of ${desired} updated pods are available` };
      return { phase: 'done', message: `${name} successfully rolled out` };
    }
    case 'batch/Job': {
      const c = conditions(o);
      const isTrue = (t: string) => c.some((x) => x['type'] === t && x['status'] === 'True');
      if (isTrue('Failed')) {
        const failed = c.find((x) => x['type'] === 'Failed');
        return { phase: 'failed', message: `${name} failed${failed?.['reason'] ? ` (${String(failed['reason'])})` : ''}` };
      }
      if (isTrue('Complete')) return { phase: 'done', message: `${name} completed` };
      return { phase: 'waiting', message: `${name}: ${num(status['active'])} active, ${num(status['succeeded'])} succeeded` };
    }
    default:
      return { phase: 'done', message: `${name} has no rollout to wait for` };
  }
}

export interface RolloutOutcome {
  object: string;
  state: RolloutState;
  /** The live object as last seen (for digest checks). */
  live?: K8sObject;
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  log?: (line: string) => void;
}

/** Polls until every workload is done, one fails, or the timeout passes. */
export async function waitForRollouts(client: ClusterClient, workloads: readonly K8sObject[], o: WaitOptions): Promise<RolloutOutcome[]> {
  const deadline = Date.now() + o.timeoutMs;
  const interval = o.intervalMs ?? 2000;
  const byNs = new Map<string, K8sObject[]>();
  for (const w of workloads) {
    const ns = w.metadata.namespace ?? '';
    byNs.set(ns, [...(byNs.get(ns) ?? []), w]);
  }
  let last = new Map<string, RolloutOutcome>();
  let lastLogged = '';
  for (;;) {
    const current = new Map<string, RolloutOutcome>();
    for (const list of byNs.values()) {
      const items = await client.live(list);
      const liveByKey = new Map(items.map((i) => [keyOf(i), i]));
      for (const w of list) {
        const live = liveByKey.get(keyOf(w));
        current.set(keyOf(w), {
          object: qualifiedName(w),
          state: live ? rolloutState(live) : { phase: 'waiting', message: `${displayName(w)} not found` },
          ...(live ? { live } : {}),
        });
      }
    }
    last = current;
    const outcomes = [...current.values()];
    const failed = outcomes.some((r) => r.state.phase === 'failed');
    const pending = outcomes.filter((r) => r.state.phase === 'waiting');
    if (failed || !pending.length) return outcomes;
    const line = pending.map((p) => p.state.message).join('; ');
    if (line !== lastLogged) o.log?.(`waiting: ${line}`);
    lastLogged = line;
    if (Date.now() + interval > deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  return [...last.values()];
}
