import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

// `portarium-infra check`: the plan ci-infra runs, a progress line per target on a terminal, and
// `--changed-since REF` narrowing the run to what a change touches — in a real git repository.
const example = path.resolve(__dirname, '../../../examples/portarium');
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function run(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: tty,
    stderrIsTTY: tty,
    cwd: repo,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] },
  });
  return { code, stdout, stderr };
}

interface JsonReport {
  findings: Array<{ check: string; rule: string; file: string; line: number }>;
  checks: Array<{ name: string; stats: Record<string, number> }>;
}
const checked = (stdout: string) => (JSON.parse(stdout) as JsonReport).checks.map((c) => c.name);

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'portarium-check-cmd-'));
  cpSync(example, repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
  git('tag', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function resetTo(ref: string) {
  git('reset', '-q', '--hard', ref);
  git('clean', '-q', '-fd');
}

describe('portarium-infra check', () => {
  it('prints a progress line per target on a terminal, and none off it', async () => {
    const tty = await run(['check', '--no-color'], true);
    expect(tty.code).toBe(0);
    const lines = tty.stderr.split('\n');
    expect(lines[0]).toBe('checking compose, terraform-fmt, kustomize, images, otel');
    for (const target of [
      /✓ compose +docker-compose\.yml \(8 services\)/,
      /✓ compose +docker-compose\.yml \+ docker-compose\.local\.yml \(10 services\)/,
      /✓ terraform-fmt \d+ files/,
      /✓ kustomize +infra\/kubernetes\/overlays\/dev @ 1\.37\.0 \(\d+ resources\)/,
      /✓ kustomize +infra\/kubernetes\/overlays\/staging @ 1\.37\.0/,
      /✓ kustomize +infra\/kubernetes\/overlays\/prod @ 1\.37\.0/,
      /✓ images +\d+ images/,
      /✓ otel +infra\/otel\/collector-config\.yaml/,
    ]) {
      expect(lines.some((l) => target.test(l)), `${target} in\n${tty.stderr}`).toBe(true);
    }
    expect(tty.stderr).not.toContain('\u001b[');
    expect(lines.at(-2)).toMatch(/^done in \d+ ms$/);

    const piped = await run(['check']);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
  }, 120_000);

  it('marks the failing target and exits 1 with the finding at its line', async () => {
    resetTo('base');
    appendFileSync(path.join(repo, 'infra/terraform/aws/main.tf'), '\nlocals {\n  a   = 1\n}\n');
    const r = await run(['check', '--no-color', '--changed-since', 'base', '--format', 'json'], true);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ terraform-fmt 1 file 1 error/);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toContainEqual(expect.objectContaining({ check: 'terraform-fmt', file: 'infra/terraform/aws/main.tf' }));
  }, 120_000);
});

describe('portarium-infra check --changed-since', () => {
  it('runs only the overlay a change under it touches', async () => {
    resetTo('base');
    appendFileSync(path.join(repo, 'infra/kubernetes/overlays/staging/kustomization.yaml'), '\n# touched\n');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checks.map((c) => c.name)).toEqual(['kustomize']);
    expect(report.checks[0]!.stats['overlays']).toBe(1);
  }, 120_000);

  it('runs every overlay when their shared base changed, in a commit', async () => {
    resetTo('base');
    appendFileSync(path.join(repo, 'infra/kubernetes/base/kustomization.yaml'), '\n# touched\n');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'base change');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checks.map((c) => c.name)).toEqual(['kustomize']);
    expect(report.checks[0]!.stats['overlays']).toBe(3);
  }, 120_000);

  it('counts an untracked terraform file, and only that file', async () => {
    resetTo('base');
    writeFileSync(path.join(repo, 'infra/terraform/aws/extra.tf'), 'variable "x" {\n  type = string\n}\n');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.checks.map((c) => c.name)).toEqual(['terraform-fmt']);
    expect(report.checks[0]!.stats['files']).toBe(1);
  }, 120_000);

  it('runs compose for a changed compose file, and the images rules for a changed Dockerfile', async () => {
    resetTo('base');
    appendFileSync(path.join(repo, 'docker-compose.local.yml'), '\n# touched\n');
    appendFileSync(path.join(repo, 'infra/docker/control-plane/Dockerfile'), '\n# touched\n');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    expect(checked(r.stdout)).toEqual(['compose', 'images', 'otel']);
  }, 120_000);

  it('runs the otel check alone for a changed Tempo configuration beside the collector', async () => {
    resetTo('base');
    appendFileSync(path.join(repo, 'infra/otel/tempo-config.yaml'), '\n# touched\n');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    expect(checked(r.stdout)).toEqual(['otel']);
    expect(r.code).toBe(0);
  }, 120_000);

  it('runs everything when the configuration changed', async () => {
    resetTo('base');
    writeFileSync(path.join(repo, '.portarium-infra.yml'), 'fail-on: error\n');
    const r = await run(['check', '--changed-since', 'base', '--format', 'json']);
    expect(checked(r.stdout)).toEqual(['compose', 'terraform-fmt', 'kustomize', 'images', 'otel']);
  }, 120_000);

  it('says so when nothing is affected, and exits 0', async () => {
    resetTo('base');
    writeFileSync(path.join(repo, 'NOTES.md'), 'nothing to validate\n');
    const r = await run(['check', '--changed-since', 'base']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nothing to check: no target is affected by the 1 file(s) changed since base');
  }, 60_000);

  it('refuses a revision that does not exist, or looks like an option, with exit 2', async () => {
    resetTo('base');
    const missing = await run(['check', '--changed-since', 'no-such-ref']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--changed-since no-such-ref: not a commit in the git repository at /);
    const option = await run(['check', '--changed-since=--output=/tmp/x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('not a git revision');
  }, 60_000);
});
