import type { KustomizeCommand } from '../../tools/kustomize.js';
import type { Deadline } from '../deadline.js';
import { mapLimit } from '../map-limit.js';
import { buildKustomization } from './build.js';
import { buildFailureFindings } from './build-failure.js';
import type { Discovery } from './discover.js';
import { subjectOf, type FindingSink } from './findings.js';
import { parseBuildOutput } from './manifests.js';

import { locate } from './source-map.js';
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
  kustomize: KustomizeCommand,
  ctx: { root: string; discovery: Discovery; sink: FindingSink; deadline: Deadline; limits: BuildLimits },
  events: BuildEvents = {},
): Promise<void> {
  const { sink, deadline, limits } = ctx;
  await mapLimit(targets, limits.concurrency, async (t) => {
    if (t.refused) return;
    if (deadline.expired()) return markTimedOut(t, sink, deadline);
    t.build = await buildKustomization(kustomize, t.dir, {
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
    for (const p of parsed.problems) sink.add('kubernetes/invalid-manifest', overlayFile(t), '', `kustomize printed a document that cannot be read: ${p}`, { overlay: t.rel });
    for (const big of parsed.oversized) {
      const at = big.origin ? locate({ overlay: t.tree[0]!, tree: t.tree }, big, ['kind'], { key: true }) : overlayFile(t);
      if (sink.add('kubernetes/object-too-large', at, subjectOf(big), big.message, { overlay: t.rel, resource: big }) === 'error') t.oversized = (t.oversized ?? 0) + 1;
    }
    events.onBuilt?.(t);
  });
}
