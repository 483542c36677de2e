import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import { DEFAULT_MAX_FILE_BYTES, readBounded } from '../../bounded-read.js';
import { walkTree, type Discovery } from './discover.js';
import type { Kustomization } from './kustomization.js';
import { identityOf, type BuiltResource } from './manifests.js';
import { isPlainObject, parseChunk, splitYamlStream } from './manifest-stream.js';
import type { Target } from './targets.js';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
/** Kinds that configure tools rather than describe cluster objects: never plain manifests. */
const TOOL_KINDS = new Set(['Kustomization', 'Component']);
/** `v1`, `apps/v1`, `example.com/v1beta2`: what a values file that merely has the keys does not hold. */
const API_VERSION = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v\d+((alpha|beta)\d+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Plain manifests: folders (walked like kubeconform walks them, for .yaml, .yml and .json) or files
 * of Kubernetes objects with no kustomization, validated with the same engines and rules as the
 * overlays. Each entry is one target; its "build" is reading its files.
 */
export function manifestTargets(root: string, entries: readonly string[]): Target[] {
  return entries.map((entry) => {
    const at = path.resolve(root, entry);
    if (!existsSync(at)) throw new UsageError(`manifests entry ${entry} does not exist`);
    return plainTarget(root, at, statSync(at).isDirectory() ? manifestFiles(at) : [at]);
  });
}

/**
 * Where a repository has no kustomization at all, its folders of Kubernetes objects, as kubeconform
 * would be pointed at them: a file counts when every document in it is an object with an
 * `apiVersion` and a `kind` shaped as Kubernetes writes them (so compose files, workflows, collector configs and values files do not),
 * outside Helm charts. With kustomizations present, plain folders are validated only when the
 * settings name them.
 */
export function discoverManifestTargets(root: string, discovery: Discovery, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Target[] {
  if (discovery.all.size > 0) return [];
  const targets: Target[] = [];
  // A chart's templates are not manifests until helm renders them; parents are visited first.
  const charts: string[] = [];
  walkTree(root, (dir, entries) => {
    if (charts.some((c) => (dir + path.sep).startsWith(c))) return;
    if (entries.some((e) => e.isFile() && e.name === 'Chart.yaml')) return void charts.push(dir + path.sep);
    const files = entries.filter((e) => e.isFile() && MANIFEST_FILE.test(e.name)).map((e) => path.join(dir, e.name));
    const manifests = files.filter((f) => isManifestFile(f, maxFileBytes));
    if (manifests.length) targets.push(plainTarget(root, dir, manifests));
  });
  return targets;
}

function plainTarget(root: string, at: string, files: string[]): Target {
  const rel = path.relative(root, at).split(path.sep).join('/') || '.';
  return { dir: at, rel, tree: [asKustomization(at, files)], resources: [], refused: false, plain: files };
}

function isManifestFile(file: string, maxFileBytes: number): boolean {
  const read = readBounded(file, maxFileBytes);
  if (!read.ok) return false;
  const text = read.bytes.toString('utf8');
  if (!/apiVersion/.test(text) || !/kind/.test(text)) return false;
  let objects = 0;
  for (const chunk of splitYamlStream(text)) {
    if (chunk.text.trim() === '') continue;
    const { value, error } = parseChunk(chunk.text);
    if (error || value == null) continue;
    if (!isPlainObject(value) || !API_VERSION.test(String(value.apiVersion)) || !KIND.test(String(value.kind)) || TOOL_KINDS.has(String(value.kind))) return false;
    objects++;
  }
  return objects > 0;
}

/** Every .yaml, .yml and .json file under `dir`, in a stable order. */
function manifestFiles(dir: string): string[] {
  const files: string[] = [];
  walkTree(dir, (d, entries) => {
    for (const e of entries) if (e.isFile() && MANIFEST_FILE.test(e.name)) files.push(path.join(d, e.name));
  });
  return files;
}

/**
 * The files as the resource list of a kustomization-shaped record, so the refusals an overlay gets
 * (paths leaving the repository, oversized files, alias bombs) and source mapping apply unchanged.
 */
function asKustomization(at: string, files: string[]): Kustomization {
  const dir = statSync(at).isDirectory() ? at : path.dirname(at);
  return {
    dir,
    file: files[0] ?? at,
    kind: 'Kustomization',
    resources: files.map((f) => ({ value: path.relative(dir, f), field: 'manifests', line: 1, column: 1 })),
    components: [],
    files: [],
    patches: [],
    images: [],
    generators: [],
    charts: [],
  };
}

export interface ReadManifests {
  resources: BuiltResource[];
  /** Documents that cannot be read, at their file and line. */
  problems: Array<{ file: string; line: number; message: string }>;
}

/** The objects of a plain target's files; each keeps its file as origin and its text for the engines. */
export function readManifests(files: readonly string[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): ReadManifests {
  const resources: BuiltResource[] = [];
  const problems: ReadManifests['problems'] = [];
  for (const file of files) {
    const read = readBounded(file, maxFileBytes);
    if (!read.ok) {
      problems.push({ file, line: 1, message: 'not a readable regular file within the size limit' });
      continue;
    }
    for (const chunk of splitYamlStream(read.bytes.toString('utf8'))) {
      if (chunk.text.trim() === '') continue;
      const parsed = parseChunk(chunk.text);
      if (parsed.error) {
        // An error at the end of the stream names the line after the last; say the last.
        const last = chunk.text.replace(/\n+$/, '').split('\n').length - 1;
        problems.push({ file, line: chunk.line + Math.min(lineOf(parsed.error), last), message: parsed.error });
        continue;
      }
      // kubeconform skips empty documents; anything else, a scalar included, is the engine's to judge.
      if (parsed.value == null) continue;
      const object = isPlainObject(parsed.value) ? parsed.value : {};
      resources.push({
        index: resources.length,
        object,
        ...identityOf(object),
        origin: { path: file },
        json: JSON.stringify(object),
        text: chunk.text,
        textLine: chunk.line,
      });
    }
  }
  return { resources, problems };
}

/** The 0-based line offset a `yaml: line N: …` message names within its chunk. */
function lineOf(message: string): number {
  const m = /^yaml: line (\d+):/.exec(message);
  return m ? Number(m[1]) - 1 : 0;
}
