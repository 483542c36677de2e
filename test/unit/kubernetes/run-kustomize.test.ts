import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, runKustomize } from '../../../src/checks/kubernetes/index.js';
import { UsageError } from '../../../src/report/finding.js';
import { allSchemaVersionsInstalled } from '../../helpers/tools.js';
import { tempDir } from './temp.js';

function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-run');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: agents.portarium.io
spec:
  group: portarium.io
  scope: Namespaced
  names: {kind: Agent, plural: agents}
  versions:
    - name: v1alpha1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                replicas: {type: integer}
`;

describe('runKustomize options', () => {
  it('exports its rules with ids, severities and descriptions', () => {
    expect(RULES.map((r) => r.id)).toEqual(expect.arrayContaining(['kubernetes/schema', 'kubernetes/missing-schema', 'kubernetes/image-not-pinned', 'kubernetes/missing-resources', 'kubernetes/missing-namespace', 'kubernetes/egress-not-denied']));
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it('validates custom resources against schemas generated from the repository CRDs', async () => {
    const root = repo({
      'crds/agent.yaml': crd,
      'app/kustomization.yaml': 'namespace: apps\nresources: [agent.yaml]\n',
      'app/agent.yaml': 'apiVersion: portarium.io/v1alpha1\nkind: Agent\nmetadata: {name: a}\nspec:\n  replicas: two\n  replcas: 2\n',
    });
    const r = await runKustomize({ root, paths: ['app'] });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message.split(' (')[0]}`).sort()).toEqual([
      'kubernetes/schema app/agent.yaml:5 Agent a: spec.replicas: got string, want integer',
      'kubernetes/schema app/agent.yaml:6 Agent a: spec.replcas: unknown field replcas',
    ]);
  });

  it('a CRD that only a build prints validates the custom resources of every overlay, however the builds finish', async () => {
    // The CRD exists only in b's output (a patch gives it its kind), so no file of the tree declares it.
    const root = repo({
      'b/crd.yaml': crd.replace('kind: CustomResourceDefinition', 'kind: CrdTemplate'),
      'b/kustomization.yaml': 'resources: [crd.yaml]\npatches:\n  - target: {kind: CrdTemplate}\n    patch: |-\n      - op: replace\n        path: /kind\n        value: CustomResourceDefinition\n',
      'a/kustomization.yaml': 'namespace: apps\nresources: [agent.yaml]\n',
      'a/agent.yaml': 'apiVersion: portarium.io/v1alpha1\nkind: Agent\nmetadata: {name: a}\nspec:\n  replicas: two\n',
    });
    for (const concurrency of [1, 2]) {
      const r = await runKustomize({ root, concurrency });
      expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['kubernetes/schema a/agent.yaml:5']);
      expect(r.stats).toMatchObject({ resources: 2, valid: 1, invalid: 1, skipped: 0 });
    }
  });

  it('a resource without a schema is a warning, never silently valid; ignoreMissingSchemas skips it', async () => {
    const root = repo({ 'app/kustomization.yaml': 'namespace: apps\nresources: [w.yaml]\n', 'app/w.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n' });
    const r = await runKustomize({ root });
    expect(r.findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([['kubernetes/missing-schema', 'warning', 'app/w.yaml', 2]]);
    expect(r.overlays[0]!.status).toBe('passed');
    expect((await runKustomize({ root, ignoreMissingSchemas: true })).findings).toEqual([]);
  });

  it('skip and reject kinds like kubeconform; rule severities can be changed or turned off', async () => {
    const root = repo({
      'app/kustomization.yaml': 'resources: [cm.yaml]\n',
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: 1}\n',
    });
    const base = await runKustomize({ root });
    expect(base.findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['kubernetes/missing-namespace', 'warning'],
      ['kubernetes/schema', 'error'],
    ]);
    const skipped = await runKustomize({ root, skipKinds: ['v1/ConfigMap'], rules: { 'kubernetes/missing-namespace': 'off' } });
    expect(skipped.findings).toEqual([]);
    expect(skipped.stats.skipped).toBe(1);
    const rejected = await runKustomize({ root, rejectKinds: ['ConfigMap'], rules: { 'kubernetes/missing-namespace': 'error' } });
    expect(rejected.findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['kubernetes/missing-namespace', 'error'],
      ['kubernetes/rejected-kind', 'error'],
    ]);
  });

  // 1.30.0 comes from the installed schemas; the package bundles only the default version.
  it.runIf(allSchemaVersionsInstalled())('validates against several Kubernetes versions, one overlay row per version', async () => {
    const root = repo({
      'app/kustomization.yaml': 'namespace: apps\nresources: [cm.yaml]\n',
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n',
    });
    const r = await runKustomize({ root, kubernetesVersions: ['1.30.0', '1.37.0'] });
    expect(r.overlays.map((o) => [o.path, o.version, o.status, o.resources])).toEqual([
      ['app', '1.30.0', 'passed', 1],
      ['app', '1.37.0', 'passed', 1],
    ]);
  });

  it('refuses bad calls as usage errors', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: []\n', 'other/x.yaml': 'a: 1\n' });
    await expect(runKustomize({ root, paths: ['other'] })).rejects.toThrow(UsageError);
    await expect(runKustomize({ root, kubernetesVersions: ['1.30'] })).rejects.toThrow(UsageError);
    await expect(runKustomize({ root, schemaLocations: ['x/{{ .Nope }}.json'] })).rejects.toThrow(/failed initialising/);
    await expect(runKustomize({ root: path.join(root, 'missing') })).rejects.toThrow(UsageError);
  });
});
