import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Finding, UsageError } from '../../report/finding.js';
import { mdCode, mdFence } from '../../report/escape.js';
import { locateKubeconform } from '../../tools/kubeconform.js';
import { locateKustomize } from '../../tools/kustomize.js';
import { DEFAULT_KUBERNETES_VERSION } from '../../tools/schemas.js';
import { Deadline } from '../deadline.js';
import { diffAgainstBase } from './base-diff.js';
import { buildTargets, type BuildLimits } from './build-targets.js';
import { discover } from './discover.js';
import { EarlyValidation } from './early-validation.js';
import { checkEngineOptions } from './engine.js';
import { FindingSink } from './findings.js';
import { stripOrigins } from './manifests.js';
import { reportMissingKubeconform, reportMissingKustomize } from './missing-tool.js';
import type { KustomizeOptions, KustomizeResult, OverlayReport, OverlayStatus } from './options.js';
import { summaryDiff } from './render-diff.js';
import { writeRendered, type Rendered } from './rendered-dir.js';
import { CHECK, RULES } from './rules.js';
import { defaultSchemaCacheDir } from './schema-fetch.js';
import { checkKubernetesVersion } from './schema-location.js';
import { chartTargets } from './helm-chart.js';
import { discoverManifestTargets, manifestTargets } from './plain-manifests.js';
import { overlayDirs, refuseUnsafe, sourceFiles, targetsOf } from './targets.js';
import { validateTargets } from './validate.js';
import { createValidators } from './validators.js';
import { clearYamlCache } from './yaml-source.js';

export { RULES, CHECK };
export type { RuleDef, RuleSetting } from './rules.js';
export type { KustomizeOptions, KustomizeResult, OverlayReport, OverlayStatus } from './options.js';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const MAX_CONCURRENCY = 8;

/**
 * Builds every requested kustomization (or every overlay found), validates the rendered resources
 * against Kubernetes JSON schemas with the chosen engine, runs the policy rules and, with a base ref,
 * diffs the rendered manifests.
 */
export async function runKustomize(opts: KustomizeOptions): Promise<KustomizeResult> {
  const root = path.resolve(opts.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${opts.root} is not a directory`);
  const log = opts.log ?? (() => {});
  const versions = opts.kubernetesVersions?.length ? opts.kubernetesVersions : [DEFAULT_KUBERNETES_VERSION];
  for (const v of versions) checkKubernetesVersion(v);
  const strict = opts.strict ?? true;
  const locations = opts.schemaLocations?.length ? opts.schemaLocations : ['default'];
  const http = { cacheDir: opts.schemaCache?.dir ?? defaultSchemaCacheDir(), fetch: opts.fetch };
  for (const v of versions) checkEngineOptions({ kubernetesVersion: v, schemaLocations: locations, baseDir: root });
  clearYamlCache();

  // `kustomize version` runs while discovery reads the tree.
  const locating = opts.kustomize ? Promise.resolve(opts.kustomize) : locateKustomize();
  const discovery = discover(root);
  const dirs = overlayDirs(root, opts.paths, discovery);
  const sink = new FindingSink(root, opts.rules, versions.length);
  // Each build may use up to its memory limit: a configuration from a pull request cannot multiply that without end.
  const limits: BuildLimits = {
    concurrency: Math.min(Math.max(1, opts.concurrency ?? 2), MAX_CONCURRENCY),
    maxManifestBytes: opts.maxManifestBytes,
    kustomizeMemoryBytes: opts.kustomizeMemoryBytes,
  };
  const deadline = new Deadline(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const overlays: OverlayReport[] = [];
  const report = (o: OverlayReport, findings?: readonly Finding[]) => {
    overlays.push(o);
    opts.onOverlay?.(o, findings);
  };
  const plain = opts.manifests?.length ? manifestTargets(root, opts.manifests) : opts.paths?.length || opts.charts?.length ? [] : discoverManifestTargets(root, discovery, opts.maxFileBytes);
  const charts = chartTargets(root, opts.charts ?? [], versions);
  const stats: Record<string, number> = { kustomizations: discovery.all.size, overlays: dirs.length, resources: 0, valid: 0, invalid: 0, errors: 0, skipped: 0 };
  if (plain.length) stats.manifestFolders = plain.length;
  if (charts.length) stats.charts = opts.charts!.length;
  const artifacts: Record<string, string> = {};
  if (dirs.length === 0 && plain.length === 0 && charts.length === 0) return { check: CHECK, findings: [], artifacts, stats, overlays };

  // Builds and renders first, so their processes start before the plain files are read.
  let targets = [...targetsOf(root, dirs, discovery), ...charts, ...plain];
  refuseUnsafe(targets, sink, root, opts);
  const kustomize = dirs.length ? await locating : undefined;
  if (dirs.length && !kustomize) {
    // The other checks of the run still report; this one says what is missing instead of ending the run.
    reportMissingKustomize(sink, targets.filter((t) => !t.plain && !t.chart));
    targets = targets.filter((t) => t.plain || t.chart);
    if (!targets.length) return { check: CHECK, findings: sink.findings(), artifacts, stats, overlays };
  }
  if (kustomize) log(`kustomize: ${kustomize.kind === 'kubectl' ? 'kubectl kustomize' : kustomize.path} (kustomize ${kustomize.version})`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portarium-k8s-'));
  try {
    const makeValidators = () => createValidators(targets, opts, { root, versions, locations, strict, http, tmp, log });
    // The kubeconform engine runs its own processes: it starts after the builds, as it always has.
    const early = (opts.engine ?? 'builtin') === 'builtin' ? new EarlyValidation(makeValidators, versions, deadline) : undefined;
    // Work on the main thread waits until every build of the first wave runs, so none starts later for it.
    let waiting = Math.min(limits.concurrency, targets.filter((t) => !t.refused && !t.plain).length);
    const firstWaveRuns = () => {
      early?.started();
      opts.onBuildsStarted?.();
    };
    if (waiting === 0) firstWaveRuns();
    await buildTargets(targets, kustomize, { root, discovery, sink, deadline, limits, resolveHelm: opts.resolveHelm }, {
      onStarted: () => {
        if (--waiting === 0) firstWaveRuns();
      },
      onBuilt: (t) => early?.built(t),
    });
    if (opts.engine === 'kubeconform' && !(await locateKubeconform(opts.kubeconformPath ? { path: opts.kubeconformPath } : {}))) {
      reportMissingKubeconform(sink, targets);
      return { check: CHECK, findings: sink.findings(), artifacts, stats, overlays };
    }
    const { validators, early: earlyResults } = early ? await early.finish(targets) : { validators: await makeValidators(), early: undefined };
    await validateTargets(targets, validators, { versions, locations, sink, deadline, stats, report, podSecurity: opts.podSecurity, ...(earlyResults ? { early: earlyResults } : {}) });
    await validators.saveCache();

    let diff: string | undefined;
    if (opts.renderedDir || opts.baseRef) {
      const rendered: Rendered = new Map();
      for (const t of targets) if (t.build?.ok) rendered.set(t.rel, stripOrigins(t.build.output));
      const renderedDir = opts.renderedDir ? path.resolve(root, opts.renderedDir) : undefined;
      if (renderedDir) {
        await writeRendered(rendered, renderedDir);
        artifacts.rendered = renderedDir;
      }
      // A plain folder's diff is the files' own, in the pull request; only builds are rendered at the base.
      if (opts.baseRef && kustomize) {
        const diffs = await diffAgainstBase(targets.filter((t) => !t.plain && !t.chart), rendered, kustomize, {
          root,
          baseRef: opts.baseRef,
          allowRemoteBases: opts.allowRemoteBases ?? false,
          maxFileBytes: opts.maxFileBytes,
          deadline,
          limits,
        });
        diff = summaryDiff(diffs);
        const file = renderedDir ? path.join(renderedDir, 'kustomize.diff') : path.join(os.tmpdir(), `portarium-kustomize-${process.pid}.diff`);
        await writeFile(file, diffs.filter((d) => d.changed).map((d) => d.diff).join('\n'));
        artifacts.diff = file;
        stats.changedOverlays = diffs.filter((d) => d.changed).length;
      }
    }

    const findings = sink.findings();
    const summaryMarkdown = renderOverlaySection(overlays, diff, opts.baseRef);
    return { check: CHECK, findings, sources: sourceFiles(root, targets), objectSuppressions: sink.objectSuppressions(), artifacts, stats, overlays, ...(diff !== undefined ? { diff } : {}), summaryMarkdown };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The kustomize section of a job summary (overlay table, manifest diff): report/summary's renderSummary appends it. */
function renderOverlaySection(overlays: OverlayReport[], diff: string | undefined, baseRef: string | undefined): string {
  const icon: Record<OverlayStatus, string> = { passed: '✅', failed: '❌', 'build-failed': '❌ build', refused: '⛔ refused', 'timed-out': '⏱ timed out' };
  const lines = ['| Overlay | Kubernetes | Resources | Errors | Status |', '|---|---|---|---|---|'];
  for (const o of overlays) lines.push(`| ${mdCode(o.path)} | ${o.version} | ${o.resources} | ${o.errors} | ${icon[o.status]} |`);
  if (baseRef !== undefined) {
    lines.push('', `### Rendered manifest diff against ${mdCode(baseRef, { table: false })}`, '');
    lines.push(diff ? mdFence(diff, 'diff') : 'No rendered changes.');
  }
  return lines.join('\n');
}
