import { resolvePermissions } from './permissions.js';
import type { LocatedDoc } from './yaml-doc.js';

/**
 * A job that can run on a pull request runs the pull request's code (its Dockerfiles, its build
 * scripts); with `packages: write` that code runs next to a token that can publish or overwrite
 * packages. Publishing belongs in a job whose `if:` keeps pull requests out.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export interface PullRequestGrant {
  jobId: string;
  /** Key path of the grant to point at. */
  at: (string | number)[];
  events: string[];
}

/** Jobs granted `packages: write` that some pull request event can run. */
export function packagesWriteOnPullRequest(wf: LocatedDoc): PullRequestGrant[] {
  const on = wf.js['on'] ?? wf.js['true'];
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(obj(on));
  // A called workflow runs under its caller's event, which may be a pull request.
  const reachable = events.includes('workflow_call') ? PULL_REQUEST_EVENTS : PULL_REQUEST_EVENTS.filter((e) => events.includes(e));
  if (reachable.length === 0) return [];
  const out: PullRequestGrant[] = [];
  for (const [jobId, jobValue] of Object.entries(obj(wf.js['jobs']))) {
    const job = obj(jobValue);
    if (typeof job['uses'] === 'string') continue; // a call grants a ceiling; the callee's jobs are checked in its own file
    const own = job['permissions'] !== undefined;
    const perms = resolvePermissions(own ? job['permissions'] : wf.js['permissions']);
    if (perms?.['packages'] !== 'write') continue;
    const runsOn = reachable.filter((e) => !excludedBy(job['if'], e));
    if (runsOn.length === 0) continue;
    const base = own ? ['jobs', jobId, 'permissions'] : ['permissions'];
    const scoped = typeof (own ? job['permissions'] : wf.js['permissions']) === 'object';
    out.push({ jobId, at: scoped ? [...base, 'packages'] : base, events: runsOn });
  }
  return out;
}

/**
 * Whether a job condition keeps `event` out. Only top-level `&&` conjuncts of the common shapes are
 * read (`github.event_name != 'x'`, `== 'y'`, `!startsWith(github.event_name, 'x')`); a condition
 * this cannot read counts as not excluding.
 */
export function excludedBy(condition: unknown, event: string): boolean {
  if (typeof condition !== 'string') return false;
  const expr = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  return conjuncts(expr).some((c) => {
    const s = c.replace(/\s+/g, ' ').trim();
    const l = /^github\.event_name ?(!=|==) ?'([^']*)'$/.exec(s);
    const r = /^'([^']*)' ?(!=|==) ?github\.event_name$/.exec(s);
    const cmp = l ? { op: l[1], name: l[2]! } : r ? { op: r[2], name: r[1]! } : undefined;
    if (cmp) return cmp.op === '!=' ? cmp.name === event : cmp.name !== event;
    const sw = /^! ?startsWith\( ?github\.event_name ?, ?'([^']*)' ?\)$/.exec(s);
    if (sw) return event.startsWith(sw[1]!);
    return false;
  });
}

/** Splits on `&&` outside parentheses and quotes; a conjunct wrapped in parentheses is unwrapped. */
function conjuncts(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '&' && expr[i + 1] === '&' && depth === 0) {
      parts.push(expr.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(expr.slice(start));
  return parts.flatMap((p) => {
    const t = p.trim();
    return /^\(.*\)$/.test(t) && balanced(t.slice(1, -1)) ? conjuncts(t.slice(1, -1)) : [t];
  });
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
