import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { isInside } from '../../path-guard.js';
import type { Kustomization, Patch, PatchTarget } from './kustomization.js';
import { compileGoRegExp } from './go-regexp.js';
import { locateInTemplate } from './helm-template-map.js';
import type { BuiltResource } from './manifests.js';
import { docStart, loadYaml, nodeStart, pairOf, parseYamlText, positionOf, scalarString, type Position, type YamlSource } from './yaml-source.js';

/** Where a finding about a built resource belongs in the user's files. */
export interface Located extends Position {
  /** Absolute path. */
  file: string;
  /** How it was found: the patch that sets the field, the field in the resource's source, or a fallback. */
  via: 'patch' | 'source' | 'generator' | 'document' | 'kustomization';
}

export interface MapContext {
  overlay: Kustomization;
  /** The overlay and everything it builds from (discover.buildTree). */
  tree: Kustomization[];
}

/** List items kustomize/strategic merge match by key rather than position. */
const MERGE_KEYS = ['name', 'containerPort', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'conditionType', 'port', 'key', 'type'];

/** `/a/b~1c` -> ['a', 'b/c']. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(obj: unknown, segs: string[]): unknown {
  let cur = obj;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, s) ? (cur as Record<string, unknown>)[s] : undefined;
  }
  return cur;
}

interface Walk {
  /** Segments matched. */
  depth: number;
  /** Node for the last matched segment: the pair's key for map entries, the item for list items. */
  anchor?: Node;
  value?: Node | undefined;
}

/**
 * Follows a pointer through YAML nodes. List indexes in the built resource are translated through
 * merge keys (a container named `web` is found by name even if patches reordered the list).
 */
function walk(doc: Document.Parsed, start: Node | null | undefined, segs: string[], built: unknown, builtPrefix: string[]): Walk {
  let node: unknown = start;
  const w: Walk = { depth: 0 };
  for (let i = 0; i < segs.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const seg = segs[i]!;
    if (isMap(node)) {
      let pair: Pair<Node, Node> | undefined = pairOf(node, seg);
      let used = 1;
      // kubeconform's paths do not escape `/` in keys (annotation names): try joining segments.
      for (let j = i + 1; !pair && j < segs.length; j++) {
        pair = pairOf(node, segs.slice(i, j + 1).join('/'));
        used = j - i + 1;
      }
      if (!pair) break;
      w.anchor = pair.key;
      w.value = pair.value ?? undefined;
      w.depth = i + used;
      i += used - 1;
      node = pair.value;
      continue;
    }
    if (isSeq(node)) {
      const items = node.items as Node[];
      const index = Number(seg);
      let item: Node | undefined;
      const builtItem = valueAt(built, [...builtPrefix, ...segs.slice(0, i + 1)]);
      if (builtItem && typeof builtItem === 'object' && !Array.isArray(builtItem)) {
        for (const key of MERGE_KEYS) {
          const want = (builtItem as Record<string, unknown>)[key];
          if (want === undefined || typeof want === 'object') continue;
          item = items.find((it) => scalarString(pairOf(it, key)?.value) === String(want));
          if (item) break;
        }
      }
      if (!item && seg !== '-' && Number.isInteger(index)) item = items[index];
      if (!item) break;
      w.anchor = item;
      w.value = item;
      w.depth = i + 1;
      node = item;
      continue;
    }
    break;
  }
  return w;
}

function anchorPosition(src: YamlSource, w: Walk, preferValue: boolean): Position | undefined {
  const node = preferValue && w.value && isScalar(w.value) ? w.value : w.anchor;
  const off = nodeStart(node);
  return off === undefined ? undefined : positionOf(src, off);
}

function docKind(doc: Document.Parsed): { kind?: string | undefined; name?: string | undefined; namespace?: string | undefined } {
  const c = doc.contents;
  const meta = pairOf(c, 'metadata')?.value;
  return { kind: scalarString(pairOf(c, 'kind')?.value), name: scalarString(pairOf(meta, 'name')?.value), namespace: scalarString(pairOf(meta, 'namespace')?.value) };
}

/** The document of a multi-document file that a built resource came from (kind, then name). */
export function findSourceDoc(src: YamlSource, res: BuiltResource): Document.Parsed | undefined {
  const sameKind = src.docs.filter((d) => docKind(d).kind === res.kind);
  const exact = sameKind.find((d) => docKind(d).name === res.name);
  if (exact) return exact;
  // namePrefix / nameSuffix change the name: the source name is inside the built one.
  const within = sameKind.filter((d) => {
    const n = docKind(d).name;
    return n !== undefined && n !== '' && res.name.includes(n);
  });
  if (within.length > 0) return within.sort((a, b) => (docKind(b).name?.length ?? 0) - (docKind(a).name?.length ?? 0))[0];
  if (sameKind.length === 1) return sameKind[0];
  return src.docs.length === 1 ? src.docs[0] : undefined;
}

/** The resource's name in its source document, before namePrefix and nameSuffix; undefined when that document is unknown. */
export function writtenName(res: BuiltResource): string | undefined {
  const src = res.origin?.path ? loadYaml(res.origin.path) : undefined;
  const written = src ? findSourceDoc(src, res) : undefined;
  const k = written ? docKind(written) : undefined;
  return k?.kind === res.kind ? k.name : undefined;
}

function anchoredMatch(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '') return true;
  try {
    // kustomize matches target fields as Go regexps; RE2 keeps a crafted one from hanging the check.
    return compileGoRegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

function labelsMatch(selector: string | undefined, labels: Record<string, unknown>): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const t = term.trim();
    const ne = /^([^!=]+)!=(.*)$/.exec(t);
    if (ne) return labels[ne[1]!.trim()] !== ne[2]!.trim();
    const eq = /^([^=]+)==?(.*)$/.exec(t);
    if (eq) return labels[eq[1]!.trim()] === eq[2]!.trim();
    if (t.startsWith('!')) return !Object.hasOwn(labels, t.slice(1));
    return Object.hasOwn(labels, t);
  });
}

function targetMatches(t: PatchTarget, res: BuiltResource, sourceName: string | undefined): boolean {
  const [group, version] = res.apiVersion.includes('/') ? res.apiVersion.split('/') : ['', res.apiVersion];
  const meta = (res.object.metadata ?? {}) as Record<string, unknown>;
  const nameOk =
    t.name === undefined || anchoredMatch(t.name, res.name) || (sourceName !== undefined && anchoredMatch(t.name, sourceName)) || (t.name !== '' && res.name.includes(t.name));
  return (
    anchoredMatch(t.kind, res.kind) &&
    anchoredMatch(t.group, group!) &&
    anchoredMatch(t.version, version!) &&
    nameOk &&
    (t.namespace === undefined || t.namespace === res.namespace) &&
    labelsMatch(t.labelSelector, (meta.labels ?? {}) as Record<string, unknown>) &&
    labelsMatch(t.annotationSelector, (meta.annotations ?? {}) as Record<string, unknown>)
  );
}

/** Patch text as a YamlSource whose positions are those in the file that holds it. */
function patchSource(p: Patch, k: Kustomization): { src: YamlSource; file: string; lineOffset: number; colOffset: number } | undefined {
  if (p.file) {
    const src = loadYaml(p.file);
    return src ? { src, file: p.file, lineOffset: 0, colOffset: 0 } : undefined;
  }
  if (p.inline) return { src: parseYamlText(p.inline.text), file: k.file, lineOffset: p.inline.line - 1, colOffset: p.inline.indent };
  return undefined;
}

function shift(pos: Position, ps: { lineOffset: number; colOffset: number }): Position {
  return { line: pos.line + ps.lineOffset, column: pos.column + ps.colOffset };
}

/** Where a patch sets `segs` of this resource, if it does. */
function locateInPatch(p: Patch, k: Kustomization, res: BuiltResource, segs: string[], sourceName: string | undefined): Located | undefined {
  const ps = patchSource(p, k);
  if (!ps) return undefined;
  if (p.type === 'json6902') {
    if (p.target && !targetMatches(p.target, res, sourceName)) return undefined;
    if (!p.target) return undefined;
    const doc = ps.src.docs[0];
    if (!doc) return undefined;
    let best: Located | undefined;
    for (const op of isSeq(doc.contents) ? (doc.contents.items as Node[]) : []) {
      const opName = scalarString(pairOf(op, 'op')?.value);
      const opPath = scalarString(pairOf(op, 'path')?.value);
      if (!opPath || (opName !== 'add' && opName !== 'replace' && opName !== 'copy' && opName !== 'move')) continue;
      const opSegs = parsePointer(opPath);
      if (opSegs.length > segs.length) continue;
      if (!opSegs.every((s, i) => s === segs[i] || s === '-')) continue;
      const valuePair = pairOf(op, 'value');
      let pos: Position | undefined;
      if (valuePair && opSegs.length < segs.length) {
        const w = walk(doc, valuePair.value as Node, segs.slice(opSegs.length), res.object, opSegs.map((s, i) => (s === '-' ? segs[i]! : s)));
        if (w.depth === segs.length - opSegs.length) pos = anchorPosition(ps.src, w, true);
        else continue;
      } else {
        const node = valuePair && isScalar(valuePair.value) ? valuePair.value : (pairOf(op, 'path')?.value as Node);
        pos = positionOf(ps.src, nodeStart(node) ?? 0);
      }
      // The last op that sets the path is the one whose value ends up in the output.
      if (pos) best = { file: ps.file, ...shift(pos, ps), via: 'patch' };
    }
    return best;
  }
  for (const doc of ps.src.docs) {
    const dk = docKind(doc);
    if (p.target) {
      if (!targetMatches(p.target, res, sourceName)) continue;
    } else if (dk.kind !== res.kind || (dk.name !== res.name && dk.name !== sourceName && !(dk.name && res.name.includes(dk.name)))) continue;
    const w = walk(doc, doc.contents as Node, segs, res.object, []);
    if (w.depth === segs.length && segs.length > 0) {
      const pos = anchorPosition(ps.src, w, true);
      if (pos) return { file: ps.file, ...shift(pos, ps), via: 'patch' };
    }
  }
  return undefined;
}

export interface LocateOptions {
  /** The path names a missing field (required): blame the resource's source, not a patch. */
  missing?: boolean | undefined;
  /** Point at the key (additional property) rather than the value. */
  key?: boolean | undefined;
}

/**
 * Maps an instance path of a built resource to the file and line that produced it: the patch that
 * sets it (outermost kustomization first), else the field in the resource's source document
 * (origin annotation + kind/name), else that document's start, else the overlay's kustomization.
 */
export function locate(ctx: MapContext, res: BuiltResource, pointer: string | string[], opts: LocateOptions = {}): Located {
  const segs = Array.isArray(pointer) ? pointer : parsePointer(pointer);
  const origin = res.origin;
  const originFile = origin?.path ?? origin?.configuredIn;
  const src = origin?.path ? loadYaml(origin.path) : undefined;
  const doc = src ? findSourceDoc(src, res) : undefined;
  const sourceName = doc ? docKind(doc).name : undefined;

  if (!opts.missing && originFile && segs.length > 0) {
    for (const k of patchOrder(ctx)) {
      if (!appliesTo(k, originFile, ctx)) continue;
      for (const p of [...k.patches].reverse()) {
        const hit = locateInPatch(p, k, res, segs, sourceName);
        if (hit) return hit;
      }
    }
  }

  // An `images:` entry that rewrote this container image is what a person edits.
  if (segs[segs.length - 1] === 'image' && originFile) {
    const built = valueAt(res.object, segs);
    const sourceImage = src && doc ? scalarString(walk(doc, doc.contents as Node, segs, res.object, []).value) : undefined;
    if (typeof built === 'string') {
      for (const k of patchOrder(ctx)) {
        if (!appliesTo(k, originFile, ctx)) continue;
        const entry = [...k.images].reverse().find((i) => {
          const name = (sourceImage ?? built).replace(/[@:][^/]*$/, '');
          return name === i.name || built.startsWith(`${i.newName ?? i.name}:`) || built.startsWith(`${i.newName ?? i.name}@`) || built === (i.newName ?? i.name);
        });
        if (entry && (entry.newTag !== undefined || entry.newName !== undefined || entry.digest !== undefined)) {
          return { file: k.file, line: entry.line, column: entry.column, via: 'patch' };
        }
      }
    }
  }

  // A chart's template (helm's `# Source:`), after the patches and images entries kustomize applied over it.
  if (res.template) {
    // A missing field is named either by its own path (policies) or by the object that lacks it (schema).
    const absent = opts.missing && valueAt(res.object, segs) === undefined;
    const hit = locateInTemplate(res.template, absent ? segs.slice(0, -1) : segs, res.object);
    if (hit) return hit;
  }

  if (src && doc && origin?.path) {
    const w = walk(doc, doc.contents as Node, segs, res.object, []);
    const pos = w.depth > 0 ? anchorPosition(src, w, !opts.key && w.depth === segs.length) : undefined;
    if (pos) return { file: origin.path, ...pos, via: 'source' };
    return { file: origin.path, ...docStart(src, doc), via: 'document' };
  }

  if (origin?.configuredIn) {
    const k = ctx.tree.find((t) => t.file === origin.configuredIn);
    const gen = k?.generators.filter((g) => res.name === g.name || res.name.includes(g.name)).sort((a, b) => b.name.length - a.name.length)[0];
    if (gen) {
      if (segs[0] === 'data' || segs[0] === 'stringData') {
        const lit = gen.literals.find((l) => l.value.startsWith(`${segs[1]}=`));
        if (lit) return { file: k!.file, line: lit.line, column: lit.column, via: 'generator' };
      }
      return { file: k!.file, line: gen.line, column: gen.column, via: 'generator' };
    }
    // A chart's resources carry no template path once kustomize has inflated them: the helmCharts entry is what names the chart.
    if (origin.configuredBy?.kind === 'HelmChartInflationGenerator' && k) {
      const chart = k.charts.find((c) => c.name === origin.configuredBy?.name) ?? k.charts[0];
      if (chart) return { file: k.file, line: chart.line, column: chart.column, via: 'generator' };
    }
    return { file: origin.configuredIn, line: 1, column: 1, via: 'kustomization' };
  }
  if (src && origin?.path) return { file: origin.path, line: 1, column: 1, via: 'document' };
  return { file: ctx.overlay.file, line: 1, column: 1, via: 'kustomization' };
}

const subtreeCache = new WeakMap<Kustomization, string[]>();
const orderCache = new WeakMap<MapContext, Kustomization[]>();

/**
 * Kustomizations in the order their patches win: the overlay itself, then its components (applied
 * after its resources), then the bases beneath it, recursively.
 */
function patchOrder(ctx: MapContext): Kustomization[] {
  const hit = orderCache.get(ctx);
  if (hit) return hit;
  const byDir = new Map(ctx.tree.map((t) => [t.dir, t]));
  const out: Kustomization[] = [];
  const seen = new Set<string>();
  const visit = (k: Kustomization) => {
    if (seen.has(k.dir)) return;
    seen.add(k.dir);
    out.push(k);
    for (const e of [...k.components].reverse()) {
      const c = byDir.get(path.resolve(k.dir, e.value));
      if (c) visit(c);
    }
    for (const e of k.resources) {
      const c = byDir.get(path.resolve(k.dir, e.value));
      if (c) visit(c);
    }
  };
  visit(ctx.overlay);
  for (const k of ctx.tree) visit(k);
  orderCache.set(ctx, out);
  return out;
}

/** A kustomization's patches apply to resources accumulated beneath it; a component's, beneath whoever includes it. */
function appliesTo(k: Kustomization, originFile: string, ctx: MapContext): boolean {
  let dirs = subtreeCache.get(k);
  if (!dirs) {
    const owners = k.kind === 'Component' ? ctx.tree.filter((t) => t.components.some((e) => path.resolve(t.dir, e.value) === k.dir)) : [k];
    dirs = [...new Set(owners.flatMap((o) => reachable(o, ctx.tree)))];
    subtreeCache.set(k, dirs);
  }
  return dirs.some((d) => isInside(d, originFile));
}

function reachable(k: Kustomization, tree: Kustomization[]): string[] {
  const byDir = new Map(tree.map((t) => [t.dir, t]));
  const out = new Set<string>();
  const visit = (t: Kustomization) => {
    if (out.has(t.dir)) return;
    out.add(t.dir);
    for (const e of [...t.resources, ...t.components]) {
      const child = byDir.get(path.resolve(t.dir, e.value));
      if (child) visit(child);
    }
  };
  visit(k);
  return [...out];
}
