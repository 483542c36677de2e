import type { KustomizeCommand } from '../../tools/kustomize.js';
import type { Deadline } from '../deadline.js';
import { mapLimit } from '../map-limit.js';
import { buildKustomization } from './build.js';
import { buildFailureFindings } from './build-failure.js';
import type { Discovery } from './discover.js';
import { subjectOf, type FindingSink } from './findings.js';
import { parseBuildOutput } from './manifests.js';

import { locate } from './source-map.js';
import { locateHelm } from '../../tools/helm.js';
import { reportMissingHelm } from './missing-tool.js';
import { chartResources, renderChart, type ChartRender } from './helm-chart.js';
import { mapChartTemplates } from './kustomize-charts.js';
import { readManifests } from './plain-manifests.js';
import { markTimedOut, overlayFile, type Target } from './targets.js';

/** Longest a single build may take, within what is left of the check's time limit. */
export const BUILD_TIMEOUT_MS = 120_000;

export interface BuildLimits {
  concurrency: number;
  maxManifestBytes?: number | undefined;
  kustomizeMemoryBytes?: number | undefined;
}

export interface BuildEvents {
  /** A kustomize process is running (the main thread has time for other work). */
  onStarted?: () => void;
  /** `t` built and its resources read. */
  onBuilt?: (t: Target) => void;
}

/** Builds every overlay not refused and reads the rendered resources into `t.resources`. */
export async function buildTargets(
  targets: Target[],
  kustomize: KustomizeCommand | undefined,
  ctx: { root: string; discovery: Discovery; sink: FindingSink; deadline: Deadline; limits: BuildLimits; helm?: Promise<string | undefined>; resolveHelm?: (() => Promise<string | undefined>) | undefined },
  events: BuildEvents = {},
): Promise<void> {
  const { sink, deadline, limits } = ctx;
  await mapLimit(targets, limits.concurrency, async (t) => {
    if (t.refused) return;
    if (deadline.expired()) return markTimedOut(t, sink, deadline);
    if (t.plain) return readPlain(t, sink, events);
    if (t.chart) {
      const helm = await (ctx.helm ??= (ctx.resolveHelm ?? locateHelm)());
      if (!helm) return reportMissingHelm(sink, t);
      return renderChartTarget(t, t.chart, helm, ctx, events);
    }
    // Without kustomize only plain targets are left (the others were reported).
    if (!kustomize) return;
    const helm = t.tree.some((k) => k.charts.length > 0) ? await (ctx.helm ??= (ctx.resolveHelm ?? locateHelm)()) : undefined;
    if (t.tree.some((k) => k.charts.length > 0) && !helm) return reportMissingHelm(sink, t);
    t.build = await buildKustomization(kustomize, t.dir, {
      helm,
      maxBytes: limits.maxManifestBytes,
      sortOptions: t.tree[0]?.sortOptions,
      timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
      memoryBytes: limits.kustomizeMemoryBytes,
      onStarted: events.onStarted,
    });
    if (!t.build.ok && t.build.timedOut && deadline.expired()) {
      t.build = undefined;
      return markTimedOut(t, sink, deadline);
    }
    if (!t.build.ok) {
      buildFailureFindings(sink, t, t.build.message, ctx.root, ctx.discovery.all);
      return;
    }
    const parsed = parseBuildOutput(t.build.output, t.build.wrapperDir);
    t.resources = parsed.resources;
    if (helm) await mapChartTemplates(t.resources, t.tree, helm, deadline.cap(BUILD_TIMEOUT_MS));
    for (const p of parsed.problems) sink.add('kubernetes/invalid-manifest', overlayFile(t), '', `kustomize printed a document that cannot be read: ${p}`, { overlay: t.rel });
    for (const big of parsed.oversized) {
      const at = big.origin ? locate({ overlay: t.tree[0]!, tree: t.tree }, big, ['kind'], { key: true }) : overlayFile(t);
      if (sink.add('kubernetes/object-too-large', at, subjectOf(big), big.message, { overlay: t.rel, resource: big }) === 'error') t.oversized = (t.oversized ?? 0) + 1;
    }
    events.onBuilt?.(t);
  });
}

/** A plain target's "build": its files read, each unreadable document a finding at its line. */
function readPlain(t: Target, sink: FindingSink, events: BuildEvents): void {
  const read = readManifests(t.plain ?? []);
  t.resources = read.resources;
  for (const p of read.problems) sink.add('kubernetes/invalid-manifest', { file: p.file, line: p.line, column: 1 }, '', `the document cannot be read: ${p.message}`, { overlay: t.rel });
  t.build = { ok: true, output: read.resources.map((r) => r.text ?? r.json).join('\n---\n'), wrapperDir: '' };
  events.onBuilt?.(t);
}

/** A chart's "build": `helm template` for the target's Kubernetes version. */
async function renderChartTarget(t: Target, chart: ChartRender, helm: string, ctx: { sink: FindingSink; deadline: Deadline; root: string }, events: BuildEvents): Promise<void> {
  const running = renderChart(helm, chart, ctx.deadline.cap(BUILD_TIMEOUT_MS));
  events.onStarted?.();
  const r = await running;
  if (!r.ok) {
    t.build = { ok: false, message: r.message ?? 'helm template failed', wrapperDir: '' };
    ctx.sink.add('kubernetes/build-failed', overlayFile(t), '', `helm template failed: ${t.build.message}`, { overlay: t.rel, ...(chart.kubernetesVersion ? { version: chart.kubernetesVersion } : {}) });
    return;
  }
  const parsed = chartResources(r.output, chart);
  t.resources = parsed.resources;
  for (const p of parsed.problems) ctx.sink.add('kubernetes/invalid-manifest', overlayFile(t), '', `helm printed a document that cannot be read: ${p}`, { overlay: t.rel });
  t.build = { ok: true, output: r.output, wrapperDir: '' };
  events.onBuilt?.(t);
}
