// Container image references, split the way the distribution reference grammar does: the first
// path component is a registry only when it has a '.' or ':' or is "localhost", so
// `127.0.0.1:5000/app:v1` is repository `127.0.0.1:5000/app` with tag `v1` (Azure/k8s-deploy splits
// at the first ':' and gets this wrong).

export interface ImageRef {
  /** Repository as written, without tag or digest: `127.0.0.1:5000/app`, `nginx`. */
  repository: string;
  tag?: string;
  /** `sha256:<64 hex>` */
  digest?: string;
}

export const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function parseImageRef(ref: string): ImageRef | undefined {
  const s = ref.trim();
  if (!s || /\s/.test(s)) return undefined;
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  }
  if (!rest || rest.endsWith('/') || rest.startsWith('/')) return undefined;
  return { repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** `nginx` and `docker.io/library/nginx` are the same repository; compare in the long form. */
export function normalizeRepository(repository: string): string {
  const parts = repository.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return first === 'index.docker.io' ? ['docker.io', ...parts.slice(1)].join('/') : repository;
  if (parts.length === 1) return `docker.io/library/${repository}`;
  return `docker.io/${repository}`;
}

export function sameRepository(a: string, b: string): boolean {
  return normalizeRepository(a) === normalizeRepository(b);
}

export function formatImageRef(r: ImageRef): string {
  return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/**
 * The digest a kubelet reports in `status.containerStatuses[].imageID`
 * (`docker-pullable://repo@sha256:…`, `repo@sha256:…` or a bare `sha256:…`).
 */
export function digestOfImageId(imageID: string | undefined): string | undefined {
  if (!imageID) return undefined;
  const m = /(sha256:[a-f0-9]{64})\s*$/.exec(imageID);
  return m?.[1];
}
