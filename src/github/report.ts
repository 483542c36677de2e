import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import {
  type CheckResult,
  type FailOn,
  type RuleDef,
  renderAnnotations,
  renderJson,
  renderSarif,
  renderSummary,
  shouldFail,
} from '../report/index.js';
import { VERSION } from '../version.js';
import { runnerTempDir } from './workspace.js';

export interface ActionReportOptions {
  title: string;
  failOn: FailOn;
  rules: readonly RuleDef[];
  /** Root the findings are relative to; annotations need paths relative to the workspace. */
  root: string;
  changedFiles?: Set<string>;
  sarifFile?: string;
}

/** Annotations, job summary, findings/SARIF files and the errors/warnings outputs; fails the step by policy. */
export async function reportToGitHub(results: CheckResult[], opts: ActionReportOptions): Promise<{ findingsFile: string }> {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const rel = path.relative(workspace, opts.root).split(path.sep).join('/');
  const prefix = rel && !rel.startsWith('..') ? rel + '/' : '';
  const prefixed = results.map((r) => ({
    ...r,
    findings: r.findings.map((f) => ({ ...f, file: prefix + f.file })),
    ...(r.suppressed && { suppressed: r.suppressed.map((f) => ({ ...f, file: prefix + f.file })) }),
  }));
  const findings = prefixed.flatMap((r) => r.findings);
  const changed = opts.changedFiles && new Set([...opts.changedFiles].map((f) => prefix + f));

  for (const line of renderAnnotations(findings, { ...(changed && { changedFiles: changed }) })) process.stdout.write(line + '\n');

  const outDir = runnerTempDir();
  const findingsFile = path.join(outDir, `${slug(opts.title)}-findings.json`);
  writeFileSync(findingsFile, JSON.stringify(renderJson(prefixed, opts.failOn), null, 2) + '\n');
  if (opts.sarifFile) {
    const sarifPath = path.resolve(workspace, opts.sarifFile);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, JSON.stringify(renderSarif(prefixed, { toolVersion: VERSION, rules: opts.rules }), null, 2) + '\n');
    core.setOutput('sarif-file', sarifPath);
  }

  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(renderSummary(prefixed, { title: opts.title, failOn: opts.failOn, ...(changed && { changedFiles: changed }), findingsFile })).write();
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  core.setOutput('errors', count('error'));
  core.setOutput('warnings', count('warning'));
  core.setOutput('findings-file', findingsFile);
  if (shouldFail(findings, opts.failOn)) {
    core.setFailed(`${opts.title}: ${count('error')} error(s), ${count('warning')} warning(s) (fail-on: ${opts.failOn})`);
  }
  return { findingsFile };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
