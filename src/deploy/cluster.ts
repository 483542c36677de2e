// Cluster operations shared by plan, apply and rollback: connect, read live objects, apply.
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../report/finding.js';
import { KubectlError, KubectlRunner, type KubectlOptions } from '../tools/kubectl.js';
import { ApiClient } from './api/client.js';
import { resolveApiAuth } from './api/kubeconfig-auth.js';
import { KubectlClient, type ApplyManifestsOptions, type ApplyOutput, type ClusterClient } from './client.js';
import { keyOf, type K8sObject } from './objects.js';
import { finding } from './rules.js';

export interface Connection {
  client: ClusterClient;
  server: string;
  serverVersion?: string | undefined;
}

export type ClientChoice = 'auto' | 'api' | 'kubectl';

/**
 * The client for a kubeconfig context: in-process when its auth is one the API client reproduces
 * (bearer token, token file, client certificate, basic, exec plugin, proxy-url), else kubectl.
 * PORTARIUM_DEPLOY_CLIENT=kubectl|api overrides the choice.
 */
export function connectClient(o: KubectlOptions & { client?: ClientChoice }): ClusterClient {
  const choice = o.client ?? ((process.env['PORTARIUM_DEPLOY_CLIENT'] as ClientChoice | undefined) || 'auto');
  if (choice !== 'kubectl') {
    const auth = resolveApiAuth(o.kubeconfig, o.context);
    if (auth.ok) {
      // kubectl stays available for what only it does; located lazily, so it need not be installed.
      const kubectl = () => new KubectlRunner(o);
      return new ApiClient(auth.auth, o, kubectl);
    }
    if (choice === 'api') throw new KubectlError(`the kubeconfig uses ${auth.reason}, which only kubectl supports`, 'other', 1, '');
    o.log?.(`using kubectl: the kubeconfig uses ${auth.reason}`);
  }
  return new KubectlClient(new KubectlRunner(o));
}

/** Builds the client (reads only the server address and the context's auth from the kubeconfig). */
export function connect(o: KubectlOptions & { client?: ClientChoice }): Connection {
  const client = connectClient(o);
  return { client, server: client.server };
}

/** One cheap authenticated request: reachability and credentials are known before anything else. */
export async function preflight(c: Connection): Promise<string | undefined> {
  c.serverVersion = await c.client.version();
  return c.serverVersion;
}

/** A failed kubectl call as a finding a person can act on. */
export function clusterFinding(e: unknown, server: string, file: string, doing: string): Finding {
  if (!(e instanceof KubectlError)) return finding('deploy/apply-failed', file, `${doing} failed: ${(e as Error)?.message ?? String(e)}`);
  const detail = firstLines(e.stderr || e.message, 12);
  switch (e.kind) {
    case 'unreachable':
      return finding('deploy/cluster-unreachable', file, `cannot reach the Kubernetes API server at ${server} (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'Check the cluster address and network path; nothing was changed.' });
    case 'unauthorized':
      return finding('deploy/unauthorized', file, `the API server at ${server} rejected the credentials (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'The kubeconfig credentials are expired or invalid; refresh them (for example re-run the cloud login step). Nothing was changed.' });
    case 'forbidden':
      return finding('deploy/forbidden', file, `${doing}: ${detail}`, { help: 'The deploy identity needs RBAC permission for this (see docs/deploy.md for the Role it needs).' });
    case 'conflict':
      return finding('deploy/field-conflict', file, `${doing}: ${conflictText(e.stderr)}`, { help: 'Another field manager owns these fields. Remove the other writer (kubectl edit/scale, an operator, an HPA) or deploy with force-conflicts to take them over.' });
    case 'invalid':
    case 'not-found':
      return finding('deploy/rejected', file, `${doing}: ${detail}`);
    default:
      return finding('deploy/apply-failed', file, `${doing}: ${detail}`);
  }
}

function firstLines(text: string, n: number): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, n).join(' ');
}

/** The conflict lines, without kubectl's long advice paragraph. */
export function conflictText(stderr: string): string {
  const cut = stderr.split(/Please review the fields above/)[0] ?? stderr;
  return cut.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^error: /, '');
}

/**
 * resourceVersion of each given object that exists, by key. Kinds the server does not know yet (a
 * CRD applied in the same run) simply have no live objects.
 */
export async function liveVersions(c: Connection, objects: readonly K8sObject[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const i of await c.client.live(objects)) out.set(keyOf(i), i.metadata.resourceVersion ?? '');
  return out;
}

export type { ApplyManifestsOptions, ApplyOutput } from './client.js';
export { jsonStream } from './client.js';

/** Server-side apply with our field manager (see ClusterClient.apply). */
export function applyManifests(c: Connection, objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyOutput> {
  return c.client.apply(objects, o);
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => !!o && typeof o === 'object');
}
