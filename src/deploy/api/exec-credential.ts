// Exec credential plugins (client.authentication.k8s.io v1 and v1beta1), as EKS, GKE and AKS
// kubeconfigs use them: the plugin runs with its argument array and the kubeconfig's env, is told
// (KUBERNETES_EXEC_INFO) that there is no terminal and, with provideClusterInfo, which cluster it
// is for; its ExecCredential is cached until its expirationTimestamp. Its stderr passes through
// the credential scrubber before it reaches a message; its stdout (the credential) never does.
import { runProcess } from '../../tools/process.js';
import { scrubCredentials } from '../../tools/kubectl.js';
import type { ExecConfig } from './kubeconfig-auth.js';

export interface ExecCredential {
  token?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  /** ms since the epoch; undefined: valid for the whole run. */
  expiresAt?: number;
}

export class ExecPluginFailed extends Error {
  override name = 'ExecPluginFailed';
}

const cache = new Map<string, { cred: ExecCredential; at: number }>();
/** Plugin runs under way: requests that start together share one run. */
const running = new Map<string, Promise<ExecCredential>>();

/** client-go refreshes a little before the stated expiry; so do we. */
const EXPIRY_SKEW_MS = 10_000;

function cacheKey(e: ExecConfig, clusterInfo: Record<string, unknown>): string {
  return JSON.stringify([e.apiVersion, e.command, e.args, e.env, e.provideClusterInfo ? clusterInfo : null]);
}

/** The cached credential while it is valid, else a fresh one from the plugin. */
export async function execCredential(e: ExecConfig, clusterInfo: Record<string, unknown>, o: { signal?: AbortSignal | undefined; fresh?: boolean } = {}): Promise<ExecCredential> {
  const key = cacheKey(e, clusterInfo);
  const hit = cache.get(key);
  if (hit && !o.fresh && (hit.cred.expiresAt === undefined || hit.cred.expiresAt - EXPIRY_SKEW_MS > Date.now())) return hit.cred;
  let run = running.get(key);
  if (!run) {
    run = runPlugin(e, clusterInfo, o.signal).then(
      (cred) => {
        cache.set(key, { cred, at: Date.now() });
        return cred;
      },
    ).finally(() => running.delete(key));
    running.set(key, run);
  }
  return run;
}

async function runPlugin(e: ExecConfig, clusterInfo: Record<string, unknown>, signal: AbortSignal | undefined): Promise<ExecCredential> {
  const info = {
    apiVersion: e.apiVersion,
    kind: 'ExecCredential',
    spec: { interactive: false, ...(e.provideClusterInfo ? { cluster: clusterInfo } : {}) },
  };
  const env: NodeJS.ProcessEnv = { ...process.env, ...e.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
  delete env['KUBECONFIG'];
  let r;
  try {
    r = await runProcess(e.command, e.args, { env, stdin: '', timeoutMs: 60_000, timeoutSignal: 'SIGKILL', signal, killGraceMs: 1500, processGroup: true, maxStdoutBytes: 1024 * 1024, onStdoutOverflow: 'kill' });
  } catch (err) {
    throw new ExecPluginFailed(`the kubeconfig's exec credential plugin ${e.command} could not be started: ${(err as Error).message}`);
  }
  if (r.aborted) throw new ExecPluginFailed(`the exec credential plugin ${e.command} was stopped: the deploy was cancelled`);
  const stderr = scrubCredentials(r.stderr.toString('utf8')).trim().split('\n').slice(-3).join(' ');
  if (r.timedOut || r.code !== 0) throw new ExecPluginFailed(`the exec credential plugin ${e.command} failed (${r.timedOut ? 'timed out' : `exit code ${r.code ?? r.signal}`})${stderr ? `: ${stderr}` : ''}`);
  let out: { apiVersion?: string; kind?: string; status?: Record<string, unknown> };
  try {
    out = JSON.parse(r.stdout.toString('utf8')) as typeof out;
  } catch {
    throw new ExecPluginFailed(`the exec credential plugin ${e.command} did not print an ExecCredential (JSON)`);
  }
  if (out.kind !== 'ExecCredential' || out.apiVersion !== e.apiVersion) {
    throw new ExecPluginFailed(`the exec credential plugin ${e.command} printed ${out.kind ?? 'no kind'} ${out.apiVersion ?? ''}, not an ExecCredential of ${e.apiVersion}`.trim());
  }
  const s = out.status ?? {};
  const cred: ExecCredential = {};
  if (typeof s['token'] === 'string' && s['token']) cred.token = s['token'];
  if (typeof s['clientCertificateData'] === 'string' && typeof s['clientKeyData'] === 'string') {
    cred.clientCert = Buffer.from(s['clientCertificateData']);
    cred.clientKey = Buffer.from(s['clientKeyData']);
  }
  if (!cred.token && !cred.clientCert) throw new ExecPluginFailed(`the exec credential plugin ${e.command} returned neither a token nor a client certificate`);
  if (typeof s['expirationTimestamp'] === 'string') {
    const t = Date.parse(s['expirationTimestamp']);
    if (!Number.isNaN(t)) cred.expiresAt = t;
  }
  return cred;
}
