// Image reference grammar, as the registry distribution project defines it:
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [domain "/"] path-component ("/" path-component)*
// Registries reject names outside it, and they reject upper case in the path, so a name is
// lower-cased before it is checked (a GitHub owner such as "MyOrg" is common and harmless).

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;

const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
export const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;

export interface ImageReference {
  /** Registry host (and port) when the reference names one. */
  domain?: string;
  /** Repository path below the domain. */
  path: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits a reference into its parts without judging them. The first component is a registry
 * only when it looks like a host (has "." or ":" or is "localhost"), the same test docker uses.
 */
export function splitReference(ref: string): ImageReference {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let domain: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first;
      rest = rest.slice(slash + 1);
    }
  }
  const out: ImageReference = { path: rest };
  if (domain !== undefined) out.domain = domain;
  if (tag !== undefined) out.tag = tag;
  if (digest !== undefined) out.digest = digest;
  return out;
}

/** The only digest a deploy pins images to. */
export const SHA256_DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** A reference in a manifest or a pin list: the repository as written (registry included), its tag and digest. */
export interface ImageRef {
  /** Without tag or digest: `127.0.0.1:5000/app`, `nginx`. */
  repository: string;
  tag?: string;
  /** `sha256:<64 hex>` */
  digest?: string;
}

/**
 * Reads a reference the way deploy pins one; undefined when it is not one: white space, a digest
 * that is not sha256, a tag outside the grammar, an empty name or one that begins or ends with `/`.
 * `127.0.0.1:5000/app:v1` is repository `127.0.0.1:5000/app` with tag `v1` (Azure/k8s-deploy splits
 * at the first `:` and gets this wrong).
 */
export function parseImageRef(ref: string): ImageRef | undefined {
  const s = ref.trim();
  if (!s || /\s/.test(s)) return undefined;
  const r = splitReference(s);
  if (r.digest !== undefined && !SHA256_DIGEST_RE.test(r.digest)) return undefined;
  if (r.tag !== undefined && !TAG_RE.test(r.tag)) return undefined;
  // A second `:` after the last `/` is a malformed tag, not part of the name.
  if (r.path.includes(':')) return undefined;
  const repository = r.domain !== undefined ? `${r.domain}/${r.path}` : r.path;
  if (!repository || repository.endsWith('/') || repository.startsWith('/')) return undefined;
  return { repository, ...(r.tag !== undefined ? { tag: r.tag } : {}), ...(r.digest !== undefined ? { digest: r.digest } : {}) };
}

export function formatImageRef(r: ImageRef): string {
  return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** `nginx` and `docker.io/library/nginx` are the same repository: both give the long form. */
export function canonicalRepository(repository: string): string {
  const parts = repository.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return first === 'index.docker.io' ? ['docker.io', ...parts.slice(1)].join('/') : repository;
  if (parts.length === 1) return `docker.io/library/${repository}`;
  return `docker.io/${repository}`;
}

/** Why `name` (a repository, without tag or digest) is not a valid image name, or undefined. */
export function repositoryProblem(name: string): string | undefined {
  if (name === '') return 'the image name is empty';
  if (name.length > NAME_MAX) return `the image name is longer than ${NAME_MAX} characters`;
  if (name.includes('@') || /:[^/]*$/.test(name.replace(/^[^/]*\//, ''))) {
    return 'the image name must not carry a tag or digest (tags come from the metadata)';
  }
  const ref = splitReference(name);
  if (ref.domain !== undefined && !DOMAIN_RE.test(ref.domain)) return `"${ref.domain}" is not a valid registry host`;
  if (!PATH_RE.test(ref.path)) {
    return `"${ref.path}" is not a valid repository path (lower-case letters, digits and single separators . _ __ - between them, components joined by /)`;
  }
  return undefined;
}

export function tagProblem(tag: string): string | undefined {
  return TAG_RE.test(tag) ? undefined : `"${tag}" is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128 characters)`;
}

export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

/** Registry host a repository is pushed to; docker.io when the name has no domain. */
export function registryHost(repository: string): string {
  return splitReference(repository).domain ?? 'docker.io';
}

/** Lower-cases a repository name; the registry host part is case-insensitive anyway. */
export function normalizeRepository(name: string): string {
  return name.trim().toLowerCase();
}

/** Makes any text usable as a tag the way branch names are usually mapped: invalid characters become "-". */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
    .replace(/[.-]+$/, '');
}
