// The controllers a real cluster would run (deployment + replicaset + kubelet), played by the test
// through the API: without a kubelet nothing would ever become ready. For every Deployment in a
// namespace it writes the status a healthy or a stuck rollout would have (status subresource), and
// for a healthy one creates its pods and reports them Running with an imageID. The engine under
// test only ever sees these real API objects.
import { createHash } from 'node:crypto';

type Kubectl = (args: string[], stdin?: string) => Promise<string>;

interface Container {
  name: string;
  image: string;
}

interface Deployment {
  metadata: { name: string; generation: number; namespace: string };
  spec: { replicas?: number; selector: { matchLabels: Record<string, string> }; template: { metadata?: { labels?: Record<string, string> }; spec: { containers: Container[]; [k: string]: unknown } } };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number };
}

export interface ControllerOptions {
  /** Whether pods of this image ever become ready (default: all do). */
  healthy?: (image: string) => boolean;
  /** The digest the "kubelet" reports for an image (default: the pinned digest, else a hash of the tag). */
  imageDigest?: (image: string) => string;
  intervalMs?: number;
}

export function fakeDigest(image: string): string {
  return `sha256:${createHash('sha256').update(image).digest('hex')}`;
}

function repoOf(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', slash + 1);
  return colon >= 0 ? noDigest.slice(0, colon) : noDigest;
}

export class WorkloadController {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly handled = new Map<string, string>();
  private stopped = false;
  errors: string[] = [];

  constructor(
    private readonly kubectl: Kubectl,
    private readonly namespace: string,
    private readonly o: ControllerOptions = {},
  ) {}

  start(): this {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.tick().catch((e: Error) => {
        this.errors.push(e.message);
      });
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.o.intervalMs ?? 250);
    };
    void loop();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  async tick(): Promise<void> {
    const list = JSON.parse(await this.kubectl(['get', 'deployments', '-n', this.namespace, '-o', 'json'])) as { items: Deployment[] };
    for (const d of list.items) await this.reconcile(d);
  }

  private async reconcile(d: Deployment): Promise<void> {
    const name = d.metadata.name;
    const replicas = d.spec.replicas ?? 1;
    const images = d.spec.template.spec.containers.map((c) => c.image);
    const healthy = images.every((i) => this.o.healthy?.(i) ?? true);
    const hash = createHash('sha256').update(JSON.stringify(d.spec.template)).digest('hex').slice(0, 10);
    const state = `${d.metadata.generation}/${hash}/${replicas}/${healthy}`;
    if (this.handled.get(name) === state) return;

    const selector = Object.entries(d.spec.selector.matchLabels).map(([k, v]) => `${k}=${v}`).join(',');
    const pods = JSON.parse(await this.kubectl(['get', 'pods', '-n', this.namespace, '-l', selector, '-o', 'json'])) as { items: Array<{ metadata: { name: string; labels?: Record<string, string> } }> };
    const stale = pods.items.filter((p) => p.metadata.labels?.['pod-template-hash'] !== hash).map((p) => p.metadata.name);
    if (healthy) {
      // The new pods replace the old ones, as a finished rolling update leaves it.
      if (stale.length) await this.kubectl(['delete', 'pods', '-n', this.namespace, '--wait=false', '--grace-period=0', '--force', ...stale]);
      const have = new Set(pods.items.map((p) => p.metadata.name));
      for (let i = 0; i < replicas; i++) {
        const podName = `${name}-${hash}-${i}`;
        if (!have.has(podName)) await this.createPod(d, podName, hash);
      }
    }
    const status = healthy
      ? { observedGeneration: d.metadata.generation, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas, conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }] }
      : { observedGeneration: d.metadata.generation, replicas, updatedReplicas: replicas, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: replicas, conditions: [{ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' }] };
    await this.kubectl(['patch', 'deployment', name, '-n', this.namespace, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status })]);
    this.handled.set(name, state);
  }

  private async createPod(d: Deployment, podName: string, hash: string): Promise<void> {
    const labels = { ...(d.spec.template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: podName, namespace: this.namespace, labels }, spec: d.spec.template.spec };
    await this.kubectl(['create', '-f', '-', '-o', 'name'], JSON.stringify(pod));
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const containerStatuses = d.spec.template.spec.containers.map((c) => {
      const digest = this.o.imageDigest?.(c.image) ?? (c.image.includes('@') ? c.image.slice(c.image.indexOf('@') + 1) : fakeDigest(c.image));
      return { name: c.name, image: c.image, imageID: `${repoOf(c.image)}@${digest}`, ready: true, started: true, restartCount: 0, state: { running: { startedAt: now } } };
    });
    const status = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: now }, { type: 'ContainersReady', status: 'True', lastTransitionTime: now }],
      containerStatuses,
      startTime: now,
    };
    await this.kubectl(['patch', 'pod', podName, '-n', this.namespace, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status })]);
  }
}
