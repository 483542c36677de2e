// Post step (post-if: always()): first the bookkeeping a killed main could not finish — the
// revision it left pending becomes interrupted, the lock it held is released — then the kubeconfig
// main wrote from the input is removed (only the directory main recorded in its state).
import * as core from '@actions/core';
import { settleAbandonedRun } from '../../deploy/recover.js';
import type { HeldLock, RevisionInFlight } from '../../deploy/types.js';
import { removeKubeconfig } from '../../deploy/kubeconfig.js';
import { info } from '../../github/log.js';
import { STATE_CLUSTER, STATE_FINISHED, STATE_KUBECONFIG, STATE_LOCK, STATE_REVISION } from './main.js';

function stateJson<T>(name: string): T | undefined {
  const raw = core.getState(name);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

async function settleKilledMain(): Promise<void> {
  if (core.getState(STATE_FINISHED) === 'true') return;
  const cluster = stateJson<{ kubeconfig: string; context?: string }>(STATE_CLUSTER);
  const lock = stateJson<HeldLock>(STATE_LOCK);
  const revision = stateJson<RevisionInFlight>(STATE_REVISION);
  if (!cluster || (!lock && !revision)) return;
  core.warning('the deploy step stopped before it finished its own bookkeeping (cancelled or killed); settling it now');
  const lines = await settleAbandonedRun({
    kubeconfig: cluster.kubeconfig,
    ...(cluster.context ? { context: cluster.context } : {}),
    ...(lock ? { lock } : {}),
    ...(revision ? { revision } : {}),
    reason: 'the deploy step was cancelled or killed before it finished (recorded by the post step)',
  });
  for (const l of lines) info(l);
}

export async function post(): Promise<void> {
  try {
    await settleKilledMain();
  } catch (e) {
    core.warning(`could not settle the interrupted deploy: ${(e as Error).message}`);
  }
  const file = core.getState(STATE_KUBECONFIG);
  if (!file) {
    core.info('no kubeconfig was written by the deploy step; nothing to remove');
    return;
  }
  try {
    const removed = removeKubeconfig(file);
    core.info(removed ? `removed the kubeconfig ${file}` : `the kubeconfig ${file} was already gone`);
  } catch (e) {
    core.warning((e as Error).message);
  }
}
