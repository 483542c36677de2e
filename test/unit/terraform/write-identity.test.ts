import { spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { removeStaleTempFiles } from '../../../src/checks/terraform/atomic-write.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'tf-identity-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function dir(files: Record<string, string>): string {
  const d = path.join(base, `d${n++}`);
  mkdirSync(d, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    writeFileSync(path.join(d, rel), text);
  }
  return d;
}
const UNFORMATTED = 'locals {\n  a="x"\n  bb = "y"\n}\n';
const FORMATTED = 'locals {\n  a  = "x"\n  bb = "y"\n}\n';
const isRoot = process.getuid?.() === 0;

/** A process id that belonged to a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('terraform fmt --write keeps the file identity', () => {
  it('a hard-linked file is rewritten in place: same inode, every name sees the new text', async () => {
    const root = dir({ 'main.tf': UNFORMATTED });
    const other = path.join(dir({}), 'backup.tf');
    linkSync(path.join(root, 'main.tf'), other);
    const before = statSync(other);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([]);
    expect(r.stats).toMatchObject({ written: 1 });
    const after = statSync(path.join(root, 'main.tf'));
    expect(after.ino).toBe(before.ino);
    expect(after.nlink).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe(FORMATTED);
    expect(readFileSync(path.join(root, 'main.tf'), 'utf8')).toBe(FORMATTED);
  });

  it('a longer original is truncated after an in-place write (no stale tail)', async () => {
    const long = 'a    =    1\n\n\n\nb    =    2\n';
    const root = dir({ 'x.tf': long });
    linkSync(path.join(root, 'x.tf'), path.join(dir({}), 'x.tf'));
    await runTerraformFmt({ root, mode: 'write' });
    expect(readFileSync(path.join(root, 'x.tf'), 'utf8')).toBe('a = 1\n\n\n\nb = 2\n');
  });

  it.runIf(isRoot)('mode 0640 and owner 1234:1234 survive the atomic rename', async () => {
    const root = dir({ 'main.tf': UNFORMATTED });
    const f = path.join(root, 'main.tf');
    chownSync(f, 1234, 1234);
    chmodSync(f, 0o640);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.stats).toMatchObject({ written: 1 });
    const st = statSync(f);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([1234, 1234, 0o640]);
    expect(readFileSync(f, 'utf8')).toBe(FORMATTED);
    expect(readdirSync(root)).toEqual(['main.tf']);
  });

  it.runIf(isRoot)('set-group-id survives (chmod after chown)', async () => {
    const root = dir({ 'main.tf': UNFORMATTED });
    const f = path.join(root, 'main.tf');
    chownSync(f, 1234, 1234);
    chmodSync(f, 0o2664);
    await runTerraformFmt({ root, mode: 'write' });
    expect(statSync(f).mode & 0o7777).toBe(0o2664);
  });

  for (const linked of [false, true]) {
    it(`a file changed between reading and writing is not overwritten (${linked ? 'in place' : 'rename'} path)`, async () => {
      const root = dir({ 'main.tf': UNFORMATTED, 'other.tf': 'b=1\n' });
      if (linked) linkSync(path.join(root, 'main.tf'), path.join(dir({}), 'main.tf'));
      const theirs = 'locals {\n  a="edited by someone else"\n}\n';
      const r = await runTerraformFmt({
        root,
        mode: 'write',
        beforeWrite: (file) => {
          if (path.basename(file) === 'main.tf') writeFileSync(file, theirs);
        },
      });
      expect(readFileSync(path.join(root, 'main.tf'), 'utf8')).toBe(theirs);
      expect(readFileSync(path.join(root, 'other.tf'), 'utf8')).toBe('b = 1\n');
      const conflict = r.findings.filter((f) => f.rule === 'terraform/changed-while-formatting');
      expect(conflict).toEqual([expect.objectContaining({ file: 'main.tf', severity: 'error', line: 1 })]);
      expect(conflict[0]!.message).toMatch(/changed after it was read/);
      expect(r.stats).toMatchObject({ written: 1, writeFailed: 1 });
      expect(readdirSync(root).sort()).toEqual(['main.tf', 'other.tf']);
    });
  }

  it('a file an editor saved by rename between reading and writing is not overwritten, even with the same bytes', async () => {
    const root = dir({ 'main.tf': UNFORMATTED });
    const r = await runTerraformFmt({
      root,
      mode: 'write',
      beforeWrite: (file) => {
        // Another file now has the name: what was read and checked is no longer what would be replaced.
        writeFileSync(`${file}.swp`, UNFORMATTED);
        renameSync(`${file}.swp`, file);
      },
    });
    expect(readFileSync(path.join(root, 'main.tf'), 'utf8')).toBe(UNFORMATTED);
    expect(r.findings.map((f) => f.rule)).toContain('terraform/changed-while-formatting');
    expect(readdirSync(root)).toEqual(['main.tf']);
  });
});

describe('temp files of a killed run', () => {
  it('a stale .portarium-fmt-*.tmp from a dead process is removed by the next write run', async () => {
    const pid = await deadPid();
    const root = dir({ 'main.tf': FORMATTED, 'sub/x.tf': 'a = 1\n' });
    const stale = [path.join(root, `.portarium-fmt-${pid}-0a1b2c3d4e5f.tmp`), path.join(root, 'sub', `.portarium-fmt-${pid}-abcdef012345.tmp`)];
    const foreign = path.join(root, '.portarium-fmt-notours.tmp');
    const unrelated = path.join(root, 'notes.tmp');
    for (const f of [...stale, foreign, unrelated]) writeFileSync(f, 'partial');
    const old = new Date(Date.now() - 60_000);
    for (const f of [...stale, foreign, unrelated]) utimesSync(f, old, old);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['.portarium-fmt-notours.tmp', 'main.tf', 'notes.tmp', 'sub']);
    expect(readdirSync(path.join(root, 'sub'))).toEqual(['x.tf']);
  });

  it('check mode changes nothing, leftovers included', async () => {
    const pid = await deadPid();
    const root = dir({ 'main.tf': FORMATTED });
    const stale = path.join(root, `.portarium-fmt-${pid}-0a1b2c3d4e5f.tmp`);
    writeFileSync(stale, 'partial');
    utimesSync(stale, new Date(0), new Date(0));
    await runTerraformFmt({ root });
    expect(readdirSync(root).sort()).toEqual([path.basename(stale), 'main.tf']);
  });

  it("a running process's fresh temp file is kept; from before the run and a dead pid it goes", async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const root = dir({});
      const live = path.join(root, `.portarium-fmt-${sleeper.pid}-000000000001.tmp`);
      const dead = path.join(root, `.portarium-fmt-${await deadPid()}-000000000002.tmp`);
      const future = path.join(root, `.portarium-fmt-${await deadPid()}-000000000003.tmp`);
      for (const f of [live, dead, future]) writeFileSync(f, 'x');
      const start = Date.now();
      const before = new Date(start - 5_000);
      utimesSync(live, before, before);
      utimesSync(dead, before, before);
      const after = new Date(start + 5_000);
      utimesSync(future, after, after);
      expect(await removeStaleTempFiles([root], start)).toBe(1);
      expect(readdirSync(root).sort()).toEqual([path.basename(live), path.basename(future)].sort());
      // A pid can be reused: ten minutes on, a leftover goes whatever its pid says.
      const ancient = new Date(start - 11 * 60_000);
      utimesSync(live, ancient, ancient);
      expect(await removeStaleTempFiles([root], start)).toBe(1);
    } finally {
      sleeper.kill();
    }
  });
});
