import { type Finding, SEVERITY_RANK } from './finding.js';
import { selectAnnotations } from './budget.js';
import { commandText, escapeControls, logLine } from './escape.js';

// Escaping as the runner's workflow-command parser expects (actions/toolkit core command.ts).
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…::message` workflow command for a finding. */
export function annotationCommand(f: Finding, pathPrefix = ''): string {
  const props: [string, string | number | undefined][] = [
    ['file', escapeControls(pathPrefix + f.file)],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', escapeControls(`${f.rule}`)],
  ];
  const rendered = props
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  // The severity names the command: only ours, whatever a findings file read back says.
  const level = Object.hasOwn(SEVERITY_RANK, f.severity) ? f.severity : 'error';
  return `::${level} ${rendered}::${escapeData(commandText(f.message))}`;
}

/**
 * The workflow commands for a step: the budgeted annotations, then a plain log line for every finding
 * that got none, so nothing is silently dropped.
 */
export function renderAnnotations(
  findings: readonly Finding[],
  opts: { changedFiles?: ReadonlySet<string>; pathPrefix?: string } = {},
): string[] {
  const budget = selectAnnotations(findings, opts.changedFiles);
  const lines = budget.shown.map((f) => annotationCommand(f, opts.pathPrefix));
  if (budget.hiddenTotal > 0) {
    const shownSet = new Set(budget.shown);
    lines.push(
      `${budget.hiddenTotal} more finding(s) without annotation (GitHub shows 10 per severity per step): ` +
        `${budget.hidden.error} error(s), ${budget.hidden.warning} warning(s), ${budget.hidden.notice} notice(s):`,
    );
    for (const f of findings) {
      if (!shownSet.has(f)) lines.push(logLine(`  ${f.severity} ${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column} ${f.rule} ${oneLine(f.message)}`));
    }
  }
  return lines;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
