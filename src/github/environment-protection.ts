// Pre-flight of an approval-gated deploy: does the GitHub environment the deploy job names actually
// gate it? A job that names an environment without required reviewers runs at once, and GitHub
// creates a missing environment on first use with no protection at all, so a typo or a fresh
// repository would deploy unreviewed. Reads GET /repos/{owner}/{repo}/environments/{name}
// (GITHUB_TOKEN needs `actions: read`).
import { getOctokit } from '@actions/github';

export type ProtectionPolicy = 'fail' | 'warn' | 'off';

export interface Reviewer {
  type: 'User' | 'Team' | string;
  /** login (User) or slug (Team). */
  name: string;
}

export interface EnvironmentProtection {
  environment: string;
  /** false: GitHub answered 404 (the environment does not exist yet). */
  exists: boolean;
  reviewers: Reviewer[];
  preventSelfReview?: boolean;
  waitTimerMinutes?: number;
  /** null: any branch or tag may deploy to it. */
  branchPolicy?: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
  canAdminsBypass?: boolean;
  htmlUrl?: string;
}

export interface ProtectionMessage {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

export class EnvironmentReadError extends Error {
  override name = 'EnvironmentReadError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface EnvironmentPayload {
  name?: string;
  html_url?: string;
  can_admins_bypass?: boolean;
  protection_rules?: Array<{
    type?: string;
    prevent_self_review?: boolean;
    wait_timer?: number;
    reviewers?: Array<{ type?: string; reviewer?: { login?: string; slug?: string; name?: string } | null }>;
  }>;
  deployment_branch_policy?: { protected_branches?: boolean; custom_branch_policies?: boolean } | null;
}

export function parseEnvironment(environment: string, data: EnvironmentPayload): EnvironmentProtection {
  const rules = Array.isArray(data.protection_rules) ? data.protection_rules : [];
  const reviewers: Reviewer[] = [];
  let preventSelfReview: boolean | undefined;
  let waitTimerMinutes: number | undefined;
  for (const r of rules) {
    if (r.type === 'required_reviewers') {
      preventSelfReview = r.prevent_self_review ?? preventSelfReview;
      for (const x of r.reviewers ?? []) {
        const name = x.reviewer?.login ?? x.reviewer?.slug ?? x.reviewer?.name;
        if (name) reviewers.push({ type: x.type ?? 'User', name });
      }
    } else if (r.type === 'wait_timer' && typeof r.wait_timer === 'number') {
      waitTimerMinutes = r.wait_timer;
    }
  }
  const policy = data.deployment_branch_policy;
  return {
    environment,
    exists: true,
    reviewers,
    ...(preventSelfReview !== undefined ? { preventSelfReview } : {}),
    ...(waitTimerMinutes !== undefined ? { waitTimerMinutes } : {}),
    branchPolicy: policy ? { protectedBranches: !!policy.protected_branches, customBranchPolicies: !!policy.custom_branch_policies } : null,
    ...(data.can_admins_bypass !== undefined ? { canAdminsBypass: data.can_admins_bypass } : {}),
    ...(data.html_url ? { htmlUrl: data.html_url } : {}),
  };
}

/** Reads the environment's protection rules; a missing environment is a result, not an error. */
export async function readEnvironmentProtection(o: { token: string; repository: string; environment: string; apiUrl?: string }): Promise<EnvironmentProtection> {
  const [owner, repo, ...rest] = o.repository.split('/');
  if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got "${o.repository}"`);
  const baseUrl = (o.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
  const octokit = getOctokit(o.token, { baseUrl });
  try {
    const r = await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: o.environment });
    return parseEnvironment(o.environment, r.data as EnvironmentPayload);
  } catch (e) {
    const status = (e as { status?: number }).status ?? 0;
    if (status === 404) return { environment: o.environment, exists: false, reviewers: [] };
    const why = status === 403 || status === 401
      ? `the token cannot read it (HTTP ${status}); give the job \`permissions: actions: read\``
      : `HTTP ${status || '?'}: ${(e as Error).message}`;
    throw new EnvironmentReadError(`cannot read the protection rules of environment "${o.environment}": ${why}`, status);
  }
}

/**
 * What a reviewer of the workflow must know. `policy` decides whether "no required reviewers" stops
 * the run (fail) or only warns (warn).
 */
export function assessProtection(p: EnvironmentProtection, policy: ProtectionPolicy, repository?: string): ProtectionMessage[] {
  if (policy === 'off') return [];
  const level = policy === 'fail' ? 'error' : 'warning';
  const settings = p.htmlUrl ?? (repository ? `https://github.com/${repository}/settings/environments` : 'Settings → Environments');
  const out: ProtectionMessage[] = [];
  if (!p.exists) {
    out.push({ level, message: `environment "${p.environment}" does not exist: GitHub would create it on first use with no required reviewers, so the deploy would run unapproved. Create it with required reviewers (${settings}).` });
    return out;
  }
  if (!p.reviewers.length) {
    out.push({ level, message: `environment "${p.environment}" has no required reviewers: the deploy job would start without anyone approving the plan. Add required reviewers (${settings}).` });
    return out;
  }
  const who = p.reviewers.map((r) => `${r.type === 'Team' ? 'team ' : ''}${r.name}`).join(', ');
  out.push({ level: 'notice', message: `environment "${p.environment}" requires approval by ${who}${p.waitTimerMinutes ? ` and waits ${p.waitTimerMinutes} min` : ''}` });
  if (p.preventSelfReview === false) out.push({ level: 'notice', message: `environment "${p.environment}" lets the person who started a deploy approve it (prevent self-review is off)` });
  if (p.canAdminsBypass) out.push({ level: 'notice', message: `repository administrators can bypass the protection rules of "${p.environment}"` });
  if (p.branchPolicy === null) out.push({ level: 'notice', message: `environment "${p.environment}" accepts deployments from any branch; the deploy still refuses refs its policy does not allow` });
  return out;
}
