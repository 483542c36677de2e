// The plan identity of docs/deploy.md ("RBAC for the plan identity") against a real kube-apiserver:
// the Role it documents is enough for `plan`, RBAC alone would let that identity write for real (a
// dry run is authorized like the real request), and the documented ValidatingAdmissionPolicy makes
// it dry-run only. The identity is the admin's certificate impersonating the service account name,
// as kubeconfig's `as:` does.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { plan } from '../../../src/deploy/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../../helpers/apiserver.js';

const NS = 'plan-identity';
const USER = `system:serviceaccount:${NS}:deploy-plan`;
const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'deploy', 'app');

/** The Role and the admission policy exactly as docs/deploy.md gives them (the policy's YAML block). */
function documented(): { role: string; policy: string } {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## RBAC for the plan identity'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!.replace(/^ {3}/gm, '');
  const policy = block.replace(`system:serviceaccount:portarium:deploy-plan`, USER);
  const role = stringify({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'deploy-plan', namespace: NS },
    rules: [
      { apiGroups: [''], resources: ['configmaps', 'services'], verbs: ['get', 'list', 'patch', 'create'] },
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'patch', 'create'] },
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get'] },
    ],
  });
  const binding = stringify({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'deploy-plan', namespace: NS },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deploy-plan' },
    subjects: [{ kind: 'ServiceAccount', name: 'deploy-plan', namespace: NS }],
  });
  return { role: `${role}---\n${binding}`, policy };
}

describe('the documented plan identity (no cluster needed)', () => {
  it('docs/deploy.md gives a ValidatingAdmissionPolicy and its binding that deny every non-dry-run write of the identity', () => {
    const docs = documented().policy.split(/^---$/m).map((d) => parse(d) as { kind: string; spec: Record<string, unknown> });
    expect(docs.map((d) => d.kind)).toEqual(['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);
    expect(JSON.stringify(docs[0]!.spec)).toContain(`request.userInfo.username == '${USER}'`);
    expect(docs[0]!.spec['validations']).toEqual([{ expression: 'request.dryRun == true', message: 'the plan identity may only dry-run' }]);
    expect(docs[1]!.spec).toEqual({ policyName: 'portarium-plan-dry-run-only', validationActions: ['Deny'] });
  });
});

const available = apiServerAvailable();

describe.skipIf(!available)('the documented plan identity (real kube-apiserver)', () => {
  let s: TestApiServer;
  let k: ReturnType<typeof kubectlAs>;
  let planKubeconfig: string;
  let overlay: string;
  const { role, policy } = documented();

  beforeAll(async () => {
    s = await startApiServer();
    k = kubectlAs(s);
    await k(['create', 'namespace', NS]);
    await k(['apply', '-f', '-'], role);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-identity-'));
    const cfg = parse(readFileSync(s.kubeconfig, 'utf8')) as { contexts: Array<{ name: string; context: { user: string } }>; users: Array<{ name: string; user: Record<string, unknown> }> };
    const userName = cfg.contexts.find((c) => c.name === s.context)!.context.user;
    cfg.users.find((u) => u.name === userName)!.user['as'] = USER;
    planKubeconfig = path.join(dir, 'config');
    writeFileSync(planKubeconfig, stringify(cfg));
    overlay = path.join(dir, 'overlay');
    cpSync(FIXTURE, path.join(overlay, 'app'), { recursive: true });
    writeFileSync(path.join(overlay, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${NS}\nresources:\n  - app\n`);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  const asPlan = (args: string[]) => kubectlAs({ ...s, kubeconfig: planKubeconfig })(args).then(
    (out) => ({ ok: true, out }),
    (e: Error) => ({ ok: false, out: e.message }),
  );
  const live = async () => (await k(['get', 'configmaps,services,deployments', '-n', NS, '-o', 'name'])).split('\n').filter((l) => l && !l.endsWith('kube-root-ca.crt'));

  it('with RBAC alone the identity can write for real: a dry run needs the same verbs', async () => {
    expect(await asPlan(['create', 'configmap', 'written-for-real', '-n', NS])).toMatchObject({ ok: true });
    await k(['delete', 'configmap', 'written-for-real', '-n', NS]);
  });

  it('with the admission policy it plans (dry run and diff) and cannot write anything', async () => {
    await k(['apply', '-f', '-'], policy);
    // The policy takes effect once the API server has loaded it.
    let denied = { ok: true, out: '' };
    const probes: string[] = [];
    for (let i = 0; i < 50 && denied.ok; i++) {
      denied = await asPlan(['create', 'configmap', `probe-${i}`, '-n', NS]);
      if (denied.ok) {
        probes.push(`probe-${i}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    expect(denied.ok).toBe(false);
    expect(denied.out).toContain('the plan identity may only dry-run');
    if (probes.length) await k(['delete', 'configmap', ...probes, '-n', NS]);

    expect(await asPlan(['create', 'configmap', 'dry', '-n', NS, '--dry-run=server'])).toMatchObject({ ok: true });
    const p = await plan({ environment: 'dev', overlay, root: path.dirname(overlay), release: 'web', kubeconfig: planKubeconfig, context: s.context, kubectl: s.kubectl, outDir: path.dirname(overlay) });
    expect(p.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(p.status).toBe('planned');
    expect(p.changes.created).toEqual([`${NS}/configmap/web-settings`, `${NS}/service/web`, `${NS}/deployment.apps/web`]);

    expect((await asPlan(['apply', '--server-side', '-f', path.join(overlay, 'app', 'configmap.yaml'), '-n', NS])).ok).toBe(false);
    expect((await asPlan(['delete', 'secret', 'anything', '-n', NS])).ok).toBe(false);
    expect(await live()).toEqual([]);
  }, 120_000);
});
