// The deploy engine against a real kube-apiserver (scripts/k8s-test-server.sh). The test plays the
// missing controllers/kubelet (workload-controller.ts) through the API; everything the engine sees
// is a real API response.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, applysetId, plan, rollback, DeployRefused, type ApplyOptions, type PlanFile } from '../../../src/deploy/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../../helpers/apiserver.js';
import { WorkloadController } from './workload-controller.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'deploy', 'app');
const BUILD_MANIFEST = path.join(REPO_ROOT, 'test', 'fixtures', 'deploy', 'build-manifest.json');
const PROD_OVERLAY = path.join(REPO_ROOT, 'examples', 'portarium', 'infra', 'kubernetes', 'overlays', 'prod');
const REPO = '127.0.0.1:5000/portarium/web';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const A = digest('a');
const B = digest('b');
const C = digest('c');

interface OverlayOptions {
  /** ConfigMap data override. */
  greeting?: string;
  dropConfigMap?: boolean;
  extraConfigMap?: boolean;
  replicas?: number;
  /** Leave the Namespace object out (it exists already). */
  noNamespaceObject?: boolean;
}

/** An overlay in a temp dir: a Namespace, the fixture app (optionally changed), in `ns`. */
function overlay(ns: string, o: OverlayOptions = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `overlay-${ns}-`));
  // A copy of the app inside the overlay's root: the render refuses paths outside the repository.
  cpSync(FIXTURE, path.join(dir, 'app'), { recursive: true });
  const resources = [...(o.noNamespaceObject ? [] : ['namespace.yaml']), 'app'];
  writeFileSync(path.join(dir, 'namespace.yaml'), `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`);
  const patches: string[] = [];
  if (o.greeting) {
    writeFileSync(path.join(dir, 'greeting.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\ndata:\n  GREETING: ${o.greeting}\n`);
    patches.push('greeting.yaml');
  }
  if (o.dropConfigMap) {
    writeFileSync(path.join(dir, 'drop.yaml'), '$patch: delete\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\n');
    patches.push('drop.yaml');
  }
  if (o.replicas !== undefined) {
    writeFileSync(path.join(dir, 'replicas.yaml'), `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${o.replicas}\n`);
    patches.push('replicas.yaml');
  }
  if (o.extraConfigMap) {
    writeFileSync(path.join(dir, 'extra.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  ADDED: "by the broken release"\n');
    resources.push('extra.yaml');
  }
  const k = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', `namespace: ${ns}`, 'resources:', ...resources.map((r) => `  - ${r}`)];
  if (patches.length) k.push('patches:', ...patches.map((p) => `  - path: ${p}`));
  writeFileSync(path.join(dir, 'kustomization.yaml'), k.join('\n') + '\n');
  return dir;
}

const available = apiServerAvailable();

describe.skipIf(!available)('deploy against a real Kubernetes API server', () => {
  let s: TestApiServer;
  let k: ReturnType<typeof kubectlAs>;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'deploy-out-'));

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
    root: dir,
    release: 'web',
    kubeconfig: s.kubeconfig,
    context: s.context,
    kubectl: s.kubectl,
    outDir,
    pollIntervalMs: 150,
    timeoutMs: 20_000,
    commit: '0123456789abcdef0123456789abcdef01234567',
    run: { id: '42', url: 'https://github.com/octo/app/actions/runs/42' },
    ...extra,
  });
  const getJson = async <T>(args: string[]): Promise<T> => JSON.parse(await k([...args, '-o', 'json'])) as T;
  const records = async (ns: string) =>
    (await getJson<{ items: Array<{ metadata: { name: string; labels: Record<string, string>; annotations?: Record<string, string> }; data: Record<string, string> }> }>(['get', 'secrets', '-n', ns, '-l', 'portarium-infra.dev/release=web'])).items
      .map((i) => ({
        name: i.metadata.name,
        status: i.metadata.labels['portarium-infra.dev/status'],
        reason: i.metadata.annotations?.['portarium-infra.dev/status-reason'],
        meta: JSON.parse(Buffer.from(i.data['release.json']!, 'base64').toString('utf8')) as { revision: number; manifestSha256: string; rollbackOf?: number; commit?: string; images: Array<{ digest?: string }> },
        manifests: gunzipSync(Buffer.from(i.data['manifests.yaml.gz']!, 'base64')).toString('utf8'),
      }))
      .sort((a, b) => a.meta.revision - b.meta.revision);
  const liveImage = async (ns: string) => (await getJson<{ spec: { template: { spec: { containers: Array<{ image: string }> } } } }>(['get', 'deployment', 'web', '-n', ns])).spec.template.spec.containers[0]!.image;

  it('plans a namespace that does not exist yet, and an empty one, changing nothing', async () => {
    const fresh = await plan(opts(overlay('plan-new'), { images: [`${REPO}@${A}`] }));
    expect(fresh.status).toBe('planned');
    expect(fresh.changes.created).toEqual(['namespace/plan-new', 'plan-new/configmap/web-settings', 'plan-new/service/web', 'plan-new/deployment.apps/web']);
    expect(fresh.findings.map((f) => f.rule)).toEqual(['deploy/new-namespace']);
    const planDoc = JSON.parse(readFileSync(fresh.planFile!, 'utf8')) as PlanFile;
    expect(planDoc).toMatchObject({ environment: 'dev', namespace: 'plan-new', release: 'web', nextRevision: 1, namespaceExists: false, server: s.server });
    expect(planDoc.images).toEqual([{ object: 'plan-new/deployment.apps/web', container: 'web', image: `${REPO}@${A}`, digest: A, original: `${REPO}:1.0.0` }]);
    expect(readFileSync(fresh.diffFile!, 'utf8')).toContain(`+        image: ${REPO}@${A}`);

    await k(['create', 'namespace', 'plan-empty']);
    const empty = await plan(opts(overlay('plan-empty')));
    expect(empty.status).toBe('planned');
    expect(empty.changes.created).toEqual(['plan-empty/configmap/web-settings', 'plan-empty/service/web', 'plan-empty/deployment.apps/web']);
    // the namespace exists (kubectl created it); the overlay adds its release annotation
    expect(empty.changes.changed).toEqual(['namespace/plan-empty']);
    const diff = readFileSync(empty.diffFile!, 'utf8');
    // server-side defaults prove the API server computed the result
    expect(diff).toContain('+  progressDeadlineSeconds: 600');
    expect(diff).toContain('--- live/plan-empty/deployment.apps/web');
    expect(empty.summaryMarkdown).toContain('3 to create, 1 to change, 0 to prune');
    // a plan changes nothing
    expect(await k(['get', 'all', '-n', 'plan-empty', '-o', 'name'])).toBe('');
    expect(await k(['get', 'namespace', 'plan-new', '-o', 'name', '--ignore-not-found'])).toBe('');
  });

  it('applies, records revision 1, then re-applies with no change and no new revision', async () => {
    const ns = 'apply-twice';
    const ctl = new WorkloadController(k, ns).start();
    try {
      const dir = overlay(ns);
      const first = await apply(opts(dir, { images: [`${REPO}@${A}`] }));
      expect(first.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
      expect(first.status).toBe('deployed');
      expect(first.revision).toBe(1);
      expect(first.changes.created).toHaveLength(4);
      const live = await getJson<{ metadata: { annotations: Record<string, string>; managedFields: Array<{ manager: string; operation: string }> } }>(['get', 'deployment', 'web', '-n', ns, '--show-managed-fields']);
      expect(live.metadata.annotations['portarium-infra.dev/commit']).toBe('0123456789abcdef0123456789abcdef01234567');
      expect(live.metadata.annotations['portarium-infra.dev/run']).toBe('https://github.com/octo/app/actions/runs/42');
      expect(live.metadata.managedFields.some((m) => m.manager === 'portarium-infra' && m.operation === 'Apply')).toBe(true);
      const recs = await records(ns);
      expect(recs.map((r) => [r.name, r.status])).toEqual([['portarium-release.web.v1', 'deployed']]);
      expect(recs[0]!.manifests).toContain(`image: ${REPO}@${A}`);
      expect(recs[0]!.meta).toMatchObject({ revision: 1, commit: '0123456789abcdef0123456789abcdef01234567', manifestSha256: first.manifestSha256 });

      const populated = await plan(opts(dir, { images: [`${REPO}@${A}`] }));
      expect(populated.changes).toMatchObject({ created: [], changed: [], pruned: [] });
      expect(populated.changes.unchanged).toHaveLength(4);
      expect(populated.revision).toBe(2);
      expect(populated.stats['provenanceOnly']).toBe(0);

      // A later run (new run URL, new commit) with the same manifests: only the provenance
      // annotations differ, which is nothing for a reviewer to approve.
      const later = await plan(opts(dir, { images: [`${REPO}@${A}`], commit: 'feedfacefeedfacefeedfacefeedfacefeedface', run: { id: '43', url: 'https://github.com/octo/app/actions/runs/43' } }));
      expect(later.changes).toMatchObject({ created: [], changed: [], pruned: [] });
      expect(later.changes.unchanged).toHaveLength(4);
      expect(later.stats['provenanceOnly']).toBe(4);
      expect(readFileSync(later.diffFile!, 'utf8')).toBe('');

      const again = await apply(opts(dir, { images: [`${REPO}@${A}`] }));
      expect(again.status).toBe('unchanged');
      expect(again.revision).toBe(1);
      expect(again.changes.unchanged).toHaveLength(4);
      expect((await records(ns)).map((r) => r.name)).toEqual(['portarium-release.web.v1']);
    } finally {
      await ctl.stop();
    }
  });

  it('an image bump: the plan shows the image change, the apply records revision 2 and the pods run the new digest', async () => {
    const ns = 'image-bump';
    const ctl = new WorkloadController(k, ns).start();
    try {
      const dir = overlay(ns);
      expect((await apply(opts(dir, { images: [`${REPO}@${A}`] }))).revision).toBe(1);
      const p = await plan(opts(dir, { images: [`${REPO}@${B}`] }));
      expect(p.changes.changed).toEqual([`${ns}/deployment.apps/web`]);
      const diff = readFileSync(p.diffFile!, 'utf8');
      expect(diff).toContain(`-        image: ${REPO}@${A}`);
      expect(diff).toContain(`+        image: ${REPO}@${B}`);

      const bumped = await apply(opts(dir, { images: [`${REPO}@${B}`], planFile: p.planFile! }));
      expect(bumped.status).toBe('deployed');
      expect(bumped.revision).toBe(2);
      expect(bumped.changes.changed).toEqual([`${ns}/deployment.apps/web`]);
      expect(bumped.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
      expect(await liveImage(ns)).toBe(`${REPO}@${B}`);
      expect((await records(ns)).map((r) => [r.meta.revision, r.status])).toEqual([[1, 'superseded'], [2, 'deployed']]);
      const pods = await getJson<{ items: Array<{ status: { containerStatuses: Array<{ imageID: string }> } }> }>(['get', 'pods', '-n', ns, '-l', 'app=web']);
      expect(pods.items.map((i) => i.status.containerStatuses[0]!.imageID)).toEqual([`${REPO}@${B}`, `${REPO}@${B}`]);

      // the approved plan no longer matches other manifests
      const refused = await apply(opts(dir, { images: [`${REPO}@${C}`], planFile: p.planFile! }));
      expect(refused.status).toBe('failed');
      expect(refused.findings.map((f) => f.rule)).toEqual(['deploy/plan-mismatch']);
      expect(await liveImage(ns)).toBe(`${REPO}@${B}`);
    } finally {
      await ctl.stop();
    }
  });

  it('prunes a resource removed from the overlay (ApplySet)', async () => {
    const ns = 'prune';
    const ctl = new WorkloadController(k, ns).start();
    try {
      expect((await apply(opts(overlay(ns), { prune: true }))).status).toBe('deployed');
      const parent = await getJson<{ metadata: { labels: Record<string, string>; annotations: Record<string, string> } }>(['get', 'secret', 'portarium-applyset.web', '-n', ns]);
      expect(parent.metadata.annotations['applyset.kubernetes.io/contains-group-kinds']).toBe('ConfigMap,Deployment.apps,Service');
      const cm = await getJson<{ metadata: { labels: Record<string, string> } }>(['get', 'configmap', 'web-settings', '-n', ns]);
      expect(cm.metadata.labels['applyset.kubernetes.io/part-of']).toBe(parent.metadata.labels['applyset.kubernetes.io/id']);
      // our id function agrees with kubectl's (it names the parent in plans and docs)
      expect(parent.metadata.labels['applyset.kubernetes.io/id']).toBe(applysetId('portarium-applyset.web', ns));

      // members carry the ApplySet label kubectl added; a plan must not see that as a change
      const same = await plan(opts(overlay(ns), { prune: true }));
      expect(same.changes).toMatchObject({ created: [], changed: [], pruned: [] });

      const smaller = overlay(ns, { dropConfigMap: true });
      const p = await plan(opts(smaller, { prune: true }));
      expect(p.changes.pruned).toEqual([`${ns}/configmap/web-settings`]);
      expect(await k(['get', 'configmap', 'web-settings', '-n', ns, '-o', 'name'])).toBe('configmap/web-settings\n');

      const r = await apply(opts(smaller, { prune: true }));
      expect(r.status).toBe('deployed');
      expect(r.changes.pruned).toEqual([`${ns}/configmap/web-settings`]);
      expect(await k(['get', 'configmap', 'web-settings', '-n', ns, '-o', 'name', '--ignore-not-found'])).toBe('');
      // the namespace is never an ApplySet member, so it can never be pruned
      expect(await k(['get', 'namespace', ns, '-o', 'name'])).toBe(`namespace/${ns}\n`);
    } finally {
      await ctl.stop();
    }
  });

  it('a rollout that never becomes ready times out and the previous release comes back whole', async () => {
    const ns = 'rollback';
    // pods of digest B never become ready
    const ctl = new WorkloadController(k, ns, { healthy: (image) => !image.endsWith(B) }).start();
    try {
      const good = await apply(opts(overlay(ns), { images: [`${REPO}@${A}`], prune: true, rollbackOnFailure: true }));
      expect(good.status).toBe('deployed');
      const goodRecord = (await records(ns))[0]!;

      const broken = overlay(ns, { greeting: 'changed-by-broken', extraConfigMap: true, replicas: 3 });
      const r = await apply(opts(broken, { images: [`${REPO}@${B}`], prune: true, rollbackOnFailure: true, timeoutMs: 2500, commit: 'feedfacefeedfacefeedfacefeedfacefeedface' }));
      expect(r.status).toBe('rolled-back');
      expect(r.failedRevision).toBe(2);
      expect(r.revision).toBe(3);
      expect(r.rollback).toMatchObject({ toRevision: 1, revision: 3, status: 'rolled-back' });
      expect(r.findings.map((f) => f.rule)).toEqual(['deploy/rollout-timeout', 'deploy/rolled-back']);
      expect(r.findings[0]!.message).toMatch(/deployment\.apps\/web: 0 of 3 updated replicas are available/);
      expect(r.summaryMarkdown).toContain('rolled back to the previous release');

      // live objects are release 1 again: image, replicas, config data, and the broken release's extra object is gone
      expect(await liveImage(ns)).toBe(`${REPO}@${A}`);
      const dep = await getJson<{ spec: { replicas: number }; metadata: { annotations: Record<string, string> } }>(['get', 'deployment', 'web', '-n', ns]);
      expect(dep.spec.replicas).toBe(2);
      expect(dep.metadata.annotations['portarium-infra.dev/commit']).toBe('0123456789abcdef0123456789abcdef01234567');
      const cm = await getJson<{ data: Record<string, string> }>(['get', 'configmap', 'web-settings', '-n', ns]);
      expect(cm.data).toEqual({ LOG_LEVEL: 'info', GREETING: 'hello' });
      expect(await k(['get', 'configmap', 'extra', '-n', ns, '-o', 'name', '--ignore-not-found'])).toBe('');
      const pods = await getJson<{ items: Array<{ status: { containerStatuses: Array<{ imageID: string }> } }> }>(['get', 'pods', '-n', ns, '-l', 'app=web']);
      expect(pods.items.map((i) => i.status.containerStatuses[0]!.imageID)).toEqual([`${REPO}@${A}`, `${REPO}@${A}`]);

      // history: nothing lost — revision 1's record is byte-for-byte what it was, 2 failed, 3 restores 1
      const recs = await records(ns);
      expect(recs.map((x) => [x.meta.revision, x.status])).toEqual([[1, 'superseded'], [2, 'failed'], [3, 'deployed']]);
      expect(recs[0]!.manifests).toBe(goodRecord.manifests);
      expect(recs[0]!.meta).toEqual(goodRecord.meta);
      expect(recs[1]!.reason).toMatch(/did not finish within 2.5s/);
      expect(recs[1]!.manifests).toContain(`image: ${REPO}@${B}`);
      expect(recs[1]!.meta.commit).toBe('feedfacefeedfacefeedfacefeedfacefeedface');
      expect(recs[2]!.meta).toMatchObject({ rollbackOf: 1, manifestSha256: goodRecord.meta.manifestSha256, commit: '0123456789abcdef0123456789abcdef01234567' });
      expect(recs[2]!.manifests).toBe(goodRecord.manifests);

      // a manual rollback goes back one more step: to the revision before the live one
      const manual = await rollback({ environment: 'dev', namespace: ns, release: 'web', kubeconfig: s.kubeconfig, context: s.context, kubectl: s.kubectl, pollIntervalMs: 150, timeoutMs: 5000, prune: true });
      expect(manual.status).toBe('rolled-back');
      expect(manual.rollback).toMatchObject({ toRevision: 1, revision: 4 });
    } finally {
      await ctl.stop();
    }
  });

  it('deploys the example prod overlay by digest from a build manifest, and verifies the running pods', async () => {
    const ns = 'portarium-prod';
    const manifest = JSON.parse(readFileSync(BUILD_MANIFEST, 'utf8')) as { images: Record<string, { digest: string }> };
    const ctl = new WorkloadController(k, ns).start();
    try {
      const o = opts(PROD_OVERLAY, { environment: 'prod', ref: 'refs/tags/v0.1.0', buildManifest: BUILD_MANIFEST, requireDigests: true, prune: true, root: REPO_ROOT });
      delete o.release; // no release given: it is derived from the overlay
      const p = await plan(o);
      expect(p.status).toBe('planned');
      expect(p.release).toBe('prod');
      expect(p.changes.created).toHaveLength(17);
      expect(p.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(['deploy/new-namespace examples/portarium/infra/kubernetes/overlays/prod/kustomization.yaml']);
      const r = await apply({ ...o, planFile: p.planFile! });
      expect(r.findings).toEqual([]);
      expect(r.status).toBe('deployed');
      expect(r.images.map((i) => `${i.container} ${i.digest}`).sort()).toEqual([
        `agent ${manifest.images['execution-plane']!.digest}`,
        `control-plane ${manifest.images['control-plane']!.digest}`,
        `execution-plane ${manifest.images['execution-plane']!.digest}`,
      ]);
      // the pods the (simulated) kubelet runs report exactly those digests: 3 + 3 + 4 replicas
      const pods = await getJson<{ items: Array<{ status: { containerStatuses: Array<{ imageID: string }> } }> }>(['get', 'pods', '-n', ns]);
      expect(pods.items).toHaveLength(10);
      const again = await plan(o);
      expect(again.changes.unchanged).toHaveLength(17);
    } finally {
      await ctl.stop();
    }
  });

  it('a pod running another digest than the approved one fails the deploy', async () => {
    const ns = 'digest-mismatch';
    // the "kubelet" resolves every image to digest C, as if a tag had been pushed over
    const ctl = new WorkloadController(k, ns, { imageDigest: () => C }).start();
    try {
      const r = await apply(opts(overlay(ns), { images: [`${REPO}@${A}`], rollbackOnFailure: true }));
      expect(r.status).toBe('failed');
      expect(r.findings.map((f) => f.rule)).toEqual(['deploy/digest-mismatch', 'deploy/no-previous-release']);
      expect(r.findings[0]!.message).toMatch(new RegExp(`container "web" runs ${C}, not the approved ${A}`));
      expect((await records(ns)).map((x) => [x.meta.revision, x.status])).toEqual([[1, 'failed']]);
    } finally {
      await ctl.stop();
    }
  });

  it('reports a field-manager conflict with the other manager and field, and takes it over only when told', async () => {
    const ns = 'conflict';
    const ctl = new WorkloadController(k, ns).start();
    try {
      const dir = overlay(ns);
      expect((await apply(opts(dir))).status).toBe('deployed');
      await k(['apply', '--server-side', '--field-manager', 'ops-hotfix', '--force-conflicts', '-f', '-'], JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: ns }, spec: { replicas: 5 } }));
      const r = await apply(opts(dir));
      expect(r.status).toBe('failed');
      expect(r.findings.map((f) => f.rule)).toEqual(['deploy/field-conflict']);
      expect(r.findings[0]!.message).toMatch(/conflict with "ops-hotfix".*\.spec\.replicas/);
      expect(r.findings[0]!.message).not.toMatch(/Please review the fields above/);
      expect((await getJson<{ spec: { replicas: number } }>(['get', 'deployment', 'web', '-n', ns])).spec.replicas).toBe(5);

      const forced = await apply(opts(dir, { forceConflicts: true }));
      expect(forced.status).toBe('deployed');
      expect((await getJson<{ spec: { replicas: number } }>(['get', 'deployment', 'web', '-n', ns])).spec.replicas).toBe(2);
    } finally {
      await ctl.stop();
    }
  });

  it('a namespace-scoped deploy identity (a Role, no cluster access) can plan and apply; a missing permission is reported', async () => {
    const ns = 'rbac-only';
    await k(['create', 'namespace', ns]);
    // a client certificate for user "deployer", signed by the test CA, in no group with cluster rights
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deployer-'));
    const pki = path.join(s.dir, 'pki');
    execFileSync('openssl', ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'csr.pem'), '-subj', '/CN=deployer'], { stdio: 'ignore' });
    execFileSync('openssl', ['x509', '-req', '-in', path.join(dir, 'csr.pem'), '-CA', path.join(pki, 'ca.crt'), '-CAkey', path.join(pki, 'ca.key'), '-CAcreateserial', '-CAserial', path.join(dir, 'ca.srl'), '-days', '1', '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    const b64 = (f: string) => readFileSync(f).toString('base64');
    const kubeconfig = path.join(dir, 'config');
    writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "${s.server}", certificate-authority-data: ${b64(path.join(pki, 'ca.crt'))}}\nusers:\n- name: deployer\n  user: {client-certificate-data: ${b64(path.join(dir, 'cert.pem'))}, client-key-data: ${b64(path.join(dir, 'key.pem'))}}\ncontexts:\n- name: deployer\n  context: {cluster: c, user: deployer}\ncurrent-context: deployer\n`);
    const role = (resources: string[], leases = false) => JSON.stringify({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'deployer', namespace: ns },
      rules: [
        ...(leases ? [{ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update', 'delete'] }] : []),
        { apiGroups: [''], resources, verbs: ['get', 'list', 'create', 'patch', 'update', 'delete'] },
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'create', 'patch', 'update', 'delete'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
      ],
    });
    await k(['apply', '-f', '-'], role(['secrets', 'configmaps']));
    await k(['create', 'rolebinding', 'deployer', '--role', 'deployer', '--user', 'deployer', '-n', ns]);
    const o = opts(overlay(ns, { noNamespaceObject: true }), { kubeconfig, context: 'deployer', images: [`${REPO}@${A}`] });

    // no rights on Leases: the release lock says which verb it lacks, before anything is applied
    const noLock = await apply(o);
    expect(noLock.status).toBe('failed');
    expect(noLock.findings.map((f) => f.rule)).toEqual(['deploy/forbidden']);
    expect(noLock.findings[0]!.message).toMatch(/may not create leases in namespace rbac-only/);
    await k(['apply', '-f', '-'], role(['secrets', 'configmaps'], true));

    const denied = await apply(o);
    expect(denied.status).toBe('failed');
    expect(denied.findings.map((f) => f.rule)).toEqual(['deploy/forbidden']);
    expect(denied.findings[0]!.message).toMatch(/User "deployer" cannot list resource "services"/);
    expect(await k(['get', 'configmaps,deployments', '-n', ns, '-o', 'name'])).toBe('configmap/kube-root-ca.crt\n');

    await k(['apply', '-f', '-'], role(['secrets', 'configmaps', 'services'], true));
    const ctl = new WorkloadController(k, ns).start();
    try {
      const p = await plan(o);
      expect(p.status).toBe('planned');
      expect(p.changes.created).toHaveLength(3);
      const r = await apply(o);
      expect(r.findings).toEqual([]);
      expect(r.status).toBe('deployed');
    } finally {
      await ctl.stop();
    }
  });

  it('keeps release records in ConfigMaps when asked, and rolls back from them', async () => {
    const ns = 'configmap-store';
    const dir = overlay(ns);
    const o = opts(dir, { store: 'configmap', wait: false });
    expect((await apply({ ...o, images: [`${REPO}@${A}`] })).revision).toBe(1);
    expect((await apply({ ...o, images: [`${REPO}@${B}`] })).revision).toBe(2);
    const cms = await getJson<{ items: Array<{ metadata: { name: string; labels: Record<string, string> }; binaryData: Record<string, string>; data: Record<string, string> }> }>(['get', 'configmaps', '-n', ns, '-l', 'portarium-infra.dev/release=web']);
    expect(cms.items.map((i) => [i.metadata.name, i.metadata.labels['portarium-infra.dev/status']]).sort()).toEqual([['portarium-release.web.v1', 'superseded'], ['portarium-release.web.v2', 'deployed']]);
    const v1 = cms.items.find((i) => i.metadata.name.endsWith('.v1'))!;
    expect(gunzipSync(Buffer.from(v1.binaryData['manifests.yaml.gz']!, 'base64')).toString('utf8')).toContain(`image: ${REPO}@${A}`);
    expect(JSON.parse(v1.data['release.json']!)).toMatchObject({ revision: 1, namespace: ns });

    const r = await rollback({ environment: 'dev', namespace: ns, release: 'web', kubeconfig: s.kubeconfig, context: s.context, kubectl: s.kubectl, store: 'configmap', wait: false });
    expect(r.status).toBe('rolled-back');
    expect(r.rollback).toMatchObject({ toRevision: 1, revision: 3 });
    expect(await liveImage(ns)).toBe(`${REPO}@${A}`);
    expect(await k(['get', 'secrets', '-n', ns, '-l', 'portarium-infra.dev/release=web', '-o', 'name'])).toBe('');
  });

  it('an unreachable server fails cleanly, naming the address and no credentials', async () => {
    const kc = readFileSync(s.kubeconfig, 'utf8').replace(s.server, 'https://127.0.0.1:1');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-'));
    writeFileSync(path.join(dir, 'config'), kc);
    const started = Date.now();
    const r = await apply(opts(overlay('unreachable'), { kubeconfig: path.join(dir, 'config') }));
    expect(r.status).toBe('failed');
    expect(r.findings.map((f) => f.rule)).toEqual(['deploy/cluster-unreachable']);
    expect(r.findings[0]!.message).toContain('https://127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(15_000);
    const keyData = /client-key-data: (\S+)/.exec(kc)![1]!;
    expect(JSON.stringify(r)).not.toContain(keyData.slice(0, 20));
    expect(r.revision).toBeUndefined();
  });

  it('expired credentials are rejected by the server before anything changes', async () => {
    const r = await apply(opts(overlay('expired'), { kubeconfig: s.expiredKubeconfig, context: s.expiredContext }));
    expect(r.status).toBe('failed');
    expect(r.findings.map((f) => f.rule)).toEqual(['deploy/unauthorized']);
    expect(r.findings[0]!.message).toMatch(/rejected the credentials.*Unauthorized/);
    expect(await k(['get', 'namespace', 'expired', '-o', 'name', '--ignore-not-found'])).toBe('');
  });

  it('refuses an unknown environment and a disallowed ref for prod before any API call', async () => {
    // a kubectl that records every call it gets
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kubectl-spy-'));
    const log = path.join(dir, 'calls');
    const spy = path.join(dir, 'kubectl');
    writeFileSync(spy, `#!/bin/sh\necho "$@" >> '${log}'\nexec '${s.kubectl}' "$@"\n`);
    chmodSync(spy, 0o755);
    mkdirSync(path.join(dir, 'unused'));
    const o = opts(overlay('refused'), { kubectl: spy, client: 'kubectl' });
    await expect(apply({ ...o, environment: 'production' })).rejects.toThrow(DeployRefused);
    await expect(plan({ ...o, environment: 'qa' })).rejects.toThrow(/environment "qa" is not allowed/);
    await expect(apply({ ...o, environment: 'prod', ref: 'refs/heads/feature/x' })).rejects.toThrow(/only tags v\*/);
    await expect(apply({ ...o, environment: 'prod' })).rejects.toThrow(DeployRefused);
    expect(() => readFileSync(log, 'utf8')).toThrow();
    // the same kubectl is used once the policy allows the deploy
    const ok = await plan({ ...o, environment: 'prod', ref: 'refs/tags/v1.0.0' });
    expect(ok.status).toBe('planned');
    expect(readFileSync(log, 'utf8')).toContain('get --raw /version');
  });
});
