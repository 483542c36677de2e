import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { buildKustomization } from '../../../src/checks/kubernetes/build.js';
import { matchRendered, renderEntry } from '../../../src/checks/kubernetes/kustomize-charts.js';
import { loadKustomization } from '../../../src/checks/kubernetes/kustomization.js';
import { parseBuildOutput } from '../../../src/checks/kubernetes/manifests.js';
import type { BuiltResource } from '../../../src/checks/kubernetes/manifests.js';
import { findTool } from '../../helpers/tools.js';
import { tempDir } from './temp.js';

// kustomize helmCharts with local charts, rendered by the pinned helm (scripts/tools/install-helm.sh).
function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-helm');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}
const DIGEST = 'sha256:' + '2'.repeat(64);
const chart = {
  'app/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'app/charts/web/values.yaml': `replicas: 2\nimage: nginx@${DIGEST}\n`,
  'app/charts/web/templates/deploy.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: {{ .Values.image }}',
    '          imagePullPolice: Always',
    '          resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}',
    '',
  ].join('\n'),
};
const KUSTOMIZATION = 'namespace: apps\nhelmCharts:\n  - name: web\n    releaseName: site\n';
const show = (r: Awaited<ReturnType<typeof runKustomize>>) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

describe('helmCharts', () => {
  it.runIf(findTool('helm') !== undefined)('a local chart is rendered by the pinned helm and validated; a finding points at the template line', async () => {
    const r = await runKustomize({ root: repo({ ...chart, 'app/kustomization.yaml': KUSTOMIZATION }) });
    expect(show(r)).toEqual(['kubernetes/schema app/charts/web/templates/deploy.yaml:14']);
    expect(r.findings[0]!.message).toMatch(/unknown field imagePullPolice/);
    expect(r.overlays.map((o) => [o.path, o.resources])).toEqual([['app', 1]]);
  }, 60_000);

  // A literal mistake in the template, a value of the wrong type in a values file and one in valuesInline.
  const typed = {
    'app/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'app/charts/web/values.yaml': `replicas: 2\nimage: nginx@${DIGEST}\nport: 80\nlevel: info\n`,
    'app/charts/web/templates/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: {{ .Values.image }}',
      '          imagePullPolice: Always',
      '          env:',
      '            - name: LEVEL',
      '              value: {{ .Values.level }}',
      '          ports:',
      '            - containerPort: {{ .Values.port | quote }}',
      '          resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}',
      '',
    ].join('\n'),
    'app/charts/web/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n      protocol: {{ .Values.protocol | default "TCP" }}\n      targetPort: http\n      nodePort: "x"\n',
    'app/values/prod.yaml': 'replicas: 3\nport: 8080\n',
  };
  const kustomization = (extra: string) =>
    ['namespace: apps', extra, 'helmCharts:', '  - name: web', '    releaseName: site', '    valuesFile: values/prod.yaml', '    valuesInline:', '      level: 3', ''].join('\n');
  // The valuesInline value's line in the kustomization moves with what is written above it.
  const expected = (inlineLine: number) =>
    [
      'kubernetes/schema app/charts/web/templates/deploy.yaml:14',
      'kubernetes/schema app/charts/web/templates/svc.yaml:11',
      `kubernetes/schema app/kustomization.yaml:${inlineLine}`,
      'kubernetes/schema app/values/prod.yaml:2',
    ].sort();

  it.runIf(findTool('helm') !== undefined)('findings point at the template line, the values file line and the valuesInline line', async () => {
    const r = await runKustomize({ root: repo({ ...typed, 'app/kustomization.yaml': kustomization('') }) });
    expect(show(r)).toEqual(expected(8));
    const at = (file: string) => r.findings.filter((f) => f.file === file).map((f) => f.message).join('\n');
    expect(at('app/values/prod.yaml')).toMatch(/containerPort: got string, want integer/);
    expect(at('app/kustomization.yaml')).toMatch(/env.0.value: got number, want null or string/);
    expect(at('app/charts/web/templates/deploy.yaml')).toMatch(/imagePullPolice/);
    expect(at('app/charts/web/templates/svc.yaml')).toMatch(/nodePort/);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('with a namePrefix and nameSuffix in the kustomization, and through an overlay that adds its own prefix', async () => {
    const prefixed = await runKustomize({ root: repo({ ...typed, 'app/kustomization.yaml': kustomization('namePrefix: team-\nnameSuffix: -v1') }) });
    expect(show(prefixed)).toEqual(expected(9));
    expect(prefixed.findings.map((f) => f.message).join('\n')).toMatch(/team-site-v1/);

    const overlay = await runKustomize({
      root: repo({ ...typed, 'app/kustomization.yaml': kustomization(''), 'prod/kustomization.yaml': 'namePrefix: prod-\nresources: [../app]\n' }),
      paths: ['prod'],
    });
    expect(show(overlay)).toEqual(expected(8));
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('a patch over a chart object is what sets the field: the finding points at the patch', async () => {
    const r = await runKustomize({
      root: repo({
        ...chart,
        'app/kustomization.yaml': KUSTOMIZATION + 'patches:\n  - target: {kind: Deployment}\n    patch: |\n      - op: add\n        path: /spec/minReadySeconds\n        value: soon\n',
      }),
    });
    expect(show(r)).toEqual(['kubernetes/schema app/charts/web/templates/deploy.yaml:14', 'kubernetes/schema app/kustomization.yaml:10']);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('two charts in one kustomization, one with a generated release name: each object maps to its own chart', async () => {
    const job = (suffix: string, line: string) =>
      [
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        `  name: {{ .Release.Name }}-${suffix}`,
        'spec:',
        line,
        '  template:',
        '    spec:',
        '      restartPolicy: Never',
        `      containers: [{name: j, image: "busybox@${DIGEST}", resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}}]`,
        '',
      ].join('\n');
    const other = {
      'app/charts/jobs/Chart.yaml': 'apiVersion: v2\nname: jobs\nversion: 0.1.0\n',
      'app/charts/jobs/values.yaml': 'backoff: many\n',
      'app/charts/jobs/templates/a.yaml': job('a', '  backoffLimit: {{ .Values.backoff | quote }}'),
      'app/charts/jobs/templates/b.yaml': job('b', '  parallelism: "two"'),
    };
    const r = await runKustomize({ root: repo({ ...chart, ...other, 'app/kustomization.yaml': 'namePrefix: x-\n' + KUSTOMIZATION + '  - name: jobs\n' }) });
    expect(show(r)).toEqual(['kubernetes/schema app/charts/jobs/templates/b.yaml:6', 'kubernetes/schema app/charts/jobs/values.yaml:1', 'kubernetes/schema app/charts/web/templates/deploy.yaml:14']);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('a subchart template: its values are found under its name in the parent, else in its own values.yaml; global at the top', async () => {
    // One schema error per object is reported, so each subchart's Service has one mistake.
    const sub = (name: string, port: string, ports = ['    - port: {{ .Values.port | quote }}']) => ({
      [`app/charts/web/charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
      [`app/charts/web/charts/${name}/values.yaml`]: port,
      [`app/charts/web/charts/${name}/templates/svc.yaml`]: [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        `  name: {{ .Release.Name }}-${name}`,
        'spec:',
        '  ports:',
        ...ports,
        '',
      ].join('\n'),
    });
    const r = await runKustomize({
      root: repo({
        ...chart,
        'app/charts/web/values.yaml': `replicas: 2\nimage: nginx@${DIGEST}\nport: 80\ndb:\n  port: 5432\nglobal:\n  pname: 5\n`,
        ...sub('db', 'port: 1\n'),
        ...sub('cache', 'other: 1\nport: 6379\n'),
        ...sub('tls', 'port: 443\n', ['    - port: {{ .Values.port }}', '      name: {{ .Values.global.pname }}']),
        'app/kustomization.yaml': KUSTOMIZATION,
      }),
    });
    expect(show(r)).toEqual([
      'kubernetes/schema app/charts/web/charts/cache/values.yaml:2',
      'kubernetes/schema app/charts/web/templates/deploy.yaml:14',
      'kubernetes/schema app/charts/web/values.yaml:5',
      'kubernetes/schema app/charts/web/values.yaml:7',
    ]);
    expect(r.findings.find((f) => f.line === 7)!.message).toMatch(/Service site-tls: spec.ports.0.name: got number, want null or string/);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('a list item is found by its name: a mistake in the second container points at that container', async () => {
    const r = await runKustomize({
      root: repo({
        ...chart,
        'app/charts/web/templates/deploy.yaml': [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: {{ .Release.Name }}',
          'spec:',
          '  selector: {matchLabels: {app: web}}',
          '  template:',
          '    metadata: {labels: {app: web}}',
          '    spec:',
          '      containers:',
          '        - name: web',
          `          image: nginx@${DIGEST}`,
          '          ports:',
          '            - containerPort: 80',
          '          resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}',
          `        - image: envoy@${DIGEST}`,
          '          name: proxy',
          '          ports:',
          '            - containerPort: "81"',
          '',
        ].join('\n'),
        'app/kustomization.yaml': KUSTOMIZATION,
      }),
    });
    // The proxy has no resources: that finding is at the proxy's name, below its first line.
    expect(show(r)).toEqual(['kubernetes/missing-resources app/charts/web/templates/deploy.yaml:17', 'kubernetes/schema app/charts/web/templates/deploy.yaml:19']);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('includeCRDs, a hook and a missing field: each finding in the file helm rendered it from', async () => {
  const root = repo({
    'app/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'app/charts/web/values.yaml': `image: nginx@${DIGEST}\nuser: 0\n`,
    'app/charts/web/crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: foos.example.com\nspec:\n  group: example.com\n  names: {kind: Foo, plural: foos}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: yes\n      schema: {openAPIV3Schema: {type: object}}\n',
    'app/charts/web/templates/hook.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Release.Name }}-hook\n  annotations:\n    helm.sh/hook: pre-install\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: h\n          image: busybox\n          imagePullPolicy: Sometimes\n',
    'app/charts/web/templates/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}',
      'spec:',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      securityContext:',
      '        runAsUser: {{ .Values.user }}',
      '      containers:',
      '        - name: web',
      '          image: {{ .Values.image }}',
      '',
    ].join('\n'),
    'app/kustomization.yaml': 'namespace: apps\nhelmCharts:\n  - name: web\n    releaseName: site\n    includeCRDs: true\n',
  });
    const r = await runKustomize({ root });
    expect(show(r)).toEqual([
      'kubernetes/image-not-pinned app/charts/web/templates/hook.yaml:13',
      'kubernetes/missing-resources app/charts/web/templates/deploy.yaml:12',
      'kubernetes/missing-resources app/charts/web/templates/hook.yaml:12',
      'kubernetes/schema app/charts/web/crds/crd.yaml:12',
      'kubernetes/schema app/charts/web/templates/deploy.yaml:5',
    ]);
    expect(r.findings.find((f) => f.file.endsWith('deploy.yaml') && f.rule === 'kubernetes/schema')!.message).toMatch(/missing property 'selector'/);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('a comment in a template suppresses the finding on its line; one in a values file that matches nothing is reported', async () => {
    const root = repo({
      ...chart,
      'app/charts/web/templates/deploy.yaml': chart['app/charts/web/templates/deploy.yaml']
        .replace('          imagePullPolice: Always', '          # portarium-infra-ignore kubernetes/schema: the field is read by our admission webhook\n          imagePullPolice: Always'),
      // The values file has no finding: it is read because the chart's objects were rendered from it.
      'app/charts/web/values.yaml': `replicas: 2 # portarium-infra-ignore kubernetes/missing-namespace: stale\nimage: nginx@${DIGEST}\n`,
      'app/kustomization.yaml': KUSTOMIZATION,
    });
    let stdout = '';
    const code = await main(['kustomize', '.', '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: () => {}, isTTY: false, cwd: root, env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] } });
    const report = JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number }>; suppressed?: Array<{ rule: string; file: string; line: number }> };
    expect(report.suppressed?.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['kubernetes/schema app/charts/web/templates/deploy.yaml:15']);
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['report/unused-suppression app/charts/web/values.yaml:1']);
    expect(code).toBe(0);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('a chart pulled from a repository (remote bases allowed): a value the user gave points at their line; the pulled templates are not theirs, so the rest points at the entry', async () => {
    // A chart repository on 127.0.0.1, made by helm itself (package + repo index).
    const src = repo({ ...chart, 'app/charts/web/values.yaml': `replicas: 2\nimage: nginx@${DIGEST}\nport: 80\n` });
    const served = path.join(src, 'served');
    const env = { PATH: process.env['PATH'], HOME: path.join(src, 'home') };
    execFileSync(findTool('helm')!, ['package', path.join(src, 'app/charts/web'), '-d', served], { env, stdio: 'ignore' });
    const server = createServer((req, res) => {
      const file = path.join(served, path.basename(req.url ?? ''));
      try {
        res.end(readFileSync(file));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      execFileSync(findTool('helm')!, ['repo', 'index', served, '--url', url], { env, stdio: 'ignore' });
      const root = repo({
        'app/kustomization.yaml': ['namespace: apps', 'helmCharts:', '  - name: web', `    repo: ${url}`, '    version: 0.1.0', '    releaseName: site', '    valuesInline:', '      replicas: many', ''].join('\n'),
      });
      const r = await runKustomize({ root, allowRemoteBases: true });
      expect(show(r)).toEqual(['kubernetes/schema app/kustomization.yaml:3', 'kubernetes/schema app/kustomization.yaml:8']);
      expect(r.findings.find((f) => f.line === 8)!.message).toMatch(/spec.replicas: got string, want /);
    } finally {
      server.close();
    }
  }, 60_000);

  it('a generated release name differs between renders: the rest of the name still tells objects apart', () => {
    const res = (name: string, file: string): BuiltResource => ({ index: 0, object: {}, kind: 'Job', apiVersion: 'batch/v1', name, namespace: 'apps', json: '{}', template: { file, values: [], chartDir: '/c' } });
    const rendered = [res('jobs-1764745200-a', '/c/templates/a.yaml'), res('jobs-1764745200-b', '/c/templates/b.yaml')];
    expect(matchRendered(res('x-jobs-1764745201-b', ''), rendered, ['jobs'])?.template?.file).toBe('/c/templates/b.yaml');
    expect(matchRendered(res('x-jobs-1764745201-a-v1', ''), rendered, ['jobs'])?.template?.file).toBe('/c/templates/a.yaml');
    // Without knowing the release was generated, neither name is inside the other.
    expect(matchRendered(res('x-jobs-1764745201-b', ''), rendered)).toBeUndefined();
  });

  it('a chart repository is remote: refused unless remote bases are allowed, before anything is fetched', async () => {
    const r = await runKustomize({ root: repo({ 'app/kustomization.yaml': 'helmCharts:\n  - name: web\n    repo: https://charts.example.com\n    version: 1.0.0\n' }), resolveHelm: async () => '/nonexistent/helm' });
    expect(show(r)).toEqual(['kubernetes/remote-base app/kustomization.yaml:2']);
  });

  it('without helm at the pinned version the overlay is not built, and one finding says what to install', async () => {
    const r = await runKustomize({ root: repo({ ...chart, 'app/kustomization.yaml': KUSTOMIZATION }), resolveHelm: async () => undefined });
    expect(show(r)).toEqual(['kubernetes/helm-missing app/kustomization.yaml:3']);
    expect(r.findings[0]!.message).toMatch(/helm v3\.21\.4/);
    expect(r.overlays.map((o) => o.status)).toEqual(['refused']);
  });
});

describe('chart folders named in the settings', () => {
  const standalone = {
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'charts/web/values.yaml': `replicas: 2\nimage: nginx@${DIGEST}\nport: 80\n`,
    'charts/web/templates/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}',
      '  namespace: {{ .Release.Namespace }}',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: {{ .Values.image }}',
      '          imagePullPolice: Always',
      '          ports:',
      '            - containerPort: {{ .Values.port | quote }}',
      '          resources: {requests: {cpu: 10m}, limits: {cpu: 10m}}',
      '',
    ].join('\n'),
    'env/prod-values.yaml': 'replicas: 3\nport: 8080\n',
  };

  it.runIf(findTool('helm') !== undefined)('a finding points at the template line, or at the values line the value comes straight from', async () => {
    const root = repo(standalone);
    const r = await runKustomize({ root, charts: [{ path: 'charts/web', release: 'site', namespace: 'apps', values: ['env/prod-values.yaml'] }] });
    expect(show(r)).toEqual(['kubernetes/schema charts/web/templates/deploy.yaml:15', 'kubernetes/schema env/prod-values.yaml:2']);
    expect(r.findings.find((f) => f.file === 'env/prod-values.yaml')!.message).toMatch(/containerPort: got string, want integer/);
    expect(r.overlays.map((o) => [o.path, o.version, o.resources])).toEqual([['charts/web', '1.37.0', 1]]);
  }, 60_000);

  it.runIf(findTool('helm') !== undefined)('each Kubernetes version validates its own render (helm --kube-version)', async () => {
    const root = repo({
      'charts/v/Chart.yaml': 'apiVersion: v2\nname: v\nversion: 0.1.0\n',
      'charts/v/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: apps\ndata:\n  kube: "{{ .Capabilities.KubeVersion.Version }}"\n',
    });
    const r = await runKustomize({ root, charts: [{ path: 'charts/v' }], kubernetesVersions: ['1.37.0', '1.36.0'], ignoreMissingSchemas: true });
    expect(r.overlays.map((o) => [o.path, o.version, o.status])).toEqual([['charts/v', '1.37.0', 'passed'], ['charts/v', '1.36.0', 'passed']]);
  }, 60_000);

  it('without helm the chart is not rendered, and one finding says what to install', async () => {
    const r = await runKustomize({ root: repo(standalone), charts: [{ path: 'charts/web' }], resolveHelm: async () => undefined });
    expect(show(r)).toEqual(['kubernetes/helm-missing charts/web/Chart.yaml:1']);
  });
});

describe('the second render agrees with the one kustomize made', () => {
  // What a chart renders from its options, so any flag or value the second render got wrong shows.
  const probe = {
    'app/charts/p/Chart.yaml': 'apiVersion: v2\nname: p\nversion: 0.1.0\n',
    'app/charts/p/values.yaml': 'a: chart\nb: chart\nnested: {x: chart, w: chart}\n',
    'app/charts/p/crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: foos.example.com\nspec:\n  group: example.com\n  names: {kind: Foo, plural: foos}\n  scope: Namespaced\n  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]\n',
    'app/charts/p/templates/cm.yaml': [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ .Release.Name }}-probe',
      '  namespace: {{ .Release.Namespace }}',
      'data:',
      '  values: {{ toJson .Values | quote }}',
      '  kube: {{ .Capabilities.KubeVersion.Version | quote }}',
      '  api: {{ .Capabilities.APIVersions.Has "foo.example.com/v1" | quote }}',
      '',
    ].join('\n'),
    'app/charts/p/templates/hook.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-hook\n  annotations: {helm.sh/hook: pre-install}\ndata: {a: "1"}\n',
    'app/charts/p/templates/tests/t.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-test\n  annotations: {helm.sh/hook: test}\ndata: {a: "1"}\n',
    'app/values/file.yaml': 'a: file\nnested: {x: file}\n',
    'app/values/more.yaml': 'b: more\nnested: {w: more}\n',
  };
  const entries: Record<string, string> = {
    'release name only': '    releaseName: r',
    'generated release name': '    namespace: ns',
    'namespace, values file, additional values files': '    releaseName: r\n    namespace: ns\n    valuesFile: values/file.yaml\n    additionalValuesFiles: [values/more.yaml]',
    'valuesInline over the chart values': '    releaseName: r\n    valuesInline: {a: inline, nested: {x: inline}}',
    'valuesInline override': '    releaseName: r\n    valuesFile: values/file.yaml\n    valuesInline: {a: inline, nested: {z: inline}}',
    'valuesInline merge without valuesFile': '    releaseName: r\n    valuesMerge: merge\n    valuesInline: {a: inline, c: inline}',
    'valuesInline in YAML 1.1': '    releaseName: r\n    valuesInline: {a: on, b: 0777, c: 1_000, d: 2001-12-14, e: 0x1F, f: .5, g: ~, nested: {x: null}}',
    'valuesInline merge': '    releaseName: r\n    valuesFile: values/file.yaml\n    valuesMerge: merge\n    valuesInline: {a: inline, b: inline}',
    'valuesInline replace': '    releaseName: r\n    valuesFile: values/file.yaml\n    valuesMerge: replace\n    valuesInline: {b: inline, g: null, nested: {x: null}}\n    additionalValuesFiles: [values/more.yaml]',
    'kubeVersion and apiVersions': '    releaseName: r\n    kubeVersion: "1.31.0"\n    apiVersions: [foo.example.com/v1]',
    'includeCRDs, skipTests, skipHooks': '    releaseName: r\n    includeCRDs: true\n    skipTests: true\n    skipHooks: true',
    'includeCRDs only': '    releaseName: r\n    includeCRDs: true',
    nameTemplate: `    nameTemplate: 'named-{{ lower "X" }}'`,
    'helmGlobals.chartHome': '    releaseName: r\nhelmGlobals:\n  chartHome: vendor',
  };
  const kustomize = findTool('kustomize');
  const helm = findTool('helm');
  // helm names a release without releaseName `<chart>-<unix seconds>`: the two renders differ there only.
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)])) : v;
  const canonical = (objects: unknown[]) => objects.map((o) => JSON.stringify(sorted(o)).replace(/p-\d{9,11}/g, 'p-*')).sort();

  it.runIf(kustomize !== undefined && helm !== undefined).each(Object.entries(entries))('%s', async (_, entry) => {
    const home = /chartHome: (\w+)/.exec(entry)?.[1];
    const files = Object.fromEntries(Object.entries(probe).map(([f, body]) => [home ? f.replace('app/charts/', `app/${home}/`) : f, body]));
    const root = repo({ ...files, 'app/kustomization.yaml': `helmCharts:\n  - name: p\n${entry}\n` });
    const dir = path.join(root, 'app');
    const built = await buildKustomization({ kind: 'kustomize', path: kustomize!, args: ['build'], version: 'v5.5.0' }, dir, { helm });
    expect(built.ok).toBe(true);
    const fromKustomize = parseBuildOutput(built.ok ? built.output : '', built.wrapperDir).resources.map((r) => r.object);
    const k = loadKustomization(dir)!;
    const second = await renderEntry(k, k.charts[0]!, helm!, 60_000);
    expect(fromKustomize.length).toBeGreaterThan(0);
    expect(canonical(second.map((r) => r.object))).toEqual(canonical(fromKustomize));
  }, 60_000);
});
