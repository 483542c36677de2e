import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { describeResult, renderText, type CheckResult } from '../../../src/report/index.js';

// The CLI as a newcomer meets it: per-command help, our own words for a wrong flag, summaries a person
// reads, and an empty directory that says it had nothing to check.
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'pia-cli-words-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(args: string[], cwd = temp(), home = process.env['HOME']) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd,
    env: { PATH: process.env['PATH'], HOME: home },
  });
  return { code, stdout, stderr };
}

describe('per-command help', () => {
  it.each([
    ['check', '--changed-since REF'],
    ['compose', '--env-file FILE'],
    ['terraform-fmt', '--write'],
    ['kustomize', '--kubernetes-version V'],
    ['images', '--push REGISTRY'],
  ])('%s --help prints its own usage and flags', async (command, flag) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Usage: portarium-infra ${command} [options] [PATH]`);
    expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('--format text|json|sarif|github');
    // Only its own flags: not another command's.
    if (command !== 'compose') expect(r.stdout).not.toContain('--env-file');
    expect(r.stdout).not.toContain('--overlay');
  });

  it.each(['plan', 'apply', 'rollback'])('deploy %s --help', async (mode) => {
    const r = await run(['deploy', mode, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Usage: portarium-infra deploy ${mode} [options]`);
    expect(r.stdout).toContain('--overlay PATH');
    expect(r.stdout).not.toContain('--env-file');
  });

  it('the global usage lists every command and points at per-command help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['check', 'compose', 'terraform-fmt', 'kustomize', 'images', 'deploy plan|apply|rollback']) expect(r.stdout).toContain(`  ${c} `);
    expect(r.stdout).toContain('Run "portarium-infra <command> --help"');
    expect(r.stdout).toContain('nothing to check in PATH');
  });
});

describe('wrong flags: our message, exit 2', () => {
  it.each([
    [['compose', '--bogus'], 'portarium-infra: unknown flag --bogus for compose; see portarium-infra compose --help\n'],
    [['deploy', 'plan', '--nope'], 'portarium-infra: unknown flag --nope for deploy plan; see portarium-infra deploy plan --help\n'],
    [['check', '-x'], 'portarium-infra: unknown flag -x for check; see portarium-infra check --help\n'],
    [['terraform-fmt', '--format'], 'portarium-infra: flag --format of terraform-fmt needs a value; see portarium-infra terraform-fmt --help\n'],
    [['compose', '--no-color=yes'], 'portarium-infra: flag --no-color of compose takes no value; see portarium-infra compose --help\n'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message);
  });

  it('deploy without a kubeconfig names the CLI flag, not the action input', async () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'dev'));
    writeFileSync(path.join(dir, 'dev', 'kustomization.yaml'), 'resources: []\n');
    // HOME has no ~/.kube/config and KUBECONFIG is unset.
    const r = await run(['deploy', 'plan', '--overlay', 'dev', '--environment', 'dev'], dir, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pass --kubeconfig');
    expect(r.stderr).not.toContain('input');
  });
});

describe('an empty directory', () => {
  it('check: every check says it found nothing, then "nothing to check in PATH", exit 0', async () => {
    const dir = temp();
    const r = await run(['check', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '○ compose: no compose files found',
        '○ terraform-fmt: no Terraform files found',
        '○ kustomize: no kustomizations found',
        '○ images: no images or Dockerfiles found',
        '○ otel: no OpenTelemetry Collector configurations found',
        'nothing to check in .: compose, terraform-fmt, kustomize, images and otel found nothing to look at',
        '',
      ].join('\n'),
    );
  });

  it('one command: the same line; JSON keeps its contract and the line goes to stderr', async () => {
    const dir = temp();
    const text = await run(['compose', dir]);
    expect(text.stdout).toBe(`○ compose: no compose files found\nnothing to check in ${dir}: compose found nothing to look at\n`);
    const json = await run(['terraform-fmt', '--format', 'json', dir]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).checks[0].stats.files).toBe(0);
    expect(json.stderr).toContain('nothing to check in');
  });
});

describe('summaries in words', () => {
  const result = (check: string, stats: Record<string, number>, severities: Array<'error' | 'warning' | 'notice'> = []): CheckResult => ({
    check,
    stats,
    artifacts: {},
    findings: severities.map((severity, i) => ({ check, rule: `${check}/x`, severity, file: 'f', line: i + 1, column: 1, message: `m${i}` })),
  });
  const words = (r: CheckResult) => describeResult(r).text;

  it('terraform fmt: files checked, what needs doing, plurals right', () => {
    expect(words(result('terraform-fmt', { files: 7, formatted: 7, changed: 0, syntaxErrors: 0, skipped: 0, engineErrors: 0, written: 0, writeFailed: 0, workers: 2, durationMs: 34 }))).toBe(
      '7 files checked, all formatted',
    );
    expect(words(result('terraform-fmt', { files: 7, formatted: 4, changed: 2, syntaxErrors: 1 }))).toBe('7 files checked, 2 need formatting, 1 syntax error');
    expect(words(result('terraform-fmt', { files: 1, changed: 1 }))).toBe('1 file checked, 1 needs formatting');
    expect(words(result('terraform-fmt', { files: 3, changed: 2, written: 2 }))).toBe('3 files checked, 2 reformatted');
    expect(words(result('terraform-fmt', { files: 0 }))).toBe('no Terraform files found');
  });

  it('compose, kustomize, images', () => {
    expect(words(result('compose', { files: 1, services: 1, projects: 1 }))).toBe('1 project, 1 service');
    expect(words(result('compose', { files: 3, services: 10, projects: 2 }))).toBe('2 projects from 3 files, 10 services');
    expect(words(result('kustomize', { kustomizations: 4, overlays: 3, resources: 39, valid: 39, invalid: 0, errors: 0, skipped: 0 }))).toBe('3 overlays, 39 resources validated, all valid');
    expect(words(result('kustomize', { kustomizations: 2, overlays: 1, resources: 5, valid: 3, invalid: 1, errors: 0, skipped: 1 }))).toBe(
      '1 overlay, 5 resources validated, 1 invalid, 1 skipped',
    );
    expect(words(result('images', { images: 1, dockerfiles: 1, lines: 20 }))).toBe('1 image, 1 Dockerfile linted');
  });

  it('the text line: a mark, the words, then the findings counted by severity (only those there are)', () => {
    const text = renderText(
      [
        result('compose', { files: 1, services: 2, projects: 1 }, ['error', 'warning', 'warning']),
        result('kustomize', { kustomizations: 3, overlays: 3, resources: 0, valid: 0, invalid: 0, errors: 0, skipped: 0 }, ['error', 'error', 'error']),
        result('terraform-fmt', { files: 2, changed: 0 }),
      ],
      { color: false, failOn: 'error' },
    );
    expect(text.split('\n').slice(-4)).toEqual([
      '✖ compose: 1 project, 2 services; 1 error, 2 warnings',
      '✖ kustomize: 3 overlays, 0 resources validated; 3 errors',
      '✔ terraform-fmt: 2 files checked, all formatted',
      '',
    ]);
  });

  it('each finding is printed once', () => {
    const r = result('compose', { files: 1, services: 1, projects: 1 }, ['error']);
    const twice: CheckResult = { ...r, findings: [...r.findings, { ...r.findings[0]! }] };
    const text = renderText([twice], { color: false, failOn: 'error' });
    expect(text.match(/m0/g)).toHaveLength(1);
  });
});
