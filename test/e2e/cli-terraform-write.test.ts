import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/runner.js';
import { node24 } from '../helpers/tools.js';

const UNFORMATTED = 'locals {\n  a="x"\n  bb = "y"\n}\n';
const FORMATTED = 'locals {\n  a  = "x"\n  bb = "y"\n}\n';
const isRoot = process.getuid?.() === 0;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-tfw-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('portarium-infra terraform-fmt --write keeps the file identity (bundle on Node 24)', () => {
  it('a hard-linked file keeps its inode and both names see the new text', () => {
    const dir = project({ 'main.tf': UNFORMATTED });
    const elsewhere = path.join(mkdtempSync(path.join(tmpdir(), 'pia-tfw-link-')), 'main.tf');
    linkSync(path.join(dir, 'main.tf'), elsewhere);
    const ino = statSync(elsewhere).ino;
    const r = runCli(['terraform-fmt', '--write', dir], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(statSync(path.join(dir, 'main.tf')).ino).toBe(ino);
    expect(statSync(elsewhere).nlink).toBe(2);
    expect(readFileSync(elsewhere, 'utf8')).toBe(FORMATTED);
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(FORMATTED);
  });

  it.runIf(isRoot)('mode 0640 and owner 1234:1234 are kept', () => {
    const dir = project({ 'main.tf': UNFORMATTED });
    const f = path.join(dir, 'main.tf');
    chownSync(f, 1234, 1234);
    chmodSync(f, 0o640);
    const r = runCli(['terraform-fmt', '--write', dir], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const st = statSync(f);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([1234, 1234, 0o640]);
    expect(readFileSync(f, 'utf8')).toBe(FORMATTED);
    expect(readdirSync(dir)).toEqual(['main.tf']);
  });

  it.runIf(isRoot)("run as another user, a group-writable file keeps its owner (written in place, not handed to the runner's uid)", () => {
    const dir = project({ 'main.tf': UNFORMATTED });
    chmodSync(dir, 0o777);
    const f = path.join(dir, 'main.tf');
    chownSync(f, 1235, 1234);
    chmodSync(f, 0o664);
    const ino = statSync(f).ino;
    const r = spawnSync(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), 'terraform-fmt', '--write', dir], {
      cwd: dir,
      uid: 1234,
      gid: 1234,
      // The CLI's compile cache belongs in the user's cache folder, not in the tree being formatted.
      env: { PATH: process.env['PATH'], HOME: dir, XDG_CACHE_HOME: '/nonexistent/cache' },
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const st = statSync(f);
    expect([st.uid, st.gid, st.mode & 0o7777, st.ino]).toEqual([1235, 1234, 0o664, ino]);
    expect(readFileSync(f, 'utf8')).toBe(FORMATTED);
    expect(readdirSync(dir)).toEqual(['main.tf']);
  });

  it('a stale .portarium-fmt-*.tmp left by a killed run is removed by the next run', async () => {
    const dir = project({ 'main.tf': UNFORMATTED });
    const stale = path.join(dir, `.portarium-fmt-${await deadPid()}-5eed5eed5eed.tmp`);
    writeFileSync(stale, 'locals {\n  a = "x"\n');
    const old = new Date(Date.now() - 120_000);
    utimesSync(stale, old, old);
    const r = runCli(['terraform-fmt', '--write', dir], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['main.tf']);
  });

  it('a run killed with SIGKILL mid-write leaves the file whole, and its leftovers go on the next run', async () => {
    // Many files so the kill lands while writes are going on; whatever it interrupts, each file is
    // either the old or the new text, and the next run leaves no temp file behind.
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${i}.tf`] = UNFORMATTED.repeat(20);
    const dir = project(files);
    const child = spawn(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), 'terraform-fmt', '--write', dir], { cwd: dir });
    // Killed as soon as one of its temp files shows up (or after 5 s).
    const until = Date.now() + 5000;
    while (Date.now() < until && !readdirSync(dir).some((n) => n.startsWith('.portarium-fmt-'))) await new Promise((resolve) => setImmediate(resolve));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.tf'))) {
      expect([UNFORMATTED.repeat(20), FORMATTED.repeat(20)]).toContain(readFileSync(path.join(dir, name), 'utf8'));
    }
    const r = runCli(['terraform-fmt', '--write', dir], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(dir).filter((n) => !n.endsWith('.tf'))).toEqual([]);
  });
});
