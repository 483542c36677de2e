import * as core from '@actions/core';
import { UsageError } from '../report/finding.js';

export function input(name: string): string {
  return core.getInput(name);
}

/** A multiline (or comma-separated on one line) list input; blank lines and `#` comments ignored. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(',') && !line.trim().startsWith('#') ? line.split(',') : [line]))
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UsageError(`input ${name} must be true or false (got "${v}")`);
}

/** A list input, or undefined when empty: an empty input keeps the setting of .portarium-infra.yml. */
export function optionalList(name: string): string[] | undefined {
  const v = listInput(name);
  return v.length ? v : undefined;
}

/** A boolean input, or undefined when empty (the setting of .portarium-infra.yml stays). */
export function optionalBoolean(name: string): boolean | undefined {
  return core.getInput(name).trim() === '' ? undefined : booleanInput(name, false);
}

/** A string input, or undefined when empty. */
export function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}
