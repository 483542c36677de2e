// The environment pre-flight against a loopback GitHub REST API answering GET
// /repos/{owner}/{repo}/environments/{name} with the documented payloads (200 with protection_rules,
// 404 for a missing environment, 403 for a token without actions: read).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessPlanEnvironment, assessProtection, environmentPreflight, EnvironmentReadError, parseEnvironment, readEnvironmentProtection } from '../../../src/github/environment-protection.js';
import { startFakeGitHub } from '../../helpers/fake-github.js';

const octocat = { login: 'octocat', id: 1, node_id: 'MDQ6VXNlcjE=', avatar_url: 'https://github.com/images/error/octocat_happy.gif', type: 'User', site_admin: false };
const team = { id: 1, node_id: 'MDQ6VGVhbTE=', url: 'https://api.github.com/teams/1', html_url: 'https://github.com/orgs/octo/teams/sre', name: 'SRE', slug: 'sre', description: 'on call', privacy: 'closed', permission: 'admin' };
const environment = (name: string, rules: unknown[], branchPolicy: unknown = { protected_branches: true, custom_branch_policies: false }, adminsBypass = true) => ({
  id: 161088068,
  node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
  name,
  url: `https://api.github.com/repos/octo/app/environments/${name}`,
  html_url: `https://github.com/octo/app/deployments/activity_log?environments_filter=${name}`,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  can_admins_bypass: adminsBypass,
  protection_rules: rules,
  deployment_branch_policy: branchPolicy,
});
const ENVIRONMENTS: Record<string, unknown> = {
  prod: environment('prod', [
    { id: 3736, node_id: 'MDQ6R2F0ZTM3MzY=', type: 'wait_timer', wait_timer: 30 },
    { id: 3755, node_id: 'MDQ6R2F0ZTM3NTU=', prevent_self_review: false, type: 'required_reviewers', reviewers: [{ type: 'User', reviewer: octocat }, { type: 'Team', reviewer: team }] },
    { id: 3756, node_id: 'MDQ6R2F0ZTM3NTY=', type: 'branch_policy' },
  ]),
  staging: environment('staging', [{ id: 3736, node_id: 'MDQ6R2F0ZTM3MzY=', type: 'wait_timer', wait_timer: 5 }], null, false),
  // What GitHub creates when a job names a missing environment: no rules, no branch policy.
  'auto-created': environment('auto-created', [], null, true),
  // A plan environment: no reviewers, protected branches only.
  'prod-plan': environment('prod-plan', []),
  'reviewed-plan': environment('reviewed-plan', [{ id: 3757, node_id: 'MDQ6R2F0ZTM3NTc=', prevent_self_review: true, type: 'required_reviewers', reviewers: [{ type: 'User', reviewer: octocat }] }], null),
};

describe('GitHub environment protection pre-flight', () => {
  let gh: Awaited<ReturnType<typeof startFakeGitHub>>;
  beforeAll(async () => {
    gh = await startFakeGitHub((r) => {
      if (r.authorization === 'token no-actions-read') return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment', status: '403' } };
      const m = /^\/repos\/octo\/app\/environments\/([^/?]+)$/.exec(r.path);
      if (r.method !== 'GET' || !m) return undefined;
      const env = ENVIRONMENTS[decodeURIComponent(m[1]!)];
      return env ? { status: 200, body: env } : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment', status: '404' } };
    });
  });
  afterAll(async () => {
    await gh?.close();
  });
  const read = (environmentName: string, token = 'ghs_x') => readEnvironmentProtection({ token, repository: 'octo/app', environment: environmentName, apiUrl: gh.url });

  it('reads required reviewers (users and teams), the wait timer, self-review and bypass settings', async () => {
    const p = await read('prod');
    expect(p).toEqual({
      environment: 'prod',
      exists: true,
      reviewers: [{ type: 'User', name: 'octocat' }, { type: 'Team', name: 'sre' }],
      protectionRules: 3,
      preventSelfReview: false,
      waitTimerMinutes: 30,
      branchPolicy: { protectedBranches: true, customBranchPolicies: false },
      canAdminsBypass: true,
      htmlUrl: 'https://github.com/octo/app/deployments/activity_log?environments_filter=prod',
    });
    expect(gh.requests.at(-1)).toMatchObject({ method: 'GET', path: '/repos/octo/app/environments/prod', authorization: 'token ghs_x' });
    expect(assessProtection(p, 'fail')).toEqual([
      { level: 'notice', message: 'environment "prod" requires approval by octocat, team sre and waits 30 min' },
      { level: 'notice', message: 'environment "prod" lets the person who started a deploy approve it (prevent self-review is off)' },
      { level: 'notice', message: 'repository administrators can bypass the protection rules of "prod"' },
    ]);
  });

  it('an environment with only a wait timer has no required reviewers: error under fail, warning under warn, nothing when off', async () => {
    const p = await read('staging');
    expect(p.reviewers).toEqual([]);
    expect(p.branchPolicy).toBeNull();
    const fail = assessProtection(p, 'fail');
    expect(fail).toHaveLength(1);
    expect(fail[0]!.level).toBe('error');
    expect(fail[0]!.message).toBe('environment "staging" has no required reviewers: the deploy job would start without anyone approving the plan. Add required reviewers (https://github.com/octo/app/deployments/activity_log?environments_filter=staging).');
    expect(assessProtection(p, 'warn').map((m) => m.level)).toEqual(['warning']);
    expect(assessProtection(p, 'off')).toEqual([]);
  });

  it('a missing environment (404) is reported as unprotected, since GitHub would create it without reviewers', async () => {
    const p = await read('qa');
    expect(p).toEqual({ environment: 'qa', exists: false, reviewers: [] });
    expect(assessProtection(p, 'fail', 'octo/app')).toEqual([
      { level: 'error', message: 'environment "qa" does not exist: GitHub would create it on first use with no required reviewers, so the deploy would run unapproved. Create it with required reviewers (https://github.com/octo/app/settings/environments).' },
    ]);
  });

  it('a token that may not read environments fails with the permission to grant', async () => {
    const e = await read('prod', 'no-actions-read').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EnvironmentReadError);
    expect((e as EnvironmentReadError).status).toBe(403);
    expect((e as Error).message).toBe('cannot read the protection rules of environment "prod": the token cannot read it (HTTP 403); give the job `permissions: actions: read`');
  });

  it('tolerates the minimal payload (no rules, no policy)', () => {
    expect(parseEnvironment('dev', { name: 'dev' })).toEqual({ environment: 'dev', exists: true, reviewers: [], protectionRules: 0, branchPolicy: null });
  });

  it('says when an unprotected environment looks auto-created (no rules, no branch policy)', async () => {
    const [m] = assessProtection(await read('auto-created'), 'fail');
    expect(m).toEqual({ level: 'error', message: expect.stringContaining('It has no protection rules and no branch policy at all, as an environment GitHub created on first use.') as string });
    expect(m!.message).toMatch(/^environment "auto-created" has no required reviewers: the deploy job would start without anyone approving the plan\./);
  });

  const preflight = (environment: string, planEnvironment: string | undefined, policy: 'fail' | 'warn' | 'off' = 'fail', token = 'ghs_x') =>
    environmentPreflight({ token, repository: 'octo/app', environment, ...(planEnvironment !== undefined ? { planEnvironment } : {}), policy, apiUrl: gh.url });

  it('checks the plan environment: separate from the gate, existing, with a read-only identity', async () => {
    const ok = await preflight('prod', 'prod-plan');
    expect(ok.reviewers).toEqual([{ type: 'User', name: 'octocat' }, { type: 'Team', name: 'sre' }]);
    expect(ok.messages.filter((m) => m.level !== 'notice')).toEqual([]);
    expect(ok.messages.map((m) => m.message)).toContain('plan and verify run in environment "prod-plan", separate from the gate "prod"; its KUBECONFIG must be the read-only identity (docs/deploy.md, RBAC for the plan identity)');
    expect(gh.requests.slice(-2).map((r) => r.path)).toEqual(['/repos/octo/app/environments/prod', '/repos/octo/app/environments/prod-plan']);
  });

  it('fails when the plan environment is the gate itself, without asking GitHub twice', async () => {
    const before = gh.requests.length;
    const r = await preflight('prod', 'prod');
    expect(r.messages.filter((m) => m.level === 'error').map((m) => m.message)).toEqual([
      'the plan environment "prod" is the approval gate itself: plan and verify would need an approval and hold the write credential. Use a separate environment (e.g. "prod-plan") with a read-only identity.',
    ]);
    expect(gh.requests.length - before).toBe(1);
  });

  it('fails (warns under warn) when the plan environment does not exist: GitHub would create it empty', async () => {
    const fail = await preflight('prod', 'prod-plna');
    expect(fail.messages.filter((m) => m.level === 'error').map((m) => m.message)).toEqual([expect.stringMatching(/^plan environment "prod-plna" does not exist: GitHub would create it on first use with no secrets/)]);
    const warn = await preflight('prod', 'prod-plna', 'warn');
    expect(warn.messages.filter((m) => m.level !== 'notice').map((m) => m.level)).toEqual(['warning']);
    expect(await preflight('prod', 'prod-plna', 'off')).toEqual({ messages: [] });
  });

  it('an unprotected gate and a missing plan environment are both reported, and an unreadable plan environment fails closed', async () => {
    const r = await preflight('auto-created', 'auto-created-plan');
    expect(r.messages.filter((m) => m.level === 'error').map((m) => m.message.split(':')[0])).toEqual(['environment "auto-created" has no required reviewers', 'plan environment "auto-created-plan" does not exist']);
    const denied = await preflight('prod', 'prod-plan', 'fail', 'no-actions-read');
    expect(denied.messages.map((m) => m.level)).toEqual(['error', 'error']);
    expect(denied.messages[1]!.message).toMatch(/^cannot read the protection rules of environment "prod-plan": the token cannot read it \(HTTP 403\)/);
  });

  it('notes a plan environment that needs approval or accepts any branch', () => {
    const p = parseEnvironment('reviewed-plan', ENVIRONMENTS['reviewed-plan'] as Parameters<typeof parseEnvironment>[1]);
    expect(assessPlanEnvironment(p, 'prod', 'fail').map((m) => `${m.level} ${m.message.split(':')[0]}`)).toEqual([
      'notice plan and verify run in environment "reviewed-plan", separate from the gate "prod"; its KUBECONFIG must be the read-only identity (docs/deploy.md, RBAC for the plan identity)',
      'notice plan environment "reviewed-plan" requires reviewers',
      'notice plan environment "reviewed-plan" accepts any branch',
    ]);
  });
});
