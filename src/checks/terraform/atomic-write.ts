import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Thrown when a file must not or cannot be replaced; the message is meant for the user. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/**
 * Replaces `file` with `data` so that a reader sees either the old or the new content, never a
 * mix: write a temp file in the same directory, give it the old file's mode, rename it over the
 * original. (No fsync: like terraform's own os.WriteFile, durability across a power cut is left
 * to the file system; atomicity towards readers and a crash of this process is what matters.) A file without write permission is refused even where the directory would
 * allow the rename (and even for root): read-only is taken as the owner's intent.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const info = await stat(file);
  if ((info.mode & 0o222) === 0) throw new WriteRefused('file is read-only; not rewritten');
  const mode = info.mode & 0o7777;
  const dir = path.dirname(file);
  // A hidden name, so a concurrent discovery never picks the temp file up as a config file.
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx', mode);
  } catch (e) {
    throw new WriteRefused(`cannot create a temporary file in ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    await handle.writeFile(data);
    await handle.close();
    handle = undefined;
    await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new WriteRefused(`could not replace the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
