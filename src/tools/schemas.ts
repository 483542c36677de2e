import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Offline Kubernetes JSON schemas from PyPI's kubernetes-validate: either its installed
 * `kubernetes-json-schema/v1.X.0-local[-strict]/` directories (tools venv), or the compact bundle
 * scripts/build-schemas.mjs generates from that package into dist/schemas/ for the actions.
 */
export const KUBERNETES_VALIDATE_VERSION = '1.37.0';
/** The Kubernetes version validated when none is given; its strict schemas are bundled. */
export const DEFAULT_KUBERNETES_VERSION = '1.37.0';
export const BUNDLE_FORMAT = 'portarium-k8s-schemas/1';
export const BUNDLE_FILE = `kubernetes-v${DEFAULT_KUBERNETES_VERSION}-strict.json.gz`;

export interface KubernetesSchemaSource {
  kind: 'directory' | 'bundle';
  /** Human-readable origin, logged and shown in the summary. */
  description: string;
  packageVersion: string;
  /** Kubernetes versions with schemas, x.y.0, ascending. */
  versions: string[];
  /** The raw package JSON of one file (`deployment-apps-v1.json`, `_definitions.json`), or undefined. */
  read(version: string, strict: boolean, file: string): Promise<unknown | undefined>;
  /**
   * SHA-256 of a bundle's JSON: names the exact schemas, so code compiled ahead of time from this
   * bundle (src/checks/kubernetes/precompiled.ts) is used for it and for nothing else.
   */
  digest?: string | undefined;
  /**
   * The shipped bundle, when this is the tools venv of the same package: it serves its own version's
   * strict schemas (the same content, descriptions dropped), so that version gets the validators
   * compiled ahead of time for the bundle; every other version is read from the venv.
   */
  bundled?: KubernetesSchemaSource;
  /** Files of a version directory (for laying out a kubeconform registry). */
  list(version: string, strict: boolean): Promise<string[]>;
}

export function toolsDir(): string {
  return process.env.PORTARIUM_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra', 'tools');
}

interface Bundle {
  format: string;
  source: { package: string; version: string; directory: string };
  kubernetesVersion: string;
  strict: boolean;
  files: Record<string, unknown>;
}

/** strict schemas differ from the non-strict ones only by added `additionalProperties: false`. */
export function relaxStrict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relaxStrict);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'additionalProperties' && v === false) continue;
      out[k] = relaxStrict(v);
    }
    return out;
  }
  return node;
}

function versionKey(v: string): number[] {
  return v.split('.').map(Number);
}

function compareVersions(a: string, b: string): number {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * kubernetes-validate's rule: the newest packaged major.minor not above the request; `master` is the
 * newest. Undefined when the request is older than every packaged version.
 */
export function resolveSchemaVersion(requested: string, available: string[]): string | undefined {
  const sorted = [...available].sort(compareVersions);
  if (requested === 'master') return sorted[sorted.length - 1];
  const [maj, min] = versionKey(requested);
  let best: string | undefined;
  for (const v of sorted) {
    const [a, b] = versionKey(v);
    if (a! < maj! || (a === maj && b! <= min!)) best = v;
  }
  return best;
}

function directorySource(root: string, description: string, packageVersion: string): KubernetesSchemaSource | undefined {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return undefined;
  }
  const versions = entries
    .map((e) => /^v(\d+\.\d+\.\d+)-local-strict$/.exec(e)?.[1])
    .filter((v): v is string => v !== undefined && entries.includes(`v${v}-local`))
    .sort(compareVersions);
  if (versions.length === 0) return undefined;
  const dirOf = (v: string, strict: boolean) => path.join(root, `v${v}-local${strict ? '-strict' : ''}`);
  return {
    kind: 'directory',
    description,
    packageVersion,
    versions,
    async read(version, strict, file) {
      if (file.includes('/') || file.includes('\\')) return undefined;
      try {
        return JSON.parse(await readFile(path.join(dirOf(version, strict), file), 'utf8'));
      } catch {
        return undefined;
      }
    },
    async list(version, strict) {
      return readdirSync(dirOf(version, strict)).filter((f) => f.endsWith('.json') && f !== 'all.json');
    },
  };
}

function bundleSource(file: string): KubernetesSchemaSource | undefined {
  let bundle: Bundle;
  let digest: string;
  try {
    const json = gunzipSync(readFileSync(file));
    digest = createHash('sha256').update(json).digest('hex');
    bundle = JSON.parse(json.toString('utf8')) as Bundle;
  } catch {
    return undefined;
  }
  if (bundle.format !== BUNDLE_FORMAT || !bundle.strict) return undefined;
  const relaxed = new Map<string, unknown>();
  return {
    kind: 'bundle',
    description: `${bundle.source.package} ${bundle.source.version} (bundled ${bundle.source.directory})`,
    packageVersion: bundle.source.version,
    versions: [bundle.kubernetesVersion],
    digest,
    async read(version, strict, name) {
      if (version !== bundle.kubernetesVersion || !Object.hasOwn(bundle.files, name)) return undefined;
      const doc = bundle.files[name];
      if (strict) return doc;
      if (!relaxed.has(name)) relaxed.set(name, relaxStrict(doc));
      return relaxed.get(name);
    },
    async list(version) {
      return version === bundle.kubernetesVersion ? Object.keys(bundle.files) : [];
    },
  };
}

/** site-packages/kubernetes_validate/kubernetes-json-schema inside the tools venv, if installed. */
export function venvSchemaRoot(dir = toolsDir()): string | undefined {
  const lib = path.join(dir, 'venv', 'lib');
  let pys: string[];
  try {
    pys = readdirSync(lib).filter((d) => d.startsWith('python'));
  } catch {
    return undefined;
  }
  for (const py of pys) {
    const root = path.join(lib, py, 'site-packages', 'kubernetes_validate', 'kubernetes-json-schema');
    if (existsSync(root)) return root;
  }
  return undefined;
}

function venvPackageVersion(root: string): string {
  const site = path.dirname(path.dirname(root));
  try {
    const info = readdirSync(site).find((d) => /^kubernetes_validate-.*\.dist-info$/.test(d));
    return info?.replace(/^kubernetes_validate-/, '').replace(/\.dist-info$/, '') ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Candidate bundle paths: next to the running bundle (dist/<action>/index.js -> dist/schemas/) and up the tree. */
function bundleCandidates(): string[] {
  const out: string[] = [];
  if (process.env.PORTARIUM_K8S_SCHEMA_BUNDLE) out.push(process.env.PORTARIUM_K8S_SCHEMA_BUNDLE);
  const starts: string[] = [];
  try {
    starts.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // bundled without import.meta: the entry script's directory below still works
  }
  // dist/<action>/index.js is the entry point of an action run.
  if (process.argv[1]) starts.push(path.dirname(path.resolve(process.argv[1])));
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      out.push(path.join(dir, 'schemas', BUNDLE_FILE), path.join(dir, 'dist', 'schemas', BUNDLE_FILE));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return out;
}

export interface LocateOptions {
  /** A kubernetes-json-schema directory (holds v1.X.0-local[-strict]/). */
  schemaDir?: string | undefined;
  /** A bundle file made by scripts/build-schemas.mjs. */
  bundle?: string;
  toolsDir?: string;
}

/**
 * Finds the offline schemas: an explicit directory or bundle, then $PORTARIUM_K8S_SCHEMAS, the tools
 * venv (scripts/tools/install-k8s-schemas.sh), then the bundle shipped in dist/.
 */
export function locateKubernetesSchemas(opts: LocateOptions = {}): KubernetesSchemaSource | undefined {
  if (opts.schemaDir) return directorySource(opts.schemaDir, `schemas in ${opts.schemaDir}`, 'unknown');
  if (opts.bundle) return bundleSource(opts.bundle);
  const env = process.env.PORTARIUM_K8S_SCHEMAS;
  if (env) {
    const s = directorySource(env, `schemas in ${env}`, 'unknown');
    if (s) return s;
  }
  const venv = venvSchemaRoot(opts.toolsDir);
  const bundle = shippedBundle();
  if (venv) {
    const version = venvPackageVersion(venv);
    const s = directorySource(venv, `kubernetes-validate ${version} (${venv})`, version);
    if (s) return bundle?.packageVersion === s.packageVersion ? withBundle(s, bundle) : s;
  }
  return bundle;
}

function shippedBundle(): KubernetesSchemaSource | undefined {
  for (const file of bundleCandidates()) {
    if (existsSync(file)) {
      const s = bundleSource(file);
      if (s) return s;
    }
  }
  return undefined;
}

function withBundle(dir: KubernetesSchemaSource, bundle: KubernetesSchemaSource): KubernetesSchemaSource {
  const fromBundle = (version: string, strict: boolean) => strict && bundle.versions.includes(version);
  return {
    ...dir,
    bundled: bundle,
    read: (version, strict, file) => (fromBundle(version, strict) ? bundle.read(version, strict, file) : dir.read(version, strict, file)),
    list: (version, strict) => (fromBundle(version, strict) ? bundle.list(version, strict) : dir.list(version, strict)),
  };
}

const API_DEFS = '/api/_definitions.json';

/** Makes a package schema self-contained on disk: refs relative to its directory, no https `$id`. */
export function relink(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relink);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$id') continue;
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith(API_DEFS) ? '_definitions.json' + v.slice(API_DEFS.length) : relink(v);
    }
    return out;
  }
  return node;
}

/** Version of the kubeconform-layout format; install-k8s-schemas.sh writes the same stamp. */
export const LAYOUT_STAMP = 'standalone-1';

function defName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function collectRefs(node: unknown, acc: Set<string>): void {
  if (Array.isArray(node)) for (const v of node) collectRefs(v, acc);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') acc.add(defName(v));
      else collectRefs(v, acc);
    }
  }
}

function toLocalRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toLocalRefs);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$id') continue;
      out[k] = k === '$ref' && typeof v === 'string' ? `#/$defs/${defName(v)}` : toLocalRefs(v);
    }
    return out;
  }
  return node;
}

/**
 * A standalone schema like kubeconform's registry serves: the kind's schema with every definition it
 * reaches copied into `$defs`. Same JSON content as the package, only the reference targets move.
 */
export function standaloneSchema(doc: unknown, defs: Record<string, unknown>, direct = directRefs(defs)): unknown {
  const todo = new Set<string>();
  collectRefs(doc, todo);
  const seen = new Set<string>();
  for (const x of todo) {
    if (seen.has(x)) continue;
    seen.add(x);
    for (const y of direct.get(x) ?? []) if (!seen.has(y)) todo.add(y);
  }
  const out = toLocalRefs(doc) as Record<string, unknown>;
  if (seen.size > 0) out.$defs = Object.fromEntries([...seen].sort().map((x) => [x, toLocalRefs(defs[x])]));
  return out;
}

export function directRefs(defs: Record<string, unknown>): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const [name, d] of Object.entries(defs)) {
    const acc = new Set<string>();
    collectRefs(d, acc);
    m.set(name, acc);
  }
  return m;
}

/**
 * A directory in kubeconform's registry layout (`v1.X.0-standalone[-strict]/<kind><suffix>.json`) with
 * the same schemas, so the real kubeconform reads exactly what the builtin engine reads. Written on
 * demand under the tools dir (install-k8s-schemas.sh writes the default version up front, same format).
 * Returns the `-schema-location` template.
 */
export async function ensureKubeconformLayout(
  source: KubernetesSchemaSource,
  version: string,
  strict: boolean,
  opts: { dir?: string; requestedVersion?: string } = {},
): Promise<string> {
  const dir = opts.dir ?? path.join(toolsDir(), 'k8s-schemas', 'kubeconform');
  // Named for the version kubeconform is asked for (its {{ .NormalizedKubernetesVersion }}), filled
  // with the packaged schemas that version resolves to.
  const requested = opts.requestedVersion ?? version;
  const normalized = requested === 'master' ? 'master' : `v${requested}`;
  const target = path.join(dir, `${normalized}-standalone${strict ? '-strict' : ''}`);
  const from = requested === version ? '' : ` v${version}`;
  const stamp = `kubernetes-validate==${source.packageVersion}${from} ${LAYOUT_STAMP}`;
  const marker = path.join(target, '.source');
  const current = await readFile(marker, 'utf8').catch(() => '');
  if (current.trim() !== stamp) {
    const defsDoc = (await source.read(version, strict, '_definitions.json')) as { $defs?: Record<string, unknown> } | undefined;
    const defs = defsDoc?.$defs ?? {};
    const direct = directRefs(defs);
    const tmp = `${target}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    for (const file of await source.list(version, strict)) {
      if (file === '_definitions.json') continue;
      const doc = await source.read(version, strict, file);
      if (doc !== undefined) await writeFile(path.join(tmp, file), JSON.stringify(standaloneSchema(doc, defs, direct)));
    }
    await writeFile(path.join(tmp, '.source'), stamp + '\n');
    await rm(target, { recursive: true, force: true });
    await rename(tmp, target);
  }
  return path.join(dir, '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json');
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
