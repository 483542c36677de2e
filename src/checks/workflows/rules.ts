import { type RuleIdOf, defineRules } from '../../report/rules.js';

/** Every rule of the workflow contract checks; documented in docs/rules/workflows.md. */
export const WORKFLOWS_RULES = defineRules('workflows', [
  { id: 'workflows/unknown-callee', severity: 'error', description: 'A local reusable workflow reference points at a file that does not exist or is not callable.' },
  { id: 'workflows/unknown-input', severity: 'error', description: 'A caller passes an input the callee does not declare.' },
  { id: 'workflows/missing-input', severity: 'error', description: 'A caller omits an input the callee requires.' },
  { id: 'workflows/input-type', severity: 'error', description: 'A value passed to a typed input cannot have that type.' },
  { id: 'workflows/unknown-secret', severity: 'error', description: 'A caller passes a secret the callee does not declare.' },
  { id: 'workflows/missing-secret', severity: 'error', description: 'A caller omits a secret the callee requires.' },
  { id: 'workflows/secrets-inherit-required', severity: 'error', description: 'The callee reads environment secrets it does not declare, which arrive only with `secrets: inherit`.' },
  { id: 'workflows/permission-exceeds-caller', severity: 'error', description: 'A callee job requests a GITHUB_TOKEN permission its caller does not grant; the run is rejected before it starts.' },
  { id: 'workflows/concurrency-deadlock', severity: 'error', description: 'Caller and callee use the same concurrency group, which GitHub cancels as a deadlock.' },
  { id: 'workflows/unknown-action-input', severity: 'error', description: 'A step passes an input a local action does not declare.' },
  { id: 'workflows/concurrency-collision', severity: 'error', description: 'Two calls of one reusable workflow in the same run share a concurrency group and cancel or queue behind each other.' },
  { id: 'workflows/artifact-collision', severity: 'error', description: 'Two calls of one reusable workflow in the same run upload artifacts under the same name.' },
  { id: 'workflows/packages-write-on-pull-request', severity: 'error', description: 'A job that can run on a pull request is granted `packages: write`.' },
]);

export type WorkflowsRuleId = RuleIdOf<typeof WORKFLOWS_RULES>;

export const RULES = WORKFLOWS_RULES.rules;

export const { finding } = WORKFLOWS_RULES;
