// Render an overlay to the exact objects that will be applied: kustomize build, then images pinned
// by digest. Rendering never talks to a cluster.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { Finding } from '../report/finding.js';
import { UsageError } from '../report/finding.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS, goRuntimeEnv, helmArgs, kustomizeError, memoryLimited, outOfMemory, runCapped } from '../checks/kubernetes/build.js';
import { buildTree, referenceProblems } from '../checks/kubernetes/discover.js';
import { kustomizationFile, type Kustomization } from '../checks/kubernetes/kustomization.js';
import { HELM_VERSION, locateHelm } from '../tools/helm.js';
import { locateKustomize, type KustomizeCommand } from '../tools/kustomize.js';
import { pinImages, pinsFromBuildManifest, pinsFromList, type PinnedContainer } from './pin.js';
import type { K8sObject } from './objects.js';
import { finding } from './rules.js';
import { type SettingName, actionInput } from './wording.js';

/** Turns an overlay directory into a YAML stream. Swappable (tests, another kustomize engine). */
export type Renderer = (overlay: string) => Promise<string>;

export interface RenderOptions {
  /** A kustomization directory, or a file with rendered manifests (multi-document YAML). */
  overlay: string;
  /** Root findings are relative to (default: the current directory). */
  root?: string;
  /** Build manifest from the images check: `{ images: { name: { image, digest, tags } } }`. */
  buildManifest?: string;
  /** `name=ref@sha256:...` entries; applied after the build manifest. */
  images?: readonly string[];
  /** Fail when a container image is not pinned by digest after pinning. */
  requireDigests?: boolean;
  renderer?: Renderer;
  /** Use this kustomize (default: `kubectl kustomize`, else a standalone kustomize). */
  kustomize?: KustomizeCommand;
  /** Let kustomize fetch remote resources, bases and components (default false, as the validation). */
  allowRemoteResources?: boolean;
  /** Stop the build after this long (default 120 s, the validation's). */
  renderTimeoutMs?: number;
  /** Largest rendered output accepted, bytes (default 256 MiB, the validation's). */
  maxRenderBytes?: number;
  /** How messages name the caller's settings (default: the action's inputs). */
  setting?: SettingName;
}

/** The build was stopped by its timeout or its output cap. */
export class RenderLimitExceeded extends Error {
  override name = 'RenderLimitExceeded';
}

export interface Rendered {
  objects: K8sObject[];
  /** The pinned manifests, one YAML stream. */
  yaml: string;
  /** sha256 of `yaml`: what a plan approved and an apply must match. */
  sha256: string;
  containers: PinnedContainer[];
  findings: Finding[];
  /** Where findings about the overlay point. */
  overlayFile: string;
}

export class RenderFailed extends Error {
  override name = 'RenderFailed';
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('; '));
  }
}

/** The kustomization file findings point at, relative to root. */
export function overlayFileOf(overlay: string, root: string): string {
  let file = overlay;
  if (existsSync(overlay) && statSync(overlay).isDirectory()) {
    const k = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((n) => existsSync(path.join(overlay, n)));
    file = path.join(overlay, k ?? 'kustomization.yaml');
  }
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

export async function render(opts: RenderOptions): Promise<Rendered> {
  const root = opts.root ?? process.cwd();
  const overlay = path.resolve(opts.overlay);
  if (!existsSync(overlay)) throw new UsageError(`overlay ${opts.overlay} does not exist`);
  const overlayFile = overlayFileOf(overlay, root);
  // Pins are checked before the (slower) build so a bad --images fails fast.
  const pins = [...(opts.buildManifest ? pinsFromBuildManifest(opts.buildManifest) : []), ...pinsFromList(opts.images ?? [])];

  const limits = { timeoutMs: opts.renderTimeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: opts.maxRenderBytes ?? DEFAULT_MAX_BYTES };
  let text: string;
  if (statSync(overlay).isFile()) {
    if (statSync(overlay).size > limits.maxBytes) throw new RenderFailed([finding('deploy/render-limit', overlayFile, `${overlayFile} is larger than ${mib(limits.maxBytes)}`)]);
    text = readFileSync(overlay, 'utf8');
  } else {
    // Decided before kustomize runs, whatever renderer is used: a refused remote URL is never requested.
    const refused = refusedReferences(overlay, root, opts.allowRemoteResources ?? false, opts.setting);
    if (refused.length) throw new RenderFailed(refused);
    const renderer = opts.renderer ?? (await kustomizeRenderer(opts.kustomize, limits));
    try {
      text = await renderer(overlay);
    } catch (e) {
      const rule = e instanceof RenderLimitExceeded ? 'deploy/render-limit' : 'deploy/render-failed';
      throw new RenderFailed([finding(rule, overlayFile, `kustomize build failed: ${(e as Error).message}`)]);
    }
    if (Buffer.byteLength(text) > limits.maxBytes) throw new RenderFailed([finding('deploy/render-limit', overlayFile, `kustomize build failed: the output is larger than ${mib(limits.maxBytes)}`)]);
  }

  const findings: Finding[] = [];
  const objects: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new RenderFailed([finding('deploy/render-failed', overlayFile, `rendered YAML does not parse: ${doc.errors[0]!.message}`)]);
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const o = value as K8sObject;
    if (typeof o !== 'object' || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
      throw new RenderFailed([finding('deploy/render-failed', overlayFile, 'a rendered document is not a Kubernetes object (apiVersion, kind, metadata.name)')]);
    }
    if (o.kind === 'List' && Array.isArray(o['items'])) objects.push(...(o['items'] as K8sObject[]));
    else objects.push(o);
  }
  if (!objects.length) throw new RenderFailed([finding('deploy/render-failed', overlayFile, 'the overlay renders no objects')]);

  const pinned = pinImages(objects, pins);
  for (const p of pinned.unused) {
    findings.push(finding('deploy/image-not-used', overlayFile, `${p.source} (${p.match}) matches no container image in the rendered manifests`));
  }
  if (opts.requireDigests) {
    for (const c of pinned.containers) {
      if (!c.digest) findings.push(finding('deploy/image-not-pinned', overlayFile, `${c.object} container "${c.container}" uses ${c.image}, which is not pinned by digest`));
    }
  }
  const yaml = toYamlStream(objects);
  return { objects, yaml, sha256: sha256(yaml), containers: pinned.containers, findings, overlayFile };
}

/**
 * The validation's refusals (src/checks/kubernetes/discover.ts), for the overlay and every local
 * kustomization it reaches: remote targets unless allowed, paths that leave the repository root,
 * kustomizations that cannot be read.
 */
export function refusedReferences(overlayDir: string, root: string, allowRemote: boolean, setting: SettingName = actionInput): Finding[] {
  if (!kustomizationFile(overlayDir)) return [];
  const tree = buildTree(overlayDir, new Map<string, Kustomization>());
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const out: Finding[] = [];
  for (const k of tree) {
    if (k.parseError) out.push(finding('deploy/render-failed', { file: rel(k.file), line: k.parseError.line, column: k.parseError.column }, `kustomization cannot be read: ${k.parseError.message}`));
  }
  for (const p of referenceProblems(tree, path.resolve(root), allowRemote)) {
    const at = { file: rel(p.kustomization.file), line: p.entry.line, column: p.entry.column };
    if (p.rule === 'remote') {
      out.push(finding('deploy/remote-resource', at, `${p.entry.field} entry ${p.entry.value} is remote; remote resources are refused before kustomize runs (allow them explicitly: ${setting('allow-remote-resources')})`));
    } else {
      out.push(finding('deploy/outside-root', at, `${p.entry.field} entry ${p.entry.value} resolves outside the repository (${path.resolve(root)})`));
    }
  }
  return out;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`;
}

export function toYamlStream(objects: readonly K8sObject[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `kubectl kustomize DIR` or `kustomize build DIR`: the swap point for another kustomize engine. */
let located: Promise<KustomizeCommand | undefined> | undefined;

export async function kustomizeRenderer(cmd?: KustomizeCommand, limits: { timeoutMs?: number; maxBytes?: number } = {}): Promise<Renderer> {
  // Locating runs `kustomize version`; once per process is enough.
  located ??= locateKustomize();
  const k = cmd ?? (await located);
  if (!k) throw new UsageError('no kustomize found: install kubectl or run scripts/tools/install-kustomize.sh');
  return async (overlay) => {
    // helmCharts render with the pinned helm, as the validation's build does (remote repositories were refused before).
    const charts = buildTree(overlay, new Map<string, Kustomization>()).some((k) => k.charts.length > 0);
    const helm = charts ? await locateHelm() : undefined;
    if (charts && !helm) throw new UsageError(`the overlay has helmCharts and helm ${HELM_VERSION} was not found: run scripts/tools/install-helm.sh or put it on PATH`);
    return runBuild(k, overlay, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS, limits.maxBytes ?? DEFAULT_MAX_BYTES, helm);
  };
}

/** The validation's build: load restrictor on, killed at the timeout, the output cap or the memory limit. */
async function runBuild(k: KustomizeCommand, overlay: string, timeoutMs: number, maxBytes: number, helm: string | undefined): Promise<string> {
  const [bin, argv] = memoryLimited(k.path, [...k.args, ...helmArgs(helm), '--load-restrictor', 'LoadRestrictionsRootOnly', overlay], DEFAULT_MEMORY_BYTES);
  const r = await runCapped(bin, argv, timeoutMs, maxBytes, goRuntimeEnv(DEFAULT_MEMORY_BYTES));
  if (r.overflow) throw new RenderLimitExceeded(`the output is larger than ${mib(maxBytes)}; the build was stopped`);
  if (r.code !== 0 && outOfMemory(r.stderr)) throw new RenderLimitExceeded(`kustomize ran out of memory (limit ${mib(DEFAULT_MEMORY_BYTES)} of address space)`);
  if (r.timedOut) throw new RenderLimitExceeded(`the build did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`);
  if (r.code !== 0) throw new Error(kustomizeError(r.stderr || r.stdout));
  return r.stdout;
}
