import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { annotationText, info } from '../../github/log.js';
import type { ProjectConfig, SettingsOverlay } from '../../settings/config.js';
import { ALL_RULES, type TargetDone } from '../../checks/registry.js';
import { changedSince, narrowingBy } from '../../checks/run/changes.js';
import { planCheckRuns, runChecks } from '../../checks/run/check-run.js';
import { planFromConfig } from '../../checks/run/plan.js';
import { activeErrorCounter } from '../../checks/run/suppressions.js';
import { type CheckResult, type FailOn, type Finding, UsageError, redactResults, renderSummary } from '../../report/index.js';
import { type ActionContext, type CheckAction, runCheckAction } from '../../github/action.js';
import { booleanInput, input, optionalList } from '../../github/inputs.js';
import { upsertPullRequestComment } from '../../github/pr-comment.js';

/** The ci-infra inputs that replace settings of .portarium-infra.yml. */
export function checkInputs(): SettingsOverlay {
  return {
    compose: { files: optionalList('compose-files') },
    terraform: { paths: optionalList('terraform-paths') },
    kubernetes: { paths: optionalList('kustomize-paths'), kubernetesVersions: optionalList('kubernetes-versions') },
  };
}

/**
 * "infra check": `mode: check` runs every check in one step; `plan` lists the targets as matrices
 * for ci-infra's fan-out; `report` folds the findings files of ci-infra's jobs into one summary and
 * one pull request comment.
 */
export const infraCheck: CheckAction = {
  title: 'Infra check',
  rules: ALL_RULES,
  inputs: checkInputs,
  run: async (action: ActionContext) => {
    const { root, config, failOn, token, variables } = action;
    const mode = input('mode') || 'check';
    if (mode === 'report') return report(root, failOn, token, variables.secrets);
    if (mode !== 'check' && mode !== 'plan') throw new UsageError(`mode must be check, plan or report (got "${mode}")`);
    // ci-infra passes HEAD^1 on pull requests: the merge commit's first parent is the base branch.
    const since = input('changed-since');
    const changed = since ? changedSince(root, since) : undefined;
    if (changed) info(`${changed.size} file(s) changed since ${since}`);
    if (mode === 'plan') return plan(root, config, changed);

    const ctx = { root, config, env: variables.env, workspace: action.workspace };
    const runs = await planCheckRuns(ctx, changed);
    if (changed && runs.length === 0) info(`nothing to check: no target is affected by the changes since ${since}`);
    // Each line counts what the report will: after the rule settings, suppressions and the baseline.
    const activeErrors = activeErrorCounter(root, config, { kind: 'default' });
    const onTarget = (d: TargetDone) => {
      const errors = d.findings ? activeErrors(d.check, d.findings) : d.problems;
      const failed = d.findings ? errors > 0 : d.failed;
      info(`${failed ? '✗' : '✓'} ${d.check} ${d.target}${d.detail ? ` (${d.detail})` : ''}${errors ? ` ${errors} error(s)` : ''}`);
    };
    return runChecks({ ...ctx, onTarget }, runs);
  },
};

export const run = () => runCheckAction(infraCheck);

async function plan(root: string, config: ProjectConfig, changed: ReadonlySet<string> | undefined): Promise<undefined> {
  const filter = narrowingBy(changed);
  const p = await planFromConfig(root, config, filter);
  core.setOutput('plan', JSON.stringify(p));
  core.setOutput('has-compose', p.compose.projects.length > 0);
  core.setOutput('has-terraform', p.terraform.files.length > 0);
  core.setOutput('has-kustomize', p.kustomize.matrix.include.length > 0);
  core.setOutput('has-otel', p.otel.configs.length > 0);
  core.setOutput('kustomize-matrix', JSON.stringify(p.kustomize.matrix));
  // Narrowed to the changed files, the terraform job checks only those; otherwise what it was given.
  core.setOutput('terraform-paths', (filter ? p.terraform.files : (config.checks.terraform.paths ?? [])).join('\n'));
  info(
    `plan: ${p.compose.projects.length} compose project(s), ${p.terraform.files.length} terraform file(s), ` +
      `${p.kustomize.overlays.length} overlay(s) × ${p.kustomize.versions.length} Kubernetes version(s) in ${p.kustomize.matrix.include.length} job(s), ` +
      `${p.otel.configs.length} collector configuration(s)`,
  );
  return undefined;
}

/** Reads every `{findings, checks}` JSON file the jobs uploaded, below `dir`. */
function readReports(dir: string): CheckResult[] {
  const byCheck = new Map<string, CheckResult>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        const report = JSON.parse(readFileSync(p, 'utf8')) as { findings?: Finding[]; checks?: Array<{ name: string; stats?: Record<string, number> }> };
        if (!Array.isArray(report.findings) || !Array.isArray(report.checks)) continue;
        for (const c of report.checks) {
          const r = byCheck.get(c.name) ?? { check: c.name, findings: [], artifacts: {}, stats: {} };
          for (const [k, v] of Object.entries(c.stats ?? {})) r.stats[k] = (r.stats[k] ?? 0) + v;
          byCheck.set(c.name, r);
        }
        for (const f of report.findings) byCheck.get(f.check)?.findings.push(f);
      }
    }
  };
  walk(dir);
  // Matrix legs may report the same finding (a base shared by overlays): keep one.
  for (const r of byCheck.values()) {
    const seen = new Set<string>();
    r.findings = r.findings.filter((f) => {
      const k = `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  }
  return [...byCheck.values()];
}

async function report(root: string, failOn: FailOn, token: string | undefined, secrets: string[]): Promise<undefined> {
  const dir = path.resolve(root, input('findings-dir') || '.');
  const call = reportCall(input('name'));
  // The check jobs redacted their own files; the same values are taken out again in case one did not.
  const results = redactResults(readReports(dir), secrets);
  const markdown = renderSummary(results, { title: call.title, failOn });
  await core.summary.addRaw(markdown).write();
  const findings = results.flatMap((r) => r.findings);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  core.setOutput('errors', count('error'));
  core.setOutput('warnings', count('warning'));
  if (booleanInput('comment', true) && token) {
    const outcome = await upsertPullRequestComment(token, call.marker, markdown);
    info(`pull request comment: ${outcome}`);
  }
  if (results.length === 0) core.warning(annotationText(`no findings reports under ${dir}: did the check jobs run?`));
  return undefined;
}

/**
 * Each ci-infra call of a run keeps its own comment: the marker carries the call's name. The default
 * name keeps the marker of comments written before names existed, so they are still edited in place.
 */
export function reportCall(name: string): { title: string; marker: string } {
  const n = name || 'infra';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(n)) throw new UsageError('name must be 1-64 letters, digits, _ or -');
  return n === 'infra' ? { title: 'ci-infra', marker: 'portarium-infra:ci-infra' } : { title: `ci-infra (${n})`, marker: `portarium-infra:ci-infra:${n}` };
}
