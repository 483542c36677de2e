// Host and port of the endpoints a collector, Tempo or Grafana configuration names.

export interface HostPort {
  host: string;
  port?: number;
}

/** `host:port`, `scheme://host:port/path`, `[::1]:4317`; undefined when it cannot be read (or is a provider reference). */
export function parseEndpoint(text: string, defaultPort?: number): HostPort | undefined {
  if (text.includes('${')) return undefined;
  let rest = text.trim();
  let scheme: string | undefined;
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = rest.slice(m[0].length);
  }
  rest = rest.split(/[/?#]/)[0]!;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest);
  const [host, port] = v6 ? [v6[1]!, v6[2]] : (() => {
    const i = rest.lastIndexOf(':');
    return i < 0 ? [rest, undefined] : [rest.slice(0, i), rest.slice(i + 1)];
  })();
  if (!host) return undefined;
  if (port !== undefined && !/^\d+$/.test(port)) return undefined;
  const implied = scheme === 'https' ? 443 : scheme === 'http' ? 80 : defaultPort;
  const p = port !== undefined ? Number(port) : implied;
  return p === undefined ? { host } : { host, port: p };
}

/** Addresses that never name a compose service. */
export function isLiteralAddress(host: string): boolean {
  return host === 'localhost' || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':');
}
