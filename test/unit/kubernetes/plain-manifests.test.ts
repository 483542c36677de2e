import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { main } from '../../../src/cli/main.js';
import { findTool } from '../../helpers/tools.js';
import { tempDir } from './temp.js';

// Plain manifests (issue 15, item 3): folders of objects with no kustomization, validated by the
// same engines and rules as the overlays, each finding at its file and line.
function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-plain');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const DIGEST = 'sha256:' + '0'.repeat(64);
const web = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
spec:
  replicas: "2"
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx@${DIGEST}
          imagez: x
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  namespace: apps
data:
  a: b
`;
const unrelated = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\n',
  'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
  'values/values.yaml': 'replicas: 2\nkind: of a value\napiVersion: not really\nimage: {tag: x}\n',
};
const lines = (r: { findings: Array<{ rule: string; file: string; line: number }> }) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

describe('plain manifests', () => {
  it('where the repository has no kustomization, every folder of Kubernetes objects is validated at the source line', async () => {
    const root = repo({ 'apps/web.yaml': web, ...unrelated });
    const r = await runKustomize({ root });
    expect(lines(r)).toEqual(['kubernetes/missing-resources apps/web.yaml:13', 'kubernetes/schema apps/web.yaml:15', 'kubernetes/schema apps/web.yaml:7']);
    expect(r.overlays.map((o) => [o.path, o.resources, o.status])).toEqual([['apps', 2, 'failed']]);
    expect(r.stats).toMatchObject({ overlays: 0, manifestFolders: 1, resources: 2, valid: 1, invalid: 1 });
  });

  it('next to kustomizations, only the folders the settings name', async () => {
    const root = repo({
      'apps/web.yaml': web,
      'overlay/kustomization.yaml': 'resources: [cm.yaml]\n',
      'overlay/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: o, namespace: x}\n',
    });
    expect(lines(await runKustomize({ root }))).toEqual([]);
    const named = await runKustomize({ root, manifests: ['apps'] });
    expect(lines(named)).toEqual(['kubernetes/missing-resources apps/web.yaml:13', 'kubernetes/schema apps/web.yaml:15', 'kubernetes/schema apps/web.yaml:7']);
    expect(named.overlays.map((o) => o.path)).toEqual(['overlay', 'apps']);
  });

  it('a duplicate key is an error as kubeconform -strict makes it, and a broken document is reported at its line', async () => {
    const root = repo({
      'm/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: x}\ndata:\n  a: b\n  a: c\n',
      'm/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d, namespace: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: e\n',
    });
    const r = await runKustomize({ root, manifests: ['m'] });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.severity}`).sort()).toEqual([
      'kubernetes/invalid-manifest m/broken.yaml:7 error',
      'kubernetes/invalid-manifest m/cm.yaml:6 error',
    ]);
    expect(r.findings.find((f) => f.file === 'm/cm.yaml')!.message).toMatch(/"a" already set in map/);
  });

  it.runIf(findTool('kubeconform') !== undefined)('the kubeconform engine finds the same on the same files', async () => {
    const root = repo({ 'apps/web.yaml': web, 'more/list.json': JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'apps' }, spec: { ports: [{ port: 'eighty' }] } }) });
    const builtin = await runKustomize({ root });
    const viaKubeconform = await runKustomize({ root, engine: 'kubeconform', kubeconformPath: findTool('kubeconform')! });
    expect(lines(viaKubeconform)).toEqual(lines(builtin));
    expect(lines(builtin)).toHaveLength(4);
  }, 60_000);

  it('the CLI takes --manifests and exits 1 on an invalid object', async () => {
    const root = repo({ 'apps/web.yaml': web, 'overlay/kustomization.yaml': 'resources: []\n' });
    let stdout = '';
    const code = await main(['kustomize', '--manifests', 'apps', '--format', 'json', root], {
      stdout: (s) => void (stdout += s),
      stderr: () => undefined,
      isTTY: false,
      stderrIsTTY: false,
      cwd: root,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] },
    });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: Array<{ file: string; line: number }> };
    expect(report.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['apps/web.yaml:13', 'apps/web.yaml:15', 'apps/web.yaml:7']);
  });
});
