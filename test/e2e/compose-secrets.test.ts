/**
 * A hostile pull request against compose interpolation and file reads, run as the runner runs the
 * bundled actions: the runner's credentials sit in the process environment, and the compose file
 * names them, reads /proc/self/environ and a committed symlink to /etc/passwd. None of it may reach
 * any output; a secret the caller passes in is replaced by *** everywhere but the log's mask command.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { parseAnnotations, runCli, runStep, runStepAsync, type StepResult } from '../helpers/runner.js';

const SENTINELS = {
  INPUT_TOKEN: 'sentinel-input-token-6f1c2a',
  ACTIONS_RUNTIME_TOKEN: 'sentinel-runtime-token-9b3e77',
  GITHUB_TOKEN: 'sentinel-github-token-41d0c5',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'sentinel-oidc-token-c7a8e2',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://sentinel-oidc-url.example/7d1f',
  RUNNER_TRACKING_ID: 'sentinel-runner-tracking-0a9b',
};
const SECRET = 'hunter2-caller-secret-5e6f';
const PASSWD_LINE = /^root:[^:\n]*:0:0:/m;

/** The attacker's project: every line reaches for something the action must not give. */
function hostileWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-hostile-'));
  mkdirSync(path.join(ws, 'infra'));
  symlinkSync('/etc/passwd', path.join(ws, 'infra', 'passwd.env'));
  writeFileSync(
    path.join(ws, 'compose.yaml'),
    [
      'services:',
      '  web:',
      '    image: "nginx:${INPUT_TOKEN}"', // 3
      '    ports: ["${ACTIONS_RUNTIME_TOKEN}"]', // 4
      '    env_file: /proc/self/environ', // 5
      '    environment:',
      '      GH: "${GITHUB_TOKEN:-unset}"',
      '      OIDC: "${ACTIONS_ID_TOKEN_REQUEST_TOKEN:-unset}${ACTIONS_ID_TOKEN_REQUEST_URL:-}${RUNNER_TRACKING_ID:-}"',
      '      HOME_FROM_ENV:', // 9: `environment: [VAR]` takes the value from the environment
      '      DB_PASSWORD: "${DB_PASSWORD}"',
      '  db:',
      '    image: postgres:16.4',
      '    env_file: infra/passwd.env', // 13
      '    ports: ["${DB_PASSWORD}"]', // 14: a finding that quotes the secret
      '  cfg:',
      '    image: busybox:1.37.0',
      '    configs: [from_env]',
      '    secrets: [from_env]',
      'configs:', // compose fills these from the environment
      '  from_env:',
      '    environment: ACTIONS_RUNTIME_TOKEN',
      'secrets:',
      '  from_env:',
      '    environment: GITHUB_TOKEN',
      '',
    ].join('\n'),
  );
  return ws;
}

/** Every file below `dir`, as text. */
function filesUnder(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push([p, readFileSync(p, 'utf8')]);
  }
  return out;
}

/** Each output channel of a step: log (mask commands aside), summary, outputs, and every file it wrote. */
function channels(r: StepResult, extra: string[] = []): Array<[string, string]> {
  const log = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [
    ['stdout', log],
    ['stderr', r.stderr],
    ['summary', r.summary],
    ['outputs', JSON.stringify(r.outputs)],
    ...filesUnder(r.runnerTemp),
    ...extra.map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ];
}

function expectNothingLeaked(all: Array<[string, string]>): void {
  for (const [where, text] of all) {
    for (const [name, value] of Object.entries(SENTINELS)) expect(text, `${name} in ${where}`).not.toContain(value);
    expect(text, `caller secret in ${where}`).not.toContain(SECRET);
    expect(text, `/etc/passwd in ${where}`).not.toMatch(PASSWD_LINE);
  }
}

const inputs = { variables: 'HOME_FROM_ENV=plain-value\n', 'secret-variables': `DB_PASSWORD=${SECRET}\n`, 'sarif-file': 'out/results.sarif' };

describe('compose-validate on a hostile pull request (dist on Node 24)', () => {
  it('sees none of the runner environment, reads nothing outside the workspace and redacts the caller secret everywhere', () => {
    const ws = hostileWorkspace();
    const r = runStep('compose-validate', inputs, { workspace: ws, env: SENTINELS });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const sarif = path.join(ws, 'out', 'results.sarif');
    const merged = r.outputs['merged-config']!.split('\n').filter(Boolean);
    expect(merged.length).toBe(1);
    expectNothingLeaked(channels(r, [sarif, ...merged]));
    // The mask command is the one place the value may appear: the runner consumes it.
    expect(r.stdout).toContain(`::add-mask::${SECRET}\n`);

    const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error');
    const at = (rule: string) => errors.filter((a) => a.props['title'] === rule).map((a) => `${a.props['file']}:${a.props['line']}`);
    expect(at('compose/path-outside-workspace').sort()).toEqual(['compose.yaml:13', 'compose.yaml:5']);
    // The secret's finding is still reported, with the value replaced.
    const port = errors.find((a) => a.props['line'] === '14');
    expect(port?.message).toContain('***');

    // Runner variables are unset, as a variable missing from docker compose's environment is.
    const model = JSON.parse(readFileSync(merged[0]!, 'utf8'));
    expect(model.services.web.image).toBe('nginx:');
    expect(model.services.web.environment).toEqual({ GH: 'unset', OIDC: 'unset', HOME_FROM_ENV: 'plain-value', DB_PASSWORD: '***' });
    const warned = parseAnnotations(r.stdout).filter((a) => a.props['title'] === 'compose/unset-variable').map((a) => a.message);
    expect(warned.join('\n')).toContain('"INPUT_TOKEN" variable is not set');

    const findings = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8'));
    expect(findings.findings.some((f: { message: string }) => f.message.includes('***'))).toBe(true);
    expect(readFileSync(sarif, 'utf8')).toContain('***');
  });

  it('a malformed secret-variables line fails the step without echoing it', () => {
    const ws = hostileWorkspace();
    const r = runStep('compose-validate', { 'secret-variables': `not a pair ${SECRET}` }, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('secret-variables: line 1 is not NAME=value');
    expect(r.stdout + r.stderr + r.summary).not.toContain(SECRET);
  });

  it('the CLI keeps docker compose behaviour: the shell environment is interpolated', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-cli-env-'));
    writeFileSync(path.join(ws, 'compose.yaml'), 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}\n');
    expect(runCli(['compose', '--format', 'json', '.'], { cwd: ws }).status).toBe(1);
    const ok = runCli(['compose', '--format', 'json', '.'], { cwd: ws, env: { DB_PASSWORD: 'from-the-shell' } });
    expect(ok.status, ok.stdout).toBe(0);
  });

  it('the CLI refuses special files too: /proc/self/environ and a FIFO as env_file, without hanging or printing the environment', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-cli-special-'));
    execFileSync('mkfifo', [path.join(ws, 'pipe.env')]);
    writeFileSync(path.join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    env_file: [/proc/self/environ, pipe.env]\n');
    const r = runCli(['compose', '--format', 'json', '.'], { cwd: ws, env: SENTINELS });
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; line: number; message: string }>;
    expect(findings.filter((f) => f.rule === 'compose/unreadable-file').map((f) => f.line)).toEqual([4, 4]);
    for (const v of Object.values(SENTINELS)) expect(r.stdout + r.stderr).not.toContain(v);
  });
});

describe('root action "infra check" on a hostile pull request (dist on Node 24)', () => {
  it('check mode: the same isolation and redaction', () => {
    const ws = hostileWorkspace();
    const r = runStep('check', inputs, { workspace: ws, env: SENTINELS });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expectNothingLeaked(channels(r, [path.join(ws, 'out', 'results.sarif')]));
    const outside = parseAnnotations(r.stdout).filter((a) => a.props['title'] === 'compose/path-outside-workspace');
    expect(outside.map((a) => a.props['line']).sort()).toEqual(['13', '5']);
    // markdown shows checked text with its punctuation escaped: \*\*\* renders as ***
    expect(r.summary).toContain('\\*\\*\\*');
  });

  it('report mode: a findings file that still holds the secret is redacted in the summary and the PR comment', async () => {
    const gh = await startFakeGitHub((req) => {
      if (req.method === 'GET') return { status: 200, body: [] };
      if (req.method === 'POST') return { status: 201, body: { id: 1, body: (req.body as { body: string }).body } };
      return undefined;
    });
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
      mkdirSync(path.join(ws, 'findings'));
      const f = { check: 'compose', rule: 'compose/invalid-port', severity: 'error', file: 'compose.yaml', line: 14, column: 12, message: `invalid port "${SECRET}"` };
      writeFileSync(path.join(ws, 'findings', 'compose.json'), JSON.stringify({ findings: [f], checks: [{ name: 'compose', status: 'failed', stats: { files: 1 } }] }));
      const event = path.join(ws, 'event.json');
      writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 }, repository: { full_name: 'portarium/example' } }));
      const r = await runStepAsync(
        'check',
        { mode: 'report', 'findings-dir': 'findings', token: 'ghs_test', 'secret-variables': `DB_PASSWORD=${SECRET}` },
        { workspace: ws, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url } },
      );
      expect(r.status, r.stdout).toBe(0);
      const post = gh.requests.find((q) => q.method === 'POST');
      const body = (post!.body as { body: string }).body;
      // markdown shows checked text with its punctuation escaped: \*\*\* renders as ***
      expect(body).toContain('invalid port "\\*\\*\\*"');
      expect(body).not.toContain(SECRET);
      expect(r.summary).toContain('invalid port "\\*\\*\\*"');
      expect(r.summary).not.toContain(SECRET);
    } finally {
      await gh.close();
    }
  });
});

describe('build-images plan on a hostile pull request (dist on Node 24)', () => {
  it('a context outside the workspace is a finding at its entry and never reaches the build matrix', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-hostile-images-'));
    mkdirSync(path.join(ws, 'app'));
    writeFileSync(path.join(ws, 'app', 'Dockerfile'), 'FROM busybox:1.37.0\nUSER 1\n');
    mkdirSync(path.join(ws, 'link'));
    symlinkSync('/etc/passwd', path.join(ws, 'link', 'Dockerfile'));
    writeFileSync(
      path.join(ws, '.portarium-infra.yml'),
      ['images:', '  registry: ghcr.io/example', '  images:', '    - name: up', '      context: ../..', '    - name: passwd', '      context: link', '    - name: app', '      context: app', ''].join('\n'),
    );
    const r = runStep('build-images', { 'plan-only': 'true' }, { workspace: ws, env: SENTINELS });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(JSON.parse(r.outputs['matrix']!).include.map((e: { name: string }) => e.name)).toEqual(['app']);
    const outside = parseAnnotations(r.stdout).filter((a) => a.props['title'] === 'images/context-outside-workspace');
    expect(outside.map((a) => `${a.props['file']}:${a.props['line']}`)).toEqual(['.portarium-infra.yml:4', '.portarium-infra.yml:6']);
    expectNothingLeaked(channels(r));
  });
});
