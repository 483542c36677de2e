// Test helper: a private BuildKit daemon (buildkitd from scripts/tools/install-buildkit.sh) on a
// free 127.0.0.1 TCP port, with its state in a temp dir, the OCI worker on runc with the native
// snapshotter (works on any filesystem, overlay-on-overlay included), and the test registries
// reached over plain HTTP. Stopped by the test that started it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './registry.js';

export interface BuildkitDaemon {
  /** `tcp://127.0.0.1:PORT` */
  addr: string;
  stop(): Promise<void>;
  log(): string;
}

export async function startBuildkitd(
  exe: { buildkitd: string; buildctl: string },
  dir: string,
  opts: { insecureRegistries: string[] },
): Promise<BuildkitDaemon> {
  const port = await freePort();
  const addr = `tcp://127.0.0.1:${port}`;
  mkdirSync(path.join(dir, 'root'), { recursive: true });
  const config = path.join(dir, 'buildkitd.toml');
  const registries = opts.insecureRegistries.map((h) => `[registry."${h}"]\n  http = true\n  insecure = true\n`).join('');
  // No garbage collection surprises during a test, and no history kept beyond it.
  writeFileSync(config, `[worker.oci]\n  enabled = true\n  snapshotter = "native"\n  gc = false\n[worker.containerd]\n  enabled = false\n${registries}`);
  const child: ChildProcess = spawn(
    exe.buildkitd,
    ['--config', config, '--root', path.join(dir, 'root'), '--addr', addr, '--group', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: dir } },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`buildkitd exited (${child.exitCode}): ${out.slice(-4000)}`);
    try {
      execFileSync(exe.buildctl, ['--addr', addr, 'debug', 'workers'], { stdio: 'ignore', timeout: 5000 });
      break;
    } catch {
      // Not ready yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`buildkitd did not answer on ${addr}: ${out.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    addr,
    log: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
