// Daemonless builds with buildah (Debian's buildah 1.28 is what scripts/tools/install-buildah.sh
// installs). Everything is passed as argument arrays; credentials go through an auth file in a
// private temp directory, never through argv, so they do not show up in `ps` or in logs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import {
  BuildFailure,
  hostPlatform,
  redactor,
  writeAuthFile,
  type Builder,
  type BuildRequest,
  type BuildResult,
  type FailedStep,
} from '../builder.js';
import { runCommand, tail, type CommandRunner } from '../command.js';
import { buildFingerprint, externalImages, FINGERPRINT_LABEL } from '../fingerprint.js';
import { registryHost } from '../../checks/images/reference.js';

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
  /**
   * Re-use an image built earlier from identical inputs instead of running `bud` again (default
   * true). The build-input fingerprint is written to the image as the label
   * `io.portarium.build.fingerprint`; see src/images/fingerprint.ts for what it covers.
   */
  inputCache?: boolean;
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
  // The fingerprint label goes last: buildah adds one LABEL step per label in this order, so the
  // image's last history entry names its fingerprint (what findByFingerprint checks).
  const labels = sorted(req.labels);
  const fp = labels.findIndex(([k]) => k === FINGERPRINT_LABEL);
  if (fp >= 0) labels.push(...labels.splice(fp, 1));
  for (const [k, v] of labels) args.push('--label', `${k}=${v}`);
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
  private versionLine: Promise<string> | undefined;

  constructor(private readonly opts: BuildahOptions = {}) {
    this.run = opts.run ?? runCommand;
    this.exe = opts.buildah ?? 'buildah';
  }

  /** `buildah version 1.28.2 (...)`, logged so a run records the exact tool. */
  version(): Promise<string> {
    this.versionLine ??= (async () => {
      const r = await this.run(this.exe, ['--version'], { env: this.env() });
      if (r.code !== 0) throw new UsageError(`${this.exe} --version failed: ${tail(r.output, 3)}`);
      return r.stdout.trim();
    })();
    const line = this.versionLine;
    line.catch(() => (this.versionLine = undefined));
    return line;
  }

  /**
   * The build-input fingerprint of a request, or why it has none. Only single-image builds of the
   * host platform with local base images qualify: a manifest list cannot carry the label, a
   * foreign platform may resolve its base differently, and a base that would be pulled (or
   * re-checked with pull=always/newer) has an id no local look-up can know in advance.
   */
  private async fingerprintOf(req: BuildRequest, files: BudFiles): Promise<{ digest: string } | { off: string }> {
    if (this.opts.inputCache === false) return { off: 'disabled' };
    if (files.manifestList || !layerCacheSafe(req.platforms)) return { off: 'not a single build of the host platform' };
    const pull = this.opts.pull ?? 'missing';
    if (pull === 'always' || pull === 'newer') return { off: `pull=${pull} may change the base image` };
    let source: Buffer;
    try {
      source = await readFile(req.dockerfile);
    } catch {
      return { off: 'the Dockerfile cannot be read' };
    }
    const ext = externalImages(source.toString('utf8'), req.buildArgs, req.target);
    if (ext.uncacheable) return { off: ext.uncacheable };
    const images: Record<string, string> = {};
    for (const ref of ext.refs) {
      const r = await this.run(this.exe, [...buildahGlobalArgs(this.opts), 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', ref], { env: this.env() });
      const id = r.stdout.trim();
      if (r.code !== 0 || !id) return { off: `${ref} is not in the local store yet` };
      images[ref] = id;
    }
    const settings: Record<string, string> = {
      format: this.opts.format ?? 'docker',
      isolation: this.opts.isolation ?? 'chroot',
      layers: String(layerCacheSafe(req.platforms)),
    };
    try {
      const inputs = {
        builder: await this.version(),
        dockerfile: req.dockerfile,
        contextDir: req.context,
        buildArgs: req.buildArgs,
        platforms: req.platforms,
        labels: req.labels,
        annotations: settings.format === 'oci' ? req.annotations : {},
        settings,
        images,
        ...(req.target !== undefined ? { target: req.target } : {}),
      };
      return { digest: (await buildFingerprint(inputs, source)).digest };
    } catch (e) {
      // An unreadable context file: buildah will say what is wrong with it.
      return { off: `the context cannot be hashed (${(e as Error).message})` };
    }
  }

  /**
   * The image in the store that was built with this fingerprint, if any, with the names it has.
   * Labels are inherited, so an image built FROM ours by other means carries the same label; only
   * an image whose last history entry is the fingerprint's own LABEL step was built from these
   * inputs. The primary name is tried first (one look-up, usually a hit); then every image with
   * the label (a scan of the store).
   */
  private async findByFingerprint(fingerprint: string, primaryName: string): Promise<{ id: string; names: Set<string> } | undefined> {
    const primary = await this.builtWith(primaryName, fingerprint);
    if (primary) return { id: primary, names: new Set([primaryName]) };
    const g = buildahGlobalArgs(this.opts);
    const r = await this.run(this.exe, [...g, 'images', '--no-trunc', '--filter', `label=${FINGERPRINT_LABEL}=${fingerprint}`, '--format', '{{.ID}} {{.Name}}:{{.Tag}}'], {
      env: this.env(),
    });
    if (r.code !== 0) return undefined;
    const candidates = new Map<string, Set<string>>();
    for (const line of r.stdout.split('\n')) {
      const [id, name] = line.trim().split(/\s+/);
      if (!id || !/^(sha256:)?[0-9a-f]{64}$/.test(id)) continue;
      const names = candidates.get(id) ?? new Set<string>();
      if (name && !name.startsWith('<none>')) names.add(name);
      candidates.set(id, names);
    }
    for (const [id, names] of candidates) {
      if (await this.builtWith(id, fingerprint)) return { id, names };
    }
    return undefined;
  }

  /** The image id when `ref` names an image built with this fingerprint (label and last step). */
  private async builtWith(ref: string, fingerprint: string): Promise<string | undefined> {
    const format = `{{.FromImageID}}\n{{index .OCIv1.Config.Labels "${FINGERPRINT_LABEL}"}}\n{{range .OCIv1.History}}{{println .CreatedBy}}{{end}}`;
    const r = await this.run(this.exe, [...buildahGlobalArgs(this.opts), 'inspect', '--type', 'image', '--format', format, ref], { env: this.env() });
    if (r.code !== 0) return undefined;
    const [id = '', label = '', ...history] = r.stdout.split('\n').map((l) => l.trim());
    const last = history.filter(Boolean).pop() ?? '';
    if (label !== fingerprint || !last.endsWith(`LABEL "${FINGERPRINT_LABEL}"="${fingerprint}"`) || !/^(sha256:)?[0-9a-f]{64}$/.test(id)) return undefined;
    return id;
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
      const fp = await this.fingerprintOf(req, files);
      const fingerprint = 'digest' in fp ? fp.digest : undefined;
      const reused = fingerprint ? await this.findByFingerprint(fingerprint, `${req.image}:${req.tags[0]}`) : undefined;
      let imageId: string | undefined;
      let stats: { steps: number; cached: number } | undefined;
      if (reused) {
        // Identical inputs: the image exists already. Only its names are missing (or stale).
        const names = req.tags.map((t) => `${req.image}:${t}`);
        const missing = names.filter((n) => !reused.names.has(n));
        if (missing.length > 0) {
          const tag = await this.run(this.exe, [...buildahGlobalArgs(this.opts), 'tag', reused.id, ...missing], { env: this.env(), redact });
          if (tag.code !== 0) throw new BuildFailure(`buildah tag failed (exit ${tag.code}): ${failureReason(tag.output)}`, 'build', {}, tail(tag.output));
        }
        imageId = reused.id.startsWith('sha256:') ? reused.id : `sha256:${reused.id}`;
        req.log(`--> Using image ${imageId.slice(7, 19)} built from identical inputs (${FINGERPRINT_LABEL}=${fingerprint}): not rebuilt, ${missing.length ? `tagged ${missing.join(', ')}` : 'tags already in place'}`);
      } else {
        if (fingerprint) req.log(`--> build inputs ${fingerprint}: no image built from them yet`);
        else req.log(`--> build-input cache not used: ${(fp as { off: string }).off}`);
        const budReq = fingerprint ? { ...req, labels: { ...req.labels, [FINGERPRINT_LABEL]: fingerprint } } : req;
        const bud = await this.run(this.exe, buildahBudArgs(budReq, this.opts, files), {
          cwd: req.context,
          env: this.env(),
          redact,
          onLine: (l) => req.log(l),
        });
        const s = stepStats(bud.output);
        if (bud.code !== 0) {
          throw new BuildFailure(`buildah bud failed (exit ${bud.code}): ${failureReason(bud.output)}`, 'build', s.failed, tail(bud.output));
        }
        stats = s;
        imageId = files.iidFile ? (await readFile(files.iidFile, 'utf8')).trim() : undefined;
      }
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
      const result: BuildResult = { image: req.image, digest, tags: [...req.tags], platforms, pushed: req.push };
      if (stats) Object.assign(result, { cachedSteps: stats.cached, steps: stats.steps });
      if (reused) result.cached = true;
      if (fingerprint) result.fingerprint = fingerprint;
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
