// Kubernetes deploy benchmark against a real, local kube-apiserver (scripts/k8s-test-server.sh):
// the example prod overlay and a generated 500-resource overlay, `deploy apply` against
// `kubectl apply --server-side -k` and `deploy plan` against `kubectl diff --server-side -k` on the
// same kustomization (both sides build it). Every run deploys into a fresh namespace (kustomize
// `namespace:` wrapper); ours and kubectl alternate which goes first. The engine runs with
// wait=false: nothing rolls out without a kubelet, and kubectl does not wait either; what is left is
// the engine's own work (render, pin, lock, history read, before/after reads, apply, release record).
// The engine talks to the API server in-process; for the prod overlay it also runs on kubectl
// (client: 'kubectl', one kubectl process per call), the path it took before.
// Ratios are kubectl ÷ ours: above 1.00 we are faster.
// Env: DEPLOY_BENCH_RUNS (default 3), PORTARIUM_KUBECTL, PORTARIUM_LIB_DIR (default ./lib: run
// `npx tsc -p tsconfig.build.json` first, as `npm run bench` does).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, tool } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const libDir = process.env.PORTARIUM_LIB_DIR ?? path.join(root, 'lib');
const runs = Number(process.env.DEPLOY_BENCH_RUNS ?? 3);
const title = 'Kubernetes deploy (local kube-apiserver)';

function which(name) {
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(d, name);
    if (d && existsSync(p)) return p;
  }
  return undefined;
}

function kubectlFor(minor) {
  if (process.env.PORTARIUM_KUBECTL) return process.env.PORTARIUM_KUBECTL;
  const onPath = which('kubectl');
  if (!onPath) return undefined;
  const versioned = path.join(path.dirname(realpathSync(onPath)), `kubectl.1.${minor}`);
  return existsSync(versioned) ? versioned : onPath;
}

const missing = ['kube-apiserver', 'kube-controller-manager', 'etcd'].filter((t) => !tool(t));
if (!which('kubectl')) missing.push('kubectl');
if (!existsSync(path.join(libDir, 'deploy', 'index.js'))) missing.push(`${libDir}/deploy (run tsc -p tsconfig.build.json)`);
if (missing.length) {
  process.stdout.write(JSON.stringify({ title, columns: ['scenario', 'time'], rows: [['not run', 'n/a']], notes: [`Missing: ${missing.join(', ')}. Run scripts/tools/install-kube-apiserver.sh and scripts/tools/install-etcd.sh.`] }));
  process.exit(0);
}

const deploy = await import(pathToFileURL(path.join(libDir, 'deploy', 'index.js')).href);
const serverScript = path.join(root, 'scripts', 'k8s-test-server.sh');
const env = Object.fromEntries(
  execFileSync('bash', [serverScript, 'start'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^([A-Z0-9_]+)=(.*)$/.exec(l.trim()))
    .filter(Boolean)
    .map((m) => [m[1], m[2]]),
);
const kubeconfig = env.K8S_TEST_KUBECONFIG;
const minor = /^v1\.(\d+)\./.exec(env.K8S_TEST_VERSION)?.[1] ?? '33';
const kubectl = kubectlFor(minor);
const work = mkdtempSync(path.join(os.tmpdir(), 'deploy-bench-'));

const prodOverlay = path.join(root, 'examples', 'portarium', 'infra', 'kubernetes', 'overlays', 'prod');
const buildManifest = path.join(root, 'test', 'fixtures', 'deploy', 'build-manifest.json');

/** A kustomization putting `base` into namespace `ns`. */
function wrapper(base, ns) {
  const dir = path.join(work, ns);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'kustomization.yaml'), `namespace: ${ns}\nresources:\n  - ${path.relative(dir, base)}\n`);
  return dir;
}

/** 1 Namespace + 100 Deployments + 100 Services + 299 ConfigMaps = 500 objects. */
function bigBase() {
  const dir = path.join(work, 'big-base');
  mkdirSync(dir, { recursive: true });
  const docs = ['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: big\n'];
  for (let i = 0; i < 100; i++) {
    docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: app-${i}}\n  template:\n    metadata:\n      labels: {app: app-${i}}\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/portarium/control-plane:0.1.0\n          envFrom:\n            - configMapRef: {name: config-${i}}\n`);
    docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector: {app: app-${i}}\n  ports:\n    - port: 80\n      targetPort: 8080\n`);
  }
  for (let i = 0; i < 299; i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  INDEX: "${i}"\n  PAYLOAD: "${'x'.repeat(200)}"\n`);
  writeFileSync(path.join(dir, 'all.yaml'), docs.join('---\n'));
  writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - all.yaml\n');
  return dir;
}

function raw(args, extraEnv = {}, okCodes = [0]) {
  const t = performance.now();
  const r = spawnSync(kubectl, [...args, '--kubeconfig', kubeconfig], { env: { ...process.env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (!okCodes.includes(r.status)) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr}`);
  return ms;
}

async function ours(fn) {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (!['deployed', 'unchanged', 'planned'].includes(r.status)) throw new Error(`${r.status}: ${r.findings.map((f) => f.message).join('; ')}`);
  return { ms, r };
}

const common = (overlay, extra = {}) => ({
  environment: 'prod',
  ref: 'refs/tags/v0.1.0',
  overlay,
  release: 'bench',
  kubeconfig,
  kubectl,
  wait: false,
  outDir: path.join(work, 'out'),
  // The wrappers live in a temp directory and point into the repository: both are ours to read.
  root: '/',
  commit: '0123456789abcdef0123456789abcdef01234567',
  run: { id: '1' },
  ...extra,
});

const rows = [];
const notes = [];
const fmtS = (ms) => (ms / 1000).toFixed(2);
const ratio = (theirs, ours) => (theirs / ours).toFixed(2);

/** Runs the two sides of one measurement, the first side alternating with the run number. */
async function alternate(i, theirs, oursFn) {
  const out = {};
  const sides = [['theirs', theirs], ['ours', oursFn]];
  for (const [name, fn] of i % 2 ? sides.reverse() : sides) out[name] = await fn();
  return out;
}

async function scenario(label, base, count, { prune = false, extra = {}, viaKubectl = false } = {}) {
  const t = { rawFirst: [], oursFirst: [], rawAgain: [], oursAgain: [], rawDiff: [], oursPlan: [], kctlFirst: [], kctlAgain: [], kctlPlan: [] };
  for (let i = 0; i < runs; i++) {
    const slug = `${label.replace(/[^a-z0-9]+/g, '-')}${prune ? '-prune' : ''}-${i}`;
    const rawNs = `raw-${slug}`;
    const ourNs = `ours-${slug}`;
    const rawDir = wrapper(base, rawNs);
    const ourDir = wrapper(base, ourNs);
    const pruneArgs = prune ? ['--applyset=secrets/bench', '--prune', '-n', rawNs] : [];
    const pruneEnv = prune ? { KUBECTL_APPLYSET: 'true' } : {};
    // An ApplySet parent needs its namespace to exist first (the engine applies namespaces first, too).
    if (prune) raw(['create', 'namespace', rawNs]);
    const o = (dir) => common(dir, { prune, ...extra });
    const applyRaw = () => raw(['apply', '--server-side', '--field-manager', 'bench', '-k', rawDir, ...pruneArgs], pruneEnv);
    const first = await alternate(i, async () => applyRaw(), async () => (await ours(() => deploy.apply(o(ourDir)))).ms);
    t.rawFirst.push(first.theirs);
    t.oursFirst.push(first.ours);
    const again = await alternate(i, async () => applyRaw(), async () => {
      const a = await ours(() => deploy.apply(o(ourDir)));
      if (a.r.status !== 'unchanged') throw new Error(`re-apply of ${label} was ${a.r.status}`);
      return a.ms;
    });
    t.rawAgain.push(again.theirs);
    t.oursAgain.push(again.ours);
    // kubectl diff exits 1 when something differs.
    const diff = await alternate(i, async () => raw(['diff', '--server-side', '--field-manager', 'bench', '-k', rawDir], { KUBECTL_EXTERNAL_DIFF: 'diff -u -N' }, [0, 1]), async () => (await ours(() => deploy.plan(o(ourDir)))).ms);
    t.rawDiff.push(diff.theirs);
    t.oursPlan.push(diff.ours);
    if (viaKubectl) {
      // The same engine, one kubectl process per call (the path it took before the in-process client).
      const kDir = wrapper(base, `kctl-${slug}`);
      const ko = common(kDir, { prune, ...extra, client: 'kubectl' });
      t.kctlFirst.push((await ours(() => deploy.apply(ko))).ms);
      t.kctlAgain.push((await ours(() => deploy.apply(ko))).ms);
      t.kctlPlan.push((await ours(() => deploy.plan(ko))).ms);
    }
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length ? median(v) : NaN]));
  const name = `${label}${prune ? ' + ApplySet prune' : ''}`;
  const kc = (ms) => (viaKubectl ? fmtS(ms) : '–');
  rows.push([`${name}: apply (new namespace)`, count, fmtS(m.rawFirst), fmtS(m.oursFirst), ratio(m.rawFirst, m.oursFirst), kc(m.kctlFirst)]);
  rows.push([`${name}: re-apply, no change`, count, fmtS(m.rawAgain), fmtS(m.oursAgain), ratio(m.rawAgain, m.oursAgain), kc(m.kctlAgain)]);
  rows.push([`${name}: plan vs kubectl diff --server-side -k (deployed)`, count, fmtS(m.rawDiff), fmtS(m.oursPlan), ratio(m.rawDiff, m.oursPlan), kc(m.kctlPlan)]);
  return m;
}

try {
  const prod = await scenario('prod overlay', prodOverlay, 15, { prune: true, extra: { buildManifest, requireDigests: true }, viaKubectl: true });
  const big = await scenario('500 resources', bigBase(), 500);
  await scenario('500 resources', bigBase(), 500, { prune: true });
  notes.push(
    `kube-apiserver ${env.K8S_TEST_VERSION} + etcd on 127.0.0.1 (scripts/k8s-test-server.sh), ${path.basename(kubectl)}; medians of ${runs} runs, each into a fresh namespace; in each run kubectl and ours alternate which goes first; every run is a fresh kubectl process, ours runs in the bench process (the engine's modules loaded once, as in one CLI or action run).`,
    '`kubectl` = `kubectl apply --server-side -k DIR` (plus `--applyset … --prune` where named) and `kubectl diff --server-side -k DIR` on the same kustomization.',
    'portarium-infra = `deploy apply` with wait=false: kustomize build + digest pinning, release lock, release history read, live read before and after (created/changed/unchanged), server-side apply (ApplySet prune where named), release record (gzip Secret); talking to the API server in-process over one keep-alive HTTPS pool. `deploy plan` = render, history, lock read, server-side dry-run apply and the diff. Rollout waiting is excluded: it is the cluster\'s time, and nothing rolls out without a kubelet.',
    '**Ratios are kubectl ÷ ours** (flipped from the earlier ours ÷ kubectl): above 1.00 we are faster.',
    `"engine on kubectl" = the same engine with client: 'kubectl' (one kubectl process per call, as before the in-process client): prod overlay apply ${fmtS(prod.kctlFirst)} s in-process ${fmtS(prod.oursFirst)} s.`,
    `500 resources: apply ${fmtS(big.oursFirst)} s vs kubectl -k ${fmtS(big.rawFirst)} s (kubectl spends most of its time decoding the large YAML stream).`,
  );
} catch (e) {
  notes.push(`The benchmark stopped: ${String(e.message).split('\n')[0]}`);
} finally {
  spawnSync('bash', [serverScript, 'stop', env.K8S_TEST_DIR]);
  rmSync(work, { recursive: true, force: true });
}

process.stdout.write(
  JSON.stringify({
    title: `${title} ${env.K8S_TEST_VERSION ?? ''}`.trim(),
    columns: ['scenario', 'objects', 'kubectl (s)', 'portarium-infra (s)', 'kubectl ÷ ours', 'engine on kubectl (s)'],
    rows,
    notes,
  }),
);
