import { type Finding, type Severity, SEVERITY_RANK, compareFindings } from './finding.js';

/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationBudget {
  shown: Finding[];
  /** Findings that exist but get no annotation, per severity. */
  hidden: Record<Severity, number>;
  hiddenTotal: number;
}

/**
 * Spends the per-step budget on the findings a reviewer most needs: the most severe first, and among
 * those the ones in files the pull request changed (when known), then in file/line order.
 */
export function selectAnnotations(
  findings: readonly Finding[],
  changedFiles?: ReadonlySet<string>,
  perSeverity = ANNOTATIONS_PER_SEVERITY,
): AnnotationBudget {
  const inChange = (f: Finding) => (changedFiles && changedFiles.has(f.file) ? 0 : 1);
  const ordered = [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || inChange(a) - inChange(b) || compareFindings(a, b),
  );
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Finding[] = [];
  for (const f of ordered) {
    if (used[f.severity] < perSeverity) {
      used[f.severity]++;
      shown.push(f);
    } else {
      hidden[f.severity]++;
    }
  }
  return { shown, hidden, hiddenTotal: hidden.error + hidden.warning + hidden.notice };
}
