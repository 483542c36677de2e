#!/usr/bin/env node
// Generates a deterministic set of Kubernetes manifests with injected faults, for the builtin-vs-kubeconform
// differential test and the benchmark. Writes files of 100 documents each into a cache directory and
// prints that directory (reused when it already exists).
//   node scripts/bench/k8s-gen.mjs [--count 5000] [--seed 42] [--out DIR]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GENERATOR_VERSION = 3;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const count = Number(arg('count', '5000'));
const seed = Number(arg('seed', '42'));
const cacheRoot = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'portarium-infra', 'bench');
const out = arg('out', path.join(cacheRoot, `k8s-gen-v${GENERATOR_VERSION}-${seed}-${count}`));

// mulberry32: small deterministic PRNG
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function container(i, opts = {}) {
  const lines = [];
  lines.push(`        - name: ${opts.noName ? '' : `c${i}`}`.replace('- name: ', opts.noName ? '- ' : '- name: '));
  if (opts.noName) lines[0] = `        - image: nginx:1.${i % 30}`;
  else lines.push(`          image: ${pick(['nginx:1.27', 'busybox:1.36', 'ghcr.io/acme/app@sha256:' + 'ab'.repeat(32), 'redis:7'])}`);
  lines.push(`          imagePullPolicy: ${opts.badPullPolicy ? 7 : pick(['IfNotPresent', 'Always'])}`);
  lines.push('          ports:');
  lines.push(`            - containerPort: ${opts.badPort ? '"http"' : 8080}`);
  lines.push(`              name: http`);
  lines.push('          resources:');
  lines.push(`            requests: {cpu: ${pick(['100m', '0.5', 1, '250m'])}, memory: ${pick(['64Mi', 134217728, '1Gi'])}}`);
  lines.push(`            limits: {cpu: ${pick(['1', 2, '500m'])}, memory: 256Mi}`);
  if (opts.unknown) lines.push('          imagePullPolcy: Always');
  if (opts.dupKey) lines.push('          imagePullPolicy: Always');
  lines.push('          readinessProbe:');
  lines.push(`            httpGet: {path: /readyz, port: ${pick(['http', 8080, '"8080"'])}}`);
  lines.push(`            periodSeconds: ${opts.badProbe ? '"10s"' : 10}`);
  return lines.join('\n');
}

function meta(kind, name, ns, extra = '') {
  return `metadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}  labels:\n    app.kubernetes.io/name: ${name}\n    portarium.io/tier: "${pick(['web', 'worker', 'batch'])}"${extra}`;
}

const FAULTS = ['type', 'unknown', 'missing-name', 'dup-key', 'missing-kind', 'missing-apiversion', 'unknown-kind', 'bad-port', 'bad-enum-type', 'removed-api', 'probe-type', 'null-kind'];

function workload(kind, apiVersion, name, ns, fault) {
  const podSpec = (indent) =>
    [
      `${indent}spec:`,
      `${indent}  serviceAccountName: ${name}`,
      `${indent}  automountServiceAccountToken: ${pick(['false', 'no', 'true'])}`,
      `${indent}  terminationGracePeriodSeconds: ${fault === 'type' ? '"thirty"' : 30}`,
      `${indent}  containers:`,
      container(1, { noName: fault === 'missing-name', unknown: fault === 'unknown', dupKey: fault === 'dup-key', badPort: fault === 'bad-port', badPullPolicy: fault === 'bad-enum-type', badProbe: fault === 'probe-type' })
        .split('\n')
        .map((l) => indent + l.slice(6))
        .join('\n'),
    ].join('\n');
  const template = `  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ${name}\n${podSpec('    ')}`;
  const head = `${fault === 'missing-apiversion' ? '' : `apiVersion: ${fault === 'removed-api' ? 'extensions/v1beta1' : apiVersion}\n`}${fault === 'missing-kind' ? '' : fault === 'null-kind' ? 'kind:\n' : `kind: ${kind}\n`}${meta(kind, name, ns)}`;
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
      return `${head}\nspec:\n${kind !== 'DaemonSet' ? `  replicas: ${rand() < 0.5 ? 3 : 1}\n` : ''}${kind === 'StatefulSet' ? `  serviceName: ${name}\n` : ''}  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${name}\n${template}`;
    case 'Job':
      return `${head}\nspec:\n  backoffLimit: 2\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ${name}\n${podSpec('    ').replace('    spec:', '    spec:\n      restartPolicy: Never')}`;
    case 'CronJob':
      return `${head}\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n${podSpec('        ').replace('        spec:', '        spec:\n          restartPolicy: OnFailure')}`;
    default:
      throw new Error(kind);
  }
}

function simple(kind, name, ns, fault) {
  const typeFault = fault === 'type';
  const unknown = fault === 'unknown';
  switch (kind) {
    case 'Service':
      return `apiVersion: v1\nkind: Service\n${meta(kind, name, ns)}\nspec:\n  type: ClusterIP\n  selector:\n    app.kubernetes.io/name: ${name}\n  ports:\n    - name: http\n      port: ${typeFault ? '"eighty"' : 80}\n      targetPort: ${pick(['http', 8080])}${unknown ? '\n      nodePorts: 3' : ''}`;
    case 'ConfigMap':
      return `apiVersion: v1\nkind: ConfigMap\n${meta(kind, name, ns)}\ndata:\n  mode: ${typeFault ? '{nested: map}' : '"fast"'}\n  "8080": port\n  enabled: "true"${unknown ? '\nbinaryDatas: {}' : ''}`;
    case 'Secret':
      return `apiVersion: v1\nkind: Secret\n${meta(kind, name, ns)}\ntype: Opaque\nstringData:\n  token: ${typeFault ? '12345' : '"12345"'}${unknown ? '\nstringDatas: {}' : ''}`;
    case 'ServiceAccount':
      return `apiVersion: v1\nkind: ServiceAccount\n${meta(kind, name, ns)}\nautomountServiceAccountToken: ${typeFault ? '"false"' : 'false'}`;
    case 'Ingress':
      return `apiVersion: networking.k8s.io/v1\nkind: Ingress\n${meta(kind, name, ns)}\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: ${name}.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ${name}\n                port:\n                  ${typeFault ? 'number: "80"' : pick(['number: 80', 'name: http'])}${unknown ? '\n  tls: {}' : ''}`;
    case 'NetworkPolicy':
      return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n${meta(kind, name, ns)}\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ${name}\n  policyTypes: [Ingress, Egress]\n  egress:\n    - to:\n        - namespaceSelector: {}\n      ports:\n        - port: ${typeFault ? 'true' : pick([53, '"dns"'])}\n          protocol: UDP`;
    case 'Role':
      return `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n${meta(kind, name, ns)}\nrules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: ${typeFault ? 'get' : '[get, list]'}`;
    case 'RoleBinding':
      return `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\n${meta(kind, name, ns)}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ${name}\nsubjects:\n  - kind: ServiceAccount\n    name: ${name}${unknown ? '\n    namespaces: x' : ''}${typeFault ? '\n    apiGroup: 5' : ''}`;
    case 'HorizontalPodAutoscaler':
      return `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n${meta(kind, name, ns)}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}\n  minReplicas: 1\n  maxReplicas: ${typeFault ? '"ten"' : 10}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: {type: Utilization, averageUtilization: 70}`;
    case 'PodDisruptionBudget':
      return `apiVersion: policy/v1\nkind: PodDisruptionBudget\n${meta(kind, name, ns)}\nspec:\n  maxUnavailable: ${typeFault ? 'true' : pick([1, '"25%"'])}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${name}`;
    case 'PersistentVolumeClaim':
      return `apiVersion: v1\nkind: PersistentVolumeClaim\n${meta(kind, name, ns)}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: ${typeFault ? '[10Gi]' : pick(['10Gi', 1073741824])}`;
    case 'Namespace':
      return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  creationTimestamp: ${pick(['null', '"2024-01-02T03:04:05Z"', 'yesterday'])}${unknown ? '\n  nmae: x' : ''}`;
    default:
      throw new Error(kind);
  }
}

const WORKLOADS = [
  ['Deployment', 'apps/v1'],
  ['StatefulSet', 'apps/v1'],
  ['DaemonSet', 'apps/v1'],
  ['Job', 'batch/v1'],
  ['CronJob', 'batch/v1'],
];
const SIMPLE = ['Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'Ingress', 'NetworkPolicy', 'Role', 'RoleBinding', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'PersistentVolumeClaim', 'Namespace'];

function generate() {
  const files = [];
  let docs = [];
  let made = 0;
  const flush = () => {
    if (docs.length === 0) return;
    files.push(docs.join('\n---\n') + '\n');
    docs = [];
  };
  while (made < count) {
    const i = made;
    const name = `r${i}`;
    const ns = rand() < 0.9 ? `team-${i % 17}` : undefined;
    const fault = rand() < 0.12 ? pick(FAULTS) : undefined;
    let doc;
    if (fault === 'unknown-kind') doc = `apiVersion: example.com/v1\nkind: Widget\n${meta('Widget', name, ns)}\nspec:\n  size: 3`;
    else if (rand() < 0.4) {
      const [kind, apiVersion] = pick(WORKLOADS);
      doc = workload(kind, apiVersion, name, ns, fault);
    } else {
      const kind = pick(SIMPLE);
      doc = fault === 'missing-kind' || fault === 'missing-apiversion' || fault === 'null-kind' || fault === 'removed-api' || fault === 'missing-name' || fault === 'dup-key' || fault === 'bad-port' || fault === 'bad-enum-type' || fault === 'probe-type'
        ? workload('Deployment', 'apps/v1', name, ns, fault)
        : simple(kind, name, ns, fault);
    }
    if (rand() < 0.02) {
      // a List holding this resource and a valid ConfigMap
      const item = (d) => d.split('\n').map((l, k) => (k === 0 ? `  - ${l}` : `    ${l}`)).join('\n');
      doc = `apiVersion: v1\nkind: List\nitems:\n${item(doc)}\n${item(simple('ConfigMap', `${name}-extra`, ns, undefined))}`;
      made++;
    }
    if (rand() < 0.01) docs.push('# only a comment');
    docs.push(doc);
    made++;
    if (docs.length >= 100) flush();
  }
  flush();
  return files;
}

const marker = path.join(out, '.complete');
if (!existsSync(marker)) {
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const files = generate();
  files.forEach((text, i) => writeFileSync(path.join(tmp, `batch-${String(i).padStart(3, '0')}.yaml`), text));
  writeFileSync(path.join(tmp, '.complete'), JSON.stringify({ count, seed, files: files.length, generator: GENERATOR_VERSION }) + '\n');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  renameSync(tmp, out);
}
const info = JSON.parse(readFileSync(marker, 'utf8'));
process.stdout.write(JSON.stringify({ dir: out, ...info }) + '\n');
