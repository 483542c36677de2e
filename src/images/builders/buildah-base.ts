// Makes a tiny base image from a static busybox (Debian's busybox-static) so images build with no
// network: FROM scratch, copy the binary, let it install its applet links, add passwd/group with
// root and nobody. Built with the same chroot isolation as every other build, so it needs neither
// root's mount namespace nor a daemon, and `--timestamp 0` makes it byte-identical on every machine.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import { runProcess } from '../../tools/process.js';
import { runCommand, tail } from '../command.js';
import { buildahGlobalArgs, type BuildahOptions } from './buildah.js';

export interface BusyboxBaseOptions extends Pick<BuildahOptions, 'buildah' | 'root' | 'runroot' | 'storageDriver' | 'env' | 'run'> {
  /** A statically linked busybox. Default `/bin/busybox` (Debian package busybox-static). */
  busybox?: string;
  /** Repository of the result. Default `localhost/portarium-base`. */
  repository?: string;
  /** Tag. Default the busybox version, e.g. `1.35.0`. */
  tag?: string;
  /** Where to put the temporary build context. */
  tempDir: string;
}

export interface BusyboxBase {
  /** `localhost/portarium-base:1.35.0` */
  image: string;
  id: string;
  /** False when the image was already in the store. */
  created: boolean;
}

const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
COPY etc/ /etc/
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN ["/bin/busybox", "sh", "-c", "mkdir -p /tmp /root /home && chmod 1777 /tmp"]
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/sh"]
`;

/** `1.35.0` from `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.` */
export async function busyboxVersion(busybox = '/bin/busybox'): Promise<string> {
  let out: string;
  try {
    // Some busybox builds exit non-zero after --help; the text is what counts.
    out = (await runProcess(busybox, ['--help'])).stdout.toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${busybox} not found: install Debian's busybox-static (scripts/tools/install-buildah.sh)`);
    out = '';
  }
  const m = /BusyBox v(\d+\.\d+\.\d+)/.exec(out);
  if (!m) throw new UsageError(`${busybox} does not look like busybox`);
  return m[1]!;
}

export async function makeBusyboxBase(opts: BusyboxBaseOptions): Promise<BusyboxBase> {
  const run = opts.run ?? runCommand;
  const exe = opts.buildah ?? 'buildah';
  const env = opts.env ?? process.env;
  const busybox = opts.busybox ?? '/bin/busybox';
  const image = `${opts.repository ?? 'localhost/portarium-base'}:${opts.tag ?? (await busyboxVersion(busybox))}`;
  const global = buildahGlobalArgs(opts);
  const existing = await run(exe, [...global, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', image], { env });
  if (existing.code === 0 && existing.stdout.trim()) return { image, id: existing.stdout.trim(), created: false };

  const ctx = await mkdtemp(path.join(opts.tempDir, 'portarium-base-'));
  try {
    await copyFile(busybox, path.join(ctx, 'busybox'));
    await mkdir(path.join(ctx, 'etc'));
    await writeFile(path.join(ctx, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
    await writeFile(path.join(ctx, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
    await writeFile(path.join(ctx, 'Dockerfile'), DOCKERFILE);
    const iid = path.join(ctx, 'iid');
    const r = await run(
      exe,
      [...global, 'bud', '--isolation', 'chroot', '--pull=never', '--format', 'docker', '--timestamp', '0', '--iidfile', iid, '-t', image, ctx],
      { env },
    );
    if (r.code !== 0) throw new UsageError(`making the base image ${image} failed: ${tail(r.output, 5)}`);
    return { image, id: (await readFile(iid, 'utf8')).trim(), created: true };
  } finally {
    await rm(ctx, { recursive: true, force: true });
  }
}
