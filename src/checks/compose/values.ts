/**
 * Parsers for the typed values compose-go decodes into its model: byte sizes (docker/go-units
 * `RAMInBytes`), shell words (mattn/go-shellwords, as compose-go calls it), extra hosts.
 */
import { goString } from './merge.js';

export class ValueError extends Error {}

const SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** A compose byte size (`512m`, `1.5g`, `1024`, or a number) in bytes. */
export function parseBytes(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v !== 'string') throw new ValueError(`invalid size: '${goString(v)}'`);
  if (/^[+-]?\d+$/.test(v)) return Number(v);
  const m = SIZE.exec(v);
  if (!m) throw new ValueError(`invalid size: '${v}'`);
  let size = Number(m[1]!.split('.').slice(0, 2).join('.'));
  const unit = (m[3] ?? '').toLowerCase();
  if (unit) size *= BINARY[unit]!;
  return Math.trunc(size);
}

/** go-shellwords `Parse` with its defaults (no env or backtick expansion): stops at `;`, `&`, `|`, `<`, `>`. */
export function shellWords(line: string): string[] {
  const args: string[] = [];
  let buf = '';
  let escaped = false;
  let single = false;
  let double = false;
  let backQuote = false;
  let dollarQuote = false;
  let got: 'no' | 'single' | 'quoted' = 'no';
  const chars = [...line];
  loop: for (let i = 0; i < chars.length; i++) {
    const r = chars[i]!;
    if (escaped) {
      buf += r;
      escaped = false;
      got = 'quoted';
      continue;
    }
    if (r === '\\') {
      if (single) buf += r;
      else escaped = true;
      continue;
    }
    if (/\s/.test(r)) {
      if (single || double || backQuote || dollarQuote) buf += r;
      else if (got !== 'no') {
        args.push(buf);
        buf = '';
        got = 'no';
      }
      continue;
    }
    switch (r) {
      case '`':
        if (!single && !double && !dollarQuote) backQuote = !backQuote;
        break;
      case ')':
        if (!single && !double && !backQuote) dollarQuote = false;
        break;
      case '(':
        if (!single && !double && !backQuote) {
          if (!dollarQuote && buf.endsWith('$')) {
            dollarQuote = true;
            buf += '(';
            continue;
          }
          throw new ValueError('invalid command line string');
        }
        break;
      case '"':
        if (!single && !dollarQuote) {
          if (double) got = 'quoted';
          double = !double;
          continue;
        }
        break;
      case "'":
        if (!double && !dollarQuote) {
          if (single) got = 'quoted';
          single = !single;
          continue;
        }
        break;
      case ';':
      case '&':
      case '|':
      case '<':
      case '>':
        if (!(single || double || backQuote || dollarQuote)) {
          if (r === '>' && buf.length > 0 && buf[0]! >= '0' && buf[0]! <= '9') got = 'no';
          break loop;
        }
        break;
    }
    got = 'single';
    buf += r;
  }
  if (got !== 'no') args.push(buf);
  if (escaped || single || double || backQuote || dollarQuote) throw new ValueError('invalid command line string');
  return args;
}

/** compose-go `HostsList`: `host=ip`, `host:ip` or a mapping; returned sorted as `host=ip`. */
export function parseExtraHosts(v: unknown): string[] {
  const list = new Map<string, string[]>();
  const add = (host: string, ips: string[]): void => {
    if (host === '' || /[:=]/.test(host)) throw new ValueError(`bad host name '${host}'`);
    const clean = ips.map((ip) => (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip));
    list.set(host, [...(list.get(host) ?? []), ...clean]);
  };
  if (Array.isArray(v)) {
    for (const e of v) {
      const s = goString(e);
      let done = false;
      for (const sep of ['=', ':']) {
        const i = s.indexOf(sep);
        if (i >= 0) {
          add(s.slice(0, i), s.slice(i + 1).split(','));
          done = true;
          break;
        }
      }
      if (!done) throw new ValueError(`invalid additional host, missing IP: ${s}`);
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [host, e] of Object.entries(v)) {
      if (e === null || e === undefined) add(host, ['']);
      else if (typeof e === 'string') add(host, [e]);
      else if (Array.isArray(e)) add(host, e.map(goString));
      else throw new ValueError('unexpected value type for extra_hosts entry');
    }
  } else {
    throw new ValueError('unexpected value type for extra_hosts');
  }
  const out: string[] = [];
  for (const [h, ips] of list) for (const ip of ips) out.push(`${h}=${ip}`);
  return out.sort();
}
