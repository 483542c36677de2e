// Kubernetes deploy engine: render → plan → apply (→ rollback). No @actions imports: the CLI, the
// k8s-deploy action and the tests share it.
export { plan } from './plan.js';
export { apply } from './apply.js';
export { rollback, rollbackTarget } from './rollback.js';
export { render, kustomizeRenderer, refusedReferences, RenderFailed, RenderLimitExceeded, type Renderer, type Rendered, type RenderOptions } from './render.js';
export { checkDeployAllowed, refAllowed, DeployRefused, DEFAULT_ENVIRONMENTS, DEFAULT_PROTECTED_ENVIRONMENTS, type GuardOptions } from './guard.js';
export { pinImages, pinsFromBuildManifest, pinsFromList, type ImagePin, type PinnedContainer } from './pin.js';
export { digestOfImageId } from './verify-digests.js';
export { rolloutState, waitForRollouts, type RolloutState } from './rollout.js';
export { ReleaseStore, type ReleaseMeta, type ReleaseRecord, type ReleaseStatus } from './release-store.js';
export { applysetId, applysetParentName } from './applyset.js';
export { FIELD_MANAGER, ANNOTATION_COMMIT, ANNOTATION_RUN, ANNOTATION_RELEASE } from './annotate.js';
export { RULES, CHECK, type RuleDef } from './rules.js';
export type { ApplyOptions, Changes, ClusterOptions, DeployOptions, DeployResult, DeployStatus, PlanFile, RollbackOptions, RollbackReport } from './types.js';
export { actionInput, cliFlag, type SettingName } from './wording.js';
