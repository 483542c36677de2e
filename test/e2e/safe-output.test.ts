/* eslint-disable no-control-regex -- these tests look for control characters */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { node24 } from '../helpers/tools.js';
import { parseAnnotations, runCli, runStep, runStepAsync } from '../helpers/runner.js';
import { workflowCommands } from '../helpers/workflow-commands.js';

// What a crafted pull request puts into names and contents; the runner reads every stdout and
// stderr line of the step as a possible workflow command.
const HOSTILE_TEXT = '\x1b[2J\x1b[31m ::add-mask::leak \u202eevil\u202c \x9b31m ##[add-mask]legacy';
const HOSTILE_NAMES = [
  '::error::forged',
  '\x1b[31mred',
  'cr\r::add-mask::x',
  'lf\n::stop-commands::abc',
  '##[add-mask]legacy',
  '\u202ebidi',
  '  ::warning::indented',
  '\u00a0::notice::nbsp',
];
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const OURS = new Set(['error', 'warning', 'notice']);

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-safe-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, name), text);
  return ws;
}

/** Twelve unformatted .tf files with hostile names and comments: 12 findings, 10 annotated, 2 as plain lines. */
function hostileTerraform(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    const name = `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]}${i}.tf`;
    // A heredoc carries lines that begin with `::` into the diff's context lines (" ::error::…").
    files[name] = `# ${HOSTILE_TEXT}\nlocals {\n  a${i}="x" # ${HOSTILE_TEXT}\n  h = <<EOT\n::error::forged\n::stop-commands::abc\n  ::add-mask::x\nEOT\n}\n`;
  }
  return files;
}

function expectOnlyOurCommands(output: string, annotations: number): void {
  const cmds = workflowCommands(output);
  expect(cmds.filter((c) => !OURS.has(c.name)).map((c) => c.line)).toEqual([]);
  expect(cmds).toHaveLength(annotations);
}

describe('checked content cannot steer the step log (bundles on Node 24)', () => {
  it('terraform-fmt: only our own annotations are commands; summary and log hold no raw control character', () => {
    const ws = workspace(hostileTerraform());
    const r = runStep('terraform-fmt', { mode: 'check' }, { workspace: ws });
    expect(r.status).toBe(1);
    const annotations = parseAnnotations(r.stdout);
    expect(annotations).toHaveLength(10);
    expect(annotations.every((a) => a.props['title'] === 'terraform/not-formatted')).toBe(true);
    // The ten annotations and the step's failure message.
    expectOnlyOurCommands(r.stdout, 11);
    expectOnlyOurCommands(r.stderr, 0);
    expect(r.stdout).toMatch(/2 more finding\(s\) without annotation/);
    expect(RAW_CONTROL.test(r.stdout.replace(/\n/g, ''))).toBe(false);
    // The summary quotes the diff, hostile comments included, inside a fence they cannot close.
    expect(r.summary).toContain('::add-mask::leak');
    expect(RAW_CONTROL.test(r.summary.replace(/\n/g, ''))).toBe(false);
    expect(r.summary).toContain('\\x1b[2J');
    expect(r.summary).toContain('\n ::stop-commands::abc\n');
  });

  it('compose-validate: values and keys quoted in findings start no command', () => {
    const compose = [
      'services:',
      '  web:',
      '    image: nginx:1.27.2',
      '    depends_on: ["::add-mask::x", "\\r::error::y", "\\e[31m##[add-mask]z", "\\u202eq"]',
      '    networks: ["::stop-commands::abc", "\\n::warning::w"]',
      '',
    ].join('\n');
    const ws = workspace({ 'compose.yaml': compose });
    const r = runStep('compose-validate', {}, { workspace: ws });
    expect(r.status).toBe(1);
    const annotations = parseAnnotations(r.stdout);
    expect(annotations.length).toBeGreaterThanOrEqual(6);
    expectOnlyOurCommands(r.stdout, annotations.length + 1);
    expectOnlyOurCommands(r.stderr, 0);
    expect(RAW_CONTROL.test(r.stdout.replace(/\n/g, ''))).toBe(false);
    expect(RAW_CONTROL.test(r.summary.replace(/\n/g, ''))).toBe(false);
    // The messages still say what was wrong, readably.
    expect(annotations.map((a) => a.message).join('\n')).toContain('::add-mask::x');
  });
});

describe("@actions/core's own commands (what annotation, warning and failure messages rely on)", () => {
  it('a message containing "\\n::add-mask::x" stays the data of one command', () => {
    const script = [
      "import * as core from '@actions/core';",
      'const m = "finding\\n::add-mask::x\\r::error::y\\r\\n::stop-commands::t %0A::warning::z";',
      'core.warning(m); core.error(m); core.notice(m); core.setFailed(m); core.startGroup(m); core.endGroup();',
    ].join('\n');
    const r = spawnSync(node24(), ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(workflowCommands(r.stdout).map((c) => c.name)).toEqual(['warning', 'error', 'notice', 'error', 'group', 'endgroup']);
    // The %0A written by the content is itself escaped (%250A): the runner shows it as typed.
    expect(r.stdout).toContain('%250A::warning::z');
  });
});

describe('the root action (infra check), every check in one step', () => {
  it('hostile file names and values reach the log only as our annotations and escaped lines', () => {
    const ws = workspace({ ...hostileTerraform(), 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.2\n    networks: ["::add-mask::n", "\\e[2J##[add-mask]m"]\n' });
    const r = runStep('check', {}, { workspace: ws });
    expect(r.status).toBe(1);
    const annotations = parseAnnotations(r.stdout);
    expect(annotations).toHaveLength(10);
    expectOnlyOurCommands(r.stdout, 11);
    expectOnlyOurCommands(r.stderr, 0);
    expect(RAW_CONTROL.test(r.stdout.replace(/\n/g, ''))).toBe(false);
    expect(RAW_CONTROL.test(r.summary.replace(/\n/g, ''))).toBe(false);
  });
});

describe('the pull request comment and summary of ci-infra (report mode, findings files from the jobs)', () => {
  it('hostile findings cannot add HTML, images, mentions or rows, nor name a workflow command', async () => {
    const gh = await startFakeGitHub((req) => {
      if (req.method === 'GET') return { status: 200, body: [] };
      if (req.method === 'POST') return { status: 201, body: { id: 1, body: String((req.body as { body: string }).body) } };
      return undefined;
    });
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-safe-'));
      mkdirSync(path.join(ws, 'findings'));
      const evil = `${HOSTILE_TEXT} | <img src=https://e.example/x.png> </details> ![i](https://e.example/p.png) @octocat \`\`\` <script>x</script>\n| forged | row |`;
      const findings = HOSTILE_NAMES.map((name, i) => ({ check: 'compose', rule: `compose/x|${name}`, severity: i === 0 ? 'add-mask' : 'error', file: `${name}\`|.yml`, line: i + 1, column: 1, message: evil }));
      writeFileSync(path.join(ws, 'findings', 'c.json'), JSON.stringify({ findings, checks: [{ name: 'compose', status: 'failed', stats: {} }] }));
      const event = path.join(ws, 'event.json');
      writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 }, repository: { full_name: 'portarium/example' } }));
      const r = await runStepAsync('check', { mode: 'report', 'findings-dir': 'findings', token: 'ghs_test' }, { workspace: ws, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url } });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const body = (gh.requests.find((q) => q.method === 'POST')!.body as { body: string }).body;
      for (const md of [body, r.summary]) {
        expect(RAW_CONTROL.test(md.replace(/\n/g, ''))).toBe(false);
        expect(md).not.toMatch(/<img|<\/details>|<script|@octocat/);
        expect(md).not.toMatch(/(^|[^\\])!\[/);
        const rows = md.split('\n').filter((l) => l.startsWith('|') && l.includes('compose/x'));
        expect(rows).toHaveLength(HOSTILE_NAMES.length);
        expect(md.split('\n').some((l) => l.startsWith('| forged'))).toBe(false);
      }
      expectOnlyOurCommands(r.stdout, 0);
      expectOnlyOurCommands(r.stderr, 0);
    } finally {
      await gh.close();
    }
  });
});

describe('the pull request comment marker', () => {
  const user = (login: string, type: 'User' | 'Bot') => ({ login, id: login.length, type });
  const comment = (id: number, body: string, author: ReturnType<typeof user>) => ({ id, body, user: author, html_url: `https://github.com/portarium/example/pull/7#issuecomment-${id}` });

  async function report(existing: object[], patchStatus: (id: number) => number) {
    const gh = await startFakeGitHub((req) => {
      if (req.method === 'GET') return { status: 200, body: existing };
      if (req.method === 'PATCH') {
        const id = Number(req.path.split('/').pop());
        const status = patchStatus(id);
        return status === 200 ? { status, body: comment(id, 'x', user('github-actions[bot]', 'Bot')) } : { status, body: { message: 'Resource not accessible by integration' } };
      }
      if (req.method === 'POST') return { status: 201, body: comment(99, 'x', user('github-actions[bot]', 'Bot')) };
      return undefined;
    });
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-safe-'));
      mkdirSync(path.join(ws, 'findings'));
      writeFileSync(path.join(ws, 'findings', 'a.json'), JSON.stringify({ findings: [], checks: [{ name: 'compose', status: 'passed', stats: {} }] }));
      const event = path.join(ws, 'event.json');
      writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 }, repository: { full_name: 'portarium/example' } }));
      const r = await runStepAsync('check', { mode: 'report', 'findings-dir': 'findings', token: 'ghs_test' }, { workspace: ws, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url } });
      return { r, writes: gh.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`) };
    } finally {
      await gh.close();
    }
  }
  const marker = '<!-- portarium-infra:ci-infra -->';

  it("edits the bot's comment, not a stranger's that copies the marker", async () => {
    const { r, writes } = await report([comment(5, `${marker}\nfake report`, user('mallory', 'User')), comment(6, `${marker}\nold`, user('github-actions[bot]', 'Bot'))], () => 200);
    expect(r.status).toBe(0);
    expect(writes).toEqual(['PATCH /repos/portarium/example/issues/comments/6']);
  });

  it("a stranger's marked comment the token may not edit does not suppress the report: a new comment", async () => {
    const { r, writes } = await report([comment(5, `${marker}\nfake report`, user('mallory', 'User'))], (id) => (id === 5 ? 403 : 200));
    expect(r.status).toBe(0);
    expect(writes).toEqual(['PATCH /repos/portarium/example/issues/comments/5', 'POST /repos/portarium/example/issues/7/comments']);
    expect(r.stdout).toContain('pull request comment: created');
  });
});

describe('CLI output of hostile content', () => {
  it('text and --diff: no workflow command, no control character', () => {
    const dir = workspace(hostileTerraform());
    for (const args of [['terraform-fmt', dir], ['terraform-fmt', '--diff', dir]]) {
      const r = runCli(args, { cwd: dir });
      expect(r.status).toBe(1);
      expectOnlyOurCommands(r.stdout, 0);
      expectOnlyOurCommands(r.stderr, 0);
      expect(RAW_CONTROL.test(r.stdout.replace(/\n/g, ''))).toBe(false);
    }
  });

  it('--format json: the legacy ##[ syntax is inert, the JSON means the same', () => {
    const dir = workspace({ '##[add-mask]x.tf': 'a=1\n' });
    const r = runCli(['terraform-fmt', '--format', 'json', dir], { cwd: dir });
    expectOnlyOurCommands(r.stdout, 0);
    const out = JSON.parse(r.stdout) as { findings: Array<{ file: string }> };
    expect(out.findings[0]!.file).toBe('##[add-mask]x.tf');
  });

  it('--format github: the only commands are the annotations', () => {
    const dir = workspace(hostileTerraform());
    const r = runCli(['terraform-fmt', '--format', 'github', dir], { cwd: dir });
    expectOnlyOurCommands(r.stdout, 10);
  });
});
