import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parse, type Node } from 'yaml';
import { loadYaml, nodeStart, pairOf, positionOf, scalarString, seqItems, type Position, type YamlSource } from './yaml-source.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A path-like entry of a kustomization, with where it is written. */
export interface Entry extends Position {
  value: string;
  field: string;
}

export interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export interface Patch extends Position {
  /** Strategic merge (or any YAML patch document) vs a JSON 6902 op list. */
  type: 'smp' | 'json6902';
  /** Absolute path of the patch file, when the patch is in a file. */
  file?: string;
  /** Inline patch text and where its content starts in the kustomization. */
  inline?: { text: string; line: number; indent: number } | undefined;
  target?: PatchTarget | undefined;
}

export interface ImageEntry extends Position {
  name: string;
  newName?: string | undefined;
  newTag?: string | undefined;
  digest?: string | undefined;
}

export interface ChartEntry extends Position {
  name: string;
  /** A chart repository (`https://…`, `oci://…`): remote, refused unless remote bases are allowed. */
  repo?: string | undefined;
  /** Where its fields are, to render a local chart again as kustomize did (kustomize-charts.ts). */
  index: number;
  /** helmGlobals.chartHome as written (default `charts`), relative to the kustomization. */
  chartHome: string;
  /** A remote chart's version: kustomize pulls it into `<chartHome>/<name>-<version>/<name>`. */
  version?: string | undefined;
  releaseName?: string | undefined;
  nameTemplate?: string | undefined;
  namespace?: string | undefined;
  valuesFile?: string | undefined;
  additionalValuesFiles: string[];
  /** `valuesInline` is set (a map); its values are read from the kustomization when needed. */
  inline: boolean;
  valuesMerge?: string | undefined;
  kubeVersion?: string | undefined;
  apiVersions: string[];
  includeCRDs: boolean;
  skipTests: boolean;
  skipHooks: boolean;
}

export interface GeneratorEntry extends Position {
  field: 'configMapGenerator' | 'secretGenerator';
  name: string;
  literals: Array<Entry>;
}

export interface Kustomization {
  /** Absolute directory. */
  dir: string;
  /** Absolute path of the kustomization file. */
  file: string;
  kind: 'Kustomization' | 'Component';
  source?: YamlSource;
  parseError?: { message: string } & Position;
  resources: Entry[];
  components: Entry[];
  /** Other local paths it reads (patch files, generator files, crds, ...), for containment checks. */
  files: Entry[];
  patches: Patch[];
  images: ImageEntry[];
  generators: GeneratorEntry[];
  /** `helmCharts:` entries: built with `--enable-helm` and the pinned helm. */
  charts: ChartEntry[];
  namespace?: string | undefined;
  sortOptions?: unknown;
}

export function kustomizationFile(dir: string): string | undefined {
  for (const f of KUSTOMIZATION_FILES) {
    const p = path.join(dir, f);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

function entries(src: YamlSource, map: unknown, field: string): Entry[] {
  const pair = pairOf(map, field);
  if (!pair) return [];
  const out: Entry[] = [];
  for (const item of seqItems(pair.value)) {
    // A path as written: YAML 1.1 would read a plain `.` as NaN.
    const value = isScalar(item) && item.type === 'PLAIN' && typeof item.source === 'string' ? item.source : scalarString(item);
    if (value === undefined) continue;
    out.push({ value, field, ...positionOf(src, nodeStart(item) ?? 0) });
  }
  return out;
}

function str(map: unknown, key: string): string | undefined {
  return scalarString(pairOf(map, key)?.value);
}

function target(node: unknown): PatchTarget | undefined {
  if (!isMap(node)) return undefined;
  const t: PatchTarget = {};
  for (const k of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
    const v = str(node, k);
    if (v !== undefined) t[k] = v;
  }
  return t;
}

/** An inline patch's content start: a block scalar's text begins on the line after its header. */
function inlineOf(src: YamlSource, node: Node): Patch['inline'] {
  if (!isScalar(node)) return undefined;
  const text = String(node.value ?? '');
  const start = nodeStart(node) ?? 0;
  const pos = positionOf(src, start);
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  if (!block) return { text, line: pos.line, indent: pos.column - 1 };
  const firstLine = src.text.slice(src.text.indexOf('\n', start) + 1).split('\n').find((l) => l.trim() !== '') ?? '';
  const indent = firstLine.length - firstLine.trimStart().length;
  let line = pos.line + 1;
  // Skip blank lines between the header and the first content line.
  const lines = src.text.split('\n');
  while (line <= lines.length && lines[line - 1]!.trim() === '') line++;
  return { text, line, indent };
}

/** kustomize's own test: a patch whose YAML is a list of `op` objects is JSON 6902. */
function looksJson6902(text: string): boolean {
  try {
    const v: unknown = parse(text);
    return Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && 'op' in x);
  } catch {
    return false;
  }
}

export function loadKustomization(dir: string): Kustomization | undefined {
  const file = kustomizationFile(dir);
  if (!file) return undefined;
  const k: Kustomization = { dir, file, kind: 'Kustomization', resources: [], components: [], files: [], patches: [], images: [], generators: [], charts: [] };
  const src = loadYaml(file);
  if (!src) {
    k.parseError = { message: 'cannot read the kustomization', line: 1, column: 1 };
    return k;
  }
  k.source = src;
  const doc = src.docs[0];
  const err = doc?.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    k.parseError = { message: err.message.split('\n')[0]!, line: pos?.line ?? 1, column: pos?.col ?? 1 };
    return k;
  }
  const map = doc?.contents;
  if (!isMap(map)) return k;
  if (str(map, 'kind') === 'Component') k.kind = 'Component';
  k.namespace = str(map, 'namespace');
  const sort = pairOf(map, 'sortOptions');
  if (sort) {
    try {
      k.sortOptions = doc!.toJS().sortOptions;
    } catch (e) {
      // toJS refuses excessive aliasing; that is a broken kustomization, not an internal error.
      const pos = positionOf(src, nodeStart(sort.value as Node) ?? 0);
      k.parseError = { message: (e as Error).message.split('\n')[0]!, ...pos };
      return k;
    }
  }
  k.resources = [...entries(src, map, 'resources'), ...entries(src, map, 'bases')];
  k.components = entries(src, map, 'components');
  k.files.push(...entries(src, map, 'crds'), ...entries(src, map, 'configurations'), ...entries(src, map, 'generators'), ...entries(src, map, 'transformers'), ...entries(src, map, 'validators'));

  const openapi = pairOf(map, 'openapi')?.value;
  const openapiPath = pairOf(openapi, 'path');
  if (openapiPath && scalarString(openapiPath.value)) {
    k.files.push({ value: scalarString(openapiPath.value)!, field: 'openapi', ...positionOf(src, nodeStart(openapiPath.value as Node) ?? 0) });
  }
  for (const item of seqItems(pairOf(map, 'replacements')?.value)) {
    const p = pairOf(item, 'path');
    if (p && scalarString(p.value)) k.files.push({ value: scalarString(p.value)!, field: 'replacements', ...positionOf(src, nodeStart(p.value as Node) ?? 0) });
  }

  for (const item of seqItems(pairOf(map, 'patchesStrategicMerge')?.value)) {
    const v = scalarString(item);
    if (v === undefined) continue;
    const pos = positionOf(src, nodeStart(item) ?? 0);
    // An entry is a file path unless it holds YAML (multi-line, or a mapping).
    if (!v.includes('\n') && !/^\s*[\w"']+\s*:/.test(v)) {
      k.patches.push({ type: 'smp', file: path.resolve(dir, v), ...pos });
      k.files.push({ value: v, field: 'patchesStrategicMerge', ...pos });
    } else k.patches.push({ type: 'smp', inline: inlineOf(src, item), ...pos });
  }
  // `patchesJson6902` entries are JSON 6902 by definition; a `patches` entry is whichever its text is.
  for (const field of ['patchesJson6902', 'patches'] as const) {
    const typeOf = (text: () => string) => (field === 'patchesJson6902' || looksJson6902(text()) ? 'json6902' : 'smp');
    for (const item of seqItems(pairOf(map, field)?.value)) {
      const p = pairOf(item, 'path');
      const inline = pairOf(item, 'patch');
      const pos = positionOf(src, nodeStart(item) ?? 0);
      const t = target(pairOf(item, 'target')?.value);
      const rel = p ? scalarString(p.value) : undefined;
      if (rel) {
        const file = path.resolve(dir, rel);
        k.patches.push({ type: typeOf(() => loadYaml(file)?.text ?? ''), file, target: t, ...pos });
        k.files.push({ value: rel, field, ...pos });
      } else if (inline) {
        const il = inlineOf(src, inline.value as Node);
        k.patches.push({ type: typeOf(() => il?.text ?? ''), inline: il, target: t, ...pos });
      }
    }
  }
  for (const item of seqItems(pairOf(map, 'images')?.value)) {
    const name = str(item, 'name');
    if (!name) continue;
    const namePair = pairOf(item, 'name')!;
    k.images.push({
      name,
      newName: str(item, 'newName'),
      newTag: str(item, 'newTag'),
      digest: str(item, 'digest'),
      ...positionOf(src, nodeStart(namePair.value as Node) ?? 0),
    });
  }
  // A local chart is read from helmGlobals.chartHome (default `charts`) under the kustomization.
  const chartHome = str(pairOf(map, 'helmGlobals')?.value, 'chartHome') ?? 'charts';
  for (const [index, item] of seqItems(pairOf(map, 'helmCharts')?.value).entries()) {
    const name = str(item, 'name');
    if (!name) continue;
    const pos = positionOf(src, nodeStart(item) ?? 0);
    const repo = str(item, 'repo');
    const strings = (key: string) => seqItems(pairOf(item, key)?.value).map((n) => scalarString(n)).filter((v): v is string => v !== undefined);
    const flag = (key: string) => str(item, key) === 'true';
    k.charts.push({
      name,
      repo,
      index,
      chartHome,
      version: str(item, 'version'),
      releaseName: str(item, 'releaseName'),
      nameTemplate: str(item, 'nameTemplate'),
      namespace: str(item, 'namespace'),
      valuesFile: str(item, 'valuesFile'),
      additionalValuesFiles: strings('additionalValuesFiles'),
      inline: isMap(pairOf(item, 'valuesInline')?.value),
      valuesMerge: str(item, 'valuesMerge'),
      kubeVersion: str(item, 'kubeVersion'),
      apiVersions: strings('apiVersions'),
      includeCRDs: flag('includeCRDs'),
      skipTests: flag('skipTests'),
      skipHooks: flag('skipHooks'),
      ...pos,
    });
    // The repository is what a remote chart is fetched from: judged like a remote base.
    if (repo) k.files.push({ value: repo, field: 'helmCharts', ...pos });
    else k.files.push({ value: `${chartHome}/${name}`, field: 'helmCharts', ...pos });
    for (const key of ['valuesFile', 'additionalValuesFiles']) {
      const v = pairOf(item, key)?.value;
      for (const f of key === 'valuesFile' ? [v] : seqItems(v)) {
        const rel = scalarString(f as Node);
        if (rel && !isRemote(rel, dir)) k.files.push({ value: rel, field: `helmCharts.${key}`, ...positionOf(src, nodeStart(f as Node) ?? 0) });
      }
    }
  }
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    for (const item of seqItems(pairOf(map, field)?.value)) {
      const namePair = pairOf(item, 'name');
      const name = scalarString(namePair?.value);
      if (!name) continue;
      k.generators.push({ field, name, literals: entries(src, item, 'literals'), ...positionOf(src, nodeStart(namePair!.value as Node) ?? 0) });
      for (const f of ['files', 'envs'] as const) {
        for (const e of entries(src, item, f)) {
          // `files` entries may be `key=path`.
          const v = e.value.includes('=') ? e.value.slice(e.value.indexOf('=') + 1) : e.value;
          k.files.push({ ...e, value: v });
        }
      }
      const env = pairOf(item, 'env');
      if (env && scalarString(env.value)) k.files.push({ value: scalarString(env.value)!, field, ...positionOf(src, nodeStart(env.value as Node) ?? 0) });
    }
  }
  return k;
}

/** Whether an entry is a remote target (git repo, URL) that kustomize would fetch. */
export function isRemote(value: string, baseDir: string): boolean {
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return true;
  if (/^git@|^git::|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(v)) return true;
  if (/\?(ref|version|submodules|timeout)=/.test(v) || /\.git(\/\/|\?|$)/.test(v) || /\/_git\//.test(v)) return true;
  // host.tld/org/repo that is not a local path
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[^/]/i.test(v) && !existsSync(path.resolve(baseDir, v))) return true;
  return false;
}
