// Image build benchmark with buildah (scripts/tools/install-buildah.sh), on the two example images
// built offline from a local busybox base: a cold build (empty store) against a rebuild with no
// change (layer cache), and both images in sequence against both in parallel. No push: this
// measures the builder, not the registry. Each cold run gets a fresh store.
// Env: IMAGES_BENCH_RUNS (default 3), IMAGES_BENCH_DRIVERS (default "vfs,overlay").
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, median } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const images = await import(pathToFileURL(path.join(root, 'lib', 'checks', 'images', 'index.js')).href);
const example = path.join(root, 'examples', 'portarium');
const runs = Number(process.env.IMAGES_BENCH_RUNS ?? 3);
const drivers = (process.env.IMAGES_BENCH_DRIVERS ?? 'vfs,overlay').split(',').filter(Boolean);

let buildah;
try {
  buildah = execFileSync('which', ['buildah'], { encoding: 'utf8' }).trim();
} catch {
  buildah = undefined;
}
if (!buildah) {
  process.stdout.write(JSON.stringify({
    title: 'Image builds (buildah)',
    columns: ['scenario', 'time'],
    rows: [['buildah not installed', 'n/a']],
    notes: ['Run scripts/tools/install-buildah.sh first.'],
  }));
  process.exit(0);
}

const context = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  defaultBranch: 'main',
  repositoryUrl: 'https://github.com/portarium/portarium',
  created: '2026-11-26T00:00:00Z',
};

/** A fresh image store with the base image in it, and a copy of the example to change files in. */
async function freshStore(driver) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pia-bench-images-'));
  const store = { buildah, root: path.join(dir, 'root'), runroot: path.join(dir, 'run'), storageDriver: driver };
  const base = await images.makeBusyboxBase({ ...store, tempDir: dir });
  const root = path.join(dir, 'example');
  cpSync(example, root, { recursive: true });
  return { dir, store, base: base.image, root };
}

/** Lets buildah let go of the store (overlay keeps a mount while containers exist), then deletes it. */
function dispose(env) {
  const g = ['--root', env.store.root, '--runroot', env.store.runroot, '--storage-driver', env.store.storageDriver];
  for (const args of [['rm', '--all'], ['images', '-q']]) {
    try {
      execFileSync(buildah, [...g, ...args], { stdio: 'ignore' });
    } catch {
      // Best effort.
    }
  }
  rmSync(env.dir, { recursive: true, force: true });
}

async function buildBoth(env, concurrency) {
  const plan = await images.planImages({ root: env.root, registry: 'localhost/portarium-bench', buildArgs: { BASE_IMAGE: env.base } });
  const t = performance.now();
  const r = await images.buildImages({
    root: env.root,
    plan,
    builder: images.createBuilder({ kind: 'buildah', ...env.store }),
    context,
    push: false,
    tempDir: env.dir,
    concurrency,
  });
  const ms = performance.now() - t;
  if (r.findings.length) throw new Error(`build failed: ${JSON.stringify(r.findings)}`);
  const cached = r.results.reduce((n, x) => n + (x.result?.cachedSteps ?? 0), 0);
  const steps = r.results.reduce((n, x) => n + (x.result?.steps ?? 0), 0);
  const reused = r.results.filter((x) => x.result?.cached).length;
  // Re-used images ran no step; the others say how many steps the layer cache served.
  const parts = [];
  if (reused) parts.push(`${reused}/${r.results.length} images re-used`);
  if (steps) parts.push(`${cached}/${steps} steps`);
  return { ms, cache: parts.join(', ') };
}

const rows = [];
const notes = [];
const ratios = { rebuild: [], parallel: [] };
for (const driver of drivers) {
  const cold = [];
  const warm = [];
  const edited = [];
  const par = [];
  let coldCache = '';
  let warmCache = '';
  let editedCache = '';
  for (let i = 0; i < runs; i++) {
    const env = await freshStore(driver);
    try {
      const c = await buildBoth(env, 1);
      cold.push(c.ms);
      coldCache = c.cache;
      const w = await buildBoth(env, 1);
      warm.push(w.ms);
      warmCache = w.cache;
      // One served file of one image changes: that image is rebuilt (from the layer cache up to
      // the COPY), the other is re-used.
      appendFileSync(path.join(env.root, 'infra', 'docker', 'control-plane', 'www', 'index.html'), `<!-- edit ${i} -->\n`);
      const e = await buildBoth(env, 1);
      edited.push(e.ms);
      editedCache = e.cache;
    } finally {
      dispose(env);
    }
    const envP = await freshStore(driver);
    try {
      par.push((await buildBoth(envP, 2)).ms);
    } finally {
      dispose(envP);
    }
  }
  const mc = median(cold);
  const mw = median(warm);
  const me = median(edited);
  const mp = median(par);
  ratios.rebuild.push(mw / mc);
  ratios.parallel.push(mp / mc);
  rows.push([`${driver}: cold, in sequence`, fmt(mc), coldCache, '1.00']);
  rows.push([`${driver}: rebuild, no change`, fmt(mw), warmCache, (mw / mc).toFixed(2)]);
  rows.push([`${driver}: rebuild, one file of one image changed`, fmt(me), editedCache, (me / mc).toFixed(2)]);
  rows.push([`${driver}: cold, both in parallel`, fmt(mp), '', (mp / mc).toFixed(2)]);
}

notes.push(`${execFileSync(buildah, ['--version'], { encoding: 'utf8' }).trim()}, --isolation chroot, docker format; median of ${runs} runs; each cold run starts from an empty store holding only the local busybox base.`);
notes.push('Both example images (control-plane, execution-plane): 17 steps each (10 instructions + one LABEL step per metadata label + the build-input fingerprint label). "cache": images re-used whole because their build-input fingerprint (Dockerfile, every context file the .dockerignore leaves in, build args, labels, target, platform, base image id, buildah version) matches an image in the store, which is then only re-tagged; otherwise steps served from the layer cache / steps run (FROM is never a cache step).');
notes.push('"vs cold" is time ÷ the cold sequential build of the same storage driver: the rebuild ratio is the cache gain, the parallel ratio the gain of building both at once on this 2-core machine.');
const verdict = (xs, ok) => (xs.length ? `${xs.every(ok) ? 'met' : 'not met'} (${xs.map((x) => x.toFixed(2)).join(', ')})` : 'not measured');
notes.push(
  `Target (issue): rebuild with no change ≤ 0.10 × cold — ${verdict(ratios.rebuild, (x) => x <= 0.1)}. Both images in parallel vs in sequence is measured, with no target: ${ratios.parallel.length ? ratios.parallel.map((x) => x.toFixed(2)).join(', ') : 'not measured'} (below 1.00 parallel is faster).`,
);

process.stdout.write(JSON.stringify({ title: 'Image builds (buildah)', columns: ['scenario', 'time (both images)', 'cache', 'vs cold'], rows, notes }));
