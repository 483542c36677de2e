/**
 * Merging compose models, ported from compose-go `override/merge.go` (Apache-2.0). Mappings merge
 * recursively, sequences append, scalars are replaced, and a table of paths has its own rules.
 * Positions follow the values: whatever the later file supplied points at the later file.
 */
import { matches } from './interpolate.js';
import type { ComposeRuleId } from './rules.js';
import {
  arrayWithLocs,
  copyEntryLoc,
  ensureLocs,
  hasOwn,
  isMapping,
  itemsWithLocs,
  locsOf,
  register,
  selfLoc,
  setOwn,
  valueLoc,
  type Loc,
} from './location.js';

export class MergeError extends Error {
  constructor(
    message: string,
    public loc: Loc | undefined,
    /** The rule to report it under, when it is not a merge conflict. */
    public rule?: ComposeRuleId,
  ) {
    super(message);
  }
}

type Merger = (e: unknown, o: unknown, path: string[], eLoc: Loc | undefined, oLoc: Loc | undefined) => unknown;

const SPECIALS: Array<[string[], Merger]> = [];
const special = (p: string, m: Merger): void => {
  SPECIALS.push([p.split('.'), m]);
};

/** Merges `override` over `base` (both mutated/consumed), like compose-go `override.MergeYaml`. */
export function mergeYaml(e: unknown, o: unknown, path: string[], eLoc?: Loc, oLoc?: Loc): unknown {
  for (const [pattern, m] of SPECIALS) if (matches(path, pattern)) return m(e, o, path, eLoc ?? selfLoc(e), oLoc ?? selfLoc(o));
  if (o === null || o === undefined) return e;
  if (isMapping(e)) {
    if (!isMapping(o)) throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
    return mergeMappings(e, o, path);
  }
  if (Array.isArray(e)) {
    if (!Array.isArray(o)) throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
    return arrayWithLocs([...itemsWithLocs(e), ...itemsWithLocs(o)], selfLoc(o) ?? selfLoc(e));
  }
  return o;
}

/** Top-level merge of two whole models. */
export function mergeModels(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  return mergeYaml(base, override, []) as Record<string, unknown>;
}

export function mergeMappings(mapping: Record<string, unknown>, other: Record<string, unknown>, path: string[]): Record<string, unknown> {
  for (const [k, v] of Object.entries(other)) {
    if (!hasOwn(mapping, k)) {
      setOwn(mapping, k, v);
      copyEntryLoc(mapping, k, other, k);
      continue;
    }
    const before = mapping[k];
    const oLoc = valueLoc(other, k);
    const merged = mergeYaml(before, v, [...path, k], valueLoc(mapping, k), oLoc);
    setOwn(mapping, k, merged);
    if (merged === v) {
      copyEntryLoc(mapping, k, other, k);
    } else if (merged !== before && typeof merged === 'object' && merged !== null) {
      const self = selfLoc(merged) ?? oLoc;
      if (self) ensureLocs(mapping, self).values.set(k, self);
    }
  }
  return mapping;
}

function mergeLogging(c: unknown, o: unknown, path: string[]): unknown {
  if (!isMapping(c) || !isMapping(o)) return o ?? c;
  const d = o['driver'];
  const od = c['driver'];
  if (d === od || !hasOwn(o, 'driver') || !hasOwn(c, 'driver')) return mergeMappings(c, o, path);
  return o;
}

function toBuild(v: unknown, at: Loc | undefined): Record<string, unknown> | undefined {
  if (typeof v === 'string') {
    const b = { context: v };
    if (at) register(b, at).values.set('context', at);
    return b;
  }
  return isMapping(v) ? v : undefined;
}

function mergeBuild(c: unknown, o: unknown, path: string[], eLoc: Loc | undefined, oLoc: Loc | undefined): unknown {
  const base = toBuild(c, eLoc);
  const over = toBuild(o, oLoc);
  if (!base) return over ?? o;
  if (!over) return base;
  return mergeMappings(base, over, path);
}

/** A list of names becomes a mapping of each name to a copy of `def` (or null). */
export function convertIntoMapping(a: unknown, def: Record<string, unknown> | null): Record<string, unknown> | undefined {
  if (isMapping(a)) return a;
  if (Array.isArray(a)) {
    const out: Record<string, unknown> = {};
    const l = register(out, selfLoc(a) ?? { file: '', line: 1, column: 1 });
    a.forEach((s, i) => {
      const key = String(s);
      const value = def === null ? null : { ...def };
      setOwn(out, key, value);
      const at = valueLoc(a, i);
      if (at) {
        l.keys.set(key, at);
        l.values.set(key, at);
        if (value) register(value, at);
      }
    });
    return out;
  }
  return undefined;
}

const DEPENDS_DEFAULT = { condition: 'service_started', required: true };

function mergeAsMapping(def: Record<string, unknown> | null): Merger {
  return (c, o, path) => {
    const right = convertIntoMapping(c, def);
    const left = convertIntoMapping(o, def);
    if (!right) return left ?? o;
    if (!left) return right;
    return mergeMappings(right, left, path);
  };
}

/** Go's `%v` for the scalars a compose file can hold. */
export function goString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
    const s = String(v);
    return s.replace(/e\+?(-?)(\d)$/, 'e$1+0$2').replace(/e\+?(-?)(\d\d+)$/, (_m, sign: string, d: string) => `e${sign || '+'}${d}`);
  }
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  if (isMapping(v)) {
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${goString(v[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

/** A `K=V` list from a mapping (sorted, nil → `K`), a list (as is) or a string (one item). */
export function convertIntoSequence(value: unknown, at?: Loc): Array<{ value: unknown; loc: Loc | undefined }> {
  if (isMapping(value)) {
    const seq: Array<{ value: string; loc: Loc | undefined }> = [];
    for (const [k, val] of Object.entries(value)) {
      const loc = valueLoc(value, k);
      if (val === null || val === undefined) seq.push({ value: k, loc });
      else if (Array.isArray(val)) for (const x of val) seq.push({ value: `${k}=${goString(x)}`, loc });
      else seq.push({ value: `${k}=${goString(val)}`, loc });
    }
    seq.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return seq;
  }
  if (Array.isArray(value)) return itemsWithLocs(value);
  if (typeof value === 'string') return [{ value, loc: at }];
  return [];
}

function mergeToSequence(c: unknown, o: unknown, _p: string[], eLoc: Loc | undefined, oLoc: Loc | undefined): unknown {
  const right = convertIntoSequence(c, eLoc);
  const left = convertIntoSequence(o, oLoc);
  return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}

function mergeExtraHosts(c: unknown, o: unknown, _p: string[], eLoc: Loc | undefined, oLoc: Loc | undefined): unknown {
  const right = convertIntoSequence(c, eLoc);
  const left = convertIntoSequence(o, oLoc).filter((l) => !right.some((r) => r.value === l.value));
  return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}

function mergeUlimit(_c: unknown, o: unknown): unknown {
  return o;
}

function override(_c: unknown, o: unknown): unknown {
  return o;
}

function mergeIPAMConfig(c: unknown, o: unknown, path: string[]): unknown {
  if (!Array.isArray(c) || !Array.isArray(o)) throw new MergeError(`${path.join('.')}: unexpected type`, selfLoc(o) ?? selfLoc(c));
  const out: Array<Record<string, unknown>> = [];
  const subnet = (a: unknown): unknown => (isMapping(a) ? a['subnet'] : undefined);
  for (const original of c) {
    const right = convertIntoMapping(original, null) ?? {};
    for (const ov of o) {
      const left = convertIntoMapping(ov, null) ?? {};
      if (subnet(left) !== subnet(right)) {
        if (!out.some((a) => subnet(a) === subnet(left))) {
          out.push(left);
          continue;
        }
      }
      const merged = mergeMappings(right, left, path);
      const idx = out.findIndex((a) => subnet(a) === subnet(merged));
      if (idx >= 0) out[idx] = merged;
      else out.push(merged);
    }
  }
  return arrayWithLocs(
    out.map((v) => ({ value: v, loc: selfLoc(v) })),
    selfLoc(o) ?? selfLoc(c),
  );
}

special('networks.*.ipam.config', mergeIPAMConfig);
special('networks.*.labels', mergeToSequence);
special('volumes.*.labels', mergeToSequence);
special('services.*.annotations', mergeToSequence);
special('services.*.build', mergeBuild);
special('services.*.build.args', mergeToSequence);
special('services.*.build.additional_contexts', mergeToSequence);
special('services.*.build.extra_hosts', mergeExtraHosts);
special('services.*.build.labels', mergeToSequence);
special('services.*.command', override);
special('services.*.depends_on', mergeAsMapping(DEPENDS_DEFAULT));
special('services.*.deploy.labels', mergeToSequence);
special('services.*.dns', mergeToSequence);
special('services.*.dns_opt', mergeToSequence);
special('services.*.dns_search', mergeToSequence);
special('services.*.entrypoint', override);
special('services.*.env_file', mergeToSequence);
special('services.*.label_file', mergeToSequence);
special('services.*.environment', mergeToSequence);
special('services.*.extra_hosts', mergeExtraHosts);
special('services.*.healthcheck.test', override);
special('services.*.labels', mergeToSequence);
special('services.*.volumes.*.volume.labels', mergeToSequence);
special('services.*.logging', mergeLogging);
special('services.*.models', mergeAsMapping(null));
special('services.*.networks', mergeAsMapping(null));
special('services.*.sysctls', mergeToSequence);
special('services.*.tmpfs', mergeToSequence);
special('services.*.ulimits.*', mergeUlimit);

/** compose-go `applyNullOverrides`: removes every mapping key at a `!reset`/`!override` path. */
export function applyResets(target: unknown, resets: readonly string[][], path: string[] = []): void {
  if (!resets.length || !isMapping(target)) return;
  for (const k of Object.keys(target)) {
    const next = [...path, k];
    if (resets.some((r) => matches(next, r))) {
      delete target[k];
      locsOf(target)?.keys.delete(k);
      locsOf(target)?.values.delete(k);
      continue;
    }
    applyResets(target[k], resets, next);
  }
}
