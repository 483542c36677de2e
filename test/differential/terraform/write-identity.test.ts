import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { tool } from './corpus.js';

/**
 * `--write` against `terraform fmt` on the same tree: the same bytes, and, for a hard-linked file,
 * the same identity afterwards (terraform writes in place with os.WriteFile: inode, owner, mode).
 * For a file with one link we rename (atomic) where terraform writes in place: the inode differs by
 * design, owner and mode do not.
 */
const terraform = tool('terraform');
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-identity-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

const FILES: Record<string, string> = {
  'linked.tf': 'locals {\n  a="x"\n  bb = "y"\n}\n',
  'single.tf': 'variable "v" {\ntype = "string"\n}\n',
};

function tree(name: string): { root: string; otherLink: string } {
  const root = path.join(work, name, 'root');
  mkdirSync(root, { recursive: true });
  for (const [f, text] of Object.entries(FILES)) writeFileSync(path.join(root, f), text);
  const otherLink = path.join(work, name, 'linked-elsewhere.tf');
  linkSync(path.join(root, 'linked.tf'), otherLink);
  for (const f of Object.keys(FILES)) {
    if (isRoot) chownSync(path.join(root, f), 1234, 1234);
    chmodSync(path.join(root, f), 0o640);
  }
  return { root, otherLink };
}

const identity = (p: string) => {
  const st = statSync(p);
  return { ino: st.ino, nlink: st.nlink, uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 };
};

describe('terraform fmt --write and ours keep the same file identity', () => {
  it.skipIf(!terraform)('same bytes; hard link, owner and mode kept by both', { timeout: 60_000 }, async () => {
    const theirs = tree('terraform');
    const ours = tree('ours');
    const before = { theirs: identity(path.join(theirs.root, 'linked.tf')), ours: identity(path.join(ours.root, 'linked.tf')) };
    const singleBefore = identity(path.join(ours.root, 'single.tf'));

    const r = spawnSync(terraform!, ['fmt', '-recursive'], { cwd: theirs.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = await runTerraformFmt({ root: ours.root, mode: 'write' });
    expect(result.findings).toEqual([]);

    for (const f of Object.keys(FILES)) expect(readFileSync(path.join(ours.root, f), 'utf8')).toBe(readFileSync(path.join(theirs.root, f), 'utf8'));
    expect(identity(path.join(theirs.root, 'linked.tf'))).toEqual(before.theirs);
    expect(identity(path.join(ours.root, 'linked.tf'))).toEqual(before.ours);
    expect(readFileSync(ours.otherLink, 'utf8')).toBe(readFileSync(theirs.otherLink, 'utf8'));
    const { ino: _ino, ...singleKept } = singleBefore;
    expect(identity(path.join(ours.root, 'single.tf'))).toMatchObject(singleKept);
  });
});
