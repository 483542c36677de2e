import type { ValidationResult } from './validator.js';

export interface Summary {
  resources: number;
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  skipped: number;
}

/** Counts as kubeconform's summary does: empty documents are not resources; files are distinct names. */
export function summarize(results: readonly ValidationResult[]): Summary {
  const s: Summary = { resources: 0, files: new Set(results.map((r) => r.filename)).size, valid: 0, invalid: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === 'empty') continue;
    s.resources++;
    if (r.status === 'valid') s.valid++;
    else if (r.status === 'invalid') s.invalid++;
    else if (r.status === 'error') s.errors++;
    else s.skipped++;
  }
  return s;
}

/** kubeconform's text summary line; `stdin` replaces the file count when the input was a stream. */
export function summaryLine(s: Summary, stdin = false): string {
  const found = stdin ? 'found parsing stdin' : `found in ${s.files} file${s.files > 1 ? 's' : ''}`;
  return `Summary: ${s.resources} resource${s.resources > 1 ? 's' : ''} ${found} - Valid: ${s.valid}, Invalid: ${s.invalid}, Errors: ${s.errors}, Skipped: ${s.skipped}`;
}

/** kubeconform's text output line for one result (verbose lines included), or undefined for empty documents. */
export function textLine(r: ValidationResult): string | undefined {
  switch (r.status) {
    case 'valid':
      return `${r.filename} - ${r.kind} ${r.name} is valid`;
    case 'invalid':
      return `${r.filename} - ${r.kind} ${r.name} is invalid: ${r.msg}`;
    case 'error':
      return r.kind === '' && r.name === '' ? `${r.filename} - failed validation: ${r.msg}` : `${r.filename} - ${r.kind} ${r.name} failed validation: ${r.msg}`;
    case 'skipped':
      return `${r.filename} - ${r.name} ${r.kind} skipped`;
    default:
      return undefined;
  }
}

/** kubeconform's exit status: 1 when anything is invalid or an error. */
export function exitCode(results: readonly ValidationResult[]): 0 | 1 {
  return results.some((r) => r.status === 'invalid' || r.status === 'error') ? 1 : 0;
}
