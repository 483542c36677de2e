// The environment pre-flight against a loopback GitHub REST API answering GET
// /repos/{owner}/{repo}/environments/{name} with the documented payloads (200 with protection_rules,
// 404 for a missing environment, 403 for a token without actions: read).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessProtection, EnvironmentReadError, parseEnvironment, readEnvironmentProtection } from '../../../src/github/environment-protection.js';
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
    expect(parseEnvironment('dev', { name: 'dev' })).toEqual({ environment: 'dev', exists: true, reviewers: [], branchPolicy: null });
  });
});
