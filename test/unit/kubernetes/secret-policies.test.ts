import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { tempDir } from './temp.js';

// Secret delivery and confined-workload isolation rules, each at the line to change, on plain
// manifests (the same policy pass runs on every overlay's build).
function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-secrets');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}
const DIGEST = 'sha256:' + '1'.repeat(64);
const pod = (labels: string, spec: string, env = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: apps
  labels: {${labels}}
spec:
${spec}  containers:
    - name: c
      image: app@${DIGEST}
      resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}
${env}`;
const RULES = /secret-literal|secret-committed|service-account-token|ingress-not-denied/;
const hits = async (files: Record<string, string>) =>
  (await runKustomize({ root: repo(files), manifests: ['m'] })).findings.filter((f) => RULES.test(f.rule)).map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

describe('secret delivery', () => {
  it('a secret literal in env and in a ConfigMap fires at its line; valueFrom and harmless keys do not', async () => {
    const env = '      env:\n        - name: DB_PASSWORD\n          value: hunter2\n        - name: API_TOKEN\n          valueFrom: {secretKeyRef: {name: s, key: t}}\n        - name: LOG_LEVEL\n          value: debug\n';
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: apps}\ndata:\n  PASSWORD_FILE: /run/secrets/db\n  aws: AKIAIOSFODNN7EXAMPL3\n  TLS_KEY: |\n    -----BEGIN EC PRIVATE KEY-----\n    abc\n';
    expect(await hits({ 'm/pod.yaml': pod('app: x', '', env), 'm/cm.yaml': cm })).toEqual([
      'kubernetes/secret-literal m/cm.yaml:6',
      'kubernetes/secret-literal m/cm.yaml:7',
      'kubernetes/secret-literal m/pod.yaml:14',
    ]);
    const all = JSON.stringify((await runKustomize({ root: repo({ 'm/pod.yaml': pod('app: x', '', env), 'm/cm.yaml': cm }), manifests: ['m'] })).findings);
    for (const secret of ['hunter2', 'AKIAIOSFODNN7EXAMPL3', 'BEGIN EC PRIVATE']) expect(all).not.toContain(secret);
  });

  it('a Secret with data in a manifest fires; an empty one does not', async () => {
    expect(await hits({ 'm/s.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: apps}\nstringData:\n  password: hunter2\n' })).toEqual(['kubernetes/secret-committed m/s.yaml:4']);
    expect(await hits({ 'm/s.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: apps}\ntype: Opaque\n' })).toEqual([]);
  });
});

describe('confined workloads', () => {
  const denyIngress = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n, namespace: apps}\nspec:\n  podSelector: {matchLabels: {portarium.io/workload: agent}}\n  policyTypes: [Ingress, Egress]\n';
  it('an agent pod that mounts its token, without an ingress policy, fires both; the hardened one fires neither', async () => {
    expect(await hits({ 'm/pod.yaml': pod('portarium.io/workload: agent', '') })).toEqual(['kubernetes/ingress-not-denied m/pod.yaml:6', 'kubernetes/service-account-token m/pod.yaml:7']);
    expect(await hits({ 'm/pod.yaml': pod('portarium.io/workload: agent', '  automountServiceAccountToken: true\n'), 'm/np.yaml': denyIngress })).toEqual(['kubernetes/service-account-token m/pod.yaml:8']);
    expect(await hits({ 'm/pod.yaml': pod('portarium.io/workload: agent', '  automountServiceAccountToken: false\n'), 'm/np.yaml': denyIngress })).toEqual([]);
  });

  it("a ServiceAccount that says false covers a pod that says nothing; other workloads are not confined", async () => {
    const sa = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: agent, namespace: apps}\nautomountServiceAccountToken: false\n';
    expect(await hits({ 'm/pod.yaml': pod('portarium.io/workload: agent', '  serviceAccountName: agent\n'), 'm/sa.yaml': sa, 'm/np.yaml': denyIngress })).toEqual([]);
    expect(await hits({ 'm/pod.yaml': pod('portarium.io/workload: control-plane', '') })).toEqual([]);
  });
});
