import { type RuleIdOf, defineRules } from '../report/rules.js';

export type { RuleDef } from '../report/rules.js';

export const CHECK = 'deploy';

/**
 * The outcomes of a deploy (plan, apply, rollback) that a person must look at, reported as findings;
 * documented in docs/rules/deploy.md. A finding about the deploy as a whole stands at 1:1 of the
 * overlay's kustomization file; a refused kustomization entry at that entry.
 */
export const DEPLOY_RULES = defineRules(CHECK, [
  { id: 'deploy/render-failed', severity: 'error', description: 'The overlay could not be rendered (kustomize build failed or produced no Kubernetes objects).' },
  { id: 'deploy/remote-resource', severity: 'error', description: 'The overlay references a remote resource, base or component, refused before kustomize runs unless remote resources are allowed.' },
  { id: 'deploy/outside-root', severity: 'error', description: 'The overlay references a path outside the repository, refused before kustomize runs.' },
  { id: 'deploy/render-limit', severity: 'error', description: 'The kustomize build ran past its timeout or its output past the size cap, and was stopped.' },
  { id: 'deploy/image-not-pinned', severity: 'error', description: 'A container image is not pinned by digest although digests are required.' },
  { id: 'deploy/image-not-used', severity: 'warning', description: 'An image given to pin (build manifest or images list) matches no container in the rendered manifests.' },
  { id: 'deploy/plan-mismatch', severity: 'error', description: 'The manifests to apply differ from the ones the approved plan was made from.' },
  { id: 'deploy/prune-scope', severity: 'error', description: 'Pruning needs every namespaced object in the release namespace.' },
  { id: 'deploy/cluster-unreachable', severity: 'error', description: 'The Kubernetes API server could not be reached.' },
  { id: 'deploy/unauthorized', severity: 'error', description: 'The API server rejected the credentials (expired or invalid).' },
  { id: 'deploy/forbidden', severity: 'error', description: 'The credentials lack a permission the deploy needs (RBAC).' },
  { id: 'deploy/field-conflict', severity: 'error', description: 'Server-side apply conflict: another field manager owns a field this deploy sets.' },
  { id: 'deploy/rejected', severity: 'error', description: 'The API server rejected an object (validation or admission).' },
  { id: 'deploy/apply-failed', severity: 'error', description: 'kubectl apply failed.' },
  { id: 'deploy/rollout-timeout', severity: 'error', description: 'A workload did not finish rolling out within the timeout.' },
  { id: 'deploy/rollout-failed', severity: 'error', description: 'A workload rollout failed (progress deadline exceeded, Job failed).' },
  { id: 'deploy/digest-mismatch', severity: 'error', description: 'A running pod does not use the approved image digest.' },
  { id: 'deploy/digest-unverified', severity: 'warning', description: 'No running pod of a workload could be checked against the approved digests.' },
  { id: 'deploy/rolled-back', severity: 'warning', description: 'The deploy failed and the previous release was re-applied.' },
  { id: 'deploy/rollback-failed', severity: 'error', description: 'Re-applying the previous release failed too.' },
  { id: 'deploy/no-previous-release', severity: 'warning', description: 'There is no earlier successful release to roll back to.' },
  { id: 'deploy/release-record-failed', severity: 'error', description: 'The release could not be recorded in the cluster.' },
  { id: 'deploy/locked', severity: 'error', description: 'Another deploy of the same release held the release lock for longer than lock-timeout; nothing was applied.' },
  { id: 'deploy/lock-taken-over', severity: 'warning', description: 'The release lock was taken over from a holder that had stopped renewing it (a killed deploy).' },
  { id: 'deploy/lock-lost', severity: 'error', description: 'The release lock was lost while the deploy held it (another deploy took it over); the deploy stopped.' },
  { id: 'deploy/lock-release-failed', severity: 'warning', description: 'The release lock could not be released; it expires after its lease duration.' },
  { id: 'deploy/interrupted', severity: 'error', description: 'The deploy was cancelled (SIGINT/SIGTERM, a lost lock) before it finished; the revision is recorded as interrupted.' },
  { id: 'deploy/unfinished-revision', severity: 'warning', description: 'The newest revision of the release never finished (pending or interrupted): what is live may be a mix of it and the last deployed revision.' },
  { id: 'deploy/lock-held', severity: 'notice', description: 'A deploy of the release is running while the plan is made; the plan may be out of date when it finishes.' },
  { id: 'deploy/new-namespace', severity: 'notice', description: 'The release namespace does not exist yet, so the objects in it are only checked by the server when they are applied.' },
  { id: 'deploy/diff-truncated', severity: 'notice', description: 'The diff is larger than the size cap; the full diff is in the diff file.' },
]);

export type DeployRuleId = RuleIdOf<typeof DEPLOY_RULES>;

export const RULES = DEPLOY_RULES.rules;

export const { finding } = DEPLOY_RULES;
