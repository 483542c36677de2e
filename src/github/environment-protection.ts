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
  /** How many protection rules of any type (reviewers, wait timer, custom): 0 is what GitHub auto-creates. */
  protectionRules?: number;
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
    protectionRules: rules.length,
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
    // What GitHub creates when a job names an environment that does not exist yet.
    const bare = p.protectionRules === 0 && p.branchPolicy === null;
    const why = bare ? ' It has no protection rules and no branch policy at all, as an environment GitHub created on first use.' : '';
    out.push({ level, message: `environment "${p.environment}" has no required reviewers: the deploy job would start without anyone approving the plan.${why} Add required reviewers (${settings}).` });
    return out;
  }
  const who = p.reviewers.map((r) => `${r.type === 'Team' ? 'team ' : ''}${r.name}`).join(', ');
  out.push({ level: 'notice', message: `environment "${p.environment}" requires approval by ${who}${p.waitTimerMinutes ? ` and waits ${p.waitTimerMinutes} min` : ''}` });
  if (p.preventSelfReview === false) out.push({ level: 'notice', message: `environment "${p.environment}" lets the person who started a deploy approve it (prevent self-review is off)` });
  if (p.canAdminsBypass) out.push({ level: 'notice', message: `repository administrators can bypass the protection rules of "${p.environment}"` });
  if (p.branchPolicy === null) out.push({ level: 'notice', message: `environment "${p.environment}" accepts deployments from any branch; the deploy still refuses refs its policy does not allow` });
  return out;
}

/**
 * The environment the plan and verify jobs run in: it holds the read-only cluster identity, so the
 * write credential can live only in the gated environment. What the REST API shows is checked: it
 * must be another environment than the gate, and exist (a missing one is created on first use with
 * no secrets, and a plan would then fall back to whatever repository secret has the same name).
 * Its secrets cannot be read with a GITHUB_TOKEN; that they are read-only is the owner's part.
 */
export function assessPlanEnvironment(plan: EnvironmentProtection, gate: string, policy: ProtectionPolicy, repository?: string): ProtectionMessage[] {
  if (policy === 'off') return [];
  const level = policy === 'fail' ? 'error' : 'warning';
  const settings = plan.htmlUrl ?? (repository ? `https://github.com/${repository}/settings/environments` : 'Settings → Environments');
  if (plan.environment === gate) {
    return [{ level, message: `the plan environment "${plan.environment}" is the approval gate itself: plan and verify would need an approval and hold the write credential. Use a separate environment (e.g. "${gate}-plan") with a read-only identity.` }];
  }
  if (!plan.exists) {
    return [{ level, message: `plan environment "${plan.environment}" does not exist: GitHub would create it on first use with no secrets, and plan and verify would run without the read-only identity (or with a repository secret of the same name, which any branch can read). Create it with a read-only KUBECONFIG (${settings}).` }];
  }
  const out: ProtectionMessage[] = [{ level: 'notice', message: `plan and verify run in environment "${plan.environment}", separate from the gate "${gate}"; its KUBECONFIG must be the read-only identity (docs/deploy.md, RBAC for the plan identity)` }];
  if (plan.reviewers.length) out.push({ level: 'notice', message: `plan environment "${plan.environment}" requires reviewers: every plan and verify waits for an approval as well` });
  if (plan.branchPolicy === null) out.push({ level: 'notice', message: `plan environment "${plan.environment}" accepts any branch: a workflow on any branch can use the read-only identity (it reads the release history, which holds the applied manifests)` });
  return out;
}

export interface PreflightOutcome {
  /** The gate's required reviewers, when it could be read. */
  reviewers?: Reviewer[];
  messages: ProtectionMessage[];
}

/**
 * The pre-flight's reading of GitHub: the gate environment, and the plan environment when one is
 * named. A token that cannot read one is an error under `fail`, a warning under `warn`.
 */
export async function environmentPreflight(o: { token: string; repository: string; environment: string; planEnvironment?: string; policy: ProtectionPolicy; apiUrl?: string }): Promise<PreflightOutcome> {
  if (o.policy === 'off') return { messages: [] };
  const level = o.policy === 'fail' ? ('error' as const) : ('warning' as const);
  const read = async (environment: string) => {
    if (!o.token) throw new EnvironmentReadError(`cannot read the protection rules of environment "${environment}": no token (input token)`, 0);
    return readEnvironmentProtection({ token: o.token, repository: o.repository, environment, ...(o.apiUrl ? { apiUrl: o.apiUrl } : {}) });
  };
  const out: PreflightOutcome = { messages: [] };
  const guarded = async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      if (!(e instanceof EnvironmentReadError)) throw e;
      out.messages.push({ level, message: e.message });
    }
  };
  await guarded(async () => {
    const gate = await read(o.environment);
    out.reviewers = gate.reviewers;
    out.messages.push(...assessProtection(gate, o.policy, o.repository));
  });
  const planEnvironment = o.planEnvironment;
  if (planEnvironment) {
    await guarded(async () => {
      const plan = planEnvironment === o.environment ? { environment: planEnvironment, exists: true, reviewers: [] } : await read(planEnvironment);
      out.messages.push(...assessPlanEnvironment(plan, o.environment, o.policy, o.repository));
    });
  }
  return out;
}
