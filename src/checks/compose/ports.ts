/**
 * Short port syntax `[[IP:]HOST:]CONTAINER[/PROTO]`, ported from docker/go-connections v0.4.0
 * `nat.ParsePortSpec` (Apache-2.0) and compose-go `types.ParsePortConfig`. Error texts keep the
 * library's capitals, as `docker compose config` prints them.
 */

export interface PortConfig {
  mode: 'ingress';
  host_ip?: string;
  target: number;
  published?: string;
  protocol: string;
}

export class PortSpecError extends Error {}

function parseUint16(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

function parsePortRange(ports: string): [number, number] {
  if (ports === '') throw new Error('Empty string specified for ports.');
  if (!ports.includes('-')) {
    const n = parseUint16(ports);
    if (n === undefined) throw new Error('invalid');
    return [n, n];
  }
  const parts = ports.split('-');
  const start = parseUint16(parts[0]!);
  const end = parseUint16(parts[1]!);
  if (start === undefined || end === undefined) throw new Error('invalid');
  if (end < start) throw new Error(`Invalid range specified for the Port: ${ports}`);
  return [start, end];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1]!;
  switch (n) {
    case 1:
      return ['', '', container];
    case 2:
      return ['', parts[0]!, container];
    case 3:
      return [parts[0]!, parts[1]!, container];
    default:
      return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container];
  }
}

function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw.length === 0 || parts[0]!.length === 0) return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1]!.length === 0) return ['tcp', parts[0]!];
  return [parts[1]!, parts[0]!];
}

/** Go `net.SplitHostPort(ip + ":")` keeping only the host, for bracketed IPv6. */
function stripBrackets(rawIP: string): string {
  const hostport = rawIP + ':';
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: missing ']' in address`);
    if (hostport.slice(end + 1) !== ':') throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
    return hostport.slice(1, end);
  }
  const host = hostport.slice(0, hostport.length - 1);
  if (host.includes(':')) throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
  if (host.includes('[') || host.includes(']')) throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: unexpected '[' in address`);
  return host;
}

/** Dotted IPv4 as Go reads it: four fields of 0-255 in decimal, no leading zeros. */
function isIPv4(ip: string): boolean {
  const fields = ip.split('.');
  if (fields.length !== 4) return false;
  for (const f of fields) {
    if (f.length === 0 || f.length > 3 || (f.length > 1 && f[0] === '0')) return false;
    for (let i = 0; i < f.length; i++) if (f.charCodeAt(i) < 48 || f.charCodeAt(i) > 57) return false;
    if (Number(f) > 255) return false;
  }
  return true;
}

function isHexField(f: string): boolean {
  if (f.length === 0 || f.length > 4) return false;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i) | 0x20; // ASCII letters to lower case
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * IPv6 as Go's netip.ParseAddr reads it, without a zone: fields of 1-4 hex digits, at most one `::`
 * standing for at least one zero field, and a dotted IPv4 address as the last two fields. Written
 * out rather than taken from node:net, whose import loaded the socket layer on every CLI start.
 */
function isIPv6(ip: string): boolean {
  const halves = ip.split('::');
  if (halves.length > 2) return false;
  let fields = 0;
  for (let h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    const parts = halves[h]!.split(':');
    for (let j = 0; j < parts.length; j++) {
      const f = parts[j]!;
      if (h === halves.length - 1 && j === parts.length - 1 && f.includes('.')) {
        if (!isIPv4(f)) return false;
        fields += 2;
      } else if (isHexField(f)) fields++;
      else return false;
    }
  }
  return halves.length === 2 ? fields <= 7 : fields === 8;
}

/** Go `net.ParseIP`: dotted IPv4 (no leading zeros) or IPv6 without a zone. */
export function isValidIP(ip: string): boolean {
  return isIPv4(ip) || isIPv6(ip);
}

interface Mapping {
  port: string;
  containerPort: number;
  proto: string;
  hostIP: string;
  hostPort: string;
}

function parsePortSpec(rawPort: string): Mapping[] {
  const [rawIP, hostPortIn, containerIn] = splitParts(rawPort);
  const [proto, containerPort] = splitProtoPort(containerIn);
  const ip = stripBrackets(rawIP);
  if (ip !== '' && !isValidIP(ip)) throw new PortSpecError(`Invalid ip address: ${ip}`);
  if (containerPort === '') throw new PortSpecError(`No port specified: ${rawPort}<empty>`);
  let start: number;
  let end: number;
  try {
    [start, end] = parsePortRange(containerPort);
  } catch {
    throw new PortSpecError(`Invalid containerPort: ${containerPort}`);
  }
  let hostStart = 0;
  let hostEnd = 0;
  if (hostPortIn.length > 0) {
    try {
      [hostStart, hostEnd] = parsePortRange(hostPortIn);
    } catch {
      throw new PortSpecError(`Invalid hostPort: ${hostPortIn}`);
    }
  }
  if (hostPortIn !== '' && end - start !== hostEnd - hostStart && end !== start) {
    throw new PortSpecError(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPortIn}`);
  }
  const lower = proto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(lower)) throw new PortSpecError(`Invalid proto: ${proto}`);
  const out: Mapping[] = [];
  for (let i = 0; i <= end - start; i++) {
    const cp = start + i;
    let hostPort = hostPortIn;
    if (hostPortIn.length > 0) hostPort = String(hostStart + i);
    if (start === end && hostStart !== hostEnd) hostPort = `${hostPort}-${hostEnd}`;
    out.push({ port: `${cp}/${lower}`, containerPort: cp, proto: lower, hostIP: ip, hostPort });
  }
  return out;
}

/** compose-go `types.ParsePortConfig`: one entry per container port, ordered by `port/proto` text. */
export function parsePortConfig(value: string): PortConfig[] {
  const mappings = parsePortSpec(value);
  const byPort = new Map<string, Mapping[]>();
  for (const m of mappings) {
    const list = byPort.get(m.port) ?? [];
    list.push(m);
    byPort.set(m.port, list);
  }
  const keys = [...byPort.keys()].sort();
  const out: PortConfig[] = [];
  for (const k of keys) {
    for (const m of byPort.get(k)!) {
      const p: PortConfig = { mode: 'ingress', target: m.containerPort, protocol: m.proto };
      if (m.hostIP) p.host_ip = m.hostIP;
      if (m.hostPort) p.published = m.hostPort;
      out.push(reorder(p));
    }
  }
  return out;
}

function reorder(p: PortConfig): PortConfig {
  const o: PortConfig = { mode: p.mode } as PortConfig;
  if (p.host_ip !== undefined) o.host_ip = p.host_ip;
  o.target = p.target;
  if (p.published !== undefined) o.published = p.published;
  o.protocol = p.protocol;
  return o;
}

/** A published port or range (`8080`, `8080-8090`) as numbers, or undefined when it is not one. */
export function publishedRange(published: unknown): [number, number] | undefined {
  const s = typeof published === 'number' ? String(published) : typeof published === 'string' ? published : undefined;
  if (!s) return undefined;
  try {
    return parsePortRange(s);
  } catch {
    return undefined;
  }
}
