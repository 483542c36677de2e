import { open } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads one entry from a zip archive (the single-binary zips HashiCorp and OpenTofu publish).
 * Only stored and deflated entries without zip64 are supported; anything else is refused.
 */
export async function readZipEntry(zipPath: string, entryName: string): Promise<Buffer> {
  const fh = await open(zipPath, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${zipPath} is not a zip archive`);
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new Error(`${zipPath}: zip64 archives are not supported`);
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let p = 0;
    for (let n = 0; n < entries; n++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${zipPath}: corrupt central directory`);
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      const compressed = cd.readUInt32LE(p + 20);
      const uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + extraLen + commentLen;
      if (name !== entryName) continue;
      if (flags & 0x1) throw new Error(`${zipPath}: ${name} is encrypted`);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw new Error(`${zipPath}: zip64 entries are not supported`);
      const local = Buffer.alloc(30);
      await fh.read(local, 0, 30, localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`${zipPath}: corrupt local header for ${name}`);
      const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const raw = Buffer.alloc(compressed);
      await fh.read(raw, 0, compressed, dataStart);
      let data: Buffer;
      if (method === 0) data = raw;
      else if (method === 8) data = inflateRawSync(raw);
      else throw new Error(`${zipPath}: ${name} uses unsupported compression method ${method}`);
      if (data.length !== uncompressed || crc32(data) !== crc) throw new Error(`${zipPath}: ${name} is corrupt (size or CRC mismatch)`);
      return data;
    }
    throw new Error(`${zipPath} has no entry named ${entryName}`);
  } finally {
    await fh.close();
  }
}
