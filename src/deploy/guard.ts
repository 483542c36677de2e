// Refusals that happen before anything touches a cluster: the environment must be one we know, and
// a protected environment (prod) only takes release tags (`v*`) or the default branch. These are
// the rules a GitHub environment's branch policy would enforce, checked again here because
// `workflow_call` lets any string through and the CLI has no policy at all.
import { UsageError } from '../report/finding.js';

export const DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export const DEFAULT_PROTECTED_ENVIRONMENTS = ['prod'] as const;

export interface GuardOptions {
  environment: string;
  /** Environments a deploy may target (default dev, staging, prod). */
  allowedEnvironments?: readonly string[];
  /** Environments that only accept `refs/tags/v*` or the default branch (default prod). */
  protectedEnvironments?: readonly string[];
  /** The git ref being deployed, as GITHUB_REF spells it: `refs/tags/v1.2.0`, `refs/heads/main`. */
  ref?: string;
  /** Default: main. */
  defaultBranch?: string;
}

/** A deploy the policy does not allow: a usage error (exit 2), raised before any API call. */
export class DeployRefused extends UsageError {
  override name = 'DeployRefused';
}

const ENV_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function checkDeployAllowed(o: GuardOptions): void {
  const allowed = o.allowedEnvironments?.length ? o.allowedEnvironments : DEFAULT_ENVIRONMENTS;
  const env = o.environment;
  if (!ENV_NAME.test(env) || !allowed.includes(env)) {
    throw new DeployRefused(`environment "${printable(env)}" is not allowed; expected one of: ${allowed.join(', ')}`);
  }
  const protectedEnvs = o.protectedEnvironments ?? DEFAULT_PROTECTED_ENVIRONMENTS;
  if (!protectedEnvs.includes(env)) return;
  const branch = o.defaultBranch || 'main';
  const ref = o.ref ?? '';
  if (!ref) throw new DeployRefused(`a deploy to ${env} needs the git ref being deployed (a v* tag or ${branch})`);
  if (!refAllowed(ref, branch)) {
    throw new DeployRefused(`ref "${printable(ref)}" may not be deployed to ${env}: only tags v* (refs/tags/v...) or the default branch (refs/heads/${branch})`);
  }
}

export function refAllowed(ref: string, defaultBranch: string): boolean {
  if (ref === `refs/heads/${defaultBranch}`) return true;
  return /^refs\/tags\/v[0-9A-Za-z._+-]*$/.test(ref);
}

/** Messages must not carry control characters from a workflow input into a log line. */
function printable(s: string): string {
  const cut = s.length > 100 ? `${s.slice(0, 100)}...` : s;
  return [...cut].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '?' : ch)).join('');
}
