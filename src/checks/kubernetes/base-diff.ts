import path from 'node:path';
import type { KustomizeCommand } from '../../tools/kustomize.js';
import type { Deadline } from '../deadline.js';
import { mapLimit } from '../map-limit.js';
import { buildKustomization } from './build.js';
import { BUILD_TIMEOUT_MS, type BuildLimits } from './build-targets.js';
import { buildTree, referenceProblems } from './discover.js';
import { inputProblems } from './input-bounds.js';
import { kustomizationFile, loadKustomization, type Kustomization } from './kustomization.js';
import { stripOrigins } from './manifests.js';
import { checkoutBase, overlayDiff, type OverlayDiff } from './render-diff.js';
import type { Rendered } from './rendered-dir.js';
import type { Target } from './targets.js';

/**
 * The same overlays built from the root as it was at `baseRef`, each diffed against what they build
 * to now. The base is held to the same refusals and bounds as the head before kustomize sees it.
 */
export async function diffAgainstBase(
  targets: Target[],
  rendered: Rendered,
  kustomize: KustomizeCommand,
  run: { root: string; baseRef: string; allowRemoteBases: boolean; maxFileBytes?: number | undefined; deadline: Deadline; limits: BuildLimits },
): Promise<OverlayDiff[]> {
  const { baseRef, deadline, limits } = run;
  const base = await checkoutBase(run.root, baseRef);
  try {
    const baseDiscovery = new Map<string, Kustomization>();
    return await mapLimit(targets, limits.concurrency, async (t) => {
      const dir = path.join(base.dir, t.rel);
      let before: string | undefined;
      if (deadline.expired()) before = `# not rendered at ${baseRef}: the check's time limit ran out\n`;
      else if (kustomizationFile(dir) && loadKustomization(dir)) {
        const tree = buildTree(dir, baseDiscovery);
        if (referenceProblems(tree, base.dir, run.allowRemoteBases).length === 0 && inputProblems(tree, run.maxFileBytes).length === 0) {
          const b = await buildKustomization(kustomize, dir, {
            maxBytes: limits.maxManifestBytes,
            sortOptions: tree[0]?.sortOptions,
            timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
            memoryBytes: limits.kustomizeMemoryBytes,
          });
          before = b.ok ? stripOrigins(b.output) : `# kustomize build failed at ${baseRef}: ${b.message.split(base.dir + path.sep).join('')}\n`;
        } else before = `# not rendered at ${baseRef}: remote or out-of-repository references, or inputs over the size bounds\n`;
      }
      return overlayDiff(t.rel, before, rendered.get(t.rel));
    });
  } finally {
    await base.cleanup();
  }
}
