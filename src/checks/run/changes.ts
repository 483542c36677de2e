import path from 'node:path';
import { CONFIG_FILE } from '../../settings/config.js';
import { UsageError } from '../../report/finding.js';
import { runProcessSync } from '../../tools/process.js';

/**
 * The changed files to narrow a plan to, or undefined for everything: a change to the configuration
 * can change the verdict of every target.
 */
export function narrowingBy(changed: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  return changed && !changed.has(CONFIG_FILE) ? changed : undefined;
}

/**
 * Files changed since `ref`, relative to `root` (POSIX separators): committed since the merge base
 * of `ref` and HEAD, plus uncommitted and untracked files — what a pull request from this working
 * tree would change. Both sides of a rename are listed, so a moved file counts where it left too.
 */
export function changedSince(root: string, ref: string): Set<string> {
  // A revision that looks like an option would be read as one by git.
  if (!ref || ref.startsWith('-')) throw new UsageError(`--changed-since "${ref}": not a git revision`);
  const git = (args: string[]): string => {
    const r = runProcessSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    if (r.error || r.code !== 0) throw Object.assign(r.error ?? new Error(`git ${args[0]} exited ${r.code}`), { stderr: r.stderr });
    return r.stdout;
  };
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr ?? '').trim().split('\n')[0];
    throw new UsageError(`--changed-since ${ref}: not a commit in the git repository at ${root}${why ? ` (${why})` : ''}`);
  }
  // Without a merge base (a shallow clone, unrelated histories) the ref itself is the base.
  let base = ref;
  try {
    base = git(['merge-base', ref, 'HEAD']).trim() || ref;
  } catch {
    // keep `ref`
  }
  const listed = [
    ...git(['diff', '--name-only', '-z', '--no-renames', base, '--']).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0').map((f) => f && path.relative(top, path.resolve(root, f))),
  ];
  const out = new Set<string>();
  for (const f of listed) {
    if (!f) continue;
    const rel = path.relative(root, path.join(top, f));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    out.add(rel.split(path.sep).join('/'));
  }
  return out;
}
