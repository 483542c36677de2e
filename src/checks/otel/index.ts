/**
 * The otel check: finds OpenTelemetry Collector configurations, checks them as the collector's own
 * `validate` does (component ids, pipelines, signals, connectors, each component's settings), and
 * enforces the redaction policy of `.portarium-infra.yml` on every path out of the collector.
 * Pure TypeScript and read-only.
 */
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { type CheckResult, type Finding, UsageError } from '../../report/finding.js';
import { pathGuard } from '../../path-guard.js';
import { discoverConfigs } from './discover.js';
import { readConfig } from './model.js';
import type { Problem } from './problems.js';
import { type RedactionPolicy, checkRedaction } from './redaction.js';
import { OTEL_RULES } from './rules.js';
import { type OtelSource, positionOf, readSource } from './source.js';
import { checkStructure } from './structure.js';
import { checkValues } from './values.js';
import { runCompose, type ComposeResult } from '../compose/index.js';
import { checkWiring } from './wiring.js';

export { RULES, OTEL_RULES } from './rules.js';
export type { RedactionPolicy, RedactionRule } from './redaction.js';

export interface OtelOptions {
  root: string;
  /** Collector configurations (relative to root). Omitted: every YAML file with a top-level receivers/exporters/service. */
  configs?: string[];
  redaction?: RedactionPolicy;
  /** Set in the actions: no file whose real path is outside it is read. */
  workspace?: string;
  /** Hosts outside the compose projects that exporters and datasources may name. */
  externalHosts?: string[];
  /** Loads the compose projects whose services run the collector, Tempo and Grafana (default: discover them). */
  loadCompose?: () => Promise<ComposeResult>;
}

/** Checks one parsed configuration; the findings' positions are in `src`. */
export function checkSource(src: OtelSource, redaction: RedactionPolicy | undefined): Problem[] {
  const problems: Problem[] = [];
  const config = readConfig(src, problems);
  checkStructure(config, problems);
  checkValues(src, config, problems);
  if (redaction) checkRedaction(src, config, redaction, problems);
  return problems;
}

export async function runOtel(opts: OtelOptions): Promise<CheckResult> {
  const root = path.resolve(opts.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`otel: root ${opts.root} is not a directory`);
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const guard = pathGuard(opts.workspace);
  const findings: Finding[] = [];
  const files = discoverConfigs(root, opts.configs);
  const parsed = new Map<string, OtelSource>();
  for (const file of files) {
    const refused = guard(file);
    if (refused) {
      findings.push(OTEL_RULES.finding('otel/unreadable-file', { file: rel(file), line: 1, column: 1 }, `the collector configuration ${refused.reason}; it is not read`));
      continue;
    }
    const src = readSource(file);
    parsed.set(file, src);
    if (src.problem) {
      findings.push(OTEL_RULES.finding(src.problem.rule, { file: rel(file), line: src.problem.line, column: src.problem.column }, src.problem.message));
      continue;
    }
    for (const p of checkSource(src, opts.redaction)) {
      findings.push(OTEL_RULES.finding(p.rule, { file: rel(file), ...positionOf(src, p.node) }, p.message));
    }
  }
  if (files.length) {
    // The compose check reports the projects' own problems; here they only tell who mounts what.
    const load = opts.loadCompose ?? (() => runCompose({ root, ...(opts.workspace !== undefined && { workspace: opts.workspace }) }));
    const compose = await load().catch(() => undefined);
    const projects = (compose?.projects ?? []).flatMap((p) => (p.model ? [{ files: p.files.map((f) => path.resolve(root, f)), model: p.model }] : []));
    for (const w of checkWiring(projects, parsed, opts.externalHosts ?? [])) findings.push(OTEL_RULES.finding(w.rule, { file: rel(w.file), ...w.at }, w.message));
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { check: 'otel', findings, sources: files.map(rel).sort(), artifacts: {}, stats: { files: files.length } };
}
