// HTTPS to the API server from this process: one keep-alive agent per run (per credential), the
// kubeconfig's trust settings, an http CONNECT proxy when the cluster names one (or HTTPS_PROXY
// applies, as client-go honours it), and the credential as a header or a client certificate.
// A 401 from a server reached with an exec-plugin credential runs the plugin again once, as
// client-go does. Failures become KubectlError with kubectl's wording, so every finding reads the
// same whichever client ran.
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { CallAborted, classifyFailure, KubectlError, scrubCredentials } from '../../tools/kubectl.js';
import { execCredential, ExecPluginFailed } from './exec-credential.js';
import type { ApiAuth } from './kubeconfig-auth.js';

export interface RequestOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

export interface ApiResponse {
  status: number;
  body: Buffer;
}

interface Status {
  kind?: string;
  reason?: string;
  message?: string;
  code?: number;
}

/** The proxy a request to `server` goes through: the kubeconfig's, else the environment's (client-go). */
function proxyFor(auth: ApiAuth, server: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (auth.proxyUrl) return auth.proxyUrl;
  const fromEnv = server.protocol === 'https:' ? (env['HTTPS_PROXY'] ?? env['https_proxy']) : (env['HTTP_PROXY'] ?? env['http_proxy']);
  if (!fromEnv) return undefined;
  const host = server.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = server.port || (server.protocol === 'https:' ? '443' : '80');
  for (const raw of (env['NO_PROXY'] ?? env['no_proxy'] ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return undefined;
    const [h, p] = entry.includes(']') || (entry.match(/:/g) ?? []).length > 1 ? [entry, undefined] : entry.split(':');
    if (p && p !== port) continue;
    const name = (h ?? '').replace(/^\*?\./, '');
    if (host === name || host.endsWith(`.${name}`)) return undefined;
    if (name.includes('/') && cidrContains(name, host)) return undefined;
  }
  return /^[a-z]+:\/\//i.test(fromEnv) ? fromEnv : `http://${fromEnv}`;
}

function cidrContains(cidr: string, ip: string): boolean {
  const [net, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const toNum = (a: string) => a.split('.').reduce((n, x) => n * 256 + Number(x), 0);
  if (!net || !/^\d+\.\d+\.\d+\.\d+$/.test(net) || !/^\d+\.\d+\.\d+\.\d+$/.test(ip) || !(bits >= 0 && bits <= 32)) return false;
  const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits);
  return (toNum(net) & mask) >>> 0 === (toNum(ip) & mask) >>> 0;
}

type Connect = (options: tls.ConnectionOptions & { host?: string; port?: number }, cb: (err: Error | null, socket?: Duplex) => void) => Duplex | undefined;

/** Tunnels each connection through an http proxy with CONNECT, then speaks TLS (or plain HTTP) inside. */
function tunnel(proxy: URL, secure: boolean): Connect {
  return (options, cb) => {
    const target = `${options.host}:${options.port}`;
    const headers: Record<string, string> = { Host: target };
    if (proxy.username) headers['Proxy-Authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
    const req = http.request({ host: proxy.hostname, port: Number(proxy.port || 80), method: 'CONNECT', path: target, headers });
    req.once('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        cb(new Error(`proxyconnect tcp: the proxy ${proxy.host} answered ${res.statusCode ?? '?'} to CONNECT`));
        return;
      }
      if (!secure) {
        cb(null, socket);
        return;
      }
      const s = tls.connect({ ...options, socket });
      s.once('secureConnect', () => cb(null, s));
      s.once('error', (e) => cb(e));
    });
    req.once('error', (e) => cb(new Error(`proxyconnect tcp: ${(e as Error).message}`)));
    req.end();
    return undefined;
  };
}

export class Transport {
  readonly base: URL;
  private agent: http.Agent | undefined;
  private agentCert: Buffer | undefined;
  /** Requests made (for the benchmark and the proxy test). */
  requests = 0;

  constructor(readonly auth: ApiAuth) {
    this.base = new URL(auth.server);
  }

  private makeAgent(cert?: Buffer, key?: Buffer): http.Agent {
    const secure = this.base.protocol === 'https:';
    const proxy = proxyFor(this.auth, this.base);
    const t = this.auth.trust;
    const tlsOpts: https.AgentOptions = {
      keepAlive: true,
      maxSockets: 12,
      ...(t.ca ? { ca: t.ca } : {}),
      rejectUnauthorized: !t.insecure,
      ...(cert && key ? { cert, key } : {}),
      ...(t.tlsServerName ? { servername: t.tlsServerName, checkServerIdentity: (_host: string, c: tls.PeerCertificate) => tls.checkServerIdentity(t.tlsServerName!, c) } : {}),
    };
    const agent = secure ? new https.Agent(tlsOpts) : new http.Agent({ keepAlive: true, maxSockets: 12 });
    if (proxy) (agent as unknown as { createConnection: Connect }).createConnection = tunnel(new URL(proxy), secure);
    return agent;
  }

  /** Headers and agent for the current credential; `fresh` re-runs an exec plugin. */
  private async credentials(signal: AbortSignal | undefined, fresh: boolean): Promise<{ headers: Record<string, string>; agent: http.Agent }> {
    const a = this.auth;
    const headers: Record<string, string> = {};
    let cert = a.clientCert;
    let key = a.clientKey;
    if (a.exec) {
      const cred = await execCredential(a.exec, a.clusterInfo, { signal, fresh });
      if (cred.token) headers['Authorization'] = `Bearer ${cred.token}`;
      if (cred.clientCert && cred.clientKey) {
        cert = cred.clientCert;
        key = cred.clientKey;
      }
    }
    if (a.tokenFile) {
      const tok = readFileSync(a.tokenFile, 'utf8').trim();
      if (tok) headers['Authorization'] = `Bearer ${tok}`;
    } else if (a.token) headers['Authorization'] = `Bearer ${a.token}`;
    else if (a.basic && !headers['Authorization']) headers['Authorization'] = `Basic ${Buffer.from(`${a.basic.username}:${a.basic.password}`).toString('base64')}`;
    if (!this.agent || this.agentCert !== cert) {
      this.agent?.destroy();
      this.agent = this.makeAgent(cert, key);
      this.agentCert = cert;
    }
    return { headers, agent: this.agent };
  }

  close(): void {
    this.agent?.destroy();
    this.agent = undefined;
  }

  async request(method: string, apiPath: string, o: RequestOptions = {}): Promise<ApiResponse> {
    const what = `${method} ${apiPath}`;
    if (o.signal?.aborted) throw new CallAborted(`${what} not sent: the deploy was cancelled`);
    let cred;
    try {
      cred = await this.credentials(o.signal, false);
    } catch (e) {
      if (o.signal?.aborted) throw new CallAborted(`${what} not sent: the deploy was cancelled`);
      if (e instanceof ExecPluginFailed) throw new KubectlError(`${what} failed against ${this.server}: ${e.message}`, 'unauthorized', 1, `error: ${e.message}`);
      throw e;
    }
    let r = await this.send(method, apiPath, o, cred);
    if (r.status === 401 && this.auth.exec) {
      cred = await this.credentials(o.signal, true);
      r = await this.send(method, apiPath, o, cred);
    }
    return r;
  }

  /** The server address with no userinfo, the only form that reaches messages. */
  get server(): string {
    const u = new URL(this.base.href);
    u.username = '';
    u.password = '';
    return u.href.replace(/\/$/, '');
  }

  private send(method: string, apiPath: string, o: RequestOptions, cred: { headers: Record<string, string>; agent: http.Agent }): Promise<ApiResponse> {
    const prefix = this.base.pathname.replace(/\/$/, '');
    const qs = Object.entries(o.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
    const search = qs.length ? `?${new URLSearchParams(qs).toString()}` : '';
    const body = o.body === undefined ? undefined : Buffer.from(typeof o.body === 'string' ? o.body : JSON.stringify(o.body));
    const mod = this.base.protocol === 'https:' ? https : http;
    const what = `${method} ${apiPath}`;
    this.requests++;
    return new Promise<ApiResponse>((resolve, reject) => {
      const req = mod.request(
        {
          protocol: this.base.protocol,
          hostname: this.base.hostname.replace(/^\[|\]$/g, ''),
          port: this.base.port || (this.base.protocol === 'https:' ? 443 : 80),
          method,
          path: `${prefix}${apiPath}${search}`,
          agent: cred.agent,
          headers: {
            Accept: 'application/json',
            'User-Agent': 'portarium-infra',
            ...cred.headers,
            ...(body ? { 'Content-Type': o.contentType ?? 'application/json', 'Content-Length': String(body.length) } : {}),
          },
          ...(o.signal ? { signal: o.signal } : {}),
          timeout: o.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', (e) => reject(this.networkError(what, e, o.signal)));
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('context deadline exceeded (Client.Timeout exceeded while awaiting headers)'), { code: 'ETIMEDOUT_REQUEST' })));
      req.on('error', (e) => reject(this.networkError(what, e, o.signal)));
      req.end(body);
    });
  }

  private networkError(what: string, e: Error, signal: AbortSignal | undefined): Error {
    if (signal?.aborted) return new CallAborted(`${what} was stopped: the deploy was cancelled`);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ETIMEDOUT_REQUEST') {
      const stderr = `error: ${what}: ${e.message}`;
      return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, 'timeout', 124, stderr);
    }
    const tlsCode = /CERT|SELF_SIGNED|UNABLE_TO_|ALTNAME|ERR_TLS|ERR_SSL/.test(code);
    // kubectl's wording: client-go's "Unable to connect to the server" and, for trust, "x509:".
    const stderr = tlsCode
      ? `Unable to connect to the server: tls: failed to verify certificate: x509: ${scrubCredentials(e.message)}`
      : `Unable to connect to the server: dial tcp ${this.base.host}: connect: ${scrubCredentials(e.message)}`;
    return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, classifyFailure(stderr), 1, stderr);
  }

  /** A non-2xx answer as kubectl words it, classified the same way. */
  statusError(what: string, r: ApiResponse): KubectlError {
    let s: Status = {};
    try {
      s = JSON.parse(r.body.toString('utf8')) as Status;
    } catch {
      s = { message: r.body.toString('utf8').slice(0, 500) };
    }
    const reason = s.reason || httpReason(r.status);
    const message = scrubCredentials(s.message || `the server responded with status ${r.status}`);
    const stderr = r.status === 401 ? 'error: You must be logged in to the server (Unauthorized)' : `Error from server (${reason}): ${message}`;
    let kind = classifyFailure(stderr);
    if (kind === 'other') kind = r.status === 401 ? 'unauthorized' : r.status === 403 ? 'forbidden' : r.status === 404 ? 'not-found' : r.status === 422 || r.status === 400 ? 'invalid' : r.status === 504 ? 'timeout' : 'other';
    return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, kind, 1, stderr);
  }
}

function httpReason(status: number): string {
  return { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 409: 'Conflict', 410: 'Expired', 415: 'UnsupportedMediaType', 422: 'Invalid', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout' }[status] ?? `HTTP ${status}`;
}
