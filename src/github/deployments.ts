// GitHub Deployments API records for a deploy: create the deployment, move it through in_progress
// to success/failure, and mark the one it superseded inactive. The environment URL and the image
// digests travel in the status description and the deployment payload, so the Deployments UI
// shows what runs where. Uses GITHUB_API_URL (GHES) through @actions/github's octokit.
import { getOctokit } from '@actions/github';
import type { DeployResult } from '../deploy/index.js';

type Octokit = ReturnType<typeof getOctokit>;

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentsClientOptions {
  token: string;
  /** `owner/repo` */
  repository: string;
  /** Default: GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
}

export interface StartDeployment {
  /** Branch, tag or SHA deployed. */
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown>;
  environmentUrl?: string;
  /** Link to the run's log. */
  logUrl?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface FinishDeployment {
  environment: string;
  state: 'success' | 'failure' | 'error';
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
}

/** The description field holds at most 140 characters. */
export function clip(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What goes into the deployment payload: release, revision and the digests that were deployed. */
export function deploymentPayload(r: Pick<DeployResult, 'images' | 'status'> & Partial<Pick<DeployResult, 'release' | 'namespace' | 'revision' | 'manifestSha256'>>): Record<string, unknown> {
  return {
    tool: 'portarium-infra',
    release: r.release,
    namespace: r.namespace,
    revision: r.revision,
    status: r.status,
    manifestSha256: r.manifestSha256,
    images: r.images.filter((i) => i.digest).map((i) => ({ object: i.object, container: i.container, image: i.image })),
  };
}

/** `revision 4: control-plane@sha256:1a2b3c4d5e6f, …` within 140 characters. */
export function deploymentDescription(r: Pick<DeployResult, 'revision' | 'images' | 'status' | 'rollback'>): string {
  const digests = [...new Set(r.images.filter((i) => i.digest).map((i) => `${i.image.split('@')[0]!.split('/').pop()}@${i.digest!.slice(0, 19)}`))];
  const head = r.status === 'rolled-back' && r.rollback ? `rolled back to revision ${r.rollback.toRevision}` : `${r.status}${r.revision ? ` revision ${r.revision}` : ''}`;
  return clip(digests.length ? `${head}: ${digests.join(', ')}` : head);
}

export class DeploymentsClient {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;

  constructor(o: DeploymentsClientOptions) {
    const [owner, repo, ...rest] = o.repository.split('/');
    if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got "${o.repository}"`);
    this.owner = owner;
    this.repo = repo;
    const baseUrl = (o.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
    this.octokit = getOctokit(o.token, { baseUrl });
  }

  /** Creates the deployment and sets it in_progress; returns its id. */
  async start(s: StartDeployment): Promise<number> {
    const created = await this.octokit.rest.repos.createDeployment({
      owner: this.owner,
      repo: this.repo,
      ref: s.ref,
      environment: s.environment,
      task: 'deploy',
      // The deploy workflow already ran its checks; do not merge the default branch or wait for statuses.
      auto_merge: false,
      required_contexts: [],
      ...(s.description ? { description: clip(s.description) } : {}),
      ...(s.payload ? { payload: s.payload } : {}),
      ...(s.productionEnvironment !== undefined ? { production_environment: s.productionEnvironment } : {}),
      ...(s.transientEnvironment !== undefined ? { transient_environment: s.transientEnvironment } : {}),
    });
    if (created.status !== 201 || !('id' in created.data)) {
      throw new Error(`GitHub did not create a deployment (HTTP ${created.status}): ${(created.data as { message?: string }).message ?? ''}`);
    }
    const id = created.data.id;
    await this.setStatus(id, 'in_progress', { environment: s.environment, ...(s.environmentUrl ? { environmentUrl: s.environmentUrl } : {}), ...(s.logUrl ? { logUrl: s.logUrl } : {}), description: 'deploying' });
    return id;
  }

  async setStatus(id: number, state: DeploymentState, o: { environment?: string; environmentUrl?: string; logUrl?: string; description?: string; autoInactive?: boolean } = {}): Promise<void> {
    await this.octokit.rest.repos.createDeploymentStatus({
      owner: this.owner,
      repo: this.repo,
      deployment_id: id,
      state,
      ...(o.environment ? { environment: o.environment } : {}),
      ...(o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
      ...(o.logUrl ? { log_url: o.logUrl } : {}),
      ...(o.description ? { description: clip(o.description) } : {}),
      ...(o.autoInactive !== undefined ? { auto_inactive: o.autoInactive } : {}),
    });
  }

  /** Final status; on success the deployments it superseded are marked inactive. Returns those ids. */
  async finish(id: number, f: FinishDeployment): Promise<number[]> {
    await this.setStatus(id, f.state, {
      environment: f.environment,
      ...(f.environmentUrl ? { environmentUrl: f.environmentUrl } : {}),
      ...(f.logUrl ? { logUrl: f.logUrl } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...(f.state === 'success' ? { autoInactive: true } : {}),
    });
    return f.state === 'success' ? this.markSupersededInactive(f.environment, id) : [];
  }

  /**
   * GitHub only auto-inactivates earlier non-production, non-transient deployments; do it for every
   * earlier deployment of the environment whose latest status is success.
   */
  async markSupersededInactive(environment: string, currentId: number, scan = 20): Promise<number[]> {
    const list = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, environment, per_page: scan });
    const marked: number[] = [];
    for (const d of list.data) {
      if (d.id === currentId) continue;
      const statuses = await this.octokit.rest.repos.listDeploymentStatuses({ owner: this.owner, repo: this.repo, deployment_id: d.id, per_page: 1 });
      if (statuses.data[0]?.state !== 'success') continue;
      await this.setStatus(d.id, 'inactive', { environment, description: `superseded by deployment ${currentId}` });
      marked.push(d.id);
    }
    return marked;
  }
}
