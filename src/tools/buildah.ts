// Daemonless builds with buildah (Debian's buildah 1.28 is what scripts/tools/install-buildah.sh
// installs). Everything is passed as argument arrays; credentials go through an auth file in a
// private temp directory, never through argv, so they do not show up in `ps` or in logs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../report/finding.js';
import {
  BuildFailure,
  hostPlatform,
  redactor,
  writeAuthFile,
  type Builder,
  type BuildRequest,
  type BuildResult,
  type FailedStep,
} from '../checks/images/builder.js';
import { runCommand, tail, type CommandRunner } from '../checks/images/command.js';
import { registryHost } from '../checks/images/reference.js';

export interface BuildahOptions {
  /** The buildah executable. Default `buildah` from PATH. */
  buildah?: string;
  /** Separate image stores (`--root`, `--runroot`) keep concurrent users and tests apart. */
  root?: string;
  runroot?: string;
  /** `vfs` works everywhere; `overlay` is faster where the kernel allows it. Default: buildah's. */
  storageDriver?: string;
  /**
   * `chroot` (default) runs RUN steps without an OCI runtime; it works in containers and CI
   * sandboxes where the default `oci` isolation fails on cgroups.
   */
  isolation?: 'chroot' | 'oci' | 'rootless';
  /**
   * `docker` (default) keeps HEALTHCHECK, SHELL and STOPSIGNAL, which the OCI image config cannot
   * hold (buildah drops them with a warning). `oci` also writes the OCI annotations.
   */
  format?: 'docker' | 'oci';
  /** When to pull base images. Default `missing`, which also works offline with local bases. */
  pull?: 'missing' | 'never' | 'always' | 'newer';
  /** Remote layer cache: repositories to read (`--cache-from`) and write (`--cache-to`). */
  cache?: { from?: string[]; to?: string };
  /** Delay between push retries (buildah retries 3 times; not for manifest lists). Default `2s`. */
  retryDelay?: string;
  env?: Record<string, string | undefined>;
  /** Replaces process spawning (tests of the argument arrays). */
  run?: CommandRunner;
}

/** Options that go before the subcommand and select the image store. */
export function buildahGlobalArgs(opts: BuildahOptions): string[] {
  const args: string[] = [];
  if (opts.root) args.push('--root', opts.root);
  if (opts.runroot) args.push('--runroot', opts.runroot);
  if (opts.storageDriver) args.push('--storage-driver', opts.storageDriver);
  return args;
}

export interface BudFiles {
  iidFile?: string;
  authFile?: string;
  /** Local manifest list to collect several platforms in. */
  manifestList?: string;
}

/**
 * Whether `--layers` is safe. buildah 1.28's layer cache does not key on the platform: after an
 * amd64 build, an arm64 build of the same steps reuses the amd64 layers (seen here). So the cache
 * is only used for a build of the host platform alone.
 */
export function layerCacheSafe(platforms: readonly string[], host: string = hostPlatform()): boolean {
  return platforms.length === 0 || (platforms.length === 1 && platforms[0] === host);
}

export function buildahBudArgs(req: BuildRequest, opts: BuildahOptions, files: BudFiles, host: string = hostPlatform()): string[] {
  const format = opts.format ?? 'docker';
  const args = [...buildahGlobalArgs(opts), 'bud'];
  args.push('--isolation', opts.isolation ?? 'chroot');
  args.push(layerCacheSafe(req.platforms, host) ? '--layers' : '--layers=false');
  // A failed step otherwise leaves its working container (and, with overlay, its mount) behind.
  args.push('--force-rm');
  args.push(`--pull=${opts.pull ?? 'missing'}`);
  args.push('--format', format);
  args.push('-f', req.dockerfile);
  if (req.target) args.push('--target', req.target);
  for (const [k, v] of sorted(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of sorted(req.labels)) args.push('--label', `${k}=${v}`);
  if (format === 'oci') for (const [k, v] of sorted(req.annotations)) args.push('--annotation', `${k}=${v}`);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  if (files.manifestList) args.push('--manifest', files.manifestList);
  else for (const t of req.tags) args.push('-t', `${req.image}:${t}`);
  if (files.iidFile) args.push('--iidfile', files.iidFile);
  if (files.authFile) args.push('--authfile', files.authFile);
  for (const c of opts.cache?.from ?? []) args.push('--cache-from', c);
  if (opts.cache?.to) args.push('--cache-to', opts.cache.to);
  const cacheHosts = [...(opts.cache?.from ?? []), ...(opts.cache?.to ? [opts.cache.to] : [])].map(registryHost);
  if (cacheHosts.some((h) => req.insecureRegistries.includes(h))) args.push('--tls-verify=false');
  args.push(req.context);
  return args;
}

export function buildahPushArgs(
  req: BuildRequest,
  opts: BuildahOptions,
  tag: string,
  files: { digestFile: string; authFile?: string; manifestList?: string },
): string[] {
  const dest = `docker://${req.image}:${tag}`;
  const args = [...buildahGlobalArgs(opts)];
  // `manifest push` has no retry flags in buildah 1.28.
  if (files.manifestList) args.push('manifest', 'push', '--all', '--digestfile', files.digestFile);
  else args.push('push', '--digestfile', files.digestFile, '--retry-delay', opts.retryDelay ?? '2s');
  if (files.authFile) args.push('--authfile', files.authFile);
  if (req.insecureRegistries.includes(registryHost(req.image))) args.push('--tls-verify=false');
  args.push(files.manifestList ?? `${req.image}:${tag}`, dest);
  return args;
}

export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;
  private readonly run: CommandRunner;
  private readonly exe: string;

  constructor(private readonly opts: BuildahOptions = {}) {
    this.run = opts.run ?? runCommand;
    this.exe = opts.buildah ?? 'buildah';
  }

  /** `buildah version 1.28.2 (...)`, logged so a run records the exact tool. */
  async version(): Promise<string> {
    const r = await this.run(this.exe, ['--version'], { env: this.env() });
    if (r.code !== 0) throw new UsageError(`${this.exe} --version failed: ${tail(r.output, 3)}`);
    return r.stdout.trim();
  }

  async build(req: BuildRequest): Promise<BuildResult> {
    if (req.tags.length === 0) throw new UsageError(`image ${req.name}: no tags to build`);
    const redact = redactor(req.credentials);
    const work = await mkdtemp(path.join(req.tempDir, 'portarium-buildah-'));
    const auth = req.credentials.length > 0 ? await writeAuthFile(work, req.credentials) : undefined;
    try {
      const multi = req.platforms.length > 1;
      const files: BudFiles = {};
      if (multi) files.manifestList = `${req.image}:${req.tags[0]}`;
      else files.iidFile = path.join(work, 'iid');
      if (auth) files.authFile = auth.file;
      if (files.manifestList) {
        // `--manifest` adds to an existing list, so a list left by an earlier build must go first.
        await this.run(this.exe, [...buildahGlobalArgs(this.opts), 'manifest', 'rm', files.manifestList], { env: this.env(), redact });
      }
      const bud = await this.run(this.exe, buildahBudArgs(req, this.opts, files), {
        cwd: req.context,
        env: this.env(),
        redact,
        onLine: (l) => req.log(l),
      });
      const stats = stepStats(bud.output);
      if (bud.code !== 0) {
        throw new BuildFailure(`buildah bud failed (exit ${bud.code}): ${failureReason(bud.output)}`, 'build', stats.failed, tail(bud.output));
      }
      const imageId = files.iidFile ? (await readFile(files.iidFile, 'utf8')).trim() : undefined;
      const platforms = req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()];
      let digest = imageId ?? '';
      if (req.push) {
        digest = '';
        for (const tag of req.tags) {
          const digestFile = path.join(work, `digest-${tag}`);
          const pushFiles: { digestFile: string; authFile?: string; manifestList?: string } = { digestFile };
          if (auth) pushFiles.authFile = auth.file;
          if (files.manifestList) pushFiles.manifestList = files.manifestList;
          const r = await this.run(this.exe, buildahPushArgs(req, this.opts, tag, pushFiles), { env: this.env(), redact, onLine: (l) => req.log(l) });
          if (r.code !== 0) {
            throw new BuildFailure(`pushing ${req.image}:${tag} failed: ${failureReason(r.output)}`, 'push', {}, tail(r.output));
          }
          const d = (await readFile(digestFile, 'utf8')).trim();
          digest ||= d;
        }
      }
      const result: BuildResult = { image: req.image, digest, tags: [...req.tags], platforms, pushed: req.push, cachedSteps: stats.cached, steps: stats.steps };
      if (imageId) result.imageId = imageId;
      return result;
    } finally {
      await auth?.cleanup();
      await rm(work, { recursive: true, force: true });
    }
  }

  private env(): Record<string, string | undefined> {
    return this.opts.env ?? process.env;
  }
}

/** Counts `STEP n/m` and `Using cache` lines and remembers the last step started. */
export function stepStats(output: string): { steps: number; cached: number; failed: FailedStep } {
  let steps = 0;
  let cached = 0;
  const failed: FailedStep = {};
  for (const line of output.split('\n')) {
    const m = /^(?:\[(\d+)\/\d+\]\s+)?STEP (\d+)(?:\/\d+)?:\s*(.*)$/.exec(line);
    if (m) {
      steps++;
      if (m[1] !== undefined) failed.stage = Number(m[1]);
      else delete failed.stage;
      failed.step = Number(m[2]);
      failed.instruction = m[3]!;
      continue;
    }
    if (/^--> Using cache /.test(line)) cached++;
  }
  const at = /error building at STEP "([^"]*)"/.exec(output);
  if (at) failed.instruction = at[1]!;
  return { steps, cached, failed };
}

/** The most telling error line of buildah's output. */
export function failureReason(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const err = [...lines].reverse().find((l) => /^(Error:|error)/i.test(l) || /level=(error|fatal)/.test(l));
  return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^Error:\s*/, '');
}

function sorted(rec: Readonly<Record<string, string>>): Array<[string, string]> {
  return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
