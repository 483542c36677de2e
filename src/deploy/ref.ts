// The git ref a deploy is for, spelled the way the deploy policy checks it (`refs/tags/v1.2.0`,
// `refs/heads/main`). A workflow input may say only `v1.2.0` or `main`; the checkout says which.
import { outputOf, runProcessSync } from '../tools/process.js';

function refExists(ref: string, cwd: string): boolean {
  const r = runProcessSync('git', ['show-ref', '--verify', '--quiet', ref], { cwd });
  return !r.error && r.code === 0;
}

/**
 * `refs/...` stays as is; a short name becomes the tag of that name when the checkout has one, else
 * the branch (local or origin). Anything else (a SHA) is returned unchanged, which the policy
 * refuses for protected environments.
 */
export function qualifyRef(ref: string, cwd: string): string {
  const r = ref.trim();
  if (!r || r.startsWith('refs/')) return r;
  // `git show-ref` takes no options from here: a name starting with '-' is no ref at all.
  if (r.startsWith('-')) return r;
  if (refExists(`refs/tags/${r}`, cwd)) return `refs/tags/${r}`;
  if (refExists(`refs/heads/${r}`, cwd) || refExists(`refs/remotes/origin/${r}`, cwd)) return `refs/heads/${r}`;
  return r;
}

/** `refs/heads/main` → `main`, `refs/tags/v1` → `v1`: what the Deployments API calls a ref. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/** The commit checked out in `cwd`, else GITHUB_SHA. */
export function headCommit(cwd: string, fallback = process.env['GITHUB_SHA'] ?? ''): string {
  return outputOf('git', ['rev-parse', 'HEAD'], { cwd }) || fallback;
}
