import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { EXAMPLE } from '../helpers/paths.js';
import { runStep, runStepAsync } from '../helpers/runner.js';

const comment = (id: number, body: string) => ({
  id,
  node_id: `IC_${id}`,
  url: `https://api.github.com/repos/portarium/example/issues/comments/${id}`,
  html_url: `https://github.com/portarium/example/pull/7#issuecomment-${id}`,
  body,
  user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
  created_at: '2026-11-26T10:00:00Z',
  updated_at: '2026-11-26T10:00:00Z',
  author_association: 'NONE',
});

function prEvent(dir: string): string {
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) } }, repository: { full_name: 'portarium/example' } }));
  return file;
}

describe('root action modes used by ci-infra', () => {
  it('plan lists every target and one kustomize job for few overlays, one per overlay × version for many', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const few = runStep('check', { mode: 'plan' }, { workspace: ws });
    expect(few.status, few.stdout).toBe(0);
    const plan = JSON.parse(few.outputs['plan']!);
    expect(plan.compose.projects).toEqual([['docker-compose.yml'], ['docker-compose.yml', 'docker-compose.local.yml']]);
    expect(plan.terraform.files.length).toBeGreaterThan(0);
    expect(plan.kustomize.overlays).toEqual(['infra/kubernetes/overlays/dev', 'infra/kubernetes/overlays/prod', 'infra/kubernetes/overlays/staging']);
    expect(JSON.parse(few.outputs['kustomize-matrix']!).include).toHaveLength(1);
    expect(few.outputs['has-compose']).toBe('true');
    expect(plan.otel.configs).toEqual(['infra/otel/collector-config.yaml']);
    expect(few.outputs['has-otel']).toBe('true');

    const many = runStep('check', { mode: 'plan', 'kubernetes-versions': '1.35.0\n1.36.0\n1.37.0' }, { workspace: ws });
    const legs = JSON.parse(many.outputs['kustomize-matrix']!).include as Array<{ paths: string; versions: string }>;
    expect(legs).toHaveLength(9);
    expect(legs).toContainEqual(expect.objectContaining({ paths: 'infra/kubernetes/overlays/prod', versions: '1.36.0' }));
  });

  it('plan on a pull request narrows to what the merge commit changes against its base parent (HEAD^1), as ci-infra asks', () => {
    // The shape actions/checkout leaves on pull_request with fetch-depth: 2: a merge commit whose
    // first parent is the base branch, cloned shallow.
    const origin = mkdtempSync(path.join(tmpdir(), 'pia-origin-'));
    cpSync(EXAMPLE, origin, { recursive: true });
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'base');
    git(origin, 'checkout', '-q', '-b', 'feature');
    appendFileSync(path.join(origin, 'infra/kubernetes/overlays/prod/kustomization.yaml'), '\n# touched\n');
    appendFileSync(path.join(origin, 'infra/terraform/aws/outputs.tf'), '\n');
    git(origin, 'commit', '-q', '-am', 'change prod and one terraform file');
    git(origin, 'checkout', '-q', 'main');
    writeFileSync(path.join(origin, 'UNRELATED.md'), 'base moved on\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'base moves');
    git(origin, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    const ws = path.join(mkdtempSync(path.join(tmpdir(), 'pia-ws-')), 'repo');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin}`, ws], { stdio: 'pipe' });
    try {
      const r = runStep('check', { mode: 'plan', 'changed-since': 'HEAD^1' }, { workspace: ws });
      expect(r.status, r.stdout).toBe(0);
      const plan = JSON.parse(r.outputs['plan']!);
      expect(plan.kustomize.overlays).toEqual(['infra/kubernetes/overlays/prod']);
      expect(plan.terraform.files).toEqual(['infra/terraform/aws/outputs.tf']);
      expect(r.outputs['terraform-paths']).toBe('infra/terraform/aws/outputs.tf');
      expect(plan.compose.projects).toEqual([]);
      expect(r.outputs['has-compose']).toBe('false');
      // Neither change touches a collector configuration, the files beside it or a compose file.
      expect(plan.otel.configs).toEqual([]);
      expect(r.outputs['has-otel']).toBe('false');
      expect(r.stdout).toContain('2 file(s) changed since HEAD^1');

      const bad = runStep('check', { mode: 'plan', 'changed-since': 'HEAD~5' }, { workspace: ws });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/::error::.*--changed-since HEAD~5: not a commit/);
    } finally {
      rmSync(origin, { recursive: true, force: true });
      rmSync(path.dirname(ws), { recursive: true, force: true });
    }
  });

  it('report folds the jobs’ findings into one summary and upserts one pull request comment', async () => {
    const existing = comment(11, '<!-- portarium-infra:ci-infra -->\nold');
    const gh = await startFakeGitHub((req) => {
      if (req.method === 'GET' && req.path.startsWith('/repos/portarium/example/issues/7/comments')) return { status: 200, body: [comment(10, 'LGTM'), existing] };
      if (req.method === 'PATCH' && req.path === '/repos/portarium/example/issues/comments/11') return { status: 200, body: comment(11, String((req.body as { body: string }).body)) };
      return undefined;
    });
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
      const dir = path.join(ws, 'findings');
      mkdirSync(path.join(dir, 'ci-infra-findings-compose'), { recursive: true });
      mkdirSync(path.join(dir, 'ci-infra-findings-kustomize-0'), { recursive: true });
      const f = { check: 'compose', rule: 'compose/undefined-network', severity: 'error', file: 'docker-compose.yml', line: 7, column: 9, message: 'service "web" refers to undefined network back' };
      writeFileSync(path.join(dir, 'ci-infra-findings-compose', 'compose.json'), JSON.stringify({ findings: [f], checks: [{ name: 'compose', status: 'failed', stats: { files: 2 } }] }));
      writeFileSync(
        path.join(dir, 'ci-infra-findings-kustomize-0', 'k.json'),
        JSON.stringify({ findings: [], checks: [{ name: 'kustomize', status: 'passed', stats: { overlays: 3 } }] }),
      );
      const r = await runStepAsync(
        'check',
        { mode: 'report', 'findings-dir': dir, token: 'ghs_test' },
        { workspace: ws, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent(ws), GITHUB_API_URL: gh.url } },
      );
      expect(r.status, r.stdout).toBe(0);
      expect(r.outputs['errors']).toBe('1');
      expect(r.summary).toContain('| compose | ❌ failed | 1 | 0 | 0 |');
      expect(r.summary).toContain('| kustomize | ✅ passed | 0 | 0 | 0 |');
      const patch = gh.requests.find((q) => q.method === 'PATCH');
      expect(patch?.path).toBe('/repos/portarium/example/issues/comments/11');
      expect((patch!.body as { body: string }).body).toMatch(/^<!-- portarium-infra:ci-infra -->\n## ci-infra/);
      expect(gh.requests.filter((q) => q.method === 'POST')).toEqual([]);
      expect(gh.requests[0]!.authorization).toBe('token ghs_test');
    } finally {
      await gh.close();
    }
  });

  it('report without pull-requests: write (403) warns and still writes the summary', async () => {
    const gh = await startFakeGitHub((req) =>
      req.method === 'GET' ? { status: 200, body: [] } : { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' } },
    );
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
      mkdirSync(path.join(ws, 'findings'));
      writeFileSync(path.join(ws, 'findings', 'a.json'), JSON.stringify({ findings: [], checks: [{ name: 'compose', status: 'passed', stats: {} }] }));
      const r = await runStepAsync('check', { mode: 'report', 'findings-dir': 'findings', token: 'ghs_test' }, { workspace: ws, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent(ws), GITHUB_API_URL: gh.url } });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('::warning::no pull request comment: the token cannot write to pull requests (HTTP 403)');
      expect(r.summary).toContain('## ci-infra');
      expect(gh.requests.find((q) => q.method === 'POST')?.path).toBe('/repos/portarium/example/issues/7/comments');
    } finally {
      await gh.close();
    }
  });

  it('report of a named ci-infra call keeps its own comment: the other call’s comment is left alone', async () => {
    const other = comment(11, '<!-- portarium-infra:ci-infra -->\nthe default call');
    const gh = await startFakeGitHub((req) => {
      if (req.method === 'GET' && req.path.startsWith('/repos/portarium/example/issues/7/comments')) return { status: 200, body: [other] };
      if (req.method === 'POST' && req.path === '/repos/portarium/example/issues/7/comments') return { status: 201, body: comment(12, String((req.body as { body: string }).body)) };
      return undefined;
    });
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
      mkdirSync(path.join(ws, 'findings'));
      writeFileSync(path.join(ws, 'findings', 'a.json'), JSON.stringify({ findings: [], checks: [{ name: 'terraform-fmt', status: 'passed', stats: {} }] }));
      const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent(ws), GITHUB_API_URL: gh.url };
      const r = await runStepAsync('check', { mode: 'report', name: 'backend', 'findings-dir': 'findings', token: 'ghs_test' }, { workspace: ws, env });
      expect(r.status, r.stdout).toBe(0);
      expect(r.summary).toContain('## ci-infra (backend)');
      expect(gh.requests.filter((q) => q.method === 'PATCH')).toEqual([]);
      const post = gh.requests.find((q) => q.method === 'POST');
      expect((post!.body as { body: string }).body).toMatch(/^<!-- portarium-infra:ci-infra:backend -->\n## ci-infra \(backend\)/);

      // A name that could break out of the HTML marker is refused before any API call.
      const before = gh.requests.length;
      const bad = await runStepAsync('check', { mode: 'report', name: 'x --><img src=x>', 'findings-dir': 'findings', token: 'ghs_test' }, { workspace: ws, env });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain('::error::name must be 1-64 letters, digits, _ or -');
      expect(gh.requests.length).toBe(before);
    } finally {
      await gh.close();
    }
  });
});
