// Benchmark: the main job. `portarium-infra check examples/portarium` in a fresh process against the
// real tools doing the same work one after another, as a CI script would: `docker compose config` for
// each compose project, `terraform fmt -check -recursive`, and `kustomize build | kubeconform -strict`
// for each overlay over the same offline schemas. Also the kustomize check alone against its part of
// the pipeline. Runs alternate (ours, theirs, ours, …) so both see the same machine.
import './k8s-ts-loader.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fmt, median, ratio, tool } from './lib.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const example = path.join(repo, 'examples', 'portarium');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 9;

const { DEFAULT_KUBERNETES_VERSION, ensureKubeconformLayout, locateKubernetesSchemas } = await import(path.join(repo, 'src/tools/schemas.ts'));
const need = (name) => tool(name) ?? (() => { throw new Error(`${name} is not installed: run scripts/setup.sh`); })();
const compose = need('docker-compose');
const terraform = need('terraform');
const kustomize = need('kustomize');
const kubeconform = need('kubeconform');
const source = locateKubernetesSchemas();
if (!source) throw new Error('no offline Kubernetes schemas');
const schemaLocation = await ensureKubeconformLayout(source, DEFAULT_KUBERNETES_VERSION, true);
const overlaysDir = path.join(example, 'infra', 'kubernetes', 'overlays');
const overlays = readdirSync(overlaysDir).sort().map((o) => path.join(overlaysDir, o));

function run(cmd, args, okCodes = [0]) {
  const r = spawnSync(cmd, args, { cwd: example, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (!okCodes.includes(r.status)) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** `kustomize build DIR | kubeconform -strict …`, with the pipe between the two processes. */
function pipeline(dir) {
  return new Promise((resolve, reject) => {
    const build = spawn(kustomize, ['build', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const validate = spawn(kubeconform, ['-strict', '-summary', '-schema-location', schemaLocation, '-kubernetes-version', DEFAULT_KUBERNETES_VERSION, '-'], { stdio: ['pipe', 'ignore', 'inherit'] });
    build.stdout.pipe(validate.stdin);
    let left = 2;
    const done = (name) => (code) => {
      if (code !== 0) reject(new Error(`${name} ${dir} exited ${code}`));
      else if (--left === 0) resolve();
    };
    build.on('close', done('kustomize build'));
    validate.on('close', done('kubeconform'));
  });
}

async function peerKustomize() {
  for (const o of overlays) await pipeline(o);
}

async function peerAll() {
  run(compose, ['-f', 'docker-compose.yml', 'config']);
  run(compose, ['-f', 'docker-compose.yml', '-f', 'docker-compose.local.yml', 'config']);
  run(terraform, ['fmt', '-check', '-recursive']);
  await peerKustomize();
}

const ours = (command) => () => run(process.execPath, [path.join(repo, 'bin', 'portarium-infra.js'), command, '--format', 'json', '.']);

async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Alternating runs after one untimed run of each; medians. */
async function sideBySide(a, b) {
  await a();
  await b();
  const xs = [];
  const ys = [];
  for (let i = 0; i < runs; i++) {
    xs.push(await time(a));
    ys.push(await time(b));
  }
  return [median(xs), median(ys)];
}

const [checkOurs, checkPeer] = await sideBySide(ours('check'), peerAll);
const [kOurs, kPeer] = await sideBySide(ours('kustomize'), peerKustomize);

const version = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout.split('\n')[0].trim();
process.stdout.write(
  JSON.stringify({
    title: 'The main job',
    columns: ['work', 'portarium-infra (fresh process)', 'the real tools, same work', 'ratio (theirs ÷ ours)'],
    rows: [
      [`\`check examples/portarium\` vs compose config ×2 + terraform fmt -check -recursive + kustomize build \\| kubeconform -strict ×${overlays.length}`, fmt(checkOurs), fmt(checkPeer), `**${ratio(checkPeer, checkOurs)}**`],
      [`\`kustomize examples/portarium\` vs kustomize build \\| kubeconform -strict ×${overlays.length}`, fmt(kOurs), fmt(kPeer), `**${ratio(kPeer, kOurs)}**`],
    ],
    notes: [
      `Medians of ${runs} alternating runs (ours, theirs) after one untimed run of each; every run a fresh process tree. Ours on ${process.version} from the committed bundle, with the V8 code cache the CLI writes after a run of the same command (bin/portarium-infra.js).`,
      `Peers: ${version(compose, ['version', '--short'])} (docker compose), ${version(terraform, ['version'])}, kustomize ${version(kustomize, ['version'])}, kubeconform ${version(kubeconform, ['-v'])}; kubeconform reads the same offline Kubernetes ${DEFAULT_KUBERNETES_VERSION} strict schemas from disk.`,
      'Same work: every compose project parsed, interpolated, merged and validated; every .tf file format-checked; every overlay built and every resource validated strictly. Ours also keeps source locations and runs the rules and policies.',
    ],
  }) + '\n',
);
