/** Severity of a finding, in the order GitHub ranks annotations. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * One thing a person must look at. `file` is relative to the scanned root (POSIX separators);
 * `line`/`column` are 1-based and point at the text that must change.
 */
export interface Finding {
  check: string;
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** A longer explanation or the fix, shown in summaries and SARIF. */
  help?: string;
  /** Why the finding is accepted, when a suppression or the baseline accepted it (docs/suppressions.md). */
  suppression?: Suppression;
  /** Identifies the finding across edits elsewhere in its file (fingerprint.ts): SARIF partialFingerprints, the baseline. */
  fingerprint?: string;
  /**
   * The `portarium-infra.dev/ignore` annotation of the rendered object the finding is about: the
   * suppression pass reads it, whatever source line the finding points at.
   */
  objectIgnore?: ObjectSuppression;
}

/** An object annotation's suppression text and where the annotation is written. */
export interface ObjectSuppression {
  text: string;
  file: string;
  line: number;
  column: number;
}

/** SARIF's kinds: a comment or annotation in the source, or the baseline file beside it. */
export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
}

/** What a check ran over and how it ended, for `checks[]` in JSON output and the summary. */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface CheckResult {
  check: string;
  findings: Finding[];
  /** Paths of files the check produced (merged config, diff, rendered manifests, ...). */
  artifacts: Record<string, string>;
  /** Counts worth showing: files scanned, resources validated, ... */
  stats: Record<string, number>;
  /** Findings a suppression or the baseline accepted: reported in JSON and SARIF, never counted. */
  suppressed?: Finding[];
  /** Files (relative to the root) the check read whose comments may suppress its findings. */
  sources?: string[];
  /** Every suppression annotation on the objects the check saw, so one that matches nothing is reported. */
  objectSuppressions?: ObjectSuppression[];
  /**
   * Files (relative to the root) the check read and found no suppression comment in, with the lines
   * its findings name as it read them (report/source-lines.ts): the suppression pass does not read
   * these files again. A line missing here is read from the file.
   */
  sourceLines?: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** Extra markdown a reporter may append to the job summary (variables report, diff, ...). */
  summaryMarkdown?: string;
}

export type FailOn = 'error' | 'warning' | 'never';

/** The single fail-on policy shared by the CLI, every action and the workflows. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}

export function checkStatus(result: CheckResult, failOn: FailOn): CheckStatus {
  return shouldFail(result.findings, failOn) ? 'failed' : 'passed';
}

export function parseFailOn(value: string | undefined, fallback: FailOn = 'error'): FailOn {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'error' || v === 'warning' || v === 'never') return v;
  throw new UsageError(`fail-on must be one of error, warning, never (got "${value}")`);
}

/** Order findings for display: file, line, column, then severity. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

/** A mistake in how the tool was called or configured: exit 2, message without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
