import type { Finding } from '../../report/finding.js';
import { IGNORE_ANNOTATION } from '../../report/suppression-grammar.js';
import type { PodSecuritySettings } from '../../settings/sections.js';
import type { Deadline } from '../deadline.js';
import { apiLimitHits } from './api-limits.js';
import { objectIgnore, subjectOf, type FindingSink } from './findings.js';
import type { BuiltResource } from './manifests.js';
import type { OverlayReport, OverlayStatus } from './options.js';
import { crdScopes, runPolicies } from './policies.js';
import { podSecurityHits } from './pod-security/hits.js';
import { secretPolicies } from './secret-policies.js';
import { resultFindings } from './result-findings.js';
import { locate, type MapContext } from './source-map.js';
import { markTimedOut, type Target } from './targets.js';
import type { EarlyResults } from './early-validation.js';
import type { Validators } from './validators.js';
import { ValidationTimeout, type ValidationResult, type Validator } from './validator.js';

const VALIDATE_BATCH = 500;

export interface ValidateRun {
  versions: string[];
  locations: string[];
  sink: FindingSink;
  deadline: Deadline;
  stats: Record<string, number>;
  report: (o: OverlayReport, findings?: readonly Finding[]) => void;
  /** Results validated while the builds ran (see EarlyValidation). */
  early?: EarlyResults;
  podSecurity?: PodSecuritySettings | undefined;
}

/**
 * Runs the policies once per overlay and validates its resources once per Kubernetes version,
 * reporting each overlay × version as it ends.
 */
export async function validateTargets(targets: Target[], validators: Validators, run: ValidateRun): Promise<void> {
  const { sink, deadline, stats, report } = run;
  const scopes = crdScopes(validators.crds);
  for (const t of targets) {
    const ctx: MapContext = { overlay: t.tree[0]!, tree: t.tree };
    if (!t.refused && !t.timedOut && t.build?.ok && deadline.expired()) markTimedOut(t, sink, deadline);
    const status: OverlayStatus | undefined = t.refused ? 'refused' : t.timedOut ? 'timed-out' : t.build && !t.build.ok ? 'build-failed' : undefined;
    let policyErrors = t.oversized ?? 0;
    const policyFindings: Finding[] = [];
    if (!status) {
      for (const res of t.resources) if (objectIgnore(res) !== undefined) sink.noteIgnore(res, locate(ctx, res, ['metadata', 'annotations', IGNORE_ANNOTATION], { key: true }));
      const collecting = sink.collect(policyFindings);
      for (const hit of [...runPolicies(t.resources, scopes), ...secretPolicies(t.resources), ...podSecurityHits(t.resources, run.podSecurity), ...t.resources.flatMap(apiLimitHits)]) {
        const at = locate(ctx, hit.resource, hit.pointer, { missing: hit.missing, key: hit.missing });
        if (sink.add(hit.rule, at, subjectOf(hit.resource), hit.message, { overlay: t.rel, resource: hit.resource }) === 'error') policyErrors++;
      }
      collecting.stop();
    }
    for (const v of run.versions) {
      if (t.onlyVersion !== undefined && t.onlyVersion !== v) continue;
      if (status) {
        report({ path: t.rel, version: v, resources: 0, errors: 1, status });
        continue;
      }
      const results = await (run.early?.(t, v) ?? validateInBatches(validators.byVersion.get(v)!, t.resources, deadline));
      if (results === undefined) {
        markTimedOut(t, sink, deadline);
        report({ path: t.rel, version: v, resources: t.resources.length, errors: 1, status: 'timed-out' });
        continue;
      }
      let errors = policyErrors;
      // An oversized object's error is not among the findings collected: then the count stands alone.
      const findings = t.oversized ? undefined : [...policyFindings];
      const collecting = findings && sink.collect(findings);
      for (const r of results) {
        const res = t.resources[r.document];
        if (!res) continue;
        if (r.status === 'valid') stats.valid!++;
        else if (r.status === 'invalid') stats.invalid!++;
        else if (r.status === 'error') stats.errors!++;
        else if (r.status === 'skipped') stats.skipped!++;
        errors += resultFindings(sink, ctx, { overlay: t.rel, version: v }, r, res, run.locations);
      }
      collecting?.stop();
      stats.resources! += t.resources.length;
      report({ path: t.rel, version: v, resources: t.resources.length, errors, status: errors > 0 ? 'failed' : 'passed' }, findings);
    }
  }
}

/** Validates in batches so the deadline is tested between them; undefined when it ran out. */
export async function validateInBatches(validator: Validator, resources: BuiltResource[], deadline: Deadline): Promise<ValidationResult[] | undefined> {
  const out: ValidationResult[] = [];
  for (let i = 0; i < resources.length; i += VALIDATE_BATCH) {
    if (deadline.expired()) return undefined;
    let batch: ValidationResult[];
    try {
      batch = await validator.validateDocuments(resources.slice(i, i + VALIDATE_BATCH).map((r) => r.text ?? r.json), { timeoutMs: deadline.remaining() });
    } catch (e) {
      if (e instanceof ValidationTimeout) return undefined;
      throw e;
    }
    for (const r of batch) out.push({ ...r, document: r.document + i });
  }
  return out;
}
