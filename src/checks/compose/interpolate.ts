/**
 * Interpolation of one compose file's values (never keys), before merge, plus the type casts compose-go
 * applies afterwards to whitelisted paths (`loader/interpolate.go`).
 */
import type { EnvTable, VariableSource } from './environment.js';
import { isContainer, valueLoc, type Key, type Loc } from './location.js';
import type { Problems } from './problems.js';
import { InvalidTemplateError, MissingRequiredError, substituteLenient, type Operator } from './template.js';
import type { Sources } from './yaml-load.js';

/** One reference to a variable, for the variables report. */
export interface VariableUse {
  name: string;
  /** Absolute path of the compose file that references it. */
  file: string;
  line: number;
  column: number;
  /** Dotted path of the value, e.g. `services.db.environment.PASSWORD`. */
  path: string;
  /** `${X?…}` or `${X:?…}`. */
  required: boolean;
  /** The (uninterpolated) default of `${X-d}` / `${X:-d}`. */
  default?: string;
  operator: Operator;
  set: boolean;
  source: VariableSource | 'unset';
  /** Absolute path of the dotenv file that set it. */
  sourceFile?: string;
  sourceLine?: number;
}

type Cast = (v: string) => unknown;

class CastError extends Error {}

const INT_RE = /^[+-]?\d+$/;

function toInt(v: string): number {
  if (!INT_RE.test(v)) throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: value out of range`);
  return n;
}

function toInt64(v: string): number {
  if (!INT_RE.test(v)) throw new CastError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
  return Number(v);
}

function toFloat(v: string): number {
  const s = v.replace(/_/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) && !/^[+-]?0[xX][0-9a-fA-F]+$/.test(v)) {
    throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
  }
  return Number(v);
}

function toBoolean(v: string): boolean {
  switch (v.toLowerCase()) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'y':
    case 'yes':
    case 'on':
    case 'n':
    case 'no':
    case 'off':
      throw new Yaml11Boolean(['y', 'yes', 'on'].includes(v.toLowerCase()));
    default:
      throw new CastError(`invalid boolean: ${v}`);
  }
}

class Yaml11Boolean extends Error {
  constructor(public value: boolean) {
    super('yaml 1.1 boolean');
  }
}

const S = ['services', '*'];
/** compose-go `interpolateTypeCastMapping`. */
const CASTS: Array<[string[], Cast]> = [
  [[...S, 'cpu_count'], toInt64],
  [[...S, 'cpu_percent'], toFloat],
  [[...S, 'cpu_period'], toInt64],
  [[...S, 'cpu_quota'], toInt64],
  [[...S, 'cpu_rt_period'], toInt64],
  [[...S, 'cpu_rt_runtime'], toInt64],
  [[...S, 'cpus'], toFloat],
  [[...S, 'cpu_shares'], toInt64],
  [[...S, 'init'], toBoolean],
  [[...S, 'depends_on', '*', 'required'], toBoolean],
  [[...S, 'depends_on', '*', 'restart'], toBoolean],
  [[...S, 'deploy', 'replicas'], toInt],
  [[...S, 'deploy', 'update_config', 'parallelism'], toInt],
  [[...S, 'deploy', 'update_config', 'max_failure_ratio'], toFloat],
  [[...S, 'deploy', 'rollback_config', 'parallelism'], toInt],
  [[...S, 'deploy', 'rollback_config', 'max_failure_ratio'], toFloat],
  [[...S, 'deploy', 'restart_policy', 'max_attempts'], toInt],
  [[...S, 'deploy', 'placement', 'max_replicas_per_node'], toInt],
  [[...S, 'healthcheck', 'retries'], toInt],
  [[...S, 'healthcheck', 'disable'], toBoolean],
  [[...S, 'oom_kill_disable'], toBoolean],
  [[...S, 'oom_score_adj'], toInt64],
  [[...S, 'pids_limit'], toInt64],
  [[...S, 'ports', '[]', 'target'], toInt],
  [[...S, 'privileged'], toBoolean],
  [[...S, 'read_only'], toBoolean],
  [[...S, 'scale'], toInt],
  [[...S, 'stdin_open'], toBoolean],
  [[...S, 'tty'], toBoolean],
  [[...S, 'ulimits', '*'], toInt],
  [[...S, 'ulimits', '*', 'hard'], toInt],
  [[...S, 'ulimits', '*', 'soft'], toInt],
  [[...S, 'volumes', '[]', 'read_only'], toBoolean],
  [[...S, 'volumes', '[]', 'volume', 'nocopy'], toBoolean],
  [['networks', '*', 'external'], toBoolean],
  [['networks', '*', 'internal'], toBoolean],
  [['networks', '*', 'attachable'], toBoolean],
  [['networks', '*', 'enable_ipv4'], toBoolean],
  [['networks', '*', 'enable_ipv6'], toBoolean],
  [['volumes', '*', 'external'], toBoolean],
  [['secrets', '*', 'external'], toBoolean],
  [['configs', '*', 'external'], toBoolean],
];

export function matches(path: readonly string[], pattern: readonly string[]): boolean {
  if (path.length !== pattern.length) return false;
  for (let i = 0; i < path.length; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  return true;
}

const CASTS_BY_LAST = new Map<string, Array<[string[], Cast]>>();
for (const c of CASTS) {
  const last = c[0][c[0].length - 1]!;
  CASTS_BY_LAST.set(last, [...(CASTS_BY_LAST.get(last) ?? []), c]);
}

/** Looked up for every string of the model: plain loops, which cost nothing to run before V8 optimises them. */
function casterFor(path: readonly string[]): Cast | undefined {
  return firstCast(CASTS_BY_LAST.get(path[path.length - 1]!), path) ?? firstCast(CASTS_BY_LAST.get('*'), path);
}

function firstCast(bucket: Array<[string[], Cast]> | undefined, path: readonly string[]): Cast | undefined {
  if (bucket) for (let i = 0; i < bucket.length; i++) if (matches(path, bucket[i]![0])) return bucket[i]![1];
  return undefined;
}

export interface InterpolateContext {
  env: EnvTable;
  problems: Problems;
  sources: Sources;
  uses: VariableUse[];
}

/** Interpolates every string value of `cfg` in place and applies compose's type casts. */
export function interpolateModel(cfg: Record<string, unknown>, ctx: InterpolateContext): void {
  walk(cfg, [], [], ctx);
}

function walk(container: Record<string, unknown> | unknown[], p: string[], r: Key[], ctx: InterpolateContext): void {
  const keys: Key[] = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = (container as Record<Key, unknown>)[k];
    if (typeof v !== 'string' && !isContainer(v)) continue;
    p.push(typeof k === 'number' ? '[]' : k);
    r.push(k);
    if (typeof v === 'string') {
      const out = interpolateString(v, container, k, r, ctx);
      if (out !== v) (container as Record<Key, unknown>)[k] = out;
      const cast = casterFor(p);
      if (cast) applyCast(cast, out, container, k, r, ctx);
    } else {
      walk(v as Record<string, unknown> | unknown[], p, r, ctx);
    }
    p.pop();
    r.pop();
  }
}

function applyCast(cast: Cast, value: string, container: object, k: Key, real: Key[], ctx: InterpolateContext): void {
  const loc = valueLoc(container, k);
  try {
    (container as Record<Key, unknown>)[k] = cast(value);
  } catch (e) {
    if (e instanceof Yaml11Boolean) {
      (container as Record<Key, unknown>)[k] = e.value;
      if (loc) {
        ctx.problems.add(
          'compose/yaml11-boolean',
          loc,
          `${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`${e.value}\``,
        );
      }
      return;
    }
    if (loc) ctx.problems.add('compose/invalid-value', loc, `${real.join('.')}: failed to cast to expected type: ${(e as Error).message}`);
  }
}

function interpolateString(v: string, container: object, k: Key, real: Key[], ctx: InterpolateContext): string {
  if (!v.includes('$')) return v;
  const loc = valueLoc(container, k);
  const dotted = real.join('.');
  const hookUses: Array<{ name: string; op: Operator; arg: string; value: string | undefined }> = [];
  const { value, error } = substituteLenient(v, (name) => ctx.env.get(name)?.value, { hook: (u) => hookUses.push(u) });
  if (!loc) return value;
  const seen = new Set<string>();
  for (const u of hookUses) {
    const key = `${u.name}\0${u.op}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = variableLoc(loc, u.name, ctx.sources);
    const src = ctx.env.get(u.name);
    ctx.uses.push({
      name: u.name,
      file: loc.file,
      line: where.line,
      column: where.column,
      path: dotted,
      required: u.op === '?' || u.op === ':?',
      ...(u.op === '-' || u.op === ':-' ? { default: u.arg } : {}),
      operator: u.op,
      set: src !== undefined,
      source: src?.source ?? 'unset',
      ...(src?.file ? { sourceFile: src.file, sourceLine: src.line } : {}),
    });
    if (u.op === '' && u.value === undefined) {
      ctx.problems.add('compose/unset-variable', where, `The "${u.name}" variable is not set. Defaulting to a blank string.`);
    }
  }
  if (error) {
    ctx.problems.poison(loc);
    if (error instanceof MissingRequiredError) {
      ctx.problems.add('compose/required-variable', variableLoc(loc, error.variable, ctx.sources), `${error.message} (in ${dotted})`);
    } else if (error instanceof InvalidTemplateError) {
      ctx.problems.add(
        'compose/invalid-interpolation',
        loc,
        `invalid interpolation format for ${dotted}: ${JSON.stringify(error.template)}; you may need to escape any $ with another $`,
      );
    } else {
      ctx.problems.add('compose/invalid-interpolation', loc, `error while interpolating ${dotted}: ${error.message}`);
    }
  }
  return value;
}

/** Position of the first `$NAME` / `${NAME` inside the scalar's text, or the scalar's own position. */
function variableLoc(loc: Loc, name: string, sources: Sources): Loc {
  if (loc.offset === undefined || loc.endOffset === undefined) return loc;
  const text = sources.text(loc.file);
  if (!text) return loc;
  const slice = text.slice(loc.offset, loc.endOffset);
  const at = referenceAt(slice, name);
  if (at < 0) return loc;
  const p = sources.pos(loc.file, loc.offset + at);
  return { file: loc.file, line: p.line, column: p.column };
}

const isNameChar = (c: number): boolean => c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Index of the first `$name` or `${name` in `s` that the name does not continue past (/\$\{?name(?![_a-zA-Z0-9])/),
 * or -1: a search, not a regular expression built and compiled for every variable of every file.
 */
function referenceAt(s: string, name: string): number {
  const ends = (at: number): boolean => s.startsWith(name, at) && (at + name.length >= s.length || !isNameChar(s.charCodeAt(at + name.length)));
  for (let i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) {
    if ((s.charCodeAt(i + 1) === 123 && ends(i + 2)) || ends(i + 1)) return i;
  }
  return -1;
}
