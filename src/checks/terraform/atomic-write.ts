import { hash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readFileSync,
  rename,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Thrown when a file must not or cannot be replaced; the message is meant for the user. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/** The file's content is no longer what was formatted: someone else wrote it meanwhile. */
export class ChangedSinceRead extends WriteRefused {
  override name = 'ChangedSinceRead';
}

/** Temp files are named `.portarium-fmt-<pid>-<random>.tmp` so a later run can recognise its own leftovers. */
export const TEMP_PREFIX = '.portarium-fmt-';
export const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\.portarium-fmt-(\d+)-[0-9a-f]+\.tmp$/;

/** The descriptor a file was read through, and which file that was. */
export interface ReadThrough {
  fd: number;
  ino: number;
  dev: number;
}

export interface RewriteOptions {
  /** SHA-256 (hex) of the bytes the new text was computed from; a file that no longer hashes to it is left alone. */
  expectedSha256?: string | undefined;
  /**
   * Still open on the file as read: the check before the rename reads through it (the path must
   * still name that file), instead of opening the file again. Closed here, before the rename.
   */
  readThrough?: ReadThrough | undefined;
  /**
   * Called once the new text is ready, before the file is looked at again. Lets a caller (and the
   * tests) change the file between the two phases without replacing any part of the engine.
   */
  beforeWrite?: ((file: string) => void | Promise<void>) | undefined;
}

// One-shot: a Hash object per file costs more than hashing a small file.
export const sha256 = (data: Uint8Array): string => hash('sha256', data, 'hex');

// Temp files of this thread still on disk; removed on any normal exit. SIGKILL skips this, which
// is what removeStaleTempFiles on the next run is for.
const inFlight = new Set<string>();
let exitHookInstalled = false;
function track(tmp: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const f of inFlight) {
        try {
          unlinkSync(f);
        } catch {
          // already renamed or removed
        }
      }
    });
  }
  inFlight.add(tmp);
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

/**
 * Replaces `file` with `data` keeping what identifies it: owner, group and mode always; and the inode
 * too when other hard links share it, since a rename would split them (then the bytes are written in
 * place, as `terraform fmt` always does). Otherwise a temp file in the same directory is renamed over
 * it, so a crash never leaves a truncated file. A file without write permission is refused even
 * where the directory would allow the rename (and even for root): read-only is the owner's intent.
 *
 * The file system calls but the rename are synchronous: a dozen small calls per file, each a
 * thread-pool round trip when asynchronous, cost far more waiting than working (on a tree where every
 * file changes, several times the formatting itself). The `beforeWrite` hook and the rename are awaited.
 */
export async function rewriteFile(file: string, data: Uint8Array, opts: RewriteOptions = {}): Promise<'renamed' | 'in-place'> {
  let staged: string | 'in-place';
  try {
    if (opts.beforeWrite) await opts.beforeWrite(file);
    staged = stage(file, data, opts.expectedSha256, opts.readThrough);
  } finally {
    if (opts.readThrough) closeSync(opts.readThrough.fd);
  }
  if (staged === 'in-place') return staged;
  // The rename alone goes to the thread pool: on ext4 replacing a file by rename costs several times
  // the rest of the write in the kernel, and the caller formats the next files meanwhile.
  let renamed = false;
  try {
    await new Promise<void>((resolve, reject) => rename(staged, file, (e) => (e ? reject(e) : resolve())));
    renamed = true;
    return 'renamed';
  } catch (e) {
    throw new WriteRefused(`could not replace the file: ${code(e)}`);
  } finally {
    inFlight.delete(staged);
    if (!renamed) removeQuietly(staged);
  }
}

function removeQuietly(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // never created or already gone
  }
}

// Whom a file this process creates belongs to (a directory with set-group-id may still change the group).
const ids = { uid: process.geteuid?.(), gid: process.getegid?.() };

// Temp names: unique per process by a counter after one random part, not random bytes per file
// (a crypto call per file cost 5% of a write run). Created with O_EXCL, so a name someone else
// took first is an error, never a file we write through.
let tempSerial = 0;
let tempPrefix: string | undefined;
function tempName(dir: string): string {
  tempPrefix ??= `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(dir, `${tempPrefix}${(tempSerial++).toString(16)}${TEMP_SUFFIX}`);
}

/**
 * Everything but the rename: the temp file written, given the original's owner and mode, closed,
 * and the original checked to be what was formatted. Returns the temp file's path, or 'in-place'
 * when the file was written where it is.
 */
function stage(file: string, data: Uint8Array, expectedSha256: string | undefined, readThrough: ReadThrough | undefined): string | 'in-place' {
  let info: Stats;
  try {
    info = lstatSync(file);
  } catch (e) {
    throw new WriteRefused(`cannot stat the file: ${code(e)}`);
  }
  if (!info.isFile()) throw new WriteRefused('not a regular file any more; not rewritten');
  // Replaced by another file (an editor's save by rename): not what was read and formatted.
  if (readThrough && (info.ino !== readThrough.ino || info.dev !== readThrough.dev)) throw changed();
  if ((info.mode & 0o222) === 0) throw new WriteRefused('file is read-only; not rewritten');
  if (info.nlink > 1) return writeInPlace(file, data, expectedSha256);

  const dir = path.dirname(file);
  const tmp = tempName(dir);
  let fd: number | undefined;
  try {
    // Private until it carries the original owner and mode; with the original's mode at once when
    // it will have the original's owner, so most files need no chmod.
    const ownersMatch = info.uid === ids.uid && info.gid === ids.gid;
    fd = openSync(tmp, 'wx', ownersMatch ? info.mode & 0o777 : 0o600);
  } catch (e) {
    throw new WriteRefused(`cannot create a temporary file in ${dir}: ${code(e)}`);
  }
  track(tmp);
  let staged = false;
  try {
    writeAll(fd, data);
    const made = fstatSync(fd);
    let chowned = false;
    if (made.uid !== info.uid || made.gid !== info.gid) {
      try {
        fchownSync(fd, info.uid, info.gid);
      } catch {
        // Not allowed to give the file its owner back (not root): writing in place keeps it.
        closeSync(fd);
        fd = undefined;
        return writeInPlace(file, data, expectedSha256);
      }
      chowned = true;
    }
    // After chown, which clears set-id bits; also where the umask or set-id bits made it differ.
    if (chowned || (made.mode & 0o7777) !== (info.mode & 0o7777)) fchmodSync(fd, info.mode & 0o7777);
    closeSync(fd);
    fd = undefined;
    assertUnchanged(file, expectedSha256, readThrough);
    staged = true;
    return tmp;
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    throw new WriteRefused(`could not replace the file: ${code(e)}`);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    if (!staged) {
      inFlight.delete(tmp);
      removeQuietly(tmp);
    }
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, done);
}

function assertUnchanged(file: string, expected: string | undefined, readThrough: ReadThrough | undefined): void {
  if (expected === undefined) return;
  // stage() has checked that the path still names the file read through it.
  if (readThrough) {
    if (sha256(readFileSync(readThrough.fd)) !== expected) throw changed();
    return;
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    throw new WriteRefused(`cannot read the file again: ${code(e)}`);
  }
  try {
    if (sha256(readFileSync(fd)) !== expected) throw changed();
  } finally {
    closeSync(fd);
  }
}

const changed = () => new ChangedSinceRead('the file changed after it was read; not rewritten, run the formatter again');

/** Overwrites the bytes of the existing inode: owner, mode, links and inode all stay. */
function writeInPlace(file: string, data: Uint8Array, expected: string | undefined): 'in-place' {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDWR | constants.O_NOFOLLOW);
  } catch (e) {
    throw new WriteRefused(`cannot open the file for writing: ${code(e)}`);
  }
  try {
    // Hashed through the descriptor that writes, so nothing can slip in between check and write
    // but a writer racing byte for byte.
    if (expected !== undefined && sha256(readFileSync(fd)) !== expected) throw changed();
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
    return 'in-place';
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    throw new WriteRefused(`could not rewrite the file in place: ${code(e)}`);
  } finally {
    closeSync(fd);
  }
}

// A temp file of a run that is still going must not be taken: its process is alive. A pid can be
// reused, so past this age a leftover is removed whatever the pid says.
const SURELY_STALE_MS = 10 * 60 * 1000;

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}

/**
 * Removes our temp files that an earlier run left behind (killed before it could clean up) in the
 * given directories: only names with our prefix, only regular files, only from before `runStart`.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(dirs: Iterable<string>, runStart: number): Promise<number> {
  let removed = 0;
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const p = path.join(dir, name);
      const st = await lstat(p).catch(() => undefined);
      if (!st?.isFile() || st.mtimeMs >= runStart) continue;
      if (alive(Number(m[1])) && runStart - st.mtimeMs < SURELY_STALE_MS) continue;
      await unlink(p).then(
        () => removed++,
        () => undefined,
      );
    }
  }
  return removed;
}
