// terraform fmt benchmark: our builtin engine (TypeScript; worker threads only for very large
// trees; a fresh process per run, as a CI step would start it) beside the real `terraform fmt -check -recursive` on a copy of the same
// corpus (scripts/bench/terraform-corpus.mjs, >= 1,000 files). Prints one JSON object on stdout:
// the table for docs/benchmarks.md plus files/s for each side and the ratio.
// Then the heavily unformatted trees (terraform-fmt-unformatted.mjs: check and --write, peak RSS,
// linearity), as a second table.
// Usage: node scripts/bench/terraform-fmt.mjs [--runs N] [--files N] [--unformatted-runs N] [--large-runs N] [--large-files N]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, tool } from './lib.mjs';
import { benchUnformatted } from './terraform-fmt-unformatted.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt('--runs', '3'));

const corpusDir = path.join(process.env.PORTARIUM_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra'), 'terraform-corpus');
execFileSync(process.execPath, [path.join(root, 'scripts', 'bench', 'terraform-corpus.mjs'), '--out', corpusDir], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8'));
const files = manifest.files.slice(0, Number(opt('--files', String(manifest.files.length))));

// Flat copy with .tf names: terraform v1.5.7 only visits .tf/.tfvars in directories.
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-bench-'));
const copy = path.join(work, 'corpus');
mkdirSync(copy);
let bytes = 0;
files.forEach((f, i) => {
  const src = path.join(corpusDir, f.path);
  bytes += readFileSync(src).length;
  cpSync(src, path.join(copy, `${String(i).padStart(5, '0')}.tf`));
});

// The engine as tsc compiled it (lib/, like the other suites; `npm run bench` builds it first),
// so the timing is that of plain JavaScript, as in the bundled action.
const libEntry = path.join(root, 'lib', 'checks', 'terraform', 'index.js');
if (!existsSync(libEntry)) throw new Error(`${libEntry} is missing: run \`npx tsc -p tsconfig.build.json\` first (npm run bench does)`);
const oursScript = `
const { runTerraformFmt } = await import(${JSON.stringify(pathToFileURL(libEntry).href)});
const r = await runTerraformFmt({ root: process.argv[1], mode: 'check' });
process.stdout.write(JSON.stringify(r.stats));
`;

function timed(cmd, argv, okCodes) {
  const t = performance.now();
  const r = spawnSync(cmd, argv, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
  });
  const ms = performance.now() - t;
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { ms, stdout: r.stdout };
}

const sides = [{ name: 'portarium builtin (TypeScript)', run: () => timed(process.execPath, ['--input-type=module', '-e', oursScript, copy], [0]) }];
for (const bin of ['terraform', 'tofu']) {
  const p = tool(bin);
  if (!p) continue;
  const version = execFileSync(p, ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0];
  sides.push({ name: `${version} fmt -check -recursive`, bin, run: () => timed(p, ['fmt', '-check', '-recursive', '-no-color', copy], [0, 2, 3]) });
}

// Alternate the sides run by run so background load on a shared machine hits both alike.
const times = sides.map(() => []);
for (const s of sides) s.run(); // warm-up: page cache, first start of each binary
let oursStats;
for (let i = 0; i < runs; i++) {
  sides.forEach((s, k) => {
    const r = s.run();
    times[k].push(r.ms);
    if (k === 0) oursStats = JSON.parse(r.stdout);
  });
}
rmSync(work, { recursive: true, force: true });

const perSec = times.map((t) => files.length / (median(t) / 1000));
const ours = perSec[0];
const terraform = sides.findIndex((s) => s.bin === 'terraform');
const rows = sides.map((s, k) => [
  s.name,
  `${(median(times[k]) / 1000).toFixed(2)} s`,
  perSec[k].toFixed(0),
  k === 0 ? '1.00' : (ours / perSec[k]).toFixed(2),
]);
const result = {
  title: 'terraform fmt',
  columns: ['engine', `wall time, ${files.length} files (${(bytes / 1e6).toFixed(2)} MB), median of ${runs}`, 'files/s', 'ours ÷ this (files/s)'],
  rows,
  notes: [
    `Corpus: testdata of terraform v1.5.7 and OpenTofu v1.8.11 from the Go module proxy plus seeded mutants (scripts/bench/terraform-corpus.mjs); ${oursStats?.changed ?? '?'} files not formatted, ${oursStats?.syntaxErrors ?? '?'} with syntax errors.`,
    `Each run is a fresh process, start-up included (Node start, loading the engine, discovery, reading every file; ${oursStats?.workers ?? '?'} worker threads took part, ${os.availableParallelism()} cores).`,
  ],
  files: files.length,
  bytes,
  oursFilesPerSec: Math.round(ours),
  terraformFilesPerSec: terraform >= 0 ? Math.round(perSec[terraform]) : null,
  ratio: terraform >= 0 ? Number((ours / perSec[terraform]).toFixed(2)) : null,
};
const unformatted = await benchUnformatted({
  runs: Number(opt('--unformatted-runs', '5')),
  largeRuns: Number(opt('--large-runs', '3')),
  largeFiles: Number(opt('--large-files', '2000')),
});
if (unformatted) result.more = [unformatted];
process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
