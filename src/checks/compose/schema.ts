/**
 * The Compose Specification JSON schema applied with Ajv, errors turned into findings at the file and line
 * that supplied the value, worded like compose-go (`services.web.ports.0 must be a number, string or mapping`).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import precompiled from './schema/validate.generated.js';
import { isContainer, keyLoc, locAtPath, type Key, type Loc } from './location.js';
import type { Problems } from './problems.js';

/**
 * Compiled ahead of time (scripts/gen-compose-validator.mjs): compiling the Compose schema at start-up
 * cost more than everything else the CLI does on a typical project.
 */
function validator(): ValidateFunction {
  return precompiled as unknown as ValidateFunction;
}

const COMPOSITE = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);

function pathOf(instancePath: string): Key[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const TYPE_WORDS: Record<string, string> = { object: 'mapping', array: 'list' };

function humanTypes(want: string[]): string {
  const words = [...new Set(want.map((w) => TYPE_WORDS[w] ?? w))].sort();
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const isUnder = (p: string, base: string): boolean => p === base || p.startsWith(base + '/');

/** Validates `model`; every error becomes a `compose/schema` problem. Returns how many were found. */
export function validateSchema(model: Record<string, unknown>, problems: Problems, fallback: Loc): number {
  const validate = validator();
  if (validate(model)) return 0;
  const errors = (validate.errors ?? []) as ErrorObject[];
  const concrete = errors.filter((e) => !COMPOSITE.has(e.keyword));
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    if (COMPOSITE.has(e.keyword)) {
      // A composite failure says nothing more than the branch errors under it, when there are any.
      if (!concrete.some((c) => isUnder(c.instancePath, e.instancePath))) kept.push(e);
      continue;
    }
    if (e.keyword === 'type') {
      // A type mismatch next to deeper errors, or other errors at the same place, comes from a branch
      // of a oneOf that the value was never meant for: the value has the type of another branch.
      const other = concrete.some(
        (c) => c !== e && (c.instancePath.startsWith(e.instancePath + '/') || (c.instancePath === e.instancePath && c.keyword !== 'type')),
      );
      if (other) continue;
    }
    kept.push(e);
  }

  const typeGroups = new Map<string, string[]>();
  const out: Array<{ path: Key[]; message: string; loc: Loc }> = [];
  for (const e of kept) {
    const path = pathOf(e.instancePath);
    const dotted = path.length ? path.join('.') : '(root)';
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'type': {
        const list = typeGroups.get(e.instancePath) ?? [];
        list.push(...(Array.isArray(p['type']) ? (p['type'] as string[]) : String(p['type']).split(',')));
        typeGroups.set(e.instancePath, list);
        break;
      }
      case 'additionalProperties': {
        const extra = String(p['additionalProperty']);
        const loc = keyLoc(valueAt(model, path), extra) ?? locAtPath(model, path) ?? fallback;
        out.push({ path, loc, message: `${dotted} additional properties '${extra}' not allowed` });
        break;
      }
      case 'required':
        out.push({ path, loc: locAtPath(model, path, true) ?? fallback, message: `${dotted} missing property '${String(p['missingProperty'])}'` });
        break;
      case 'enum':
        out.push({
          path,
          loc: locAtPath(model, path) ?? fallback,
          message: `${dotted} must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'const':
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be ${JSON.stringify(p['allowedValue'])}` });
        break;
      case 'pattern':
        out.push({
          path,
          loc: locAtPath(model, path) ?? fallback,
          message: `${dotted} '${String(valueAt(model, path))}' does not match pattern '${String(p['pattern'])}'`,
        });
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be greater than or equal to ${String(p['limit'])}` });
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be less than or equal to ${String(p['limit'])}` });
        break;
      case 'uniqueItems': {
        const dup = [...path, Number(p['i'])];
        out.push({
          path: dup,
          loc: locAtPath(model, dup) ?? fallback,
          message: `${dotted} must not contain duplicates: items ${String(p['j'])} and ${String(p['i'])} are equal`,
        });
        break;
      }
      case 'minItems':
      case 'minProperties':
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must not be empty` });
        break;
      case 'oneOf':
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} matches more than one of the allowed forms` });
        break;
      default:
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} ${e.message ?? e.keyword}` });
    }
  }
  for (const [instancePath, want] of typeGroups) {
    const path = pathOf(instancePath);
    const dotted = path.length ? path.join('.') : '(root)';
    out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be a ${humanTypes(want)}` });
  }
  for (const o of out) problems.add('compose/schema', o.loc, o.message);
  // Later checks of these values (durations, ports, sizes...) would only say the same again.
  for (const o of out) problems.poison(o.loc);
  return out.length;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let cur = root;
  for (const k of path) {
    if (!isContainer(cur)) return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}
