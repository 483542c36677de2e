// Pinning rendered container images to the digests that were built (and approved): from a build
// manifest written by the images check, or from an explicit `name=ref@sha256:...` list.
import { readFileSync, statSync } from 'node:fs';
import { SHA256_DIGEST_RE, canonicalRepository, formatImageRef, parseImageRef } from '../checks/images/reference.js';
import { pathGuard } from '../path-guard.js';
import { UsageError } from '../report/finding.js';
import { containersOf, podSpecOf, qualifiedName, type K8sObject } from './objects.js';

export interface ImagePin {
  /** Repository the rendered manifests use (matched without tag/digest, `host:port/repo` aware). */
  match: string;
  /** Repository to deploy from (usually the same). */
  repository: string;
  digest: string;
  /** Where the pin came from, for messages: `images[1]`, `build manifest images.control-plane`. */
  source: string;
}

export interface PinnedContainer {
  /** `ns/deployment.apps/web` */
  object: string;
  container: string;
  /** The image as deployed. */
  image: string;
  digest?: string;
  /** The image before pinning, when pinning changed it. */
  original?: string;
}

/** `{ images: { <name>: { image, digest, tags } } }` as written by the images check. */
/** A build manifest is a few KiB; anything near this is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export function pinsFromBuildManifest(file: string): ImagePin[] {
  const refused = pathGuard()(file);
  if (refused) throw new UsageError(`build manifest ${file} ${refused.reason}`);
  let doc: unknown;
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) throw new UsageError(`build manifest ${file} is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`);
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // V8's JSON errors quote the text around the fault: say where, never what.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    const why = e instanceof SyntaxError ? `is not JSON${at ? ` (syntax error at byte ${at})` : ''}` : `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
    throw new UsageError(`build manifest ${file} ${why}`);
  }
  const images = (doc as { images?: unknown })?.images;
  if (!images || typeof images !== 'object' || Array.isArray(images)) {
    throw new UsageError(`build manifest ${file} has no "images" object`);
  }
  const pins: ImagePin[] = [];
  for (const [name, raw] of Object.entries(images as Record<string, unknown>)) {
    const e = raw as { image?: unknown; digest?: unknown };
    const where = `build manifest ${file} images.${name}`;
    if (typeof e?.image !== 'string' || typeof e.digest !== 'string') throw new UsageError(`${where} needs "image" and "digest" strings`);
    if (!SHA256_DIGEST_RE.test(e.digest)) throw new UsageError(`${where}: digest "${e.digest}" is not sha256:<64 hex>`);
    const ref = parseImageRef(e.image);
    if (!ref) throw new UsageError(`${where}: "${e.image}" is not an image reference`);
    pins.push({ match: ref.repository, repository: ref.repository, digest: e.digest, source: where });
  }
  return pins;
}

/** `name=ref@sha256:...` or `ref@sha256:...` (the repository of ref is then what is matched). */
export function pinsFromList(entries: readonly string[]): ImagePin[] {
  const pins: ImagePin[] = [];
  entries.forEach((raw, i) => {
    const entry = raw.trim();
    if (!entry) return;
    const where = `images[${i}] "${entry}"`;
    const eq = entry.indexOf('=');
    const name = eq >= 0 ? entry.slice(0, eq).trim() : undefined;
    const target = parseImageRef(eq >= 0 ? entry.slice(eq + 1) : entry);
    if (!target) throw new UsageError(`${where} is not name=image@sha256:<digest>`);
    if (!target.digest) throw new UsageError(`${where} has no @sha256:<digest>; deploys pin images by digest`);
    let match = target.repository;
    if (name !== undefined) {
      const n = parseImageRef(name);
      if (!n || n.digest || n.tag) throw new UsageError(`${where}: "${name}" must be a repository without tag or digest`);
      match = n.repository;
    }
    pins.push({ match, repository: target.repository, digest: target.digest, source: `images[${i}]` });
  });
  return pins;
}

export interface PinOutcome {
  containers: PinnedContainer[];
  /** Pins that matched no container. */
  unused: ImagePin[];
}

/** Rewrites matching container images in place to `repository@digest`. */
export function pinImages(objects: K8sObject[], pins: readonly ImagePin[]): PinOutcome {
  const byRepo = new Map<string, ImagePin>();
  for (const p of pins) byRepo.set(canonicalRepository(p.match), p);
  const used = new Set<ImagePin>();
  const containers: PinnedContainer[] = [];
  for (const o of objects) {
    const loc = podSpecOf(o);
    if (!loc) continue;
    for (const { container } of containersOf(loc.podSpec)) {
      if (typeof container.image !== 'string') continue;
      const ref = parseImageRef(container.image);
      const pin = ref ? byRepo.get(canonicalRepository(ref.repository)) : undefined;
      if (pin && ref) {
        used.add(pin);
        const original = container.image;
        container.image = formatImageRef({ repository: pin.repository, digest: pin.digest });
        containers.push({ object: qualifiedName(o), container: container.name, image: container.image, digest: pin.digest, ...(original !== container.image ? { original } : {}) });
      } else {
        const digest = ref?.digest;
        containers.push({ object: qualifiedName(o), container: container.name, image: container.image, ...(digest ? { digest } : {}) });
      }
    }
  }
  return { containers, unused: pins.filter((p) => !used.has(p)) };
}
