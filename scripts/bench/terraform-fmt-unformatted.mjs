// terraform fmt on heavily unformatted trees (scripts/bench/terraform-unformatted-corpus.mjs):
// `portarium-infra terraform-fmt` (the bundled CLI, check mode and --write) against
// `terraform fmt -check -recursive` and `terraform fmt -recursive`, alternating fresh processes,
// medians; peak RSS of each side (GNU time's %M) beside a bare start of the same Node binary; and a
// linearity row (one fully re-indented file at 1× and 10× its size). Write runs get a fresh copy
// of the tree before each run, made outside the timed region for both sides.
// Called by terraform-fmt.mjs; alone it prints its table as JSON.
// Usage: node scripts/bench/terraform-fmt-unformatted.mjs [--runs N] [--large-runs N] [--large-files N]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, tool } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function benchUnformatted({ runs = 5, largeRuns = 3, largeFiles = 2000 } = {}) {
  const terraform = tool('terraform');
  if (!terraform) return undefined;
  // The CLI as users run it (the committed bundle, with the code cache its earlier runs wrote), as in the main job.
  const cli = path.join(root, 'bin', 'portarium-infra.js');
  if (!existsSync(path.join(root, 'dist', 'cli', 'index.cjs'))) throw new Error('dist/cli/index.cjs is missing: run `node scripts/build.mjs cli` first');
  const trees = JSON.parse(
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bench', 'terraform-unformatted-corpus.mjs'), '--large-files', String(largeFiles)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const work = mkdtempSync(path.join(os.tmpdir(), 'tf-bench-unformatted-'));
  const rssFile = path.join(work, 'rss');
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', NO_COLOR: '1' };

  /** Wall time (ms) and peak RSS (KB, when GNU time is there) of one process, output discarded. */
  const run = (cmd, argv, okCodes) => {
    const [c, a] = timeBin ? [timeBin, ['-f', '%M', '-o', rssFile, cmd, ...argv]] : [cmd, argv];
    const t = performance.now();
    const r = spawnSync(c, a, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t;
    if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    const rss = timeBin ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
    return { ms, rss };
  };

  const baseline = median(Array.from({ length: 3 }, () => run(process.execPath, ['-e', '0'], [0]).rss));
  const tf = (mode, dir) => (mode === 'check' ? ['fmt', '-check', '-recursive', '-no-color', dir] : ['fmt', '-recursive', '-no-color', dir]);
  const ours = (mode, dir) => (mode === 'check' ? [cli, 'terraform-fmt', dir] : [cli, 'terraform-fmt', '--write', dir]);

  const rows = [];
  const measured = [];
  for (const [label, tree, n] of [
    [`(a) real modules re-indented, ${trees.reindented.files} files (${(trees.reindented.bytes / 1e6).toFixed(2)} MB)`, trees.reindented, runs],
    [`(b) ${trees.large.files} files of ~21 KB, a change every 3rd line (${(trees.large.bytes / 1e6).toFixed(1)} MB)`, trees.large, largeRuns],
  ].filter(([, , n]) => n > 0)) {
    for (const mode of ['check', 'write']) {
      const sides = [
        { argv: (d) => ours(mode, d), cmd: process.execPath, ok: [0, 1] },
        { argv: (d) => tf(mode, d), cmd: terraform, ok: [0, 2, 3] },
      ];
      const times = [[], []];
      const rss = [[], []];
      const copy = path.join(work, 'tree');
      const once = (k) => {
        let dir = tree.dir;
        if (mode === 'write') {
          rmSync(copy, { recursive: true, force: true });
          cpSync(tree.dir, copy, { recursive: true });
          // Written back before the timed run, so neither side's run pays for writing the copy.
          spawnSync('sync');
          dir = copy;
        }
        const r = run(sides[k].cmd, sides[k].argv(dir), sides[k].ok);
        times[k].push(r.ms);
        rss[k].push(r.rss);
      };
      once(0); // warm-up: page cache, first start of each binary
      once(1);
      times[0].length = times[1].length = rss[0].length = rss[1].length = 0;
      // Alternate the sides run by run so background load on a shared machine hits both alike.
      for (let i = 0; i < n; i++) {
        once(0);
        once(1);
      }
      const [o, t] = times.map(median);
      const [or, trss] = rss.map((x) => Math.max(...x));
      measured.push({ tree: label, mode, oursMs: o, terraformMs: t, oursRssKB: or, terraformRssKB: trss });
      rows.push([
        `${label}: ${mode === 'check' ? 'check (`terraform fmt -check -recursive`)' : 'write (`terraform fmt -recursive`)'}`,
        `${(o / 1000).toFixed(2)} s`,
        `${(t / 1000).toFixed(2)} s`,
        `**${(t / o).toFixed(2)}**`,
        `${Math.round(or / 1024)} MB (+${Math.round((or - baseline) / 1024)})`,
        `${Math.round(trss / 1024)} MB`,
        `${((or - baseline) / trss).toFixed(2)}`,
        `median of ${n}`,
      ]);
    }
  }

  // Linearity: the builtin engine in-process (start-up excluded, which would hide it) on the
  // same content at 1× and 10×; terraform as a whole process each (its start-up included).
  const { runTerraformFmt } = await import(pathToFileURL(path.join(root, 'lib', 'checks', 'terraform', 'index.js')).href);
  const inProcess = async (dir) => {
    for (let i = 0; i < 3; i++) await runTerraformFmt({ root: dir, mode: 'check' });
    const xs = [];
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      await runTerraformFmt({ root: dir, mode: 'check' });
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const o1 = await inProcess(trees.linear.dir1);
  const o10 = await inProcess(trees.linear.dir10);
  const tfLin = (dir) => {
    const xs = [];
    for (let i = 0; i < 7; i++) xs.push(run(terraform, tf('check', dir), [0, 3]).ms);
    return median(xs);
  };
  const t1 = tfLin(trees.linear.dir1);
  const t10 = tfLin(trees.linear.dir10);
  rows.push([
    `linearity: one fully re-indented file, ${(trees.linear.bytes1 / 1024).toFixed(0)} KB → 10×, check mode with hunks and diff`,
    `${o1.toFixed(1)} → ${o10.toFixed(1)} ms (×${(o10 / o1).toFixed(1)}, in-process)`,
    `${t1.toFixed(0)} → ${t10.toFixed(0)} ms (×${(t10 / t1).toFixed(1)}, process)`,
    '',
    '',
    '',
    '',
    'median of 9 / 7',
  ]);
  rmSync(work, { recursive: true, force: true });
  return {
    title: 'terraform fmt, heavily unformatted trees',
    columns: ['tree: mode (terraform command)', 'ours', 'Terraform v1.5.7', 'ratio', 'ours peak RSS (+ above bare Node)', 'terraform peak RSS', 'ours above Node ÷ terraform RSS', 'runs'],
    rows,
    notes: [
      `Ours: \`node bin/portarium-infra.js terraform-fmt [--write] DIR\` (the committed bundle with the V8 code cache of the untimed first run, text output to /dev/null), a fresh process per run; Node ${process.version}, a bare \`node -e 0\` peaks at ${Math.round(baseline / 1024)} MB.`,
      'Trees: scripts/bench/terraform-unformatted-corpus.mjs, from the corpus above without the files using provider functions (which terraform v1.5.7 rejects). Every file of both trees needs formatting.',
      'Write runs: a fresh copy of the unformatted tree before every run of each side, written back to disk (`sync`), outside the timed region. Peak RSS: GNU time %M, the highest of the runs.',
      `Ratio: terraform time ÷ ours (above 1.0 we are faster). Warm-up run of each side first, then alternating runs (ours, terraform); ${os.availableParallelism()} cores shared with other work: medians.`,
    ],
    measured,
    nodeBaselineKB: baseline,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const r = await benchUnformatted({ runs: opt('--runs', 5), largeRuns: opt('--large-runs', 3), largeFiles: opt('--large-files', 2000) });
  process.stdout.write(`${JSON.stringify(r, null, 1)}\n`);
}
