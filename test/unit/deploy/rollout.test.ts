import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/deploy/objects.js';
import { rolloutState } from '../../../src/deploy/rollout.js';

const dep = (generation: number, spec: Record<string, unknown>, status: Record<string, unknown>): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'apps', generation },
  spec,
  status,
});

describe('rollout status (kubectl rollout status semantics, plus Jobs)', () => {
  it('walks a Deployment through kubectl\'s waiting messages', () => {
    expect(rolloutState(dep(2, { replicas: 3 }, { observedGeneration: 1 }))).toMatchObject({ phase: 'waiting', message: expect.stringMatching(/spec update to be observed/) });
    expect(rolloutState(dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 3 }))).toMatchObject({ phase: 'waiting', message: expect.stringMatching(/1 out of 3 new replicas have been updated/) });
    expect(rolloutState(dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 4 }))).toMatchObject({ phase: 'waiting', message: expect.stringMatching(/1 old replicas are pending termination/) });
    expect(rolloutState(dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }))).toMatchObject({ phase: 'waiting', message: expect.stringMatching(/2 of 3 updated replicas are available/) });
    expect(rolloutState(dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }))).toMatchObject({ phase: 'done' });
  });

  it('fails a Deployment whose progress deadline passed', () => {
    const s = rolloutState(dep(1, { replicas: 1 }, { observedGeneration: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }));
    expect(s).toEqual({ phase: 'failed', message: 'deployment.apps/web exceeded its progress deadline' });
  });

  it('handles StatefulSet partitions and revisions', () => {
    const sts = (status: Record<string, unknown>, partition?: number): K8sObject => ({
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', generation: 1 },
      spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', ...(partition !== undefined ? { rollingUpdate: { partition } } : {}) } },
      status: { observedGeneration: 1, ...status },
    });
    expect(rolloutState(sts({ readyReplicas: 2 })).phase).toBe('waiting');
    expect(rolloutState(sts({ readyReplicas: 3, updateRevision: 'b', currentRevision: 'a' })).phase).toBe('waiting');
    expect(rolloutState(sts({ readyReplicas: 3, updateRevision: 'b', currentRevision: 'b', currentReplicas: 3 })).phase).toBe('done');
    expect(rolloutState(sts({ readyReplicas: 3, updatedReplicas: 1, updateRevision: 'b', currentRevision: 'a' }, 2))).toMatchObject({ phase: 'done', message: expect.stringMatching(/partitioned roll out complete/) });
  });

  it('handles DaemonSets and Jobs', () => {
    const ds = (status: Record<string, unknown>): K8sObject => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', generation: 1 }, spec: {}, status: { observedGeneration: 1, ...status } });
    expect(rolloutState(ds({ desiredNumberScheduled: 2, updatedNumberScheduled: 1 })).phase).toBe('waiting');
    expect(rolloutState(ds({ desiredNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 2 })).phase).toBe('done');
    const job = (conditions: unknown[]): K8sObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: {}, status: { conditions, active: 1 } });
    expect(rolloutState(job([])).phase).toBe('waiting');
    expect(rolloutState(job([{ type: 'Complete', status: 'True' }])).phase).toBe('done');
    expect(rolloutState(job([{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }]))).toEqual({ phase: 'failed', message: 'job.batch/migrate failed (BackoffLimitExceeded)' });
  });
});
