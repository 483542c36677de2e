// The check sections of .portarium-infra.yml, read from the YAML nodes rather than from plain data so
// that every mistake is reported at the line and column a person must change.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { UsageError } from '../report/finding.js';
import { didYouMean } from './suggest.js';

export interface ComposeSettings {
  files?: string[];
  envFiles?: string[];
  profiles?: string[];
  timeoutMs?: number;
}

export type TerraformMode = 'check' | 'diff' | 'write';
export type TerraformEngine = 'builtin' | 'terraform' | 'tofu';

export interface TerraformSettings {
  paths?: string[];
  include?: string[];
  exclude?: string[];
  mode?: TerraformMode;
  engine?: TerraformEngine;
  /** The terraform/tofu release the terraform-fmt action installs for the binary engines. */
  terraformVersion?: string;
  binary?: string;
  timeoutMs?: number;
}

export type KubernetesEngine = 'builtin' | 'kubeconform';

export interface KubernetesSettings {
  /** Kustomization directories (or files) to build, relative to root. Default: every overlay found. */
  paths?: string[];
  /**
   * Folders (walked for .yaml, .yml, .json) or files of plain manifests, validated without a build.
   * Default: none where the repository has kustomizations, else every folder of Kubernetes objects.
   */
  manifests?: string[];
  /** Chart folders rendered with `helm template` (one render per Kubernetes version), validated like overlays. */
  charts?: ChartSettings[];
  /** `master` or x.y.z, each validated separately. Default: the bundled default (1.37.0). */
  kubernetesVersions?: string[];
  engine?: KubernetesEngine;
  /** kubeconform `-schema-location`s; `default` = offline kubernetes-validate schemas. Default ['default']. */
  schemaLocations?: string[];
  skipKinds?: string[];
  rejectKinds?: string[];
  ignoreMissingSchemas?: boolean;
  /** Strict schemas (additionalProperties: false) and duplicate keys rejected. Default true. */
  strict?: boolean;
  allowRemoteBases?: boolean;
  /** Git ref to render the same overlays at, for a rendered-manifest diff. */
  baseRef?: string;
  /** Where to write rendered manifests (one file per overlay) and `kustomize.diff`. */
  renderedDir?: string;
  /** Parallel kustomize builds. Default 2, at most 8. */
  concurrency?: number;
  /** Time limit of the whole check, ms (default 10 minutes); past it the rest ends as a finding. */
  timeoutMs?: number;
  /** Pod Security Standards level of each rendered workload. */
  podSecurity?: PodSecuritySettings;
}

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** `kubernetes.pod-security`: the level each workload must meet, most specific setting first. */
export interface PodSecuritySettings {
  /** Level of workloads no other setting names. Default baseline. */
  default?: PodSecurityLevel;
  /** Policy version: `latest` or `v1.N`, as the API server's `enforce-version` label. Default latest. */
  version?: string;
  /** Level per namespace (after the build). */
  namespaces?: Record<string, PodSecurityLevel>;
  /** Level per workload label selector; the first entry whose labels all match wins over namespaces. */
  workloads?: { selector: Record<string, string>; level: PodSecurityLevel; version?: string }[];
}

export interface ChartSettings {
  /** The chart folder (holding Chart.yaml), relative to the root. */
  path: string;
  /** Release name; default the folder's name. */
  release?: string;
  namespace?: string;
  /** Values files, relative to the root, in `helm -f` order. */
  values?: string[];
}

export interface ImagesSettings {
  /**
   * The `images:` list as plain data. The images planner judges each entry itself, because a bad
   * entry is a finding at that entry (the other images are still planned), not a broken configuration.
   */
  images?: unknown;
  dockerDir?: string;
  registry?: string;
  platforms?: string[];
  buildArgs?: Record<string, string>;
  timeoutMs?: number;
}

export type OtelSignal = 'traces' | 'metrics' | 'logs';

/** `otel.redaction`: attributes hashed or deleted before data leaves the collector. */
export interface OtelRedactionSettings {
  attributes: { key: string; action: 'hash' | 'delete'; scope?: 'record' | 'resource' | 'both' }[];
  signals?: OtelSignal[];
}

export interface OtelSettings {
  /** Collector configurations, relative to root. Default: every YAML file with a top-level receivers/exporters/service. */
  configs?: string[];
  redaction?: OtelRedactionSettings;
  /** Hosts outside the compose projects that exporters and datasources may name. */
  externalHosts?: string[];
}

/** Every section, parsed; an absent section is an empty object, so readers never test for it. */
export interface CheckSettings {
  compose: ComposeSettings;
  terraform: TerraformSettings;
  kubernetes: KubernetesSettings;
  images: ImagesSettings;
  otel: OtelSettings;
}

export const SECTIONS = ['compose', 'terraform', 'kubernetes', 'images', 'otel'] as const;
export type SectionName = (typeof SECTIONS)[number];

export const emptySettings = (): CheckSettings => ({ compose: {}, terraform: {}, kubernetes: {}, images: {}, otel: {} });

/**
 * Keys that were accepted once and are not any more: a warning naming what replaced them, and the
 * value goes to the replacement (`to`) or nowhere. Keys a person merely misspells get "did you mean".
 */
export const MOVED: Readonly<Record<string, { to: string } | { instead: string }>> = {
  // Accepted and never read: a deploy is configured where it runs, not in the checks' file.
  deploy: { instead: 'deploy settings are the flags of `portarium-infra deploy` and the inputs of the k8s-deploy action' },
};

/** The warning for a key of MOVED, `name` dotted from the top of the file. */
export function movedWarning(at: string, name: string): string {
  const moved = MOVED[name]!;
  if ('to' in moved) return `${at}: "${name}" was renamed "${moved.to}"; the old name still works for now`;
  return `${at}: "${name}" is ignored: ${moved.instead}`;
}

/** What the section readers share: the document (for aliases) and where a node is. */
export interface NodeReader {
  doc: Document;
  where(node: unknown): string;
  warnings: string[];
}

type Handler = (value: Node, name: string) => void;

/** Follows aliases (`files: *common`) to the node they name. */
function deref(r: NodeReader, node: unknown): Node | null {
  let n = node;
  for (let i = 0; i < 64 && isAlias(n); i++) n = n.resolve(r.doc);
  return (n ?? null) as Node | null;
}

const isNull = (n: Node | null) => n === null || (isScalar(n) && n.value === null);

/** Walks a section's keys: known ones to their handler, moved ones warned about, others an error. */
function readKeys(r: NodeReader, map: YAMLMap, section: string, handlers: Record<string, Handler>): void {
  for (const pair of map.items) {
    const keyNode = deref(r, pair.key);
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const name = `${section}.${key}`;
    const value = deref(r, pair.value);
    let handler = handlers[key];
    if (!handler) {
      const moved = MOVED[name];
      if (!moved) throw new UsageError(`${r.where(pair.key)}: unknown setting "${name}"${didYouMean(key, Object.keys(handlers))}; ${section} takes ${Object.keys(handlers).join(', ')}`);
      r.warnings.push(movedWarning(r.where(pair.key), name));
      if (!('to' in moved)) continue;
      handler = handlers[moved.to.slice(section.length + 1)]!;
    }
    // `key:` with nothing after it leaves the setting at its default, as it always has.
    if (!isNull(value)) handler(value!, name);
  }
}

function scalarText(n: Scalar): string | undefined {
  if (typeof n.value === 'string') return n.value;
  // 1.30 is a version, not the number 1.3: keep what was written.
  if (typeof n.value === 'number') return n.source ?? String(n.value);
  return undefined;
}

function list(r: NodeReader, v: Node, name: string): string[] {
  if (isScalar(v)) {
    const s = scalarText(v);
    if (s !== undefined) return [s];
  } else if (isSeq(v)) {
    const items = v.items.map((i) => deref(r, i));
    const texts = items.map((i) => (isScalar(i) ? scalarText(i) : undefined));
    const bad = texts.findIndex((t) => t === undefined);
    if (bad < 0) return texts as string[];
    throw new UsageError(`${r.where(items[bad] ?? v)}: ${name} must be a string or a list of strings`);
  }
  throw new UsageError(`${r.where(v)}: ${name} must be a string or a list of strings`);
}

function str(r: NodeReader, v: Node, name: string): string {
  const s = isScalar(v) ? scalarText(v) : undefined;
  if (s === undefined) throw new UsageError(`${r.where(v)}: ${name} must be a string`);
  return s;
}

function oneOf<T extends string>(r: NodeReader, v: Node, name: string, values: readonly T[]): T {
  const s = isScalar(v) ? scalarText(v) : undefined;
  if (s === undefined || !(values as readonly string[]).includes(s)) {
    throw new UsageError(`${r.where(v)}: ${name} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}${s === undefined ? '' : ` (got "${s}")`}`);
  }
  return s as T;
}

function bool(r: NodeReader, v: Node, name: string): boolean {
  if (isScalar(v) && typeof v.value === 'boolean') return v.value;
  throw new UsageError(`${r.where(v)}: ${name} must be true or false`);
}

function seconds(r: NodeReader, v: Node, name: string): number {
  if (isScalar(v) && typeof v.value === 'number' && v.value > 0) return Math.round(v.value * 1000);
  throw new UsageError(`${r.where(v)}: ${name} must be a positive number of seconds`);
}

function positiveInt(r: NodeReader, v: Node, name: string): number {
  if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1) return v.value;
  throw new UsageError(`${r.where(v)}: ${name} must be a positive integer`);
}

function stringMap(r: NodeReader, v: Node, name: string): Record<string, string> {
  if (!isMap(v)) throw new UsageError(`${r.where(v)}: ${name} must map names to values`);
  const out: Record<string, string> = {};
  for (const p of v.items) {
    const k = deref(r, p.key);
    const val = deref(r, p.value);
    if (!isScalar(k)) throw new UsageError(`${r.where(p.key)}: ${name} must map names to values`);
    if (val !== null && !isScalar(val)) throw new UsageError(`${r.where(val)}: ${name}.${String(k.value)} must be a string, a number or a boolean`);
    out[String(k.value)] = String(val?.value ?? '');
  }
  return out;
}

export function parseCompose(r: NodeReader, map: YAMLMap): ComposeSettings {
  const s: ComposeSettings = {};
  readKeys(r, map, 'compose', {
    files: (v, n) => (s.files = list(r, v, n)),
    'env-files': (v, n) => (s.envFiles = list(r, v, n)),
    profiles: (v, n) => (s.profiles = list(r, v, n)),
    timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
  });
  return s;
}

export function parseTerraform(r: NodeReader, map: YAMLMap): TerraformSettings {
  const s: TerraformSettings = {};
  readKeys(r, map, 'terraform', {
    paths: (v, n) => (s.paths = list(r, v, n)),
    include: (v, n) => (s.include = list(r, v, n)),
    exclude: (v, n) => (s.exclude = list(r, v, n)),
    mode: (v, n) => (s.mode = oneOf(r, v, n, ['check', 'diff', 'write'] as const)),
    engine: (v, n) => (s.engine = oneOf(r, v, n, ['builtin', 'terraform', 'tofu'] as const)),
    'terraform-version': (v, n) => (s.terraformVersion = str(r, v, n)),
    binary: (v, n) => (s.binary = str(r, v, n)),
    timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
  });
  return s;
}

export function parseKubernetes(r: NodeReader, map: YAMLMap): KubernetesSettings {
  const s: KubernetesSettings = {};
  readKeys(r, map, 'kubernetes', {
    paths: (v, n) => (s.paths = list(r, v, n)),
    manifests: (v, n) => (s.manifests = list(r, v, n)),
    charts: (v, n) => (s.charts = parseCharts(r, v, n)),
    'kubernetes-versions': (v, n) => (s.kubernetesVersions = list(r, v, n)),
    engine: (v, n) => (s.engine = oneOf(r, v, n, ['builtin', 'kubeconform'] as const)),
    'schema-locations': (v, n) => (s.schemaLocations = list(r, v, n)),
    'skip-kinds': (v, n) => (s.skipKinds = list(r, v, n)),
    'reject-kinds': (v, n) => (s.rejectKinds = list(r, v, n)),
    'ignore-missing-schemas': (v, n) => (s.ignoreMissingSchemas = bool(r, v, n)),
    strict: (v, n) => (s.strict = bool(r, v, n)),
    'allow-remote-bases': (v, n) => (s.allowRemoteBases = bool(r, v, n)),
    'base-ref': (v, n) => (s.baseRef = str(r, v, n)),
    'rendered-dir': (v, n) => (s.renderedDir = str(r, v, n)),
    concurrency: (v, n) => (s.concurrency = positiveInt(r, v, n)),
    timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
    'pod-security': (v, n) => (s.podSecurity = parsePodSecurity(r, v, n)),
  });
  return s;
}

const PSS_LEVELS = ['privileged', 'baseline', 'restricted'] as const;

function policyVersion(r: NodeReader, v: Node, name: string): string {
  const s = str(r, v, name);
  if (s !== 'latest' && !/^v1\.(0|[1-9][0-9]*)$/.test(s)) throw new UsageError(`${r.where(v)}: ${name} must be latest or v1.N, as the pod-security.kubernetes.io/enforce-version label (got "${s}")`);
  return s;
}

function parseCharts(r: NodeReader, v: Node, n: string): ChartSettings[] {
  if (!isSeq(v)) throw new UsageError(`${r.where(v)}: ${n} must be a list of { path, release, namespace, values }`);
  return v.items.map((item, i) => {
    const m = deref(r, item);
    if (!isMap(m)) throw new UsageError(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with path (and release, namespace, values)`);
    const c: Partial<ChartSettings> = {};
    readKeys(r, m, `${n}[${i}]`, {
      path: (pv, pn) => (c.path = str(r, pv, pn)),
      release: (rv, rn) => (c.release = str(r, rv, rn)),
      namespace: (nv, nn) => (c.namespace = str(r, nv, nn)),
      values: (vv, vn) => (c.values = list(r, vv, vn)),
    });
    if (!c.path) throw new UsageError(`${r.where(m)}: ${n}[${i}] needs a path (the chart folder)`);
    return c as ChartSettings;
  });
}

function parsePodSecurity(r: NodeReader, node: Node, section: string): PodSecuritySettings {
  if (!isMap(node)) throw new UsageError(`${r.where(node)}: ${section} must be a mapping`);
  const s: PodSecuritySettings = {};
  readKeys(r, node, section, {
    default: (v, n) => (s.default = oneOf(r, v, n, PSS_LEVELS)),
    version: (v, n) => (s.version = policyVersion(r, v, n)),
    namespaces: (v, n) => {
      if (!isMap(v)) throw new UsageError(`${r.where(v)}: ${n} must map namespace names to privileged, baseline or restricted`);
      const out: Record<string, PodSecurityLevel> = {};
      for (const p of v.items) {
        const k = deref(r, p.key);
        if (!isScalar(k)) throw new UsageError(`${r.where(p.key)}: ${n} must map namespace names to levels`);
        out[String(k.value)] = oneOf(r, deref(r, p.value) ?? (p.key as Node), `${n}.${String(k.value)}`, PSS_LEVELS);
      }
      s.namespaces = out;
    },
    workloads: (v, n) => {
      if (!isSeq(v)) throw new UsageError(`${r.where(v)}: ${n} must be a list of { selector, level }`);
      s.workloads = v.items.map((item, i) => {
        const m = deref(r, item);
        if (!isMap(m)) throw new UsageError(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with selector and level`);
        let selector: Record<string, string> | undefined;
        let level: PodSecurityLevel | undefined;
        let version: string | undefined;
        readKeys(r, m, `${n}[${i}]`, {
          selector: (sv, sn) => (selector = stringMap(r, sv, sn)),
          level: (lv, ln) => (level = oneOf(r, lv, ln, PSS_LEVELS)),
          version: (vv, vn) => (version = policyVersion(r, vv, vn)),
        });
        if (!selector || Object.keys(selector).length === 0) throw new UsageError(`${r.where(m)}: ${n}[${i}] needs a selector of one or more labels`);
        if (!level) throw new UsageError(`${r.where(m)}: ${n}[${i}] needs a level (privileged, baseline or restricted)`);
        return { selector, level, ...(version ? { version } : {}) };
      });
    },
  });
  return s;
}

/** `images:` is a mapping of settings, or (short form) the list of images itself. */
export function parseImages(r: NodeReader, node: Node, plain: unknown): ImagesSettings {
  if (isSeq(node)) return { images: plain };
  if (!isMap(node)) throw new UsageError(`${r.where(node)}: images must be a mapping or a list of images`);
  const s: ImagesSettings = {};
  const entries = plain as Record<string, unknown>;
  readKeys(r, node, 'images', {
    images: () => (s.images = entries['images']),
    'docker-dir': (v, n) => (s.dockerDir = str(r, v, n)),
    registry: (v, n) => (s.registry = str(r, v, n)),
    // One string may list several, comma-separated, as the build-images input does.
    platforms: (v, n) => (s.platforms = list(r, v, n).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean)),
    'build-args': (v, n) => (s.buildArgs = stringMap(r, v, n)),
    timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
  });
  return s;
}

const OTEL_SIGNALS = ['traces', 'metrics', 'logs'] as const;

export function parseOtel(r: NodeReader, map: YAMLMap): OtelSettings {
  const s: OtelSettings = {};
  readKeys(r, map, 'otel', {
    configs: (v, n) => (s.configs = list(r, v, n)),
    redaction: (v, n) => (s.redaction = parseRedaction(r, v, n)),
    'external-hosts': (v, n) => (s.externalHosts = list(r, v, n)),
  });
  return s;
}

function parseRedaction(r: NodeReader, node: Node, section: string): OtelRedactionSettings {
  if (!isMap(node)) throw new UsageError(`${r.where(node)}: ${section} must be a mapping with attributes and signals`);
  const s: OtelRedactionSettings = { attributes: [] };
  readKeys(r, node, section, {
    signals: (v, n) => (s.signals = list(r, v, n).map((x) => {
      if (!(OTEL_SIGNALS as readonly string[]).includes(x)) throw new UsageError(`${r.where(v)}: ${n} must list traces, metrics or logs (got "${x}")${didYouMean(x, OTEL_SIGNALS)}`);
      return x as OtelSignal;
    })),
    attributes: (v, n) => {
      if (!isSeq(v)) throw new UsageError(`${r.where(v)}: ${n} must be a list of { key, action }`);
      s.attributes = v.items.map((item, i) => {
        const m = deref(r, item);
        if (!isMap(m)) throw new UsageError(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with key and action`);
        let key: string | undefined;
        let action: 'hash' | 'delete' | undefined;
        let scope: 'record' | 'resource' | 'both' | undefined;
        readKeys(r, m, `${n}[${i}]`, {
          key: (kv, kn) => (key = str(r, kv, kn)),
          action: (av, an) => (action = oneOf(r, av, an, ['hash', 'delete'] as const)),
          scope: (sv, sn) => (scope = oneOf(r, sv, sn, ['record', 'resource', 'both'] as const)),
        });
        if (!key) throw new UsageError(`${r.where(m)}: ${n}[${i}] needs a key (the attribute name)`);
        if (!action) throw new UsageError(`${r.where(m)}: ${n}[${i}] needs an action (hash or delete)`);
        return { key, action, ...(scope ? { scope } : {}) };
      });
    },
  });
  return s;
}
