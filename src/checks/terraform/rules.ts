import { type RuleIdOf, defineRules } from '../../report/rules.js';

export type { RuleDef } from '../../report/rules.js';

export const CHECK = 'terraform-fmt';

/** Every rule of the terraform fmt check; documented in docs/rules/terraform.md. */
export const TERRAFORM_RULES = defineRules(CHECK, [
  { id: 'terraform/not-formatted', severity: 'error', description: 'Lines that `terraform fmt` would change (one finding per changed hunk).' },
  { id: 'terraform/syntax-error', severity: 'error', description: 'The file does not parse as HCL, so terraform fmt refuses to format it.' },
  { id: 'terraform/write-failed', severity: 'error', description: 'Write mode could not replace the file with its formatted text (read-only, permissions).' },
  {
    id: 'terraform/changed-while-formatting',
    severity: 'error',
    description: 'Write mode left a file alone because its content changed between reading and writing it (another writer); run again.',
  },
  { id: 'terraform/skipped-file', severity: 'warning', description: 'A file was not checked: unreadable, not a regular file, or a symbolic link leaving the root.' },
  { id: 'terraform/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this file was checked." },
  { id: 'terraform/engine-error', severity: 'error', description: 'The formatter (builtin or terraform/tofu binary) failed on a file for a reason other than its syntax.' },
]);

export type RuleId = RuleIdOf<typeof TERRAFORM_RULES>;

export const RULES = TERRAFORM_RULES.rules;

