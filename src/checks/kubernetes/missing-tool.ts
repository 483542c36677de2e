import { HELM_VERSION } from '../../tools/helm.js';
import type { FindingSink } from './findings.js';
import type { RuleId } from './rules.js';
import { overlayFile, type Target } from './targets.js';

/**
 * No kubectl and no kustomize: one finding naming the overlays left unbuilt and how to get the tool,
 * at the first of them. Refused overlays are not listed; they would not have been built anyway.
 */
export function reportMissingKustomize(sink: FindingSink, targets: Target[]): void {
  const detail = 'kustomize not found: neither kubectl (for `kubectl kustomize`) nor a standalone kustomize is on PATH, so the overlay could not be built or validated';
  const help =
    'Install kubectl (https://kubernetes.io/docs/tasks/tools/), which includes kustomize, or a standalone kustomize ' +
    '(https://kubectl.docs.kubernetes.io/installation/kustomize/; scripts/tools/install-kustomize.sh of portarium-infra puts one in ~/.cache/portarium-infra/tools/bin). ' +
    'The kustomize-validate action installs a pinned kustomize itself.';
  reportMissing(sink, targets.filter((t) => !t.refused), 'kubernetes/kustomize-missing', detail, help);
}

/**
 * The kubeconform engine was asked for and no kubeconform is there: the overlays are built (their
 * build failures are reported) but not validated, and one finding says so.
 */
export function reportMissingKubeconform(sink: FindingSink, targets: Target[]): void {
  const detail = 'kubeconform not found: the kubeconform engine was asked for, so the overlay was built but not validated';
  const help =
    'Put kubeconform on PATH (https://github.com/yannh/kubeconform/releases; scripts/tools/install-kubeconform.sh of portarium-infra puts one in ' +
    '~/.cache/portarium-infra/tools/bin), or use the builtin engine (kubernetes.engine: builtin), which validates the same way in-process. ' +
    'The kustomize-validate action installs a pinned, checksum-verified kubeconform itself.';
  reportMissing(sink, targets.filter((t) => t.build?.ok), 'kubernetes/kubeconform-missing', detail, help);
}

function reportMissing(sink: FindingSink, targets: Target[], rule: RuleId, detail: string, help: string): void {
  const at = targets[0] && overlayFile(targets[0]);
  if (!at) return;
  for (const t of targets) sink.add(rule, at, '', detail, { overlay: t.rel, help });
}

/** An overlay with `helmCharts:` (or a chart the settings name) and no helm at the pinned version: the overlay is not built, one finding says why. */
export function reportMissingHelm(sink: FindingSink, t: Target): void {
  const chart = t.tree.flatMap((k) => k.charts.map((c) => ({ k, c })))[0];
  t.refused = true;
  sink.add(
    'kubernetes/helm-missing',
    chart ? { file: chart.k.file, line: chart.c.line, column: chart.c.column } : overlayFile(t),
    '',
    `${chart ? 'helmCharts needs' : 'the chart needs'} helm ${HELM_VERSION}, which was not found (tools dir or PATH), so the overlay could not be built or validated`,
    { overlay: t.rel, help: 'Run scripts/tools/install-helm.sh of portarium-infra, or put helm ' + HELM_VERSION + ' on PATH. The kustomize-validate action installs it itself.' },
  );
}
