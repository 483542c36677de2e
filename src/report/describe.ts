// What a check covered, in words a person reads: "7 files checked, all formatted", "2 projects,
// 10 services". Used by the text output and the job summary; JSON keeps the raw `stats` (its contract).
import type { CheckResult, Finding, Severity } from './finding.js';

/** "1 file", "2 files"; `plural` for the irregular ones. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "2 errors, 1 warning": the findings by severity, only those there are; '' when none. */
export function findingCounts(findings: readonly Finding[]): string {
  const c: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return [count(c.error, 'error'), count(c.warning, 'warning'), count(c.notice, 'notice')].filter((s) => !s.startsWith('0 ')).join(', ');
}

export interface Description {
  /** What was covered ("7 files checked, all formatted"). */
  text: string;
  /** The check found nothing to look at (no compose file, no .tf file, ...). */
  empty: boolean;
}

type Stats = Readonly<Record<string, number>>;
type Describer = (s: Stats, findings: readonly Finding[]) => Description;

const n = (s: Stats, k: string): number => s[k] ?? 0;

const DESCRIBERS: Record<string, Describer> = {
  compose: (s) => {
    if (n(s, 'projects') === 0) return { text: 'no compose files found', empty: true };
    const files = n(s, 'files') > n(s, 'projects') ? ` from ${count(n(s, 'files'), 'file')}` : '';
    return { text: `${count(n(s, 'projects'), 'project')}${files}, ${count(n(s, 'services'), 'service')}`, empty: false };
  },
  'terraform-fmt': (s) => ({ text: describeTerraform(s), empty: n(s, 'files') === 0 && n(s, 'skipped') === 0 }),
  kustomize: (s) => {
    if (n(s, 'kustomizations') === 0) return { text: 'no kustomizations found', empty: true };
    if (n(s, 'overlays') === 0) return { text: `${count(n(s, 'kustomizations'), 'kustomization')}, none of them an overlay to build`, empty: false };
    const parts = [count(n(s, 'overlays'), 'overlay'), `${count(n(s, 'resources'), 'resource')} validated`];
    const problems = [
      n(s, 'invalid') ? `${n(s, 'invalid')} invalid` : '',
      n(s, 'errors') ? `${n(s, 'errors')} could not be validated` : '',
      n(s, 'skipped') ? `${n(s, 'skipped')} skipped` : '',
    ].filter(Boolean);
    if (problems.length) parts.push(...problems);
    else if (n(s, 'resources') > 0) parts[1] += ', all valid';
    if (s['changedOverlays'] !== undefined) parts.push(`${count(n(s, 'changedOverlays'), 'overlay')} changed since the base ref`);
    return { text: parts.join(', '), empty: false };
  },
  images: (s) => {
    if (n(s, 'images') === 0) return { text: 'no images or Dockerfiles found', empty: true };
    return { text: `${count(n(s, 'images'), 'image')}, ${count(n(s, 'dockerfiles'), 'Dockerfile')} linted`, empty: false };
  },
  otel: (s) => {
    if (n(s, 'files') === 0) return { text: 'no OpenTelemetry Collector configurations found', empty: true };
    return { text: `${count(n(s, 'files'), 'collector configuration')} checked`, empty: false };
  },
  deploy: (s) => {
    if (s['resources'] === undefined) return { text: 'nothing deployed', empty: false };
    const plan = s['create'] !== undefined;
    const changes = plan
      ? `${n(s, 'create')} to create, ${n(s, 'change')} to change, ${n(s, 'prune')} to prune, ${n(s, 'unchanged')} unchanged`
      : s['created'] !== undefined
        ? `${n(s, 'created')} created, ${n(s, 'changed')} changed, ${n(s, 'pruned')} pruned, ${n(s, 'unchanged')} unchanged`
        : '';
    return { text: `${count(n(s, 'resources'), 'resource')}${changes ? ` (${changes})` : ''}`, empty: false };
  },
};

/** terraform fmt's coverage: "7 files checked, all formatted", "7 files checked, 2 need formatting, 1 syntax error". */
export function describeTerraform(s: Stats): string {
  const files = n(s, 'files');
  if (files === 0 && n(s, 'skipped') === 0) return 'no Terraform files found';
  // In write mode the changed files were rewritten (or failed to be): only the rest still need it.
  const unformatted = n(s, 'changed') - n(s, 'written') - n(s, 'writeFailed');
  const problems = [
    n(s, 'written') ? `${n(s, 'written')} reformatted` : '',
    unformatted > 0 ? `${unformatted} ${unformatted === 1 ? 'needs' : 'need'} formatting` : '',
    n(s, 'writeFailed') ? `${n(s, 'writeFailed')} could not be written` : '',
    n(s, 'syntaxErrors') ? count(n(s, 'syntaxErrors'), 'syntax error') : '',
    n(s, 'engineErrors') ? `${n(s, 'engineErrors')} could not be formatted` : '',
    n(s, 'skipped') ? `${n(s, 'skipped')} skipped` : '',
  ].filter(Boolean);
  return `${count(files, 'file')} checked, ${problems.length ? problems.join(', ') : 'all formatted'}`;
}

/** The words for one check's result; a check without its own words lists its stats. */
export function describeResult(r: Pick<CheckResult, 'check' | 'stats' | 'findings'>): Description {
  const d = DESCRIBERS[r.check];
  if (d) return d(r.stats, r.findings);
  const text = Object.entries(r.stats)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return { text, empty: false };
}
