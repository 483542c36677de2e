import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../path-guard.js';
import { UsageError } from '../../report/finding.js';
import type { Deadline } from '../deadline.js';
import { isFile, type BuildOutcome } from './build.js';
import type { ChartRender } from './helm-chart.js';
import { buildTree, referenceProblems, type Discovery } from './discover.js';
import type { At, FindingSink } from './findings.js';
import { inputProblems } from './input-bounds.js';
import { kustomizationFile, type Kustomization } from './kustomization.js';
import type { BuiltResource } from './manifests.js';


/** One overlay to build: its kustomization tree, then what the build made of it. */
export interface Target {
  dir: string;
  rel: string;
  tree: Kustomization[];
  build?: BuildOutcome | undefined;
  resources: BuiltResource[];
  refused: boolean;
  timedOut?: boolean;
  /** Error findings for rendered documents too large to parse, already reported. */
  oversized?: number;
  /** Plain manifests (no kustomization): these files are read instead of built. */
  plain?: string[];
  /** A chart the settings name: rendered with helm instead of built. */
  chart?: ChartRender;
  /** Validated for this Kubernetes version only (a chart renders per version). */
  onlyVersion?: string;
}

const posix = (p: string) => p.split(path.sep).join('/');

/** The kustomization directories to build: those asked for (a file names its directory), else every overlay found. */
export function overlayDirs(root: string, paths: string[] | undefined, discovery: Discovery): string[] {
  if (!paths?.length) return discovery.overlays;
  return paths.map((p) => {
    let d = path.resolve(root, p);
    if (existsSync(d) && statSync(d).isFile()) d = path.dirname(d);
    if (!kustomizationFile(d)) throw new UsageError(`${p} has no kustomization.yaml`);
    return d;
  });
}

export function targetsOf(root: string, dirs: string[], discovery: Discovery): Target[] {
  return dirs.map((dir) => ({ dir, rel: posix(path.relative(root, dir)) || '.', tree: buildTree(dir, discovery.all), resources: [], refused: false }));
}

/** Where a finding about the overlay as a whole goes: its own kustomization file. */
export function overlayFile(t: Target): At {
  return { file: t.tree[0]?.file ?? kustomizationFile(t.dir) ?? path.join(t.dir, 'kustomization.yaml'), line: 1, column: 1 };
}

/**
 * Refuses before building: remote targets, paths leaving the repository, unreadable kustomizations,
 * and (decided on the files, before kustomize or a parser holds them) sizes and alias expansion.
 */
export function refuseUnsafe(targets: Target[], sink: FindingSink, root: string, opts: { allowRemoteBases?: boolean; maxFileBytes?: number }): void {
  for (const t of targets) {
    for (const k of t.tree) {
      if (k.parseError) {
        sink.add('kubernetes/build-failed', { file: k.file, line: k.parseError.line, column: k.parseError.column }, '', `kustomization cannot be read: ${k.parseError.message}`, { overlay: t.rel });
        t.refused = true;
      }
    }
    for (const p of referenceProblems(t.tree, root, opts.allowRemoteBases ?? false)) {
      t.refused = true;
      const at = { file: p.kustomization.file, line: p.entry.line, column: p.entry.column };
      if (p.rule === 'remote') {
        sink.add('kubernetes/remote-base', at, '', `${p.entry.field} entry ${p.entry.value} is remote; remote bases are refused (allow them explicitly to build)`, { overlay: t.rel });
      } else {
        sink.add('kubernetes/outside-root', at, '', `${p.entry.field} entry ${p.entry.value} resolves outside the repository`, { overlay: t.rel });
      }
    }
    if (t.refused) continue;
    for (const p of inputProblems(t.tree, opts.maxFileBytes)) {
      t.refused = true;
      sink.add(p.rule === 'file-too-large' ? 'kubernetes/file-too-large' : 'kubernetes/excessive-aliasing', p, '', p.message, { overlay: t.rel });
    }
  }
}

/** Ends an overlay with a finding when the check's time limit ran out before it was checked. */
export function markTimedOut(t: Target, sink: FindingSink, deadline: Deadline): void {
  t.timedOut = true;
  sink.add('kubernetes/deadline-exceeded', overlayFile(t), '', `the check's time limit (${deadline.describe()}) ran out before this overlay was checked`, { overlay: t.rel });
}

/**
 * The files the overlays were made of — kustomizations, the resources' source documents, charts'
 * templates and values files —
 * relative to the root: their comments may suppress findings, and one that suppresses nothing is reported.
 */
export function sourceFiles(root: string, targets: readonly Target[]): string[] {
  const files = new Set<string>();
  for (const t of targets) {
    for (const k of t.tree) files.add(k.file);
    for (const r of t.resources) {
      if (r.origin?.path) files.add(r.origin.path);
      // A chart's objects are written in its templates and values files.
      if (r.template) {
        if (!r.template.userValuesOnly) files.add(r.template.file);
        if (!r.template.userValuesOnly && isFile(path.join(r.template.chartDir, 'values.yaml'))) files.add(path.join(r.template.chartDir, 'values.yaml'));
        for (const v of r.template.values) files.add(typeof v === 'string' ? v : v.file);
      }
    }
  }
  return [...files].filter((f) => path.isAbsolute(f) && isInside(root, f)).map((f) => posix(path.relative(root, f))).sort();
}
