// Test helpers: find buildah & co (skip or fail per CONVENTIONS), and run a private docker-registry
// on 127.0.0.1 with its config and storage in a temp dir, stopped by the test that started it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REQUIRE_TOOLS } from '../../helpers/tools.js';
import { TOOLS_DIR } from '../../helpers/paths.js';

/** A tool from PATH (Debian's packages) or the tools dir; undefined (skip) unless tools are required. */
export function findExe(name: string, installer = 'scripts/tools/install-buildah.sh'): string | undefined {
  try {
    const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
    if (p) return p;
  } catch {
    // Not on PATH.
  }
  const local = path.join(TOOLS_DIR, 'bin', name);
  if (existsSync(local)) return local;
  if (REQUIRE_TOOLS) throw new Error(`${name} is not installed; run ${installer}`);
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Registry {
  host: string;
  port: number;
  stop(): Promise<void>;
  log(): string;
}

export async function startRegistry(exe: string, dir: string, opts: { htpasswd?: string } = {}): Promise<Registry> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const auth = opts.htpasswd ? `auth:\n  htpasswd:\n    realm: portarium-test\n    path: ${opts.htpasswd}\n` : '';
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n  secret: portarium-test-secret\n${auth}`,
  );
  const child: ChildProcess = spawn(exe, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${out}`);
    try {
      const r = await fetch(`http://${host}/v2/`);
      if (r.status === 200 || r.status === 401) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not answer on ${host}: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    port,
    log: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** `skopeo inspect` of a pushed image, as JSON. */
export function skopeoInspect(skopeo: string, ref: string, creds: string | undefined, extra: string[] = []): Record<string, unknown> {
  const args = ['inspect', '--tls-verify=false', ...extra];
  if (creds) args.push('--creds', creds);
  args.push(`docker://${ref}`);
  return JSON.parse(execFileSync(skopeo, args, { encoding: 'utf8' })) as Record<string, unknown>;
}

/**
 * Empties a private buildah store so its directory can be deleted: removes working containers
 * (their overlay mounts), lets buildah release the store, and unmounts anything still mounted
 * below `dir` (deepest first) as a last resort.
 */
export function releaseStore(buildah: string, store: { root: string; runroot: string; storageDriver: string }, dir: string): void {
  const global = ['--root', store.root, '--runroot', store.runroot, '--storage-driver', store.storageDriver];
  for (const args of [['rm', '--all'], ['umount', '--all'], ['images', '-q']]) {
    try {
      execFileSync(buildah, [...global, ...args], { stdio: 'ignore' });
    } catch {
      // Best effort: the unmount below catches what is left.
    }
  }
  const prefix = path.resolve(dir) + '/';
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1] ?? '')
    .filter((m) => m.startsWith(prefix))
    .sort((a, b) => b.length - a.length);
  for (const m of mounts) {
    try {
      execFileSync('umount', [m], { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  }
}
