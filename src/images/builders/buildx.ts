// Builds with `docker buildx build`, as on GitHub-hosted runners. The arguments are an array built
// by one pure function (tested as such); provenance and SBOM are explicit choices rather than
// buildx's defaults, which add an `unknown/unknown` platform entry many registries display.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import {
  BuildFailure,
  hostPlatform,
  redactor,
  type Builder,
  type BuildRequest,
  type BuildResult,
  type FailedStep,
} from '../builder.js';
import { runCommand, tail, type CommandRunner } from '../command.js';
import { registryHost } from '../../checks/images/reference.js';

/** Layer cache: the GitHub Actions cache service, or a registry repository. */
export type BuildxCache =
  | { type: 'gha'; /** Cache namespace; default the image name, so images do not evict each other. */ scope?: string; mode?: 'min' | 'max' }
  | { type: 'registry'; ref: string; mode?: 'min' | 'max' };

export interface BuildxOptions {
  /** The docker executable. Default `docker` from PATH. */
  docker?: string;
  /**
   * A standalone buildx binary (`buildx build ...`, no docker CLI), e.g. the one
   * scripts/tools/install-buildkit.sh builds. Takes precedence over `docker`.
   */
  buildx?: string;
  /** `--builder NAME` (e.g. the one docker/setup-buildx-action created). */
  builder?: string;
  cache?: BuildxCache;
  /** SLSA provenance attestation: off, or `mode=min` / `mode=max`. No default on purpose. */
  provenance: false | 'min' | 'max';
  /** SBOM attestation. No default on purpose. */
  sbom: boolean;
  /** Without push: load the result into the local image store (one platform only). */
  load?: boolean;
  env?: Record<string, string | undefined>;
  run?: CommandRunner;
}

export function buildxArgs(req: BuildRequest, opts: BuildxOptions, files: { metadataFile: string }): string[] {
  if (opts.load && !req.push && req.platforms.length > 1) {
    throw new UsageError(`image ${req.name}: --load takes one platform; got ${req.platforms.join(', ')}`);
  }
  const args = ['buildx', 'build'];
  if (opts.builder) args.push('--builder', opts.builder);
  args.push('--file', req.dockerfile);
  if (req.target) args.push('--target', req.target);
  for (const [k, v] of sorted(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of sorted(req.labels)) args.push('--label', `${k}=${v}`);
  if (req.push) {
    // Annotations only exist on pushed manifests; a multi-platform push also annotates the index.
    const prefix = req.platforms.length > 1 ? 'index,manifest:' : '';
    for (const [k, v] of sorted(req.annotations)) args.push('--annotation', `${prefix}${k}=${v}`);
  }
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  for (const t of req.tags) args.push('--tag', `${req.image}:${t}`);
  if (opts.cache) {
    const mode = opts.cache.mode ?? 'max';
    if (opts.cache.type === 'gha') {
      const scope = opts.cache.scope ?? req.name;
      args.push('--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,scope=${scope},mode=${mode}`);
    } else {
      args.push('--cache-from', `type=registry,ref=${opts.cache.ref}`, '--cache-to', `type=registry,ref=${opts.cache.ref},mode=${mode}`);
    }
  }
  args.push(opts.provenance === false ? '--provenance=false' : `--provenance=mode=${opts.provenance}`);
  args.push(`--sbom=${opts.sbom ? 'true' : 'false'}`);
  if (req.push) {
    if (req.insecureRegistries.includes(registryHost(req.image))) args.push('--output', 'type=image,push=true,registry.insecure=true');
    else args.push('--push');
  } else if (opts.load) {
    args.push('--load');
  }
  args.push('--metadata-file', files.metadataFile);
  args.push(req.context);
  return args;
}

export class BuildxBuilder implements Builder {
  readonly kind = 'docker' as const;
  private readonly run: CommandRunner;
  private readonly exe: string;

  constructor(private readonly opts: BuildxOptions) {
    if (opts.provenance === undefined || opts.sbom === undefined) {
      throw new UsageError('the docker builder needs explicit provenance (false, min, max) and sbom (true, false) choices');
    }
    this.run = opts.run ?? runCommand;
    this.exe = opts.buildx ?? opts.docker ?? 'docker';
  }

  /** `docker buildx ARGS`, or `buildx ARGS` for a standalone buildx. */
  private argv(args: string[]): string[] {
    return this.opts.buildx ? args.slice(1) : args;
  }

  async version(): Promise<string> {
    const r = await this.run(this.exe, this.argv(['buildx', 'version']), { env: this.opts.env ?? process.env });
    if (r.code !== 0) throw new UsageError(`docker buildx is not available: ${tail(r.output, 3)}`);
    return r.stdout.trim();
  }

  async build(req: BuildRequest): Promise<BuildResult> {
    if (req.tags.length === 0) throw new UsageError(`image ${req.name}: no tags to build`);
    const redact = redactor(req.credentials);
    const work = await mkdtemp(path.join(req.tempDir, 'portarium-buildx-'));
    const baseEnv = this.opts.env ?? process.env;
    try {
      const env = req.credentials.length > 0 ? await privateDockerConfig(baseEnv, work, req.credentials) : baseEnv;
      const metadataFile = path.join(work, 'metadata.json');
      const r = await this.run(this.exe, this.argv(buildxArgs(req, this.opts, { metadataFile })), {
        cwd: req.context,
        env,
        redact,
        onLine: (l) => req.log(l),
      });
      if (r.code !== 0) {
        const pushing = /failed to push|pushing .* to|unexpected status from PUT|401 Unauthorized|authorization failed/i.test(r.output);
        throw new BuildFailure(`docker buildx build failed (exit ${r.code}): ${buildxReason(r.output)}`, pushing ? 'push' : 'build', buildxFailedStep(r.output, req.dockerfile), tail(r.output));
      }
      const meta = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
      const digest = typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
      const configDigest = typeof meta['containerimage.config.digest'] === 'string' ? meta['containerimage.config.digest'] : undefined;
      const result: BuildResult = {
        image: req.image,
        digest: digest || configDigest || '',
        tags: [...req.tags],
        platforms: req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()],
        pushed: req.push,
      };
      if (configDigest) result.imageId = configDigest;
      return result;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

/**
 * A private DOCKER_CONFIG holding the given credentials (mode 0600), merged over the user's own
 * `auths`/`credHelpers` so an earlier docker/login-action still counts for other registries. The
 * user's `credsStore` is left out: docker would send every registry to it and ignore our entries.
 * The user's buildx builders (BUILDX_CONFIG) and CLI plugins (cli-plugins) stay reachable.
 */
async function privateDockerConfig(
  env: Record<string, string | undefined>,
  work: string,
  credentials: BuildRequest['credentials'],
): Promise<Record<string, string | undefined>> {
  const original = env['DOCKER_CONFIG'] ?? path.join(env['HOME'] ?? os.homedir(), '.docker');
  let base: { auths?: Record<string, unknown>; credHelpers?: Record<string, string> } = {};
  try {
    base = JSON.parse(await readFile(path.join(original, 'config.json'), 'utf8')) as typeof base;
  } catch {
    // No config of the user's: ours is the whole config.
  }
  const auths: Record<string, unknown> = { ...(base.auths ?? {}) };
  const credHelpers: Record<string, string> = { ...(base.credHelpers ?? {}) };
  for (const c of credentials) {
    // Docker Hub's key in config.json is the v1 index URL, not its host name.
    const key = c.registry === 'docker.io' || c.registry === 'index.docker.io' ? 'https://index.docker.io/v1/' : c.registry;
    auths[key] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
    delete credHelpers[c.registry];
  }
  const dir = await mkdtemp(path.join(work, 'docker-config-'));
  await chmod(dir, 0o700);
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths, credHelpers }), { mode: 0o600 });
  const plugins = path.join(original, 'cli-plugins');
  if (existsSync(plugins)) await symlink(plugins, path.join(dir, 'cli-plugins'));
  return { ...env, DOCKER_CONFIG: dir, BUILDX_CONFIG: env['BUILDX_CONFIG'] ?? path.join(original, 'buildx') };
}

/** buildx prints `Dockerfile:6` above the failing instruction, and `#N [s/m] RUN ...` for steps. */
export function buildxFailedStep(output: string, dockerfile: string): FailedStep {
  const failed: FailedStep = {};
  const base = path.basename(dockerfile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^${base}:(\\d+)\\s*$`, 'm').exec(output);
  if (m) failed.line = Number(m[1]);
  const steps = [...output.matchAll(/^#\d+ \[[^\]]*\d+\/\d+\] (.*)$/gm)];
  const last = steps[steps.length - 1];
  if (last) failed.instruction = last[1]!.trim();
  return failed;
}

function buildxReason(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const err = [...lines].reverse().find((l) => l.startsWith('ERROR:'));
  return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}

function sorted(rec: Readonly<Record<string, string>>): Array<[string, string]> {
  return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
