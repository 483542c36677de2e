import type { FindingSink } from './findings.js';
import { RULE } from './rules.js';
import { overlayFile, type Target } from './targets.js';

/**
 * No kubectl and no kustomize: one finding naming the overlays left unbuilt and how to get the tool,
 * at the first of them. Refused overlays are not listed; they would not have been built anyway.
 */
export function reportMissingKustomize(sink: FindingSink, targets: Target[]): void {
  const unbuilt = targets.filter((t) => !t.refused);
  const at = unbuilt[0] && overlayFile(unbuilt[0]);
  if (!at) return;
  const detail = 'kustomize not found: neither kubectl (for `kubectl kustomize`) nor a standalone kustomize is on PATH, so the overlay could not be built or validated';
  const help =
    'Install kubectl (https://kubernetes.io/docs/tasks/tools/), which includes kustomize, or a standalone kustomize ' +
    '(https://kubectl.docs.kubernetes.io/installation/kustomize/; scripts/tools/install-kustomize.sh of portarium-infra puts one in ~/.cache/portarium-infra/tools/bin). ' +
    'The kustomize-validate action installs a pinned kustomize itself.';
  for (const t of unbuilt) sink.add(RULE.kustomizeMissing, at, '', detail, { overlay: t.rel, help });
}
