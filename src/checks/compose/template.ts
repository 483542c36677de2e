/**
 * Compose variable interpolation, ported from compose-go `template/template.go` (Apache-2.0):
 * `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`, `${VAR+r}`, `$$`.
 * Defaults, messages and replacements are interpolated recursively and only when used; the closing
 * brace is found by counting braces; the operator whose first occurrence comes first wins.
 */
import { referenceAt, replaceReferences } from './template-scan.js';

export class InvalidTemplateError extends Error {
  constructor(public template: string) {
    super(`Invalid template: ${JSON.stringify(template)}`);
  }
}

/** References nested past MAX_NESTING levels (`${A:-${B:-...}}`, or chained `${A:-x}${B:-y}...` on one line). */
export class NestingTooDeepError extends Error {
  constructor() {
    super(`variable references are nested more than ${MAX_NESTING} levels deep (defaults inside defaults, or \${VAR:-x} references chained on one line)`);
  }
}

/** A stack overflow while substituting nested references, as the typed error the callers report. */
function typed(e: unknown): Error {
  return e instanceof RangeError && /call stack/i.test(e.message) ? new NestingTooDeepError() : (e as Error);
}

export class MissingRequiredError extends Error {
  constructor(
    public variable: string,
    public reason: string,
  ) {
    super(reason ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`);
  }
}

/** Returns the value of a variable, or undefined when it is not set. */
export type Mapping = (name: string) => string | undefined;

export type Operator = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

/** Called for every variable the substitution actually looks up. */
export type VariableHook = (use: { name: string; op: Operator; arg: string; value: string | undefined }) => void;

const OPERATORS: Operator[] = [':?', '?', ':-', '-', ':+', '+'];

interface Options {
  hook?: VariableHook;
}

/** Substitutes variables in `template`; throws the first InvalidTemplateError, MissingRequiredError or NestingTooDeepError. */
export function substitute(template: string, mapping: Mapping, opts: Options = {}): string {
  if (nesting >= MAX_NESTING) throw new NestingTooDeepError();
  nesting++;
  try {
    return substituteOnce(template, mapping, opts);
  } finally {
    nesting--;
  }
}

/**
 * How deep defaults, messages and the references after them may nest. Each level rescans the rest of the
 * value, so the bound keeps a hostile value linear in practice; compose files written by people stay far below it.
 */
export const MAX_NESTING = 256;
let nesting = 0;

function substituteOnce(template: string, mapping: Mapping, opts: Options): string {
  let firstError: Error | undefined;
  const result = replaceReferences(template, (substring) => {
    try {
      return replacement(substring, mapping, opts);
    } catch (e) {
      firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : typed(e);
      return '';
    }
  });
  if (firstError) throw firstError;
  return result;
}

/** Like `substitute`, but returns the partial result with the error instead of throwing. */
export function substituteLenient(template: string, mapping: Mapping, opts: Options = {}): { value: string; error?: Error } {
  let firstError: Error | undefined;
  const value = replaceReferences(template, (substring) => {
    try {
      return replacement(substring, mapping, opts);
    } catch (e) {
      firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : typed(e);
      return '';
    }
  });
  return firstError ? { value, error: firstError } : { value };
}

function operatorFor(template: string): Operator {
  let best: Operator = ':?';
  let bestIdx = -1;
  for (const op of OPERATORS) {
    const i = template.indexOf(op);
    if (i < 0) continue;
    if (bestIdx < 0 || i < bestIdx) {
      best = op;
      bestIdx = i;
    }
  }
  return best;
}

function firstClosingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function replacement(whole: string, mapping: Mapping, opts: Options): string {
  const op = operatorFor(whole);
  let substring = whole;
  let rest = '';
  const close = firstClosingBrace(substring);
  if (close > -1) {
    rest = substring.slice(close + 1);
    substring = substring.slice(0, close + 1);
  }
  const m = referenceAt(substring);
  if (!m) throw new InvalidTemplateError('');
  const { escaped, named, braced } = m;
  if (escaped) return escaped;
  const isBraced = !named;
  const substitution = named || braced || '';
  if (substitution === '') throw new InvalidTemplateError('');

  if (isBraced) {
    const applied = applyOperator(op, substitution, mapping, opts);
    if (applied !== undefined) return applied + substitute(rest, mapping, opts);
  }
  const value = mapping(substitution);
  opts.hook?.({ name: substitution, op: '', arg: '', value });
  return value ?? '';
}

/** The value for `${NAME<op>arg}`, or undefined when `substitution` does not use `op`. */
function applyOperator(op: Operator, substitution: string, mapping: Mapping, opts: Options): string | undefined {
  const i = substitution.indexOf(op);
  if (i < 0) return undefined;
  const name = substitution.slice(0, i);
  const arg = substitution.slice(i + op.length);
  const value = mapping(name);
  opts.hook?.({ name, op, arg, value });
  switch (op) {
    case ':-':
      return value === undefined || value === '' ? substitute(arg, mapping, opts) : value;
    case '-':
      return value === undefined ? substitute(arg, mapping, opts) : value;
    case ':+':
      return value !== undefined && value !== '' ? substitute(arg, mapping, opts) : (value ?? '');
    case '+':
      return value !== undefined ? substitute(arg, mapping, opts) : '';
    case ':?':
    case '?': {
      if (value === undefined || (op === ':?' && value === '')) {
        throw new MissingRequiredError(name, substitute(arg, mapping, opts));
      }
      return value;
    }
    default:
      return undefined;
  }
}
