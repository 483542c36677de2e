// The pre-flight of cd-k8s-deploy's plan job as the runner runs it (the bundle on Node 24): the gate
// environment must have reviewers, and the plan environment (input plan-environment) must be another
// environment that exists, read from a loopback REST API answering with the Environments payloads.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runStepAsync } from '../helpers/runner.js';

const octocat = { login: 'octocat', id: 1, node_id: 'MDQ6VXNlcjE=', type: 'User', site_admin: false };
const environment = (name: string, rules: unknown[], branchPolicy: unknown) => ({
  id: 161088068,
  node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
  name,
  url: `https://api.github.com/repos/octo/app/environments/${name}`,
  html_url: `https://github.com/octo/app/deployments/activity_log?environments_filter=${name}`,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  can_admins_bypass: false,
  protection_rules: rules,
  deployment_branch_policy: branchPolicy,
});
const reviewers = [{ id: 3755, node_id: 'MDQ6R2F0ZTM3NTU=', prevent_self_review: true, type: 'required_reviewers', reviewers: [{ type: 'User', reviewer: octocat }] }];
const protectedOnly = { protected_branches: true, custom_branch_policies: false };
const ENVIRONMENTS: Record<string, unknown> = {
  prod: environment('prod', reviewers, protectedOnly),
  'prod-plan': environment('prod-plan', [], protectedOnly),
  // What GitHub creates when the deploy job names a missing environment.
  staging: environment('staging', [], null),
  'staging-plan': environment('staging-plan', [], null),
};

const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'k8s-deploy', 'index.js'));

describe.skipIf(!bundle)('k8s-deploy preflight with plan-environment (dist on Node 24)', () => {
  let gh: Awaited<ReturnType<typeof startFakeGitHub>>;
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-planenv-'));
  beforeAll(async () => {
    gh = await startFakeGitHub((r) => {
      if (r.authorization !== 'token ghs_e2e') return { status: 401, body: { message: 'Bad credentials' } };
      const m = /^\/repos\/octo\/app\/environments\/([^/?]+)$/.exec(r.path);
      if (r.method !== 'GET' || !m) return undefined;
      const env = ENVIRONMENTS[decodeURIComponent(m[1]!)];
      return env ? { status: 200, body: env } : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment', status: '404' } };
    });
  });
  afterAll(async () => {
    await gh?.close();
  });
  const step = (environmentName: string, planEnvironment: string, ref = 'refs/tags/v1.2.0') =>
    runStepAsync('k8s-deploy', { mode: 'preflight', environment: environmentName, 'plan-environment': planEnvironment, token: 'ghs_e2e' }, { workspace: ws, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo/app', GITHUB_REF: ref } });

  it('passes with a protected gate and an existing, separate plan environment, reading both', async () => {
    const before = gh.requests.length;
    const r = await step('prod', 'prod-plan');
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['status']).toBe('allowed');
    expect(gh.requests.slice(before).map((q) => q.path)).toEqual(['/repos/octo/app/environments/prod', '/repos/octo/app/environments/prod-plan']);
    expect(r.stdout).toContain('::notice::plan and verify run in environment "prod-plan", separate from the gate "prod"');
    expect(r.summary).toContain('prod-plan');
  });

  it('fails when the plan environment is the gate itself', async () => {
    const r = await step('prod', 'prod');
    expect(r.status).toBe(1);
    expect(r.outputs['status']).toBe('unprotected');
    expect(r.stdout).toMatch(/^::error::the plan environment "prod" is the approval gate itself/m);
  });

  it('fails when the plan environment does not exist (GitHub would create it empty)', async () => {
    const r = await step('prod', 'prod-plan-typo');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::plan environment "prod-plan-typo" does not exist: GitHub would create it on first use with no secrets/m);
  });

  it('fails for an auto-created gate when the environment is protected, naming what is missing', async () => {
    const r = await step('staging', 'staging-plan', 'refs/heads/main');
    expect(r.status).toBe(0); // staging is not protected by default: warnings only
    expect(r.stdout).toMatch(/^::warning::environment "staging" has no required reviewers: .* It has no protection rules and no branch policy at all, as an environment GitHub created on first use\./m);
    const strict = await runStepAsync(
      'k8s-deploy',
      { mode: 'preflight', environment: 'staging', 'plan-environment': 'staging-plan', 'protected-environments': 'prod,staging', token: 'ghs_e2e' },
      { workspace: ws, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo/app', GITHUB_REF: 'refs/heads/main' } },
    );
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^::error::environment "staging" has no required reviewers/m);
    expect(strict.stdout).toMatch(/^::notice::plan environment "staging-plan" accepts any branch/m);
  });
});
