import path from 'node:path';
import { isMap, isScalar, visit, type Document } from 'yaml';
import type { At } from './findings.js';
import type { Entry, Kustomization, Patch } from './kustomization.js';
import { loadYaml, pairOf, parseYamlText, positionOf, scalarString, type YamlSource } from './yaml-source.js';

/** Where a build error is, and what to say about it given kustomize's words. */
export interface Culprit {
  at: At;
  detail: (cause: string) => string;
}

/**
 * kustomize nests its errors one kustomization at a time (`recursed accumulation of path 'D': …`,
 * `couldn't make target for path 'D': …`): the last directory named is the kustomization the
 * innermost error is about, and what follows it is that error.
 */
function innermost(message: string): { dir: string; tail: string } | undefined {
  let found: { dir: string; tail: string } | undefined;
  const re = /(?:recursed accumulation of path|couldn't make target for path) '([^']+)': /g;
  for (let m = re.exec(message); m; m = re.exec(message)) found = { dir: m[1]!, tail: message.slice(m.index + m[0].length) };
  return found;
}

/**
 * The kustomization entry (or key, or patch) a build error is about, for the errors kustomize
 * describes by entry rather than by file: a resource that does not exist, one the load restrictor
 * refuses, the entry that closes a cycle, an unknown field, a broken alias in the kustomization, a
 * strategic-merge patch that matches no resource. `root` is stripped from the words quoted.
 */
export function entryCulprit(message: string, root: string, kustomizationAt: (dir: string) => Kustomization | undefined): Culprit | undefined {
  const words = (s: string) => s.split(root + path.sep).join('').trim();
  // The load restrictor names the file and the kustomization directory it must stay in: a resource, patch or generator file.
  const security = [...message.matchAll(/security; file '([^']+)' is not in or below '([^']+)'/g)].pop();
  const confined = security ? kustomizationAt(security[2]!) : undefined;
  const refused = confined ? entryNamed(confined, security![1]!) : undefined;
  if (refused) {
    const said = words(security![0]);
    return {
      at: { file: confined!.file, line: refused.line, column: refused.column },
      detail: () => `${refused.field} entry ${refused.value} is a file outside this kustomization's directory, which kustomize's load restrictor refuses (kustomize: ${said})`,
    };
  }
  const inner = innermost(message);
  if (!inner) return undefined;
  const k = kustomizationAt(inner.dir);
  if (!k) return undefined;
  const tail = inner.tail;
  const file = (pos: { line: number; column: number }) => ({ file: k.file, line: pos.line, column: pos.column });

  const from = /^(?:accumulating resources: )?(?:accumulation err=')?accumulating resources from '([^']+)': (.*)$/.exec(tail);
  if (from) {
    const e = entryNamed(k, from[1]!);
    const rest = from[2]!;
    if (!e) return undefined;
    const at = file(e);
    const cycle = /cycle detected: .*$/.exec(rest);
    if (cycle) return { at, detail: () => `${e.field} entry ${e.value} closes a cycle of kustomizations (kustomize: ${words(cycle[0])})` };
    const missing = /^evalsymlink failure on '[^']*' : ([^']*no such file or directory)/.exec(rest);
    if (missing) return { at, detail: () => `${e.field} entry ${e.value} does not exist (kustomize: ${words(missing[1]!)})` };
    return undefined;
  }

  const invalid = /^invalid Kustomization: (.*)$/.exec(tail);
  if (invalid && k.source) {
    const said = words(invalid[0]);
    const field = /^json: unknown field "([^"]+)"/.exec(invalid[1]!);
    const key = field ? keyNamed(k.source, field[1]!) : undefined;
    if (key) return { at: file(key), detail: () => `kustomize does not know the field ${field![1]} (kustomize: ${said})` };
    const anchor = /^yaml: unknown anchor '([^']+)' referenced/.exec(invalid[1]!);
    const alias = anchor ? aliasNamed(k.source, anchor[1]!) : undefined;
    if (alias) return { at: file(alias), detail: () => `the alias *${anchor![1]} names no anchor defined before it (kustomize: ${said})` };
    const line = Number(/^yaml: line (\d+):/.exec(invalid[1]!)?.[1] ?? 0);
    if (line) return { at: { file: k.file, line, column: 1 }, detail: () => `the kustomization cannot be read (kustomize: ${said})` };
    return undefined;
  }

  const id = /no matches for Id (\S+?);/.exec(tail);
  const patch = id ? patchFor(k, id[1]!) : undefined;
  if (patch) {
    const said = words(tail);
    return { at: file(patch), detail: () => `this patch matches no resource of the build (kustomize: ${said})` };
  }
  return undefined;
}

/** The resources, components or other path entry of `k` that names `value` (compared as paths). */
export function entryNamed(k: Kustomization, value: string): Entry | undefined {
  const p = path.resolve(k.dir, value);
  return [...k.resources, ...k.components, ...k.files].find((e) => path.resolve(k.dir, e.value) === p);
}

/** The first key `name`, at any depth, in document order. */
function keyNamed(src: YamlSource, name: string): { line: number; column: number } | undefined {
  for (const doc of src.docs) {
    let at: number | undefined;
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && String(pair.key.value) === name && pair.key.range) {
          at = pair.key.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (at !== undefined) return positionOf(src, at);
  }
  return undefined;
}

/** The first alias `*name` of a file (go-yaml names the anchor, not where the alias is). */
export function aliasNamed(src: YamlSource, name: string): { line: number; column: number } | undefined {
  for (const doc of src.docs) {
    let at: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.source === name && node.range) {
          at = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (at !== undefined) return positionOf(src, at);
  }
  return undefined;
}

/**
 * The strategic-merge patch of `k` that names the resource kustomize found no match for. kustomize
 * writes the resource as `Kind.version.group/name.namespace` (`[noGrp]`, `[noNs]` when empty); a
 * name may hold dots, a namespace may not.
 */
function patchFor(k: Kustomization, id: string): Patch | undefined {
  const m = /^([^.]+)\.([^.]+)\.([^/]+)\/(.+)\.([^.]+)$/.exec(id);
  if (!m) return undefined;
  const [, kind, , , name, ns] = m;
  const smp = k.patches.filter((p) => p.type === 'smp' && !p.target);
  const names = (doc: Document.Parsed) => {
    const meta = pairOf(doc.contents, 'metadata')?.value;
    if (!isMap(doc.contents) || scalarString(pairOf(doc.contents, 'kind')?.value) !== kind || scalarString(pairOf(meta, 'name')?.value) !== name) return false;
    const own = scalarString(pairOf(meta, 'namespace')?.value);
    return ns === '[noNs]' || own === undefined || own === ns;
  };
  const docsOf = (p: Patch) => (p.file ? loadYaml(p.file)?.docs : p.inline ? parseYamlText(p.inline.text).docs : undefined) ?? [];
  return smp.find((p) => docsOf(p).some(names)) ?? (smp.length === 1 ? smp[0] : undefined);
}
