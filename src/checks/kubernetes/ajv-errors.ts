import type { ErrorObject } from 'ajv';
import type { ValidationError } from './validator.js';

const TYPE_ORDER = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'number' : 'string';
}

function quote(s: string): string {
  return "'" + JSON.stringify(s).slice(1, -1) + "'";
}

function display(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v !== null && typeof v === 'object') return 'value';
  return String(v);
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Record<string, unknown>)[key] : undefined;
  }
  return cur;
}

/**
 * ajv errors as kubeconform reports them (santhosh-tekuri/jsonschema messages): one entry per
 * instance location and keyword, branch errors of a failed oneOf/anyOf folded into it.
 */
export function formatAjvErrors(errors: readonly ErrorObject[], data: unknown): ValidationError[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  const out: ValidationError[] = [];
  const grouped = new Map<string, { path: string; keyword: string; names: string[] }>();
  for (const e of errors) {
    if (combinators.some((p) => e.schemaPath.startsWith(p))) continue;
    const path = e.instancePath;
    switch (e.keyword) {
      case 'type': {
        const want = String((e.params as { type: string | string[] }).type).split(',');
        want.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
        out.push({ path, msg: `got ${jsonType(valueAt(data, path))}, want ${want.join(' or ')}` });
        break;
      }
      case 'required':
      case 'additionalProperties': {
        const name =
          e.keyword === 'required'
            ? (e.params as { missingProperty: string }).missingProperty
            : (e.params as { additionalProperty: string }).additionalProperty;
        const key = `${e.keyword}\u0000${path}`;
        const g = grouped.get(key);
        if (g) g.names.push(name);
        else {
          const entry = { path, keyword: e.keyword, names: [name] };
          grouped.set(key, entry);
          out.push({ path, msg: '' });
          (out[out.length - 1] as ValidationError & { group?: typeof entry }).group = entry;
        }
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const primitive = allowed.every((v) => v === null || typeof v !== 'object');
        out.push({
          path,
          msg: !primitive ? 'enum failed' : allowed.length === 1 ? `value must be ${display(allowed[0])}` : `value must be one of ${allowed.map(display).join(', ')}`,
        });
        break;
      }
      case 'const':
        out.push({ path, msg: `value must be ${display((e.params as { allowedValue: unknown }).allowedValue)}` });
        break;
      case 'oneOf': {
        const passing = (e.params as { passingSchemas: number[] | null }).passingSchemas;
        out.push({ path, msg: passing ? `oneOf failed, subschemas ${passing[0]}, ${passing[1]} matched` : 'oneOf failed, none matched' });
        break;
      }
      case 'anyOf':
        out.push({ path, msg: 'anyOf failed' });
        break;
      case 'format':
        out.push({ path, msg: `${display(valueAt(data, path))} is not valid ${(e.params as { format: string }).format}` });
        break;
      case 'pattern':
        out.push({ path, msg: `${quote(String(valueAt(data, path)))} does not match pattern ${quote((e.params as { pattern: string }).pattern)}` });
        break;
      case 'minLength':
      case 'maxLength': {
        const v = valueAt(data, path);
        out.push({ path, msg: `${e.keyword}: got ${typeof v === 'string' ? [...v].length : '?'}, want ${(e.params as { limit: number }).limit}` });
        break;
      }
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties': {
        const v = valueAt(data, path);
        const got = Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : '?';
        out.push({ path, msg: `${e.keyword}: got ${got}, want ${(e.params as { limit: number }).limit}` });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        out.push({ path, msg: `${e.keyword}: got ${String(valueAt(data, path))}, want ${(e.params as { limit: number }).limit}` });
        break;
      case 'multipleOf':
        out.push({ path, msg: `multipleOf: got ${String(valueAt(data, path))}, want ${(e.params as { multipleOf: number }).multipleOf}` });
        break;
      case 'uniqueItems': {
        const p = e.params as { i: number; j: number };
        out.push({ path, msg: `items at ${Math.min(p.i, p.j)} and ${Math.max(p.i, p.j)} are equal` });
        break;
      }
      case 'false schema':
        out.push({ path, msg: 'false schema' });
        break;
      case 'propertyNames':
        out.push({ path, msg: `invalid propertyName ${quote(String((e.params as { propertyName?: string }).propertyName ?? ''))}` });
        break;
      default:
        out.push({ path, msg: e.message ?? `${e.keyword} failed` });
    }
  }
  for (const v of out as Array<ValidationError & { group?: { keyword: string; names: string[] } }>) {
    if (!v.group) continue;
    const names = v.group.names.map(quote).join(', ');
    v.msg =
      v.group.keyword === 'required'
        ? `missing propert${v.group.names.length === 1 ? 'y' : 'ies'} ${names}`
        : `additional properties ${names} not allowed`;
    delete v.group;
  }
  return out;
}

/** kubeconform's Invalid message: `problem validating schema. Check JSON formatting: jsonschema validation failed with '<uri>#' - at ...`. */
export function invalidMessage(uri: string, errors: ValidationError[]): string {
  const causes = errors.map((e) => `- at ${quote(e.path)}: ${e.msg}`).join(' ');
  return `problem validating schema. Check JSON formatting: jsonschema validation failed with ${quote(uri + '#')} ${causes}`;
}
