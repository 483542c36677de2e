import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { logText } from '../report/escape.js';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Prints a text file (a diff the check wrote) through `out` a line-complete chunk at a time, made
 * safe for the log as logText does: the file can be larger than the tree it describes, so it is
 * never held whole. Ends with a newline.
 */
export function printTextFile(file: string, out: (s: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let pending = '';
    for (let n = readSync(fd, buf, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buf, 0, CHUNK_BYTES, null)) {
      const text = pending + decoder.write(buf.subarray(0, n));
      const end = text.lastIndexOf('\n') + 1;
      if (end > 0) out(logText(text.slice(0, end)));
      pending = text.slice(end);
    }
    pending += decoder.end();
    if (pending !== '') out(logText(`${pending}\n`));
  } finally {
    closeSync(fd);
  }
}
