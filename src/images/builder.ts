// The one interface both image builders (docker buildx, buildah) implement, and the pieces they
// share: the request and result types, the failure type, and registry credentials as data.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Credentials for one registry host (`ghcr.io`, `127.0.0.1:5000`). Never logged, never in argv. */
export interface RegistryCredential {
  registry: string;
  username: string;
  password: string;
}

export interface BuildRequest {
  /** The image's name in the plan (manifest key). */
  name: string;
  /** Repository without tag, lower-case: `ghcr.io/org/control-plane`. */
  image: string;
  /** Absolute build context. */
  context: string;
  /** Absolute Dockerfile path. */
  dockerfile: string;
  target?: string;
  buildArgs: Readonly<Record<string, string>>;
  /** `linux/amd64`, ... Empty: the builder's host platform. */
  platforms: readonly string[];
  /** Tag names (no repository). The first is the primary one. */
  tags: readonly string[];
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  push: boolean;
  credentials: readonly RegistryCredential[];
  /** Registry hosts to reach over plain HTTP / without TLS verification; only these. */
  insecureRegistries: readonly string[];
  /** A private directory for auth and metadata files (RUNNER_TEMP in an action). */
  tempDir: string;
  /** Receives the builder's output line by line, with secrets already removed. */
  log: (line: string) => void;
}

export interface BuildResult {
  /** Repository, as in the request. */
  image: string;
  /**
   * Registry manifest digest (`sha256:...`) of what was pushed: for several platforms the digest
   * of the manifest list. Without push: the local image id.
   */
  digest: string;
  tags: string[];
  platforms: string[];
  /** Local image id (config digest) when the builder reports one. */
  imageId?: string;
  pushed: boolean;
  /** Build steps reported as served from the layer cache, and all steps (buildah). */
  cachedSteps?: number;
  steps?: number;
  /**
   * True when nothing was built: an image made earlier from identical inputs (same build-input
   * fingerprint) was re-used and only re-tagged.
   */
  cached?: boolean;
  /** The build-input fingerprint (`sha256:...`), when the builder computed one. */
  fingerprint?: string;
}

export interface Builder {
  readonly kind: 'docker' | 'buildah';
  /** The tool's version line, logged once per run (a missing tool is a UsageError here). */
  version?(): Promise<string>;
  build(req: BuildRequest): Promise<BuildResult>;
}

export interface FailedStep {
  /** 1-based stage number when the builder reports it (multi-stage builds). */
  stage?: number;
  /** 1-based step within the stage (FROM is step 1). */
  step?: number;
  /** The instruction text as the builder printed it. */
  instruction?: string;
  /** Dockerfile line, when the builder names it (buildx does). */
  line?: number;
}

/** A build or push that the builder reported as failed; `message` is already free of secrets. */
export class BuildFailure extends Error {
  override name = 'BuildFailure';
  constructor(
    message: string,
    readonly phase: 'build' | 'push',
    readonly failedStep: FailedStep = {},
    /** The last lines of output, secrets removed. */
    readonly outputTail: string = '',
  ) {
    super(message);
  }
}

/** Replaces every secret (and its base64 `user:secret` form) in text. */
export function redactor(credentials: readonly RegistryCredential[]): (text: string) => string {
  const secrets = new Set<string>();
  for (const c of credentials) {
    if (c.password) {
      secrets.add(c.password);
      secrets.add(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
      secrets.add(encodeURIComponent(c.password));
    }
  }
  const list = [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const s of list) out = out.split(s).join('***');
    return out;
  };
}

/**
 * Writes a containers/docker style auth file (`{"auths": {host: {auth: base64(user:pass)}}}`,
 * mode 0600) in a fresh directory under `tempDir`. Both buildah (`--authfile`) and docker
 * (`DOCKER_CONFIG/config.json`) read this format. Returns the file and a cleanup function.
 */
export async function writeAuthFile(
  tempDir: string,
  credentials: readonly RegistryCredential[],
  fileName = 'auth.json',
): Promise<{ dir: string; file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tempDir, 'portarium-auth-'));
  const auths: Record<string, { auth: string }> = {};
  for (const c of credentials) {
    auths[c.registry] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
  }
  const file = path.join(dir, fileName);
  await writeFile(file, JSON.stringify({ auths }), { mode: 0o600 });
  return { dir, file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Platforms as the host would default them, in `os/arch` form. */
export function hostPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}
