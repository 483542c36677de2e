// Render an overlay to the exact objects that will be applied: kustomize build, then images pinned
// by digest. Rendering never talks to a cluster.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { Finding } from '../report/finding.js';
import { UsageError } from '../report/finding.js';
import { kustomizeError } from '../checks/kubernetes/build.js';
import { locateKustomize, type KustomizeCommand } from '../tools/kustomize.js';
import { pinImages, pinsFromBuildManifest, pinsFromList, type PinnedContainer } from './pin.js';
import type { K8sObject } from './objects.js';
import { finding } from './rules.js';

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

  let text: string;
  if (statSync(overlay).isFile()) {
    text = readFileSync(overlay, 'utf8');
  } else {
    const renderer = opts.renderer ?? (await kustomizeRenderer(opts.kustomize));
    try {
      text = await renderer(overlay);
    } catch (e) {
      throw new RenderFailed([finding('deploy/render-failed', overlayFile, `kustomize build failed: ${(e as Error).message}`)]);
    }
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

export function toYamlStream(objects: readonly K8sObject[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `kubectl kustomize DIR` or `kustomize build DIR`: the swap point for another kustomize engine. */
let located: Promise<KustomizeCommand | undefined> | undefined;

export async function kustomizeRenderer(cmd?: KustomizeCommand): Promise<Renderer> {
  // Locating runs `kubectl version`; once per process is enough.
  located ??= locateKustomize();
  const k = cmd ?? (await located);
  if (!k) throw new UsageError('no kustomize found: install kubectl or run scripts/tools/install-kustomize.sh');
  return (overlay) => runBuild(k, overlay);
}

function runBuild(k: KustomizeCommand, overlay: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(k.path, [...k.args, overlay], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(kustomizeError(Buffer.concat(err).toString('utf8'))));
    });
  });
}
