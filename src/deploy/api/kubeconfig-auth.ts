// How to reach and authenticate to the cluster of one kubeconfig context without kubectl: the
// server, its trust (CA, insecure, tls-server-name), an optional CONNECT proxy, and the user's
// credential (bearer token, token file, client certificate, basic auth, exec plugin). Anything the
// in-process client does not reproduce faithfully (auth-provider, impersonation, unknown fields,
// interactive-only plugins) is reported as unsupported, and the deploy uses kubectl instead.
// Nothing here logs; error messages name kubeconfig keys and files, never their values.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, LineCounter, type Node as YamlNode } from 'yaml';
import { UsageError } from '../../report/finding.js';

export interface ExecConfig {
  apiVersion: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  provideClusterInfo: boolean;
  interactiveMode: 'Never' | 'IfAvailable' | 'Always';
}

export interface ClusterTrust {
  /** PEM of the CA bundle; undefined: the system roots. */
  ca?: Buffer;
  insecure: boolean;
  tlsServerName?: string;
}

export interface ApiAuth {
  kubeconfig: string;
  context: string;
  /** The server URL as written (may carry userinfo: never logged; see endpoint for the safe form). */
  server: string;
  trust: ClusterTrust;
  /** proxy-url of the cluster (http CONNECT). */
  proxyUrl?: string;
  token?: string;
  tokenFile?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  basic?: { username: string; password: string };
  exec?: ExecConfig;
  /** What an exec plugin is told about the cluster when provideClusterInfo is set. */
  clusterInfo: Record<string, unknown>;
}

export type AuthResolution = { ok: true; auth: ApiAuth } | { ok: false; reason: string };

const CLUSTER_KEYS = new Set(['server', 'certificate-authority', 'certificate-authority-data', 'insecure-skip-tls-verify', 'tls-server-name', 'proxy-url', 'disable-compression', 'extensions']);
const USER_KEYS = new Set(['token', 'tokenFile', 'client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'username', 'password', 'exec', 'extensions']);
const EXEC_KEYS = new Set(['apiVersion', 'command', 'args', 'env', 'installHint', 'provideClusterInfo', 'interactiveMode']);
const EXEC_VERSIONS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** `file:line` of a key path in the kubeconfig, for messages about its values (never the values). */
function locator(file: string, text: string) {
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(text, { lineCounter: lc });
  } catch {
    doc = undefined;
  }
  return (keys: Array<string | number>): string => {
    let node: unknown = doc?.contents;
    let last: YamlNode | undefined;
    for (const k of keys) {
      if (typeof k === 'number' && isSeq(node)) node = node.items[k];
      else if (typeof k === 'string' && isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === k);
        last = (pair?.key as YamlNode | undefined) ?? last;
        node = pair?.value;
      } else break;
      if (node && typeof node === 'object' && 'range' in (node as object)) last = node as YamlNode;
    }
    const at = last?.range?.[0];
    return at === undefined ? file : `${file}:${lc.linePos(at).line}`;
  };
}

function readBytes(where: string, key: string, file: string, base: string): Buffer {
  const p = path.resolve(base, file);
  if (!existsSync(p)) throw new UsageError(`${where}: ${key} names ${p}, which does not exist`);
  try {
    return readFileSync(p);
  } catch (e) {
    throw new UsageError(`${where}: ${key} names ${p}, which cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function b64(where: string, key: string, v: unknown): Buffer {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/=\s]*$/.test(v)) throw new UsageError(`${where}: ${key} is not base64`);
  return Buffer.from(v.replace(/\s+/g, ''), 'base64');
}

/**
 * Resolves a context of a kubeconfig for the in-process client. Throws UsageError for a kubeconfig
 * that kubectl would reject too (missing files, bad base64); returns { ok: false } for what only
 * kubectl supports.
 */
export function resolveApiAuth(kubeconfig: string, context?: string): AuthResolution {
  if (!existsSync(kubeconfig)) throw new UsageError(`kubeconfig ${kubeconfig} does not exist`);
  const text = readFileSync(kubeconfig, 'utf8');
  const at = locator(kubeconfig, text);
  let doc: Obj;
  try {
    const d = parseDocument(text).toJS() as unknown;
    doc = isObj(d) ? d : {};
  } catch {
    throw new UsageError(`kubeconfig ${kubeconfig} is not valid YAML`);
  }
  const base = path.dirname(path.resolve(kubeconfig));
  const name = context ?? (typeof doc['current-context'] === 'string' ? doc['current-context'] : undefined);
  if (!name) throw new UsageError(`kubeconfig ${kubeconfig} has no current-context; pass a context`);
  const list = (k: string) => (Array.isArray(doc[k]) ? (doc[k] as unknown[]) : []);
  const ctxIdx = list('contexts').findIndex((c) => isObj(c) && c['name'] === name);
  const ctx = list('contexts')[ctxIdx] as Obj | undefined;
  if (!ctx) throw new UsageError(`context "${name}" is not in kubeconfig ${kubeconfig}`);
  const cctx = isObj(ctx['context']) ? ctx['context'] : {};
  const clusterIdx = list('clusters').findIndex((c) => isObj(c) && c['name'] === cctx['cluster']);
  const cluster = isObj((list('clusters')[clusterIdx] as Obj | undefined)?.['cluster']) ? ((list('clusters')[clusterIdx] as Obj)['cluster'] as Obj) : undefined;
  if (!cluster || typeof cluster['server'] !== 'string') throw new UsageError(`context "${name}" in kubeconfig ${kubeconfig} names no cluster with a server`);
  const userName = cctx['user'];
  const userIdx = list('users').findIndex((u) => isObj(u) && u['name'] === userName);
  const userEntry = list('users')[userIdx] as Obj | undefined;
  const user: Obj = userEntry && isObj(userEntry['user']) ? userEntry['user'] : {};
  if (userName !== undefined && userName !== '' && !userEntry) throw new UsageError(`${at(['contexts', ctxIdx, 'context', 'user'])}: context "${name}" names user "${String(userName)}", which is not in the kubeconfig`);

  for (const k of Object.keys(cluster)) if (!CLUSTER_KEYS.has(k)) return { ok: false, reason: `cluster key ${k}` };
  for (const k of Object.keys(user)) if (!USER_KEYS.has(k)) return { ok: false, reason: `user key ${k}` };
  const cw = (k: string) => at(['clusters', clusterIdx, 'cluster', k]);
  const uw = (k: string) => at(['users', userIdx, 'user', k]);

  const server = cluster['server'];
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new UsageError(`${cw('server')}: the server of context "${name}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `server scheme ${url.protocol}` };
  const trust: ClusterTrust = { insecure: cluster['insecure-skip-tls-verify'] === true };
  if (cluster['certificate-authority-data'] !== undefined) trust.ca = b64(cw('certificate-authority-data'), 'certificate-authority-data', cluster['certificate-authority-data']);
  else if (typeof cluster['certificate-authority'] === 'string') trust.ca = readBytes(cw('certificate-authority'), 'certificate-authority', cluster['certificate-authority'], base);
  if (typeof cluster['tls-server-name'] === 'string' && cluster['tls-server-name']) trust.tlsServerName = cluster['tls-server-name'];

  const auth: ApiAuth = { kubeconfig, context: name, server, trust, clusterInfo: {} };
  if (typeof cluster['proxy-url'] === 'string' && cluster['proxy-url']) {
    let p: URL;
    try {
      p = new URL(cluster['proxy-url']);
    } catch {
      throw new UsageError(`${cw('proxy-url')}: proxy-url is not a URL`);
    }
    if (p.protocol !== 'http:') return { ok: false, reason: `proxy-url scheme ${p.protocol}` };
    auth.proxyUrl = cluster['proxy-url'];
  }

  if (user['client-certificate-data'] !== undefined) auth.clientCert = b64(uw('client-certificate-data'), 'client-certificate-data', user['client-certificate-data']);
  else if (typeof user['client-certificate'] === 'string') auth.clientCert = readBytes(uw('client-certificate'), 'client-certificate', user['client-certificate'], base);
  if (user['client-key-data'] !== undefined) auth.clientKey = b64(uw('client-key-data'), 'client-key-data', user['client-key-data']);
  else if (typeof user['client-key'] === 'string') auth.clientKey = readBytes(uw('client-key'), 'client-key', user['client-key'], base);
  if (!!auth.clientCert !== !!auth.clientKey) throw new UsageError(`${uw(auth.clientCert ? 'client-certificate-data' : 'client-key-data')}: user "${String(userName)}" has a client ${auth.clientCert ? 'certificate without a key' : 'key without a certificate'}`);
  if (typeof user['token'] === 'string' && user['token']) auth.token = user['token'];
  if (typeof user['tokenFile'] === 'string' && user['tokenFile']) {
    auth.tokenFile = path.resolve(base, user['tokenFile']);
    if (!existsSync(auth.tokenFile)) throw new UsageError(`${uw('tokenFile')}: tokenFile names ${auth.tokenFile}, which does not exist`);
  }
  if (user['username'] !== undefined || user['password'] !== undefined) {
    if (typeof user['username'] !== 'string' || typeof user['password'] !== 'string') return { ok: false, reason: 'basic auth without both username and password' };
    auth.basic = { username: user['username'], password: user['password'] };
  }
  if (user['exec'] !== undefined) {
    const e = user['exec'];
    if (!isObj(e)) throw new UsageError(`${uw('exec')}: exec is not a mapping`);
    for (const k of Object.keys(e)) if (!EXEC_KEYS.has(k)) return { ok: false, reason: `exec key ${k}` };
    const ew = (k: string) => at(['users', userIdx, 'user', 'exec', k]);
    if (typeof e['apiVersion'] !== 'string' || !EXEC_VERSIONS.has(e['apiVersion'])) return { ok: false, reason: `exec apiVersion ${String(e['apiVersion'])}` };
    if (typeof e['command'] !== 'string' || !e['command']) throw new UsageError(`${ew('command')}: exec has no command`);
    const mode = e['interactiveMode'] ?? (e['apiVersion'].endsWith('/v1beta1') ? 'IfAvailable' : undefined);
    if (mode === undefined) throw new UsageError(`${ew('apiVersion')}: exec of apiVersion ${e['apiVersion']} needs interactiveMode`);
    if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always') throw new UsageError(`${ew('interactiveMode')}: interactiveMode must be Never, IfAvailable or Always`);
    // A deploy has no terminal: a plugin that insists on one fails under kubectl the same way.
    if (mode === 'Always') return { ok: false, reason: 'exec interactiveMode Always' };
    const env: Record<string, string> = {};
    for (const [i, v] of (Array.isArray(e['env']) ? e['env'] : []).entries()) {
      if (!isObj(v) || typeof v['name'] !== 'string' || typeof v['value'] !== 'string') throw new UsageError(`${at(['users', userIdx, 'user', 'exec', 'env', i])}: exec env entries need a name and a value`);
      env[v['name']] = v['value'];
    }
    const args = Array.isArray(e['args']) ? e['args'].map(String) : [];
    // A bare name is looked up on PATH; a relative path is relative to the kubeconfig (client-go).
    const command = e['command'].includes('/') || e['command'].includes(path.sep) ? path.resolve(base, e['command']) : e['command'];
    auth.exec = { apiVersion: e['apiVersion'], command, args, env, provideClusterInfo: e['provideClusterInfo'] === true, interactiveMode: mode };
    auth.clusterInfo = {
      server,
      ...(trust.tlsServerName ? { 'tls-server-name': trust.tlsServerName } : {}),
      ...(trust.insecure ? { 'insecure-skip-tls-verify': true } : {}),
      ...(trust.ca ? { 'certificate-authority-data': trust.ca.toString('base64') } : {}),
      ...(auth.proxyUrl ? { 'proxy-url': auth.proxyUrl } : {}),
    };
  }
  return { ok: true, auth };
}
