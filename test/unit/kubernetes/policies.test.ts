import { describe, expect, it } from 'vitest';
import type { BuiltResource } from '../../../src/checks/kubernetes/manifests.js';
import { splitReference } from '../../../src/checks/images/reference.js';
import { crdScopes, runPolicies } from '../../../src/checks/kubernetes/policies.js';

function res(object: Record<string, unknown>): BuiltResource {
  const meta = (object.metadata ?? {}) as Record<string, string>;
  return { index: 0, object, kind: String(object.kind), apiVersion: String(object.apiVersion), name: meta.name ?? '', namespace: meta.namespace ?? '', json: JSON.stringify(object) };
}

const deployment = (labels: Record<string, string>, container: Record<string, unknown>, namespace = 'apps') =>
  res({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', namespace, labels },
    spec: { template: { metadata: { labels }, spec: { containers: [{ name: 'c', ...container }] } } },
  });

const resources = { requests: { cpu: '10m' }, limits: { cpu: '20m' } };

describe('policy rules', () => {
  it.each([
    ['nginx', undefined, undefined],
    ['nginx:latest', 'latest', undefined],
    ['registry.local:5000/app', undefined, undefined],
    ['registry.local:5000/app:v1', 'v1', undefined],
    ['app@sha256:abc', undefined, 'sha256:abc'],
  ])('image reference %s', (image, tag, digest) => {
    const ref = splitReference(image);
    expect([ref.tag, ref.digest]).toEqual([tag, digest]);
  });

  it('flags unpinned images and missing requests/limits, not pinned ones', () => {
    const rules = (c: Record<string, unknown>) => runPolicies([deployment({}, c)], new Map()).map((h) => h.rule);
    expect(rules({ image: 'nginx:latest', resources })).toEqual(['kubernetes/image-not-pinned']);
    expect(rules({ image: 'registry.local:5000/app', resources })).toEqual(['kubernetes/image-not-pinned']);
    expect(rules({ image: 'nginx:1.27', resources })).toEqual([]);
    expect(rules({ image: 'nginx@sha256:' + 'a'.repeat(64), resources })).toEqual([]);
    const missing = runPolicies([deployment({}, { image: 'nginx:1.27', resources: { requests: { cpu: '1' } } })], new Map());
    expect(missing.map((h) => [h.rule, h.message])).toEqual([['kubernetes/missing-resources', 'container c has no resources.limits']]);
  });

  it('flags namespaced kinds without a namespace, using CRD scopes for custom kinds', () => {
    const scopes = crdScopes([
      { kind: 'CustomResourceDefinition', spec: { group: 'x.io', names: { kind: 'Thing' }, scope: 'Namespaced' } },
      { kind: 'CustomResourceDefinition', spec: { group: 'x.io', names: { kind: 'Cluster' }, scope: 'Cluster' } },
    ]);
    const hits = runPolicies(
      [
        res({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }),
        res({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b' } }),
        res({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'c' } }),
        res({ apiVersion: 'x.io/v1', kind: 'Thing', metadata: { name: 'd' } }),
        res({ apiVersion: 'x.io/v1', kind: 'Cluster', metadata: { name: 'e' } }),
        res({ apiVersion: 'unknown.io/v1', kind: 'Mystery', metadata: { name: 'f' } }),
      ],
      scopes,
    );
    expect(hits.filter((h) => h.rule === 'kubernetes/missing-namespace').map((h) => h.resource.name)).toEqual(['a', 'd']);
  });

  it('requires agent and execution-plane workloads to be selected by an Egress NetworkPolicy in their namespace', () => {
    const agent = deployment({ 'portarium.io/workload': 'agent', app: 'agent' }, { image: 'a:1', resources });
    const policy = (podSelector: unknown, policyTypes: string[], namespace = 'apps') =>
      res({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace }, spec: { podSelector, policyTypes } });
    const egress = (rs: BuiltResource[]) => runPolicies(rs, new Map()).filter((h) => h.rule === 'kubernetes/egress-not-denied').length;
    expect(egress([agent])).toBe(1);
    expect(egress([agent, policy({}, ['Ingress'])])).toBe(1);
    expect(egress([agent, policy({}, ['Egress'])])).toBe(0);
    expect(egress([agent, policy({}, ['Egress'], 'other')])).toBe(1);
    expect(egress([agent, policy({ matchLabels: { app: 'agent' } }, ['Ingress', 'Egress'])])).toBe(0);
    expect(egress([agent, policy({ matchLabels: { app: 'web' } }, ['Egress'])])).toBe(1);
    expect(egress([agent, policy({ matchExpressions: [{ key: 'portarium.io/workload', operator: 'In', values: ['agent', 'execution-plane'] }] }, ['Egress'])])).toBe(0);
    expect(egress([deployment({ 'portarium.io/workload': 'control-plane' }, { image: 'a:1', resources })])).toBe(0);
  });
});
