import type { Severity } from '../../report/finding.js';

export interface RuleDef {
  id: string;
  severity: Severity;
  description: string;
}

export const CHECK = 'terraform-fmt';

export const RULE = {
  notFormatted: 'terraform/not-formatted',
  syntaxError: 'terraform/syntax-error',
  writeFailed: 'terraform/write-failed',
  changedWhileFormatting: 'terraform/changed-while-formatting',
  skippedFile: 'terraform/skipped-file',
  engineError: 'terraform/engine-error',
  deadlineExceeded: 'terraform/deadline-exceeded',
} as const;

export const RULES: RuleDef[] = [
  { id: RULE.notFormatted, severity: 'error', description: 'Lines that `terraform fmt` would change (one finding per changed hunk).' },
  { id: RULE.syntaxError, severity: 'error', description: 'The file does not parse as HCL, so terraform fmt refuses to format it.' },
  { id: RULE.writeFailed, severity: 'error', description: 'Write mode could not replace the file with its formatted text (read-only, permissions).' },
  {
    id: RULE.changedWhileFormatting,
    severity: 'error',
    description: 'Write mode left a file alone because its content changed between reading and writing it (another writer); run again.',
  },
  { id: RULE.skippedFile, severity: 'warning', description: 'A file was not checked: unreadable, not a regular file, or a symbolic link leaving the root.' },
  { id: RULE.deadlineExceeded, severity: 'error', description: "The check's time limit ran out before this file was checked." },
  { id: RULE.engineError, severity: 'error', description: 'The formatter (builtin or terraform/tofu binary) failed on a file for a reason other than its syntax.' },
];
