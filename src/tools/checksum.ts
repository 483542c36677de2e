import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Hex SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A `SHA256SUMS` file as published with HashiCorp, OpenTofu and most Go releases:
 * `<64 hex>  <file name>` per line (`*` before the name marks binary mode). Returns name → hex.
 */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(raw.trim());
    if (m) sums.set(m[2]!.trim(), m[1]!.toLowerCase());
  }
  return sums;
}

export class ChecksumError extends Error {
  override name = 'ChecksumError';
}

/** Fails closed: a missing expected value is an error just like a mismatch. */
export async function verifySha256(file: string, expected: string | undefined, what: string): Promise<void> {
  if (!expected || !/^[0-9a-f]{64}$/i.test(expected)) throw new ChecksumError(`no SHA-256 published for ${what}; refusing to use it`);
  const actual = await sha256File(file);
  if (actual !== expected.toLowerCase()) throw new ChecksumError(`checksum mismatch for ${what}: expected sha256 ${expected.toLowerCase()}, got ${actual}`);
}
