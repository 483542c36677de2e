import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createTwoFilesPatch } from 'diff';
import { UsageError } from '../../report/finding.js';
import { runProcess } from '../../tools/process.js';

export const DIFF_OVERLAY_LIMIT = 256 * 1024;
export const DIFF_SUMMARY_LIMIT = 60 * 1024;

async function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = await runProcess(cmd, args);
  return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/**
 * The scanned root as it was at `ref`, extracted with `git archive | tar -x` into a temporary
 * directory: the user's checkout, index and worktree list are left alone.
 */
export async function checkoutBase(root: string, ref: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (ref.startsWith('-')) throw new UsageError(`invalid base ref ${JSON.stringify(ref)}`);
  const top = await run('git', ['-C', root, 'rev-parse', '--show-toplevel']);
  if (top.code !== 0) throw new UsageError(`a rendered diff needs a git repository: ${root} is not in one`);
  const topDir = top.stdout.trim();
  const verify = await run('git', ['-C', topDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (verify.code !== 0) throw new UsageError(`base ref ${ref} not found in ${topDir}`);
  const rel = path.relative(topDir, path.resolve(root)).split(path.sep).join('/');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portarium-base-'));
  const cleanup = () => rm(tmp, { recursive: true, force: true });
  try {
    // git's stdout feeds tar's stdin through a pipe with backpressure: the tree is never held in memory.
    const pipe = new PassThrough();
    // A tar that ends early must not leave git blocked on a full pipe: drain what is left.
    const untar = runProcess('tar', ['-x', '-f', '-', '-C', tmp], { stdin: pipe }).finally(() => pipe.resume());
    const [archive, tar] = await Promise.all([
      runProcess('git', ['-C', topDir, 'archive', '--format=tar', verify.stdout.trim(), ...(rel ? ['--', rel] : [])], { stdoutTo: pipe }),
      untar,
    ]);
    if (archive.code !== 0 || tar.code !== 0) {
      throw new Error(`git archive ${ref} failed: ${(archive.stderr.toString('utf8') + tar.stderr.toString('utf8')).trim()}`);
    }
  } catch (err) {
    await cleanup();
    throw err;
  }
  const dir = rel ? path.join(tmp, rel) : tmp;
  return { dir: existsSync(dir) ? dir : tmp, cleanup };
}

export interface OverlayDiff {
  overlay: string;
  diff: string;
  truncated: boolean;
  changed: boolean;
}

/** Unified diff of one overlay's rendered manifests, base vs head, capped in size. */
export function overlayDiff(overlay: string, base: string | undefined, head: string | undefined, limit = DIFF_OVERLAY_LIMIT): OverlayDiff {
  const a = base ?? '';
  const b = head ?? '';
  if (a === b) return { overlay, diff: '', truncated: false, changed: false };
  const patch = createTwoFilesPatch(base === undefined ? '/dev/null' : `a/${overlay}`, head === undefined ? '/dev/null' : `b/${overlay}`, a, b, '', '', { context: 3 });
  if (Buffer.byteLength(patch) <= limit) return { overlay, diff: patch, truncated: false, changed: true };
  const cut = truncateUtf8(patch, limit);
  return { overlay, diff: `${cut}\n... diff truncated at ${Math.round(limit / 1024)} KiB\n`, truncated: true, changed: true };
}

export function truncateUtf8(s: string, bytes: number): string {
  const buf = Buffer.from(s);
  if (buf.length <= bytes) return s;
  let end = bytes;
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  const text = buf.subarray(0, end).toString('utf8');
  return text.slice(0, Math.max(0, text.lastIndexOf('\n')));
}

/** The summary block: every overlay's diff, cut to the summary budget. */
export function summaryDiff(diffs: OverlayDiff[], limit = DIFF_SUMMARY_LIMIT): string {
  const changed = diffs.filter((d) => d.changed);
  if (changed.length === 0) return '';
  const all = changed.map((d) => d.diff).join('\n');
  if (Buffer.byteLength(all) <= limit) return all;
  return `${truncateUtf8(all, limit)}\n... ${changed.length} overlay diff(s) truncated for the summary; see the diff file\n`;
}
