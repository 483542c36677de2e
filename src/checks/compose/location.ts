/**
 * Source locations for the compose model.
 *
 * The model is plain JSON-like data (so ajv and the merge rules can work on it), and every object or
 * array in it is registered here with the position of its own text, of each key and of each value.
 * Whatever builds a new object from old ones (merge, canonical forms, clones) copies these entries, so a
 * finding about any value can still name the file and line that supplied it.
 */

export interface Loc {
  /** Absolute path of the file. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Offsets into the file's text, when the value came straight from YAML. */
  offset?: number;
  endOffset?: number;
}

export type Key = string | number;

export interface NodeLocs {
  self: Loc;
  /** Where each mapping key is written. */
  keys: Map<Key, Loc>;
  /** Where each value is written (for objects this is also their `self`). */
  values: Map<Key, Loc>;
}

const registry = new WeakMap<object, NodeLocs>();

export function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null;
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function locsOf(o: unknown): NodeLocs | undefined {
  return isContainer(o) ? registry.get(o) : undefined;
}

export function register(o: object, self: Loc): NodeLocs {
  const l: NodeLocs = { self, keys: new Map(), values: new Map() };
  registry.set(o, l);
  return l;
}

/** The entry for `o`, created with `fallback` as its own position when it has none yet. */
export function ensureLocs(o: object, fallback: Loc): NodeLocs {
  return registry.get(o) ?? register(o, fallback);
}

/** Where the value at `container[key]` is written; falls back to the key, then the container. */
export function valueLoc(container: unknown, key: Key): Loc | undefined {
  const l = locsOf(container);
  const child = isContainer(container) ? (container as Record<Key, unknown>)[key] : undefined;
  const childLocs = locsOf(child);
  return l?.values.get(key) ?? childLocs?.self ?? l?.keys.get(key) ?? l?.self;
}

/** Where the key `key` of `container` is written; falls back to its value, then the container. */
export function keyLoc(container: unknown, key: Key): Loc | undefined {
  const l = locsOf(container);
  return l?.keys.get(key) ?? l?.values.get(key) ?? l?.self;
}

export function selfLoc(o: unknown): Loc | undefined {
  return locsOf(o)?.self;
}

/** Records that `to[toKey]` came from `from[fromKey]` (key and value positions). */
export function copyEntryLoc(to: object, toKey: Key, from: unknown, fromKey: Key): void {
  const src = locsOf(from);
  if (!src) return;
  const dst = ensureLocs(to, src.self);
  const k = src.keys.get(fromKey);
  const v = src.values.get(fromKey);
  if (k) dst.keys.set(toKey, k);
  else dst.keys.delete(toKey);
  if (v) dst.values.set(toKey, v);
  else dst.values.delete(toKey);
}

export function setValueLoc(to: object, key: Key, loc: Loc | undefined, keyPos?: Loc): void {
  if (!loc) return;
  const dst = ensureLocs(to, loc);
  dst.values.set(key, loc);
  if (keyPos) dst.keys.set(key, keyPos);
}

/** Builds an array whose element positions come from the given sources. */
export function arrayWithLocs(items: ReadonlyArray<{ value: unknown; loc: Loc | undefined }>, self: Loc | undefined): unknown[] {
  const out = items.map((i) => i.value);
  const fallback = self ?? items.find((i) => i.loc)?.loc;
  if (fallback) {
    const l = register(out, fallback);
    items.forEach((i, n) => {
      if (i.loc) l.values.set(n, i.loc);
    });
  }
  return out;
}

/** Array items with their positions, for rebuilding arrays. */
export function itemsWithLocs(arr: readonly unknown[]): Array<{ value: unknown; loc: Loc | undefined }> {
  return arr.map((value, i) => ({ value, loc: valueLoc(arr, i) }));
}

/** Sets `obj[key]`, safe for the key `__proto__`. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  else obj[key] = value;
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Deep copy that keeps every position. */
export function cloneWithLocs<T>(value: T): T {
  if (Array.isArray(value)) {
    const out = value.map((v) => cloneWithLocs(v));
    const l = locsOf(value);
    if (l) registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
    return out as T;
  }
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, cloneWithLocs(v));
    const l = locsOf(value);
    if (l) registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
    return out as T;
  }
  return value;
}

/**
 * The best known position for the value at `path` under `root`: the deepest container on the way
 * that knows where the next step is written.
 */
export function locAtPath(root: unknown, path: readonly Key[], preferKey = false): Loc | undefined {
  let cur: unknown = root;
  let best = selfLoc(root);
  for (let i = 0; i < path.length; i++) {
    const raw = path[i]!;
    if (!isContainer(cur)) break;
    const k = Array.isArray(cur) && typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    const last = i === path.length - 1;
    const l = last && preferKey ? keyLoc(cur, k) : valueLoc(cur, k);
    if (l) best = l;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return best;
}

/** `a.b.0.c` as compose prints paths. */
export function dotted(path: readonly Key[]): string {
  return path.map(String).join('.');
}
