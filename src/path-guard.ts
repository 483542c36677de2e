/**
 * Where a check may read. Checked content comes from pull requests: a relative path (`../../etc`), an
 * absolute one or a committed symlink can point anywhere, so the verdict is taken on the resolved
 * real path. Special files are refused for everyone (CLI included): `/proc/self/environ` is the
 * process environment, and opening a FIFO blocks forever.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** `p` is `root` or below it (lexically; pass real paths for a verdict that holds against symlinks). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The real path of `p`; for a path that does not exist (yet), the real path of its nearest existing
 * ancestor with the rest appended, so a missing file under a symlinked directory is judged by where
 * that directory really is.
 */
export function realPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    if (parent === abs) return abs;
    return path.join(realPath(parent), path.basename(abs));
  }
}

/** Pseudo file systems whose "files" are live process or kernel state, never project content. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

export interface Refusal {
  kind: 'outside' | 'special';
  /** The resolved path that decided it. */
  real: string;
  /** Why, without anything read from the file: "resolves outside the workspace", "is a FIFO". */
  reason: string;
}

/** Judges one path before it is read (or stat-ed for existence). Undefined: go ahead. */
export type PathGuard = (p: string) => Refusal | undefined;

/**
 * A guard for reads below `workspace` (the actions: the repository checkout); without a workspace
 * (the CLI on the user's own machine) only special files are refused.
 */
export function pathGuard(workspace?: string): PathGuard {
  const root = workspace === undefined ? undefined : realPath(workspace);
  return (p) => {
    const real = realPath(p);
    if (root !== undefined && !isInside(root, real)) {
      return { kind: 'outside', real, reason: real === path.resolve(p) ? 'is outside the workspace' : `resolves to ${real}, outside the workspace` };
    }
    const special = specialReason(real);
    return special ? { kind: 'special', real, reason: special } : undefined;
  };
}

/** Why `real` is not a plain file or directory, from its path and `stat` (which never opens it). */
function specialReason(real: string): string | undefined {
  const under = SPECIAL_ROOTS.find((r) => isInside(r, real));
  if (under) return `is under ${under}, which holds process and system state, not project files`;
  let st;
  try {
    st = statSync(real);
  } catch {
    return undefined; // missing: the caller reports it as such
  }
  if (st.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (st.isSocket()) return 'is a socket, not a regular file';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'is a device, not a regular file';
  return undefined;
}
