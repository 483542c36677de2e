import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKustomize } from '../../../../src/checks/kubernetes/index.js';
import { namespacePolicies, policyFor } from '../../../../src/checks/kubernetes/pod-security/resolve.js';
import { loadConfig } from '../../../../src/settings/config.js';
import { EXAMPLE } from '../../../helpers/paths.js';
import { tempDir } from '../temp.js';

function repo(files: Record<string, string>): string {
  const root = tempDir('pss');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
    spec:
      hostNetwork: true
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
  namespace: apps
  labels: {portarium.io/workload: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata:
      labels: {app: agent}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: agent
          image: agent:1.0
          securityContext:
            allowPrivilegeEscalation: true
            capabilities: {drop: [ALL]}
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: lab
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 0
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: c
      image: c:1
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
`;

const NS = `apiVersion: v1
kind: Namespace
metadata:
  name: lab
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.33
`;

describe('Pod Security findings', () => {
  it('each failed check at the line of its field, with the check id, the API text and where the level came from', async () => {
    const root = repo({ 'k/kustomization.yaml': 'resources: [ns.yaml, app.yaml]\n', 'k/ns.yaml': NS, 'k/app.yaml': APP });
    const r = await runKustomize({
      root,
      paths: ['k'],
      rules: { 'kubernetes/missing-resources': 'off', 'kubernetes/egress-not-denied': 'off' },
      podSecurity: { default: 'baseline', workloads: [{ selector: { 'portarium.io/workload': 'agent' }, level: 'restricted' }] },
    });
    const pss = r.findings.filter((f) => f.rule.startsWith('kubernetes/pod-security')).map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)
      .sort((a, b) => Number(/:(\d+) /.exec(a)![1]) - Number(/:(\d+) /.exec(b)![1]));
    expect(pss).toEqual([
      'kubernetes/pod-security-baseline k/app.yaml:12 Deployment web: violates PodSecurity "baseline:latest" (kubernetes.pod-security.default): hostNamespaces: host namespaces (hostNetwork=true) (overlay k)',
      'kubernetes/pod-security-restricted k/app.yaml:36 Deployment agent: violates PodSecurity "restricted:latest" (kubernetes.pod-security.workloads[0]): allowPrivilegeEscalation: allowPrivilegeEscalation != false (container "agent" must set securityContext.allowPrivilegeEscalation=false) (overlay k)',
      'kubernetes/pod-security-restricted k/app.yaml:47 Pod p: violates PodSecurity "restricted:v1.33" (namespace lab label pod-security.kubernetes.io/enforce): runAsUser: runAsUser=0 (pod must not set runAsUser=0) (overlay k)',
    ]);
  });

  it('the example: restricted for the agent and the execution plane, and it passes', async () => {
    const config = await loadConfig(EXAMPLE);
    expect(config.checks.kubernetes.podSecurity?.workloads?.map((w) => [w.selector, w.level])).toEqual([
      [{ 'portarium.io/workload': 'agent' }, 'restricted'],
      [{ 'portarium.io/workload': 'execution-plane' }, 'restricted'],
    ]);
    const r = await runKustomize({ root: EXAMPLE, ...config.checks.kubernetes });
    expect(r.findings.filter((f) => f.rule.startsWith('kubernetes/pod-security'))).toEqual([]);
  });
});

describe('which level a workload must meet', () => {
  const settings = {
    default: 'baseline' as const,
    version: 'v1.30',
    namespaces: { prod: 'restricted' as const, tools: 'privileged' as const },
    workloads: [{ selector: { tier: 'debug' }, level: 'privileged' as const, version: 'latest' }],
  };
  const none = new Map();

  it('workload selector, then namespace, then default', () => {
    expect(policyFor(settings, 'dev', {}, none)).toMatchObject({ level: 'baseline', version: 'v1.30' });
    expect(policyFor(settings, 'prod', {}, none)).toMatchObject({ level: 'restricted', version: 'v1.30' });
    expect(policyFor(settings, 'prod', { tier: 'debug' }, none)).toMatchObject({ level: 'privileged', version: 'latest' });
    expect(policyFor(undefined, 'x', {}, none)).toMatchObject({ level: 'baseline', version: 'latest' });
  });

  it("a rendered Namespace's enforce label wins when at least as strict; bad values mean restricted:latest", () => {
    const ns = (labels: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Namespace', name: 'tools', object: { metadata: { name: 'tools', labels } } });
    const labelled = namespacePolicies([ns({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': 'v1.29' })]);
    expect(policyFor(settings, 'tools', {}, labelled)).toMatchObject({ level: 'baseline', version: 'v1.29', from: 'namespace tools label pod-security.kubernetes.io/enforce' });
    expect(policyFor({ namespaces: { tools: 'restricted' } }, 'tools', {}, labelled)).toMatchObject({ level: 'restricted' });
    const bad = namespacePolicies([ns({ 'pod-security.kubernetes.io/enforce': 'strict', 'pod-security.kubernetes.io/enforce-version': '1.29' })]);
    expect(policyFor(settings, 'tools', {}, bad)).toMatchObject({ level: 'restricted', version: 'latest' });
  });
});

describe('Pod Security findings for fields that must be added', () => {
  it('blame the container (its name line) or the securityContext that lacks them', async () => {
    const root = repo({
      'k/kustomization.yaml': 'resources: [job.yaml]\n',
      'k/job.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
  namespace: jobs
spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: run
              image: run:1.0
              securityContext:
                readOnlyRootFilesystem: true
`,
    });
    const r = await runKustomize({ root, paths: ['k'], rules: { 'kubernetes/missing-resources': 'off' }, podSecurity: { default: 'restricted' } });
    const pss = r.findings.filter((f) => f.rule.startsWith('kubernetes/pod-security')).map((f) => `${f.line}:${f.column} ${/: (\w+): /.exec(f.message)![1]}`);
    expect(pss.sort()).toEqual(['14:15 runAsNonRoot', '14:15 seccompProfile_restricted', '16:15 allowPrivilegeEscalation', '16:15 capabilities_restricted']);
  });
});
