// actions/k8s-deploy as the runner runs it: the committed bundle on Node 24, main then post, against
// a real kube-apiserver (scripts/k8s-test-server.sh) and a loopback GitHub REST API that answers with
// the documented Deployments and Environments payloads.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../helpers/apiserver.js';
import { startFakeGitHub, type Recorded } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runStep, runStepAsync, type StepResult } from '../helpers/runner.js';
import { WorkloadController } from '../integration/deploy/workload-controller.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'deploy', 'app');
const REPO = '127.0.0.1:5000/portarium/web';
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const NS = 'e2e-action';
const NS_FAIL = 'e2e-action-fail';
const C = `sha256:${'c'.repeat(64)}`;

/** A workspace holding overlays of the fixture app: deploy/dev in NS, deploy/broken in NS_FAIL. */
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-deploy-ws-'));
  // The app inside the workspace: the render refuses paths outside the repository.
  cpSync(FIXTURE, path.join(ws, 'app'), { recursive: true });
  for (const [name, ns] of [['dev', NS], ['broken', NS_FAIL]] as const) {
    const dir = path.join(ws, 'deploy', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'namespace.yaml'), `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`);
    writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - namespace.yaml\n  - ../../app\n`);
  }
  return ws;
}

/** Deployments + Environments endpoints with GitHub's payload shapes; every request is recorded. */
function githubRoutes(environments: Record<string, unknown>) {
  const deployments: Array<Record<string, unknown>> = [];
  const statuses = new Map<number, Array<Record<string, unknown>>>();
  let next = 500;
  const repoUrl = 'https://api.github.com/repos/octo/app';
  const creator = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false };
  const route = (r: Recorded): { status: number; body?: unknown } | undefined => {
    if (r.authorization !== 'token ghs_e2e') return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    const url = new URL(r.path, 'http://x');
    const body = (r.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/octo\/app\/environments\/([^/]+)$/.exec(url.pathname)) && r.method === 'GET') {
      const env = environments[decodeURIComponent(m[1]!)];
      return env ? { status: 200, body: env } : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment', status: '404' } };
    }
    if (url.pathname === '/repos/octo/app/deployments' && r.method === 'POST') {
      const id = next++;
      const now = new Date().toISOString();
      const d = { url: `${repoUrl}/deployments/${id}`, id, node_id: `DE_${id}`, sha: '0123456789abcdef0123456789abcdef01234567', ref: body['ref'], task: body['task'] ?? 'deploy', payload: body['payload'] ?? {}, original_environment: body['environment'], environment: body['environment'], description: body['description'] ?? null, creator, created_at: now, updated_at: now, statuses_url: `${repoUrl}/deployments/${id}/statuses`, repository_url: repoUrl, transient_environment: false, production_environment: body['production_environment'] ?? false };
      deployments.unshift(d);
      statuses.set(id, []);
      return { status: 201, body: d };
    }
    if (url.pathname === '/repos/octo/app/deployments' && r.method === 'GET') {
      const env = url.searchParams.get('environment');
      return { status: 200, body: deployments.filter((d) => !env || d['environment'] === env) };
    }
    if ((m = /^\/repos\/octo\/app\/deployments\/(\d+)\/statuses$/.exec(url.pathname))) {
      const id = Number(m[1]);
      const list = statuses.get(id);
      if (!list) return { status: 404, body: { message: 'Not Found' } };
      if (r.method === 'GET') return { status: 200, body: list.slice(0, Number(url.searchParams.get('per_page') ?? 30)) };
      const sid = next++;
      const now = new Date().toISOString();
      const st = { url: `${repoUrl}/deployments/${id}/statuses/${sid}`, id: sid, node_id: `DES_${sid}`, state: body['state'], creator, description: body['description'] ?? '', environment: body['environment'], target_url: body['log_url'] ?? '', created_at: now, updated_at: now, deployment_url: `${repoUrl}/deployments/${id}`, repository_url: repoUrl, environment_url: body['environment_url'] ?? '', log_url: body['log_url'] ?? '' };
      list.unshift(st);
      return { status: 201, body: st };
    }
    return undefined;
  };
  return { route, deployments, statuses };
}

/** Secret-looking values of a kubeconfig, to prove none of them reached the log. */
function credentialValues(kubeconfigText: string): string[] {
  const values = [...kubeconfigText.matchAll(/(client-key-data|client-certificate-data|token): (\S+)/g)].map((m) => m[2]!);
  const pemLines = values.flatMap((v) => Buffer.from(v, 'base64').toString('utf8').split('\n')).filter((l) => l.length >= 16 && !l.startsWith('-----'));
  return [...values, ...pemLines];
}

/** The log without the runner's own `::add-mask::` commands (they are how the secrets get masked). */
function visibleLog(r: StepResult): string {
  return (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
}

function post(main: StepResult, ws: string): StepResult {
  const env: Record<string, string> = { STATE_isPost: 'true', RUNNER_TEMP: main.runnerTemp };
  for (const [k, v] of Object.entries(main.state)) env[`STATE_${k}`] = v;
  return runStep('k8s-deploy', {}, { workspace: ws, env });
}

const available = apiServerAvailable();
const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'k8s-deploy', 'index.js'));

describe.skipIf(!available || !bundle)('actions/k8s-deploy as the runner runs it (dist on Node 24, real kube-apiserver)', () => {
  let s: TestApiServer;
  let kubeconfigText: string;
  let ctl: WorkloadController;
  let ctlFail: WorkloadController;
  let gh: Awaited<ReturnType<typeof startFakeGitHub>>;
  const routes = githubRoutes({});
  const ws = workspace();
  const recorderLog = path.join(ws, 'kubectl-calls.log');
  const recorder = path.join(ws, 'kubectl-recorder.sh');

  beforeAll(async () => {
    s = await startApiServer();
    kubeconfigText = readFileSync(s.kubeconfig, 'utf8');
    ctl = new WorkloadController(kubectlAs(s), NS).start();
    // In NS_FAIL pods of digest C never become ready: a rollout that times out.
    ctlFail = new WorkloadController(kubectlAs(s), NS_FAIL, { healthy: (image) => !image.endsWith(C) }).start();
    gh = await startFakeGitHub(routes.route);
    // A kubectl that only records that it was called: a refused deploy must never start one.
    writeFileSync(recorder, `#!/bin/sh\necho "$@" >> '${recorderLog}'\nexit 1\n`);
    chmodSync(recorder, 0o755);
  }, 180_000);
  afterAll(async () => {
    await ctl?.stop();
    await ctlFail?.stop();
    await gh?.close();
    await s?.stop();
  });

  const env = (extra: Record<string, string> = {}) => ({
    PORTARIUM_KUBECTL: s.kubectl,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    ...extra,
  });
  const inputs = (extra: Record<string, string> = {}) => ({
    environment: 'dev',
    overlay: 'deploy/dev',
    release: 'web',
    kubeconfig: kubeconfigText,
    token: 'ghs_e2e',
    timeout: '60s',
    ...extra,
  });

  it('plan: plan-file and diff-file outputs, the reviewable plan as the job summary, cluster unchanged; post removes the kubeconfig', async () => {
    const r = runStep('k8s-deploy', inputs({ mode: 'plan', images: `${REPO}@${A}` }), { workspace: ws, env: env() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['status']).toBe('planned');
    expect(r.outputs['revision']).toBe('1');
    const planDoc = JSON.parse(readFileSync(r.outputs['plan-file']!, 'utf8')) as { environment: string; namespace: string; server: string; images: Array<{ digest: string }> };
    expect(planDoc).toMatchObject({ environment: 'dev', namespace: NS, server: s.server });
    expect(planDoc.images.map((i) => i.digest)).toEqual([A]);
    expect(readFileSync(r.outputs['diff-file']!, 'utf8')).toContain(`+        image: ${REPO}@${A}`);
    expect(JSON.parse(r.outputs['changes']!).created).toEqual([`namespace/${NS}`, `${NS}/configmap/web-settings`, `${NS}/service/web`, `${NS}/deployment.apps/web`]);
    expect(r.summary).toContain('### Deploy plan: `dev` — plan ready for review');
    expect(r.summary).toContain('4 to create, 0 to change, 0 to prune');
    expect(r.summary).toContain(`\`${A}\``);
    expect(r.summary).toContain('```diff');
    expect(r.outputs['server']).toBe(s.server);
    // a plan changes nothing: the namespace it would create does not exist
    expect(await kubectlAs(s)(['get', 'namespace', NS, '-o', 'name', '--ignore-not-found'])).toBe('');
    expect(r.stdout).toContain(`cluster: ${s.server} (context ${s.context})`);
    // every credential was masked before use, and none reached the log
    for (const v of credentialValues(kubeconfigText)) {
      expect(r.stdout).toContain(`::add-mask::${v}`);
      expect(visibleLog(r)).not.toContain(v);
    }
    const file = r.state['kubeconfig-file']!;
    expect(file.startsWith(r.runnerTemp)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toBe(kubeconfigText.trim() + '\n');
    const p = post(r, ws);
    expect(p.status, p.stdout).toBe(0);
    expect(p.stdout).toContain(`removed the kubeconfig ${file}`);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(file))).toBe(false);
  }, 120_000);

  it('apply: status and revision outputs, GitHub deployment in_progress → success, superseded one inactive, kubeconfig 0600 until post', async () => {
    const first = await runStepAsync('k8s-deploy', inputs({ mode: 'apply', images: `${REPO}@${A}`, 'github-deployment': 'true', 'environment-url': 'https://dev.example.test' }), { workspace: ws, env: env() });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ status: 'deployed', revision: '1', 'failed-revision': '' });
    const firstId = Number(first.outputs['deployment-id']);
    expect(firstId).toBeGreaterThan(0);
    expect(statSync(first.state['kubeconfig-file']!).mode & 0o777).toBe(0o600);
    expect(first.summary).toContain('### Deploy: `dev` — deployed');
    expect(post(first, ws).status).toBe(0);
    expect(existsSync(first.state['kubeconfig-file']!)).toBe(false);

    const second = await runStepAsync('k8s-deploy', inputs({ mode: 'apply', images: `${REPO}@${B}`, 'github-deployment': 'true', 'environment-url': 'https://dev.example.test' }), { workspace: ws, env: env({ GITHUB_RUN_ID: '778' }) });
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ status: 'deployed', revision: '2' });
    // A new run re-annotates every object (portarium-infra.dev/run, metadata only); the image bump is among them.
    expect(JSON.parse(second.outputs['changes']!).changed).toContain(`${NS}/deployment.apps/web`);
    expect(JSON.parse(second.outputs['images']!)).toEqual([expect.objectContaining({ image: `${REPO}@${B}`, digest: B })]);
    const secondId = Number(second.outputs['deployment-id']);
    for (const l of credentialValues(kubeconfigText)) expect(visibleLog(second)).not.toContain(l);

    const create = gh.requests.filter((q) => q.method === 'POST' && q.path === '/repos/octo/app/deployments');
    expect(create).toHaveLength(2);
    expect(create[1]!.body).toMatchObject({ ref: 'main', environment: 'dev', auto_merge: false, required_contexts: [], production_environment: false });
    expect((create[1]!.body as { payload: Record<string, unknown> }).payload).toEqual({
      tool: 'portarium-infra',
      release: 'web',
      mode: 'apply',
      commit: '0123456789abcdef0123456789abcdef01234567',
      images: [{ object: `${NS}/deployment.apps/web`, container: 'web', image: `${REPO}@${B}` }],
    });
    const states = (id: number) => routes.statuses.get(id)!.map((x) => x['state']).reverse();
    expect(states(firstId)).toEqual(['in_progress', 'success', 'inactive']);
    expect(states(secondId)).toEqual(['in_progress', 'success']);
    const success = routes.statuses.get(secondId)![0]!;
    expect(success['environment_url']).toBe('https://dev.example.test');
    expect(success['log_url']).toBe('https://github.com/octo/app/actions/runs/778');
    expect(String(success['description'])).toBe(`deployed revision 2: web@${B.slice(0, 19)}`);
    expect(post(second, ws).status).toBe(0);
  }, 180_000);

  it('rollback mode re-applies the previous revision as a new one, and records it on GitHub', async () => {
    const r = await runStepAsync('k8s-deploy', { ...inputs({ mode: 'rollback', 'github-deployment': 'true', namespace: NS }), overlay: '' }, { workspace: ws, env: env({ GITHUB_RUN_ID: '779' }) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'rolled-back', revision: '3' });
    expect(r.summary).toContain('### Rollback: `dev`');
    const live = JSON.parse(await kubectlAs(s)(['get', 'deployment', 'web', '-n', NS, '-o', 'json'])) as { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    expect(live.spec.template.spec.containers[0]!.image).toBe(`${REPO}@${A}`);
    const id = Number(r.outputs['deployment-id']);
    expect(routes.statuses.get(id)!.map((x) => x['state']).reverse()).toEqual(['in_progress', 'success']);
    expect(String(routes.statuses.get(id)![0]!['description'])).toMatch(/^rolled back to revision 1/);
    expect(post(r, ws).status).toBe(0);
  }, 180_000);

  it('a rollout that times out fails the step, rolls back with rollback-on-failure, and the GitHub deployment says failure', async () => {
    const good = await runStepAsync('k8s-deploy', inputs({ mode: 'apply', overlay: 'deploy/broken', images: `${REPO}@${A}` }), { workspace: ws, env: env() });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(post(good, ws).status).toBe(0);
    const r = await runStepAsync('k8s-deploy', inputs({ mode: 'apply', overlay: 'deploy/broken', images: `${REPO}@${C}`, timeout: '4s', 'rollback-on-failure': 'true', 'github-deployment': 'true' }), { workspace: ws, env: env({ GITHUB_RUN_ID: '780' }) });
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'rolled-back', 'failed-revision': '2', revision: '3' });
    expect(r.stdout).toMatch(/^::error file=deploy\/broken\/kustomization\.yaml,line=1,col=1,title=deploy\/rollout-timeout::rollout did not finish within 4s/m);
    expect(r.stdout).toMatch(/^::warning file=deploy\/broken\/kustomization\.yaml,.*title=deploy\/rolled-back::revision 2 failed; re-applied revision 1/m);
    expect(r.stdout).toMatch(/^::error::deploy apply of dev: rolled-back: rollout did not finish within 4s/m);
    expect(r.summary).toContain('FAILED, rolled back to the previous release');
    const live = JSON.parse(await kubectlAs(s)(['get', 'deployment', 'web', '-n', NS_FAIL, '-o', 'json'])) as { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    expect(live.spec.template.spec.containers[0]!.image).toBe(`${REPO}@${A}`);
    const id = Number(r.outputs['deployment-id']);
    expect(routes.statuses.get(id)!.map((x) => x['state']).reverse()).toEqual(['in_progress', 'failure']);
    expect(String(routes.statuses.get(id)![0]!['description'])).toMatch(/^rolled back to revision 1/);
    expect(post(r, ws).status).toBe(0);
  }, 180_000);

  it.each([
    ['an environment outside the allow-list', { environment: 'qa' }, {}, /environment "qa" is not allowed; expected one of: dev, staging, prod/],
    ['a feature branch to prod', { environment: 'prod' }, { GITHUB_REF: 'refs/heads/feature/x' }, /ref "refs\/heads\/feature\/x" may not be deployed to prod: only tags v\*/],
  ])('refuses %s: exit 1, one clear error, no kubeconfig written, no API call', (_name, extra, envExtra, message) => {
    const before = gh.requests.length;
    const r = runStep('k8s-deploy', inputs({ mode: 'apply', 'github-deployment': 'true', ...extra }), { workspace: ws, env: env({ PORTARIUM_KUBECTL: recorder, ...envExtra }) });
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(r.stdout).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(r.state['kubeconfig-file']).toBeUndefined();
    expect(r.stdout).not.toContain('::add-mask::');
    expect(gh.requests.length).toBe(before);
    expect(existsSync(recorderLog)).toBe(false);
  });

  it("without the kubeconfig input it uses the runner's KUBECONFIG, and post has nothing to remove", () => {
    const r = runStep('k8s-deploy', inputs({ mode: 'plan', kubeconfig: '', context: '' }), { workspace: ws, env: env({ KUBECONFIG: s.kubeconfig }) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`cluster: ${s.server} (context ${s.context})`);
    expect(r.state['kubeconfig-file']).toBeUndefined();
    expect(r.stdout).not.toContain('::add-mask::');
    const p = post(r, ws);
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('no kubeconfig was written by the deploy step; nothing to remove');
    expect(existsSync(s.kubeconfig)).toBe(true);
  });

  it('post removes the kubeconfig also when main failed after writing it', () => {
    const r = runStep('k8s-deploy', inputs({ mode: 'plan', context: 'no-such-context' }), { workspace: ws, env: env() });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::context "no-such-context" is not in kubeconfig/);
    const file = r.state['kubeconfig-file']!;
    expect(existsSync(file)).toBe(true);
    const p = post(r, ws);
    expect(p.status).toBe(0);
    expect(existsSync(file)).toBe(false);
  });
});

describe.skipIf(!bundle)('actions/k8s-deploy mode preflight (dist on Node 24, GitHub Environments API)', () => {
  const reviewers = {
    id: 161088068,
    node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
    name: 'prod',
    url: 'https://api.github.com/repos/octo/app/environments/prod',
    html_url: 'https://github.com/octo/app/deployments/activity_log?environments_filter=prod',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    can_admins_bypass: false,
    protection_rules: [
      { id: 3736, node_id: 'MDQ6R2F0ZTM3MzY=', type: 'wait_timer', wait_timer: 5 },
      {
        id: 3755,
        node_id: 'MDQ6R2F0ZTM3NTU=',
        prevent_self_review: true,
        type: 'required_reviewers',
        reviewers: [
          { type: 'User', reviewer: { login: 'octocat', id: 1, node_id: 'MDQ6VXNlcjE=', type: 'User', site_admin: false } },
          { type: 'Team', reviewer: { id: 1, node_id: 'MDQ6VGVhbTE=', name: 'Release Managers', slug: 'release-managers', privacy: 'closed', permission: 'admin' } },
        ],
      },
      { id: 3756, node_id: 'MDQ6R2F0ZTM3NTY=', type: 'branch_policy' },
    ],
    deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
  };
  const unprotected = { ...reviewers, name: 'staging', protection_rules: [], deployment_branch_policy: null };
  const routes = githubRoutes({ prod: reviewers, staging: unprotected });
  let gh: Awaited<ReturnType<typeof startFakeGitHub>>;
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-preflight-'));
  beforeAll(async () => {
    gh = await startFakeGitHub(routes.route);
  });
  afterAll(async () => {
    await gh?.close();
  });
  const step = (environment: string, extra: Record<string, string> = {}, ref = 'refs/tags/v1.2.0') =>
    runStepAsync('k8s-deploy', { mode: 'preflight', environment, token: 'ghs_e2e', ...extra }, { workspace: ws, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo/app', GITHUB_REF: ref } });

  it('passes for prod with required reviewers, naming them', async () => {
    const r = await step('prod');
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['status']).toBe('allowed');
    expect(r.outputs['ref']).toBe('refs/tags/v1.2.0');
    expect(JSON.parse(r.outputs['reviewers']!)).toEqual([{ type: 'User', name: 'octocat' }, { type: 'Team', name: 'release-managers' }]);
    expect(r.stdout).toContain('::notice::environment "prod" requires approval by octocat, team release-managers and waits 5 min');
    expect(r.summary).toContain('### Deploy pre-flight: `prod`');
    expect(gh.requests.at(-1)).toMatchObject({ method: 'GET', path: '/repos/octo/app/environments/prod', authorization: 'token ghs_e2e' });
  });

  it('fails for a protected environment without required reviewers (auto = fail for prod)', async () => {
    const r = await step('prod', { 'protected-environments': 'prod,staging' }, 'refs/heads/main');
    expect(r.status).toBe(0); // prod has reviewers
    const s = await step('staging', { 'protected-environments': 'prod,staging' }, 'refs/heads/main');
    expect(s.status).toBe(1);
    expect(s.outputs['status']).toBe('unprotected');
    expect(s.stdout).toMatch(/::error::environment "staging" has no required reviewers: the deploy job would start without anyone approving the plan/);
  });

  it('warns (auto) for an unprotected non-production environment, and for one that does not exist', async () => {
    const staging = await step('staging', {}, 'refs/heads/feature');
    expect(staging.status).toBe(0);
    expect(staging.stdout).toMatch(/::warning::environment "staging" has no required reviewers/);
    const dev = await step('dev', {}, 'refs/heads/feature');
    expect(dev.status).toBe(0);
    expect(dev.stdout).toMatch(/::warning::environment "dev" does not exist: GitHub would create it on first use with no required reviewers/);
  });

  it('fails closed when the token cannot read the environment and the policy is fail', async () => {
    const r = await step('prod', { token: 'ghs_wrong' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::cannot read the protection rules of environment "prod": the token cannot read it \(HTTP 401\); give the job `permissions: actions: read`/);
  });

  it('refuses a disallowed ref for prod before calling GitHub', async () => {
    const before = gh.requests.length;
    const r = await step('prod', {}, 'refs/heads/feature');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::ref "refs\/heads\/feature" may not be deployed to prod/);
    expect(gh.requests.length).toBe(before);
  });
});
