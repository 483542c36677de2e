import path from 'node:path';
import { isInside } from '../../path-guard.js';
import type { Finding, ObjectSuppression, Severity } from '../../report/finding.js';
import { IGNORE_ANNOTATION } from '../../report/suppression-grammar.js';
import type { BuiltResource } from './manifests.js';
import { CHECK, ruleSeverity, type RuleId, type RuleSetting } from './rules.js';
import { writtenName } from './source-map.js';

export interface At {
  file: string;
  line: number;
  column: number;
}

export interface FindingContext {
  overlay?: string;
  version?: string;
  help?: string;
  /**
   * Identifies the problem independent of where the build put it (a list index shifted by an
   * overlay's patch, a name changed by namePrefix), so one line in a base is one finding.
   */
  same?: string;
  /** The object the finding is about: its `portarium-infra.dev/ignore` annotation goes with the finding. */
  resource?: BuiltResource;
}

const posix = (p: string) => p.split(path.sep).join('/');

/** Collects findings, merging the same problem reported by several overlays or versions. */
export class FindingSink {
  private readonly byKey = new Map<string, { finding: Finding; overlays: Set<string>; versions: Set<string>; detail: string; subject: string }>();

  private readonly root: string;
  private readonly rules: Record<string, RuleSetting> | undefined;
  private readonly versionCount: number;

  constructor(root: string, rules: Record<string, RuleSetting> | undefined, versionCount: number) {
    this.root = root;
    this.rules = rules;
    this.versionCount = versionCount;
  }

  add(rule: RuleId, at: At, subject: string, detail: string, ctx: FindingContext = {}): Severity | undefined {
    const severity = ruleSeverity(rule, this.rules);
    if (!severity) return undefined;
    const file = isInside(this.root, at.file) ? posix(path.relative(this.root, at.file)) : posix(at.file);
    const key = `${rule}|${file}|${at.line}|${at.column}|${ctx.same ?? detail}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = {
        finding: { check: CHECK, rule, severity, file, line: at.line, column: at.column, message: '', ...(ctx.help ? { help: ctx.help } : {}) },
        overlays: new Set(),
        versions: new Set(),
        detail,
        subject,
      };
      this.byKey.set(key, entry);
    }
    const ignore = ctx.resource && this.ignoreOf(ctx.resource, entry.finding);
    if (ignore !== undefined && entry.finding.objectIgnore === undefined) entry.finding.objectIgnore = ignore;
    if (ctx.overlay !== undefined) entry.overlays.add(ctx.overlay);
    if (ctx.version !== undefined) entry.versions.add(ctx.version);
    this.collecting?.push(entry.finding);
    return severity;
  }

  private collecting: Finding[] | undefined;

  /**
   * Collects the findings added until `stop` is called (each as added, a finding shared with another
   * overlay included): an overlay's own findings, so its progress line counts what the report will.
   */
  collect(into: Finding[]): { stop(): void } {
    this.collecting = into;
    return { stop: () => (this.collecting = undefined) };
  }

  private readonly ignores = new WeakMap<BuiltResource, ObjectSuppression>();
  private readonly ignoresAt = new Map<string, ObjectSuppression>();

  /** Records a resource's suppression annotation and where it is written, before its findings are added. */
  noteIgnore(res: BuiltResource, at: At): void {
    const text = objectIgnore(res);
    if (text === undefined) return;
    const file = isInside(this.root, at.file) ? posix(path.relative(this.root, at.file)) : posix(at.file);
    const s: ObjectSuppression = { text, file, line: at.line, column: at.column };
    this.ignores.set(res, s);
    if (!this.ignoresAt.has(`${file}:${at.line}`)) this.ignoresAt.set(`${file}:${at.line}`, s);
  }

  /** Every annotation recorded, one per place it is written (a base shared by overlays is one). */
  objectSuppressions(): ObjectSuppression[] {
    return [...this.ignoresAt.values()];
  }

  /** The annotation as recorded, or (an object too large to map) its text at the finding. */
  private ignoreOf(res: BuiltResource, f: Finding): ObjectSuppression | undefined {
    const noted = this.ignores.get(res);
    if (noted) return noted;
    const text = objectIgnore(res);
    return text === undefined ? undefined : { text, file: f.file, line: f.line, column: f.column };
  }

  findings(): Finding[] {
    return [...this.byKey.values()].map((e) => {
      const where: string[] = [];
      if (e.overlays.size > 0) where.push(`${e.overlays.size > 1 ? 'overlays' : 'overlay'} ${[...e.overlays].sort().join(', ')}`);
      if (this.versionCount > 1 && e.versions.size > 0 && e.versions.size < this.versionCount) where.push(`Kubernetes ${[...e.versions].sort().join(', ')}`);
      const message = `${e.subject ? `${e.subject}: ` : ''}${e.detail}${where.length ? ` (${where.join('; ')})` : ''}`;
      return { ...e.finding, message };
    });
  }
}

/** The object's suppression annotation, read by the one suppression pass in src/report. */
export function objectIgnore(r: BuiltResource): string | undefined {
  const annotations = (r.object['metadata'] as { annotations?: unknown } | undefined)?.annotations;
  if (typeof annotations !== 'object' || annotations === null) return undefined;
  const v = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
  return typeof v === 'string' ? v : undefined;
}

/**
 * `Kind name` with the name as written in the resource's source file: a base shared by overlays
 * with different namePrefix, nameSuffix or namespace is one finding, and its name is the one a
 * person finds in the file the finding points at.
 */
export function subjectOf(r: BuiltResource): string {
  return [r.kind, writtenName(r) || r.name].filter(Boolean).join(' ');
}
