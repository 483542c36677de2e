// Release integrity against a real kube-apiserver: two deploys racing for one release, deploys
// cancelled (SIGINT, SIGTERM) or killed (SIGKILL) at several points, the API server frozen mid-apply,
// stale and live locks, an identity without Lease rights. After each: the invariant of the release
// history (docs/deploy.md, "Release integrity") and an apply that converges.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, plan, rollback, type ApplyOptions } from '../../../src/deploy/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { node24 } from '../../helpers/tools.js';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../../helpers/apiserver.js';

const available = apiServerAvailable();
const STATUS = 'portarium-infra.dev/status';

interface Version {
  version: string;
  /** ConfigMaps in the release (default 3). */
  count?: number;
  /** A Deployment too, which never becomes ready (no controller runs in this test). */
  stuckDeployment?: boolean;
}

/** A release of `count` ConfigMaps, each carrying the version, in namespace `ns`. */
function overlay(ns: string, v: Version): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `integrity-${ns}-`));
  const docs = [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`];
  for (let i = 0; i < (v.count ?? 3); i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  VERSION: "${v.version}"\n`);
  if (v.stuckDeployment) {
    docs.push(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: stuck\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: stuck}\n  template:\n    metadata:\n      labels: {app: stuck}\n    spec:\n      containers:\n        - name: app\n          image: 127.0.0.1:5000/stuck@sha256:' +
        'e'.repeat(64) +
        '\n',
    );
  }
  writeFileSync(path.join(dir, 'release.yaml'), docs.join('---\n'));
  writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - release.yaml\n`);
  return dir;
}

/** A deterministic sequence for the race offsets, so a failing round can be replayed. */
function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

interface Record_ {
  revision: number;
  status: string;
  reason?: string;
  run?: string;
  versions: Set<string>;
}

describe.skipIf(!available)('release integrity against a real Kubernetes API server', () => {
  let s: TestApiServer;
  let k: ReturnType<typeof kubectlAs>;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'integrity-out-'));

  beforeAll(async () => {
    s = await startApiServer();
    k = kubectlAs(s);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  const opts = (dir: string, extra: Partial<ApplyOptions> = {}): ApplyOptions => ({
    environment: 'dev',
    overlay: dir,
    // the overlays live in the temp directory: that is the repository they are checked against
    root: os.tmpdir(),
    release: 'app',
    kubeconfig: s.kubeconfig,
    context: s.context,
    kubectl: s.kubectl,
    outDir,
    wait: false,
    pollIntervalMs: 200,
    commit: '0123456789abcdef0123456789abcdef01234567',
    ...extra,
  });
  const getJson = async <T>(args: string[]): Promise<T> => JSON.parse(await k([...args, '-o', 'json'])) as T;

  async function records(ns: string): Promise<Record_[]> {
    const list = await getJson<{ items: Array<{ metadata: { labels: Record<string, string>; annotations?: Record<string, string> }; data: Record<string, string> }> }>(['get', 'secrets', '-n', ns, '-l', 'portarium-infra.dev/release=app']);
    return list.items
      .map((i) => {
        const meta = JSON.parse(Buffer.from(i.data['release.json']!, 'base64').toString('utf8')) as { revision: number; run?: { url?: string; id?: string } };
        const manifests = gunzipSync(Buffer.from(i.data['manifests.yaml.gz']!, 'base64')).toString('utf8');
        const versions = new Set(
          parseAllDocuments(manifests)
            .map((d) => d.toJS() as { kind?: string; data?: { VERSION?: string } })
            .filter((o) => o?.kind === 'ConfigMap')
            .map((o) => o.data!.VERSION!),
        );
        return {
          revision: meta.revision,
          status: i.metadata.labels[STATUS]!,
          ...(i.metadata.annotations?.['portarium-infra.dev/status-reason'] ? { reason: i.metadata.annotations['portarium-infra.dev/status-reason'] } : {}),
          ...(meta.run?.id ? { run: meta.run.id } : {}),
          versions,
        };
      })
      .sort((a, b) => b.revision - a.revision);
  }

  async function liveVersions(ns: string): Promise<string[]> {
    const list = await getJson<{ items: Array<{ metadata: { name: string }; data?: { VERSION?: string } }> }>(['get', 'configmaps', '-n', ns]);
    return list.items.filter((i) => i.metadata.name.startsWith('cm-')).map((i) => i.data?.VERSION ?? '');
  }

  /** The release's Lease; a released lock has none (releasing deletes it). */
  async function lease(ns: string) {
    const text = await k(['get', 'lease', 'portarium-release.app.lock', '-n', ns, '--ignore-not-found', '-o', 'json']);
    return (text.trim() ? JSON.parse(text) : { spec: {} }) as { spec: { holderIdentity?: string; leaseTransitions?: number; leaseDurationSeconds?: number } };
  }

  /**
   * The invariant: at most one deployed record; when the newest record is deployed, it is exactly
   * what is live; when the newest is pending/interrupted, what is live is a mix of it and the newest
   * deployed one; no live object belongs to a revision without a record.
   */
  async function assertInvariant(ns: string): Promise<Record_[]> {
    const recs = await records(ns);
    const live = await liveVersions(ns);
    expect(recs.filter((r) => r.status === 'deployed').length).toBeLessThanOrEqual(1);
    const newest = recs[0]!;
    const deployed = recs.find((r) => r.status === 'deployed');
    if (newest.status === 'deployed') {
      for (const v of live) expect(newest.versions.has(v), `live version ${v} is not revision ${newest.revision}'s`).toBe(true);
    } else {
      expect(['pending', 'interrupted', 'failed']).toContain(newest.status);
      const allowed = new Set([...newest.versions, ...(deployed?.versions ?? [])]);
      for (const v of live) expect(allowed.has(v), `live version ${v} is neither revision ${newest.revision}'s nor the deployed one's`).toBe(true);
    }
    const recorded = new Set(recs.flatMap((r) => [...r.versions]));
    for (const v of live) expect(recorded.has(v)).toBe(true);
    return recs;
  }

  it('20 rounds of two applies of one release at random offsets: one waits for the other, history stays true', async () => {
    const ns = 'race';
    const rand = seeded(11);
    const outcomes: string[] = [];
    for (let round = 0; round < 20; round++) {
      // Offsets over 0-2 s; every fourth round inside 40 ms, where both reach the Lease together.
      const offset = Math.round(rand() * (round % 4 === 0 ? 40 : 2000));
      const a = apply(opts(overlay(ns, { version: `a${round}` }), { run: { id: `${round}-a` } }));
      const b = new Promise((r) => setTimeout(r, offset)).then(() => apply(opts(overlay(ns, { version: `b${round}` }), { run: { id: `${round}-b` } })));
      const [ra, rb] = await Promise.all([a, b]);
      const waited = [ra, rb].filter((r) => r.status === 'deployed').length;
      for (const r of [ra, rb]) {
        const locked = r.findings.some((f) => f.rule === 'deploy/locked');
        expect(locked || r.status === 'deployed', `round ${round} (offset ${offset} ms): ${r.status} ${JSON.stringify(r.findings)}`).toBe(true);
        expect(r.findings.filter((f) => f.severity === 'error' && f.rule !== 'deploy/locked')).toEqual([]);
      }
      const recs = await assertInvariant(ns);
      // The one that finished last is the deployed one, and both revisions of the round are recorded.
      const last = ra.revision! > rb.revision! ? 'a' : 'b';
      expect(recs[0]).toMatchObject({ status: 'deployed', run: `${round}-${last}` });
      expect(new Set([ra.revision, rb.revision]).size).toBe(2);
      expect((await lease(ns)).spec.holderIdentity ?? '').toBe('');
      outcomes.push(`${offset}ms:${ra.revision}/${rb.revision}${waited === 2 ? '' : ' (one locked out)'}`);
    }
    console.log(`race rounds (offset: revisions a/b): ${outcomes.join(', ')}`);
    expect(outcomes).toHaveLength(20);
    // Every revision of every round is in the history (10 kept) with no gaps and no pending records.
    const recs = await records(ns);
    expect(recs.map((r) => r.revision)).toEqual(Array.from({ length: 10 }, (_, i) => 40 - i));
    expect(recs.filter((r) => r.status !== 'superseded' && r.status !== 'deployed')).toEqual([]);
  }, 300_000);

  it('a stale lease of a dead holder is taken over after its lease duration, and the takeover is reported', async () => {
    const ns = 'stale';
    await k(['create', 'namespace', ns]);
    const old = new Date(Date.now() - 3_600_000).toISOString().replace('Z', '000Z').replace(/\.(\d{3})000Z$/, '.$1000Z');
    await k(['create', '-f', '-'], JSON.stringify({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'portarium-release.app.lock', namespace: ns, annotations: { 'portarium-infra.dev/lock-run': 'https://github.com/octo/app/actions/runs/1' } }, spec: { holderIdentity: 'ghost_1_dead', leaseDurationSeconds: 2, acquireTime: old, renewTime: old, leaseTransitions: 4 } }));
    const started = Date.now();
    const r = await apply(opts(overlay(ns, { version: 'v1' }), { run: { id: 'taker' } }));
    const took = Date.now() - started;
    expect(r.status).toBe('deployed');
    // judged on our clock from when we first saw it: at least the 2 s lease, although renewTime is an hour old
    expect(took).toBeGreaterThanOrEqual(2000);
    const over = r.findings.find((f) => f.rule === 'deploy/lock-taken-over');
    expect(over?.severity).toBe('warning');
    expect(over?.message).toContain('ghost_1_dead');
    expect(over?.message).toContain('runs/1');
    // released: the Lease is gone, so the next deploy takes the lock with one create
    expect(await k(['get', 'leases', '-n', ns, '-o', 'name'])).toBe('');
    await assertInvariant(ns);
  }, 60_000);

  it('a live holder makes a second deploy wait, then fail with deploy/locked naming the holder; nothing is applied or recorded', async () => {
    const ns = 'held';
    await k(['create', 'namespace', ns]);
    const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    await k(['create', '-f', '-'], JSON.stringify({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'portarium-release.app.lock', namespace: ns, annotations: { 'portarium-infra.dev/lock-run': 'https://ci.example/runs/7', 'portarium-infra.dev/lock-commit': 'feedfacefeedface' } }, spec: { holderIdentity: 'laptop_42_alive', leaseDurationSeconds: 3600, acquireTime: now, renewTime: now } }));
    const started = Date.now();
    const r = await apply(opts(overlay(ns, { version: 'v1' }), { lockTimeoutMs: 1500 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(r.status).toBe('failed');
    expect(r.findings.map((f) => f.rule)).toEqual(['deploy/locked']);
    expect(r.findings[0]!.message).toMatch(/laptop_42_alive, run https:\/\/ci\.example\/runs\/7, commit feedfacefeed/);
    expect(await liveVersions(ns)).toEqual([]);
    expect(await records(ns)).toEqual([]);
    expect((await lease(ns)).spec.holderIdentity).toBe('laptop_42_alive');
  }, 60_000);

  it('an identity without Lease rights gets a message naming the verb it lacks, before anything is applied', async () => {
    const ns = 'no-leases';
    await k(['create', 'namespace', ns]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lease-rbac-'));
    const token = (await k(['create', 'token', 'default', '-n', ns, '--duration', '1h'])).trim();
    const kubeconfig = path.join(dir, 'config');
    const ca = readFileSync(path.join(s.dir, 'pki', 'ca.crt')).toString('base64');
    writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "${s.server}", certificate-authority-data: ${ca}}\nusers:\n- name: sa\n  user: {token: "${token}"}\ncontexts:\n- name: sa\n  context: {cluster: c, user: sa, namespace: ${ns}}\ncurrent-context: sa\n`);
    const role = (leaseVerbs: string[]) =>
      JSON.stringify({
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'deployer', namespace: ns },
        rules: [
          { apiGroups: [''], resources: ['secrets', 'configmaps'], verbs: ['get', 'list', 'create', 'patch', 'update', 'delete'] },
          ...(leaseVerbs.length ? [{ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: leaseVerbs }] : []),
        ],
      });
    await k(['create', 'rolebinding', 'deployer', '--role', 'deployer', '--serviceaccount', `${ns}:default`, '-n', ns]);
    const o = opts(overlay(ns, { version: 'v1' }), { kubeconfig, context: 'sa' });
    // the Namespace object is cluster-scoped: this identity deploys only the namespaced part
    writeFileSync(path.join(o.overlay, 'release.yaml'), readFileSync(path.join(o.overlay, 'release.yaml'), 'utf8').split('---\n').slice(1).join('---\n'));

    await k(['apply', '-f', '-'], role([]));
    const none = await apply(o);
    expect(none.findings.map((f) => f.rule)).toEqual(['deploy/forbidden']);
    expect(none.findings[0]!.message).toMatch(/may not create leases in namespace no-leases.*grant the verbs get, create, update and delete on leases/);

    // taken but not given back: the deploy itself went through, the lock stays until its lease runs out
    await k(['apply', '-f', '-'], role(['get', 'create', 'update']));
    const noDelete = await apply({ ...o, lockLeaseSeconds: 1 });
    expect(noDelete.status).toBe('deployed');
    expect(noDelete.findings.map((f) => f.rule)).toEqual(['deploy/lock-release-failed']);
    expect(noDelete.findings[0]!.message).toMatch(/may not delete leases/);
    await new Promise((res) => setTimeout(res, 1500));

    await k(['apply', '-f', '-'], role(['get', 'create', 'update', 'delete']));
    const ok = await apply({ ...o, run: { id: 'later' } });
    expect(ok.status).toBe('deployed');
    expect(ok.findings.map((f) => f.rule)).toEqual(['deploy/lock-taken-over']);
    expect(await liveVersions(ns)).toEqual(['v1', 'v1', 'v1']);
    expect(await k(['get', 'leases', '-n', ns, '-o', 'name'])).toBe('');
  }, 60_000);

  it('the API server frozen mid-apply: the deploy fails within its request timeout, the plan says the revision never finished, the next apply converges', async () => {
    const ns = 'frozen';
    expect((await apply(opts(overlay(ns, { version: 'v1' }), { run: { id: 'before' } }))).status).toBe('deployed');
    const pid = Number(readFileSync(path.join(s.dir, 'kube-apiserver.pid'), 'utf8'));
    let frozen = false;
    const r = await apply(
      opts(overlay(ns, { version: 'v2' }), {
        run: { id: 'frozen' },
        requestTimeout: '2s',
        lockLeaseSeconds: 3,
        log: (line) => {
          // the log line of the apply call: kubectl's, or the in-process client's
          if (!frozen && /^(kubectl apply --server-side|server-side apply of)/.test(line)) {
            frozen = true;
            process.kill(pid, 'SIGSTOP');
            setTimeout(() => process.kill(pid, 'SIGCONT'), 9000);
          }
        },
      }),
    );
    expect(frozen).toBe(true);
    // the apply times out, or the lock cannot be renewed inside its 3 s lease first and the deploy stops
    expect(['failed', 'interrupted']).toContain(r.status);
    expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
    await new Promise((res) => setTimeout(res, 9500));

    const recs = await assertInvariant(ns);
    expect(recs[0]).toMatchObject({ revision: 2, run: 'frozen' });
    expect(['pending', 'failed', 'interrupted']).toContain(recs[0]!.status);
    if (recs[0]!.status !== 'failed') {
      const p = await plan(opts(overlay(ns, { version: 'v3' })));
      expect(p.findings[0]!.rule).toBe('deploy/unfinished-revision');
      expect(p.findings[0]!.message).toMatch(/revision 2 .*never finished \((pending|interrupted)[^)]*\).*mix of revision 2 and revision 1/);
      expect(p.summaryMarkdown.split('\n')[2]).toMatch(/^> ⚠️ \*\*revision 2/);
    }
    const next = await apply(opts(overlay(ns, { version: 'v3' }), { run: { id: 'after' } }));
    expect(next.status).toBe('deployed');
    const after = await assertInvariant(ns);
    expect(after[0]).toMatchObject({ revision: 3, status: 'deployed' });
    expect(['interrupted', 'failed']).toContain(after[1]!.status);
    expect(await liveVersions(ns)).toEqual(['v3', 'v3', 'v3']);
  }, 90_000);

  describe('cancelled and killed deploys (the CLI on Node 24, as a person or the runner stops it)', () => {
    interface Run {
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
      /** ms from our signal to the process's exit */
      exitAfterMs?: number;
      kubeconfigDir: string;
    }

    /** Starts `deploy apply`; sends `sig` when a stderr line matches `when`. */
    /** The CLI; `client` picks the engine's way to the cluster (kubectl processes, or the in-process API client). */
    function cli(args: string[], sig?: { signal: NodeJS.Signals; when: RegExp }, client: 'kubectl' | 'api' = 'kubectl'): Promise<Run> {
      // A kubeconfig of its own, so the test can look for kubectl processes left behind by this run.
      const kubeconfigDir = mkdtempSync(path.join(os.tmpdir(), 'kc-run-'));
      mkdirSync(kubeconfigDir, { recursive: true });
      const kubeconfig = path.join(kubeconfigDir, 'config');
      copyFileSync(s.kubeconfig, kubeconfig);
      const child = spawn(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), 'deploy', 'apply', '--environment', 'dev', '--release', 'app', '--kubeconfig', kubeconfig, '--context', s.context, '--verbose', ...args], {
        // the overlays live in the temp directory: the repository the CLI runs in
        cwd: os.tmpdir(),
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_KUBECTL: s.kubectl, PORTARIUM_DEPLOY_CLIENT: client },
      });
      let stdout = '';
      let stderr = '';
      let sentAt: number | undefined;
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (sig && sentAt === undefined && stderr.split('\n').some((l) => sig.when.test(l))) {
          sentAt = Date.now();
          child.kill(sig.signal);
        }
      });
      return new Promise((resolve) => {
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, kubeconfigDir, ...(sentAt !== undefined ? { exitAfterMs: Date.now() - sentAt } : {}) }));
      });
    }

    /** kubectl processes still running with this run's kubeconfig. */
    function leftovers(run: Run): string[] {
      const out: string[] = [];
      for (const pid of readdirPids()) {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (cmd.includes(run.kubeconfigDir)) out.push(cmd.replace(/\0/g, ' '));
        } catch {
          // exited meanwhile
        }
      }
      return out;
    }

    async function converges(ns: string, version: string, count = 3) {
      const r = await apply(opts(overlay(ns, { version, count }), { run: { id: `converge-${version}` } }));
      expect(r.status).toBe('deployed');
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const recs = await assertInvariant(ns);
      expect(recs[0]).toMatchObject({ status: 'deployed', run: `converge-${version}` });
      expect(new Set(await liveVersions(ns))).toEqual(new Set([version]));
      expect((await lease(ns)).spec.holderIdentity ?? '').toBe('');
    }

    // recorded: whether revision 2's record must exist ('maybe': a create stopped on its way may or may not have reached the server)
    const points: Array<{ name: string; signal: NodeJS.Signals; when: RegExp; version: Version; extra?: string[]; recorded: boolean | 'maybe'; during: RegExp; client?: 'api' }> = [
      { name: 'during render', signal: 'SIGTERM', when: /^rendering /, version: { version: 'v2' }, recorded: false, during: /while rendering: nothing was applied or recorded/ },
      { name: 'during the record write', signal: 'SIGTERM', when: /^kubectl create -f - --field-manager/, version: { version: 'v2' }, recorded: 'maybe', during: /during/ },
      { name: 'during apply of a 150-object release', signal: 'SIGTERM', when: /^kubectl apply --server-side/, version: { version: 'v2', count: 150 }, recorded: true, during: /during/ },
      { name: 'during apply, by Ctrl-C', signal: 'SIGINT', when: /^kubectl apply --server-side/, version: { version: 'v2', count: 150 }, recorded: true, during: /cancelled by SIGINT during/ },
      { name: 'during the rollout wait', signal: 'SIGTERM', when: /^waiting: waiting for deployment\.apps\/stuck/, version: { version: 'v2', stuckDeployment: true }, extra: ['--timeout', '60s'], recorded: true, during: /cancelled by SIGTERM during the rollout wait/ },
      { name: 'during apply of a 150-object release, in-process client', signal: 'SIGTERM', when: /^server-side apply of \d+ objects/, version: { version: 'v2', count: 150 }, recorded: true, during: /during/, client: 'api' },
      { name: 'during apply, by Ctrl-C, in-process client', signal: 'SIGINT', when: /^server-side apply of \d+ objects/, version: { version: 'v2', count: 150 }, recorded: true, during: /cancelled by SIGINT during/, client: 'api' },
    ];

    for (const [i, p] of points.entries()) {
      it(`${p.signal} ${p.name}: out within 7 s, the revision recorded as interrupted, the lock released, no kubectl left; the next apply converges`, async () => {
        const ns = `cancel-${i}`;
        expect((await apply(opts(overlay(ns, { version: 'v1', count: p.version.count ?? 3 }), { run: { id: 'first' } }))).status).toBe('deployed');
        const run = await cli(['--overlay', overlay(ns, p.version), ...(p.extra ?? [])], { signal: p.signal, when: p.when }, p.client);
        expect(run.exitAfterMs, run.stderr + run.stdout).toBeDefined();
        console.log(`${p.signal} ${p.name}: the CLI exited ${run.exitAfterMs} ms after the signal`);
        expect(run.exitAfterMs!).toBeLessThan(7000);
        expect(run.code).toBe(p.signal === 'SIGINT' ? 130 : 143);
        expect(run.stderr).toContain(`received ${p.signal}`);
        expect(leftovers(run)).toEqual([]);
        const recs = await assertInvariant(ns);
        const recorded = p.recorded === 'maybe' ? recs[0]!.revision === 2 : p.recorded;
        if (recorded) {
          expect(recs[0]).toMatchObject({ revision: 2, status: 'interrupted' });
          expect(recs[0]!.reason).toMatch(p.during);
          expect(recs[1]).toMatchObject({ revision: 1, status: 'deployed' });
        } else {
          expect(recs.map((r) => [r.revision, r.status])).toEqual([[1, 'deployed']]);
          expect(run.stdout).toMatch(p.recorded === 'maybe' ? /nothing was applied or recorded/ : p.during);
        }
        expect((await lease(ns)).spec.holderIdentity ?? '').toBe('');
        if (recorded) {
          const planned = await plan(opts(overlay(ns, { version: 'v3', count: p.version.count ?? 3 })));
          expect(planned.findings[0]!.rule).toBe('deploy/unfinished-revision');
          expect(planned.findings[0]!.message).toMatch(/revision 2 .*never finished \(interrupted: cancelled by SIG(TERM|INT) during .*\).*mix of revision 2 and revision 1/);
        }
        await converges(ns, 'v3', p.version.count ?? 3);
      }, 90_000);
    }

    it('a rollback from an interrupted state goes back to the last deployed revision', async () => {
      const ns = 'cancel-rollback';
      expect((await apply(opts(overlay(ns, { version: 'v1' }), { run: { id: 'r1' } }))).status).toBe('deployed');
      expect((await apply(opts(overlay(ns, { version: 'v2' }), { run: { id: 'r2' } }))).status).toBe('deployed');
      const run = await cli(['--overlay', overlay(ns, { version: 'v3', count: 150 })], { signal: 'SIGTERM', when: /^kubectl apply --server-side/ });
      expect(run.code).toBe(143);
      expect((await records(ns))[0]).toMatchObject({ revision: 3, status: 'interrupted' });
      const r = await rollback({ environment: 'dev', namespace: ns, release: 'app', kubeconfig: s.kubeconfig, context: s.context, kubectl: s.kubectl, wait: false });
      expect(r.status).toBe('rolled-back');
      expect(r.rollback).toMatchObject({ toRevision: 2, revision: 4 });
      const recs = await assertInvariant(ns);
      expect(recs.map((x) => [x.revision, x.status])).toEqual([[4, 'deployed'], [3, 'interrupted'], [2, 'superseded'], [1, 'superseded']]);
      expect(new Set(await liveVersions(ns))).toEqual(new Set(['v2']));
    }, 90_000);

    for (const client of ['kubectl', 'api'] as const) {
    it(`SIGKILL mid-apply (${client}) leaves a pending record and a held lock; the plan says so; the next apply takes the lock over, marks the record interrupted and converges`, async () => {
      const ns = `killed-${client}`;
      expect((await apply(opts(overlay(ns, { version: 'v1', count: 150 }), { run: { id: 'first' } }))).status).toBe('deployed');
      const run = await cli(['--overlay', overlay(ns, { version: 'v2', count: 150 }), '--lock-lease', '3s'], { signal: 'SIGKILL', when: client === 'api' ? /^server-side apply of \d+ objects/ : /^kubectl apply --server-side/ }, client);
      expect(run.signal).toBe('SIGKILL');
      // kubectl may finish the request it had started; give it a moment, then look.
      await new Promise((res) => setTimeout(res, 1500));
      const recs = await assertInvariant(ns);
      expect(recs[0]).toMatchObject({ revision: 2, status: 'pending' });
      expect((await lease(ns)).spec.holderIdentity).toMatch(/_\d+_[0-9a-f]{8}$/);

      const planned = await plan(opts(overlay(ns, { version: 'v3', count: 150 })));
      expect(planned.findings[0]!.message).toMatch(/revision 2 .*never finished \(pending\)/);
      expect(planned.findings.map((f) => f.rule)).toContain('deploy/lock-held');

      const next = await apply(opts(overlay(ns, { version: 'v3', count: 150 }), { run: { id: 'converge-v3' } }));
      expect(next.status).toBe('deployed');
      expect(next.findings.map((f) => f.rule)).toEqual(['deploy/lock-taken-over']);
      const after = await assertInvariant(ns);
      expect(after.map((x) => [x.revision, x.status])).toEqual([[3, 'deployed'], [2, 'interrupted'], [1, 'superseded']]);
      expect(after[1]!.reason).toMatch(/never finished \(found pending by/);
      expect(new Set(await liveVersions(ns))).toEqual(new Set(['v3']));
    }, 90_000);
    }
  });
});

function readdirPids(): string[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d));
}
