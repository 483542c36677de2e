// The one way the deploy engine talks to a cluster: kubectl, spawned with argument arrays, always
// with an explicit --kubeconfig (and --context when given). Nothing here ever logs or returns
// credentials: the log line names the command and the API server address, never the kubeconfig's
// users, and stderr is scrubbed of anything that looks like a token or key before it is returned.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../report/finding.js';
import { findOnPath } from './install.js';
import { runProcess, type ProcessResult } from './process.js';
import { redactUrl, scrubUrlCredentials } from '../report/url-credentials.js';

export interface KubectlOptions {
  /** kubectl binary; default PORTARIUM_KUBECTL, then `kubectl` on PATH. */
  kubectl?: string;
  kubeconfig: string;
  /** Context in the kubeconfig; default its current-context. */
  context?: string;
  /** Per-request timeout given to kubectl (`--request-timeout`), e.g. "30s". */
  requestTimeout?: string;
  /** Kill a kubectl process after this long (ms). */
  processTimeoutMs?: number;
  /** Receives one line per kubectl call: the subcommand and the server, no credentials. */
  log?: (line: string) => void;
  /**
   * Cancels every call: a running kubectl's process group gets SIGTERM (SIGKILL a moment later) and
   * the call rejects with CallAborted; no new kubectl starts.
   */
  signal?: AbortSignal;
}

export class CallAborted extends Error {
  override name = 'CallAborted';
}

/** How long a cancelled kubectl gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 1500;

export interface KubectlRunOptions {
  stdin?: string;
  env?: Record<string, string>;
  processTimeoutMs?: number;
  /** Exit codes that are not failures (kubectl diff: 0 and 1). */
  okCodes?: number[];
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Why a kubectl call failed, as far as a person deciding what to do needs to know. */
export type KubectlFailure =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'not-found'
  | 'invalid'
  | 'timeout'
  | 'other';

export class KubectlError extends Error {
  override name = 'KubectlError';
  constructor(
    message: string,
    readonly kind: KubectlFailure,
    readonly code: number,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** The cluster a kubeconfig context points at (server address only). */
export interface ClusterEndpoint {
  context: string;
  cluster: string;
  /** The server URL with any `user:password@` replaced by `***@`: safe to log and output. */
  server: string;
}

interface KubeconfigFile {
  'current-context'?: string;
  contexts?: Array<{ name?: string; context?: { cluster?: string } }>;
  clusters?: Array<{ name?: string; cluster?: { server?: string } }>;
}

/** Reads only the context → cluster → server chain of a kubeconfig; users are never looked at. */
export function clusterEndpoint(kubeconfig: string, context?: string): ClusterEndpoint {
  if (!existsSync(kubeconfig)) throw new UsageError(`kubeconfig ${kubeconfig} does not exist`);
  let doc: KubeconfigFile;
  try {
    doc = (parse(readFileSync(kubeconfig, 'utf8')) ?? {}) as KubeconfigFile;
  } catch {
    throw new UsageError(`kubeconfig ${kubeconfig} is not valid YAML`);
  }
  const name = context ?? doc['current-context'];
  if (!name) throw new UsageError(`kubeconfig ${kubeconfig} has no current-context; pass a context`);
  const ctx = doc.contexts?.find((c) => c.name === name);
  if (!ctx) throw new UsageError(`context "${name}" is not in kubeconfig ${kubeconfig}`);
  const clusterName = ctx.context?.cluster ?? '';
  const cluster = doc.clusters?.find((c) => c.name === clusterName);
  const server = cluster?.cluster?.server;
  if (!server) throw new UsageError(`context "${name}" in kubeconfig ${kubeconfig} names no cluster with a server`);
  // The only place the address is read for logs, outputs, summaries and plan files.
  return { context: name, cluster: clusterName, server: redactUrl(server) };
}

/** kubectl to use: an explicit path, PORTARIUM_KUBECTL, or `kubectl` on PATH. */
export function locateKubectl(explicit?: string): string {
  const p = explicit || process.env['PORTARIUM_KUBECTL'] || findOnPath('kubectl');
  if (!p) throw new UsageError('kubectl was not found on PATH (set PORTARIUM_KUBECTL or pass --kubectl)');
  if (path.isAbsolute(p) && !existsSync(p)) throw new UsageError(`kubectl ${p} does not exist`);
  return p;
}

const SECRET_PATTERNS: RegExp[] = [
  /(authorization:\s*bearer\s+)\S+/gi,
  /(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /((?:client-key-data|client-certificate-data|token|password|certificate-authority-data)\s*[:=]\s*)\S+/gi,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** Defence in depth: kubectl does not print credentials at the default verbosity, but never pass them on. */
export function scrubCredentials(text: string): string {
  let out = scrubUrlCredentials(text);
  for (const re of SECRET_PATTERNS) out = out.replace(re, (_m, p1: string | undefined) => (typeof p1 === 'string' ? `${p1}[redacted]` : '[redacted]'));
  return out;
}

/** Classifies kubectl's stderr (client-go and API server messages are stable across versions). */
export function classifyFailure(stderr: string): KubectlFailure {
  const s = stderr.toLowerCase();
  if (/connection refused|was refused|no such host|dial tcp|i\/o timeout|network is unreachable|unable to connect to the server|tls handshake timeout|connect: /.test(s)) {
    if (/certificate has expired|x509/.test(s) && !/connection refused/.test(s)) return 'unauthorized';
    return 'unreachable';
  }
  if (/you must be logged in|unauthorized|certificate has expired|x509: certificate/.test(s)) return 'unauthorized';
  if (/ is forbidden: |\(forbidden\)/.test(s)) return 'forbidden';
  if (/conflict with "|apply failed with \d+ conflicts?|conflicts? with /.test(s)) return 'conflict';
  if (/\(notfound\)| not found/.test(s)) return 'not-found';
  if (/\(invalid\)| is invalid: |error validating|unknown field/.test(s)) return 'invalid';
  if (/context deadline exceeded|timeout|timed out/.test(s)) return 'timeout';
  return 'other';
}

export class KubectlRunner {
  readonly kubectl: string;
  readonly endpoint: ClusterEndpoint;
  private readonly opts: KubectlOptions;

  constructor(opts: KubectlOptions, located?: { kubectl: string; endpoint: ClusterEndpoint }) {
    this.opts = opts;
    this.kubectl = located?.kubectl ?? locateKubectl(opts.kubectl);
    this.endpoint = located?.endpoint ?? clusterEndpoint(opts.kubeconfig, opts.context);
  }

  /**
   * The same cluster and identity with other limits: the bookkeeping that must still happen after a
   * cancellation (marking a revision interrupted, releasing the lock) runs without the signal and
   * with a short deadline.
   */
  derive(o: Partial<Pick<KubectlOptions, 'signal' | 'processTimeoutMs' | 'requestTimeout'>>): KubectlRunner {
    const { signal: _s, ...rest } = this.opts;
    void _s;
    return new KubectlRunner({ ...rest, ...o }, { kubectl: this.kubectl, endpoint: this.endpoint });
  }

  /** The API server address, the only thing about the cluster that is safe to log. */
  get server(): string {
    return this.endpoint.server;
  }

  private globalArgs(): string[] {
    const a = ['--kubeconfig', this.opts.kubeconfig, '--context', this.endpoint.context];
    a.push(`--request-timeout=${this.opts.requestTimeout ?? '30s'}`);
    return a;
  }

  /** Runs kubectl; resolves for every exit code (callers decide), rejects only when it cannot start. */
  async run(args: string[], ro: KubectlRunOptions = {}): Promise<KubectlResult> {
    this.opts.log?.(`kubectl ${describe(args)} (server ${this.server})`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...ro.env };
    // The kubeconfig is always explicit; an inherited KUBECONFIG must not leak other clusters in.
    delete env['KUBECONFIG'];
    const timeout = ro.processTimeoutMs ?? this.opts.processTimeoutMs ?? 10 * 60_000;
    const signal = this.opts.signal;
    if (signal?.aborted) throw new CallAborted(`kubectl ${describe(args)} not started: the deploy was cancelled`);
    let r: ProcessResult;
    try {
      // Its own process group, so a cancellation ends kubectl and anything it started (exec
      // credential plugins) together.
      r = await runProcess(this.kubectl, [...args, ...this.globalArgs()], {
        env,
        stdin: ro.stdin ?? '',
        timeoutMs: timeout,
        timeoutSignal: 'SIGKILL',
        signal,
        killGraceMs: KILL_GRACE_MS,
        processGroup: true,
      });
    } catch (e) {
      throw new UsageError(`cannot run kubectl (${this.kubectl}): ${(e as Error).message}`);
    }
    if (r.aborted) throw new CallAborted(`kubectl ${describe(args)} was stopped: the deploy was cancelled`);
    const stderr = scrubCredentials(r.stderr.toString('utf8'));
    return {
      code: r.timedOut ? 124 : (r.code ?? 1),
      stdout: r.stdout.toString('utf8'),
      stderr: r.timedOut ? `${stderr}\nkubectl was stopped after ${Math.round(timeout / 1000)}s (timeout)` : stderr,
    };
  }

  /** Runs kubectl and throws a classified KubectlError unless the exit code is accepted. */
  async must(args: string[], ro: KubectlRunOptions = {}): Promise<KubectlResult> {
    const r = await this.run(args, ro);
    const ok = ro.okCodes ?? [0];
    if (!ok.includes(r.code)) throw this.error(args, r);
    return r;
  }

  /** `kubectl ... -o json`, parsed. */
  async json<T = unknown>(args: string[], ro: KubectlRunOptions = {}): Promise<T> {
    const r = await this.must([...args, '-o', 'json'], ro);
    if (!r.stdout.trim()) return { kind: 'List', items: [] } as T;
    return JSON.parse(r.stdout) as T;
  }

  /** `kubectl get|create|replace|delete --raw PATH`: one request, no discovery, JSON in and out. */
  async rawJson<T = unknown>(verb: 'get' | 'create' | 'replace' | 'delete', apiPath: string, body?: unknown): Promise<T> {
    const args = body === undefined ? [verb, '--raw', apiPath] : [verb, '--raw', apiPath, '-f', '-'];
    const r = await this.must(args, body === undefined ? {} : { stdin: JSON.stringify(body) });
    return (r.stdout.trim() ? JSON.parse(r.stdout) : undefined) as T;
  }

  error(args: string[], r: KubectlResult): KubectlError {
    const kind = r.code === 124 ? 'timeout' : classifyFailure(r.stderr);
    // stderr is scrubbed in run(); stdout is data and only reaches a message here.
    const detail = r.stderr.trim() || scrubCredentials(r.stdout.trim()) || `exit code ${r.code}`;
    return new KubectlError(`kubectl ${describe(args)} failed against ${this.server}: ${detail}`, kind, r.code, r.stderr);
  }
}

/** The subcommand words, without file contents or flag values that could be long. */
function describe(args: string[]): string {
  const words: string[] = [];
  for (const a of args) {
    if (words.length >= 6) break;
    words.push(a.length > 60 ? `${a.slice(0, 57)}...` : a);
  }
  return words.join(' ') + (args.length > words.length ? ' ...' : '');
}
