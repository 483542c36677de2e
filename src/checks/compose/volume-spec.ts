/**
 * Short volume syntax `[SOURCE:]TARGET[:MODE]`, ported from compose-go `format/volume.go` (Apache-2.0).
 */

export interface VolumeSpec {
  type: 'bind' | 'volume';
  source?: string;
  target: string;
  read_only?: boolean;
  bind?: { propagation?: string; selinux?: string; create_host_path?: boolean };
  volume?: { nocopy?: boolean };
  /** Mode options compose does not know and silently ignores. */
  unknownOptions: string[];
}

export class VolumeSpecError extends Error {}

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);
const SELINUX = new Set(['z', 'Z']);
/** Options docker itself accepts in a bind/volume mode string that compose-go drops without effect. */
const TOLERATED = new Set(['cached', 'delegated', 'consistent', 'copy']);

const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c)));

export function parseVolumeSpec(spec: string): VolumeSpec {
  const v: VolumeSpec = { type: 'volume', target: '', unknownOptions: [] };
  const bytes = Buffer.byteLength(spec);
  if (bytes === 0) throw new VolumeSpecError('invalid empty volume spec');
  if (bytes <= 2) {
    v.target = spec;
    return v;
  }
  let source: string | undefined;
  let target: string | undefined;
  let buffer: string[] = [];
  let inVar = 0;
  const chars = [...spec, '\0'];
  const flush = (ch: string): void => {
    const str = buffer.join('');
    if (buffer.length === 0) throw new VolumeSpecError(`invalid spec: ${spec}: empty section between colons`);
    if (source === undefined && ch === '\0') {
      target = str;
      return;
    }
    if (source === undefined) {
      source = str;
      return;
    }
    if (target === undefined) {
      target = str;
      return;
    }
    if (ch === ':') throw new VolumeSpecError(`invalid spec: ${spec}: too many colons`);
    for (const option of str.split(',')) {
      if (option === 'ro') v.read_only = true;
      else if (option === 'rw') v.read_only = false;
      else if (option === 'nocopy') v.volume = { nocopy: true };
      else if (PROPAGATIONS.has(option)) v.bind = { ...v.bind, propagation: option };
      else if (SELINUX.has(option)) v.bind = { ...v.bind, selinux: option };
      else if (!TOLERATED.has(option)) v.unknownOptions.push(option);
    }
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '$' && i + 1 < chars.length - 1 && chars[i + 1] === '{') {
      inVar++;
      buffer.push(ch);
      continue;
    }
    if (ch === '}' && inVar > 0) {
      inVar--;
      buffer.push(ch);
      continue;
    }
    if (ch === ':' && buffer.length === 1 && isLetter(buffer[0])) {
      buffer.push(ch); // a Windows drive letter
    } else if ((ch === ':' || ch === '\0') && inVar === 0) {
      flush(ch);
      buffer = [];
    } else {
      buffer.push(ch);
    }
  }
  if (source !== undefined) v.source = source;
  v.target = target ?? '';
  if (isFilePath(source ?? '')) {
    v.type = 'bind';
    v.bind = { ...v.bind, create_host_path: true };
  } else {
    v.type = 'volume';
    v.volume ??= {};
  }
  return v;
}

export function isFilePath(source: string): boolean {
  if (source === '') return false;
  const c = source[0];
  if (c === '.' || c === '/' || c === '~') return true;
  if (source.startsWith('\\\\')) return true;
  const chars = [...source];
  return chars.length > 1 && isLetter(chars[0]) && chars[1] === ':';
}
