// node:fs/promises would load Node's streams and readline on every start: these few writes are synchronous.
import { appendFileSync, writeFileSync } from 'node:fs';
import {
  type CheckResult,
  type FailOn,
  UsageError,
  renderAnnotations,
  renderJson,
  renderSarif,
  renderSummary,
  renderTextChunks,
} from '../report/index.js';
import { jsonForLog } from '../report/escape.js';
import { VERSION } from '../version.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export function parseFormat(v: string | undefined): OutputFormat {
  const f = v ?? 'text';
  if (f === 'text' || f === 'json' || f === 'sarif' || f === 'github') return f;
  throw new UsageError(`--format must be text, json, sarif or github (got "${f}")`);
}

export interface OutputOptions {
  format: OutputFormat;
  failOn: FailOn;
  color: boolean;
  /** Prefix that turns root-relative paths into paths relative to the current directory. */
  pathPrefix: string;
  sarifFile?: string | undefined;
  jsonFile?: string | undefined;
}

/** Renders results in the chosen format on stdout, and the side files the user asked for. */
export async function writeResults(results: CheckResult[], opts: OutputOptions, out: (s: string) => void): Promise<void> {
  const withPrefix = (rs: CheckResult[]) =>
    opts.pathPrefix
      ? rs.map((r) => ({
          ...r,
          findings: r.findings.map((f) => ({ ...f, file: opts.pathPrefix + f.file })),
          ...(r.suppressed && { suppressed: r.suppressed.map((f) => ({ ...f, file: opts.pathPrefix + f.file })) }),
        }))
      : rs;
  switch (opts.format) {
    case 'text':
      // Written as it is rendered: the whole text of a large unformatted tree runs to hundreds of MB.
      for (const chunk of renderTextChunks(results, { color: opts.color, failOn: opts.failOn, pathPrefix: opts.pathPrefix })) out(chunk);
      break;
    case 'json':
      // JSON keeps paths relative to the scanned root, the documented contract.
      out(jsonForLog(JSON.stringify(renderJson(results, opts.failOn), null, 2)) + '\n');
      break;
    case 'sarif':
      out(jsonForLog(JSON.stringify(renderSarif(withPrefix(results), { toolVersion: VERSION, rules: await allRules() }), null, 2)) + '\n');
      break;
    case 'github': {
      for (const line of renderAnnotations(results.flatMap((r) => r.findings), { pathPrefix: opts.pathPrefix })) out(line + '\n');
      const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
      if (summaryFile) appendFileSync(summaryFile, renderSummary(withPrefix(results), { title: 'portarium-infra', failOn: opts.failOn }));
      break;
    }
  }
  if (opts.sarifFile) {
    writeFileSync(opts.sarifFile, JSON.stringify(renderSarif(withPrefix(results), { toolVersion: VERSION, rules: await allRules() }), null, 2) + '\n');
  }
  if (opts.jsonFile) writeFileSync(opts.jsonFile, JSON.stringify(renderJson(results, opts.failOn), null, 2) + '\n');
}

/** Every check's rules, for SARIF's rule table: loaded only then, so a command loads only its own check. */
async function allRules() {
  return (await import('../checks/registry.js')).ALL_RULES;
}
