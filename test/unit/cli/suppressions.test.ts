import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

// Suppressions and the baseline as a user meets them: files with comments, the CLI in-process.
let dir: string;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd: dir,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] },
  });
  return { code, stdout, stderr };
}

interface Reported {
  rule: string;
  file: string;
  line: number;
  message: string;
  suppression?: { kind: string; justification: string };
}
async function json(args: string[]) {
  const r = await run([...args, '--format', 'json']);
  const report = JSON.parse(r.stdout) as { findings: Reported[]; suppressed?: Reported[] };
  return { ...r, findings: report.findings, suppressed: report.suppressed ?? [] };
}

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const brief = (fs: Reported[]) => fs.map((f) => `${f.file}:${f.line} ${f.rule}`);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-suppress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const COMPOSE = `services:
  web:
    image: nginx:1.27
    # portarium-infra-ignore compose/undefined-network: created by the platform team
    networks: [edge]
  api:
    image: busybox:1
    networks: [other]  # portarium-infra-ignore compose/undefined-network: created by hand on the host
`;

describe('inline suppressions', () => {
  it('compose: an own-line and a trailing comment suppress their line; exit 0 when every error is suppressed', async () => {
    write('compose.yaml', COMPOSE);
    const r = await json(['compose', '.']);
    expect(brief(r.findings)).toEqual([]);
    expect(r.suppressed.map((f) => [f.line, f.rule, f.suppression])).toEqual([
      [5, 'compose/undefined-network', { kind: 'inSource', justification: 'created by the platform team' }],
      [8, 'compose/undefined-network', { kind: 'inSource', justification: 'created by hand on the host' }],
    ]);
    expect(r.code).toBe(0);
    const text = await run(['compose', '.']);
    expect(text.stdout).toContain('2 suppressed');
    expect(text.stdout).not.toContain('undefined-network');
  });

  it('compose: an included file is read for suppressions too', async () => {
    write('compose.yaml', 'include:\n  - extra.yaml\nservices:\n  web:\n    image: nginx:1.27\n');
    write('extra.yaml', 'services:\n  api:\n    image: busybox:1 # portarium-infra-ignore compose/undefined-network: stale\n');
    const r = await json(['compose', '.']);
    expect(brief(r.findings)).toEqual(['extra.yaml:3 report/unused-suppression']);
  });

  it('a suppression without a reason is a warning and suppresses nothing', async () => {
    write('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    networks: [edge] # portarium-infra-ignore compose/undefined-network\n');
    const r = await json(['compose', '.']);
    expect(brief(r.findings)).toEqual(['compose.yaml:4 compose/undefined-network', 'compose.yaml:4 report/suppression-without-reason']);
    expect(r.findings[1]!.message).toMatch(/gives no reason, so it suppresses nothing/);
    expect(r.code).toBe(1);
  });

  it('an unknown rule id is a finding at its line, with did-you-mean; a suppression that matches nothing is reported', async () => {
    write(
      'compose.yaml',
      'services:\n  web:\n    # portarium-infra-ignore compose/undefined-netwrk: typo\n    image: nginx:1.27\n    # portarium-infra-ignore compose/undefined-volume: nothing here\n    restart: always\n',
    );
    const r = await json(['compose', '.']);
    expect(brief(r.findings)).toEqual(['compose.yaml:3 report/unknown-rule', 'compose.yaml:5 report/unused-suppression']);
    expect(r.findings[0]!.message).toContain('did you mean "compose/undefined-network"?');
    expect(r.findings[1]!.message).toContain('compose/undefined-volume matches no finding on line 6');
    expect(r.code).toBe(0);
  });

  it('images: a comment on the line before the instruction', async () => {
    write('infra/docker/app/Dockerfile', '# portarium-infra-ignore images/latest-tag: upstream publishes only latest\nFROM alpine:latest\nUSER 1000\n');
    const r = await json(['images', '.']);
    expect(brief(r.findings)).toEqual([]);
    expect(brief(r.suppressed)).toEqual(['infra/docker/app/Dockerfile:2 images/latest-tag']);
    write('infra/docker/app/Dockerfile', 'FROM alpine:latest # portarium-infra-ignore images/latest-tag: trailing\nUSER 1000\n');
    const t = await json(['images', '.']);
    expect(brief(t.findings)).toEqual([]);
    expect(brief(t.suppressed)).toEqual(['infra/docker/app/Dockerfile:1 images/latest-tag']);
  });

  it('images: the comment before an instruction covers its continuation lines, and nothing after it', async () => {
    write(
      'infra/docker/app/Dockerfile',
      [
        'FROM alpine:3.20',
        '# portarium-infra-ignore images/secret-in-arg-or-env: only the name of the variable, set at run time',
        'ENV A=1 \\',
        '    # a comment inside the instruction',
        '    DB_PASSWORD=x',
        '# portarium-infra-ignore images/remote-add: verified by the checksum step below',
        'ADD \\',
        '  https://example.com/x /x',
        'ENV API_TOKEN=y',
        'USER 1000',
        '',
      ].join('\n'),
    );
    const r = await json(['images', '.']);
    expect(brief(r.findings)).toEqual(['infra/docker/app/Dockerfile:9 images/secret-in-arg-or-env']);
    expect(brief(r.suppressed)).toEqual(['infra/docker/app/Dockerfile:5 images/secret-in-arg-or-env', 'infra/docker/app/Dockerfile:8 images/remote-add']);

    // With the escape character a parser directive names.
    write('infra/docker/app/Dockerfile', '# escape=`\nFROM alpine:3.20\n# portarium-infra-ignore images/remote-add: verified below\nADD `\n  https://example.com/x /x\nUSER 1000\n');
    const e = await json(['images', '.']);
    expect(brief(e.findings)).toEqual([]);
    expect(brief(e.suppressed)).toEqual(['infra/docker/app/Dockerfile:5 images/remote-add']);
  });

  it('otel: a comment in the collector configuration, own-line or trailing; one that matches nothing is reported', async () => {
    const collector = (processors: string) =>
      [
        'receivers:',
        '  otlp:',
        '    protocols:',
        '      grpc:',
        '        endpoint: 0.0.0.0:4317',
        'processors:',
        '  batch: {}',
        'exporters:',
        '  debug: {}',
        'service:',
        '  pipelines:',
        '    traces:',
        '      receivers: [otlp]',
        processors,
        '      exporters: [debug]',
        '',
      ].join('\n');
    write('otel/collector.yaml', collector('      # portarium-infra-ignore otel/undefined-component: added by the platform overlay\n      processors: [batch, memory_limiter]'));
    const r = await json(['otel', '.']);
    expect(r.code).toBe(0);
    expect(brief(r.findings)).toEqual([]);
    expect(r.suppressed.map((f) => `${f.file}:${f.line} ${f.rule} ${f.suppression?.kind} ${f.suppression?.justification}`)).toEqual([
      'otel/collector.yaml:15 otel/undefined-component inSource added by the platform overlay',
    ]);

    write('otel/collector.yaml', collector('      processors: [batch, memory_limiter] # portarium-infra-ignore otel/undefined-component: trailing'));
    const t = await json(['otel', '.']);
    expect(brief(t.suppressed)).toEqual(['otel/collector.yaml:14 otel/undefined-component']);

    write('otel/collector.yaml', collector('      processors: [batch] # portarium-infra-ignore otel/undefined-component: no longer needed'));
    const stale = await json(['otel', '.']);
    expect(brief(stale.findings)).toEqual(['otel/collector.yaml:14 report/unused-suppression']);
  });

  it('kubernetes: comments in the source files and the object annotation on the built resource', async () => {
    write('k8s/kustomization.yaml', 'resources:\n  - app.yaml\n');
    write(
      'k8s/app.yaml',
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          # portarium-infra-ignore kubernetes/image-not-pinned: rebuilt nightly on purpose
          image: nginx:latest
          resources: { requests: { cpu: 10m }, limits: { cpu: 20m } }
        - name: side
          image: busybox # portarium-infra-ignore kubernetes/image-not-pinned: throwaway sidecar
          resources: { requests: { cpu: 10m }, limits: { cpu: 20m } }
---
apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    portarium-infra.dev/ignore: "kubernetes/missing-namespace: lives in the default namespace by design"
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
    );
    const r = await json(['kustomize', '.']);
    expect(brief(r.findings)).toEqual([]);
    expect(r.suppressed.map((f) => `${f.file}:${f.line} ${f.rule} ${f.suppression?.justification}`)).toEqual([
      'k8s/app.yaml:16 kubernetes/image-not-pinned rebuilt nightly on purpose',
      'k8s/app.yaml:19 kubernetes/image-not-pinned throwaway sidecar',
      'k8s/app.yaml:24 kubernetes/missing-namespace lives in the default namespace by design',
    ]);
  });

  it('kubernetes: a comment in a patch covers the finding that points into the patch', async () => {
    write('base/kustomization.yaml', 'resources:\n  - app.yaml\n');
    write(
      'base/app.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    );
    write('prod/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: patch.yaml\n');
    write(
      'prod/patch.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          # portarium-infra-ignore kubernetes/image-not-pinned: prod follows the rolling tag on purpose\n          image: nginx:latest\n',
    );
    const r = await json(['kustomize', '.']);
    expect(brief(r.findings).filter((f) => f.includes('image-not-pinned'))).toEqual([]);
    expect(r.suppressed.map((f) => `${f.file}:${f.line} ${f.rule} ${f.suppression?.justification}`)).toEqual([
      'prod/patch.yaml:12 kubernetes/image-not-pinned prod follows the rolling tag on purpose',
    ]);
  });

  it('plain manifests (no kustomization): a comment in the file and the object annotation', async () => {
    write(
      'manifests/cm.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: one',
        '  namespace: apps',
        'data:',
        '  # portarium-infra-ignore kubernetes/schema: read by a tool that takes numbers',
        '  replicas: 3',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: two',
        '  namespace: apps',
        '  annotations:',
        '    portarium-infra.dev/ignore: "kubernetes/schema: numbers here too"',
        'data:',
        '  replicas: 3',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: three',
        '  namespace: apps',
        'data:',
        '  replicas: 3',
        '',
      ].join('\n'),
    );
    const r = await json(['kustomize', '.']);
    expect(brief(r.findings)).toEqual(['manifests/cm.yaml:26 kubernetes/schema']);
    expect(r.suppressed.map((f) => `${f.file}:${f.line} ${f.rule} ${f.suppression?.justification}`)).toEqual([
      'manifests/cm.yaml:8 kubernetes/schema read by a tool that takes numbers',
      'manifests/cm.yaml:18 kubernetes/schema numbers here too',
    ]);
    expect(r.code).toBe(1);
  });

  it('kubernetes: a comment or annotation that matches nothing is reported, one without a reason suppresses nothing', async () => {
    write('k8s/kustomization.yaml', 'resources:\n  - cm.yaml\n');
    write(
      'k8s/cm.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: c',
        '  namespace: apps # portarium-infra-ignore kubernetes/missing-namespace: stale',
        '  annotations:',
        '    portarium-infra.dev/ignore: "kubernetes/image-not-pinned: no containers here"',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: d',
        '  annotations:',
        '    portarium-infra.dev/ignore: "kubernetes/missing-namespace"',
        '',
      ].join('\n'),
    );
    const r = await json(['kustomize', '.']);
    expect(brief(r.findings)).toEqual([
      'k8s/cm.yaml:5 report/unused-suppression',
      'k8s/cm.yaml:7 report/unused-suppression',
      'k8s/cm.yaml:11 kubernetes/missing-namespace',
      'k8s/cm.yaml:14 report/suppression-without-reason',
    ]);
    expect(r.findings[1]!.message).toBe('annotation portarium-infra.dev/ignore: suppression of kubernetes/image-not-pinned matches no finding on its object; remove it');
  });

  it('SARIF carries suppressions and fingerprints', async () => {
    write('compose.yaml', COMPOSE);
    const r = await run(['compose', '.', '--format', 'sarif']);
    const results = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<Record<string, unknown>> }> }).runs[0]!.results;
    expect(results).toHaveLength(2);
    expect(results[0]!['suppressions']).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'created by the platform team' }]);
    expect((results[0]!['partialFingerprints'] as Record<string, string>)['portariumInfraFingerprint/v1']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('baseline', () => {
  const broken = 'services:\n  web:\n    image: nginx:1.27\n    networks: [edge]\n';

  it('is written, then a rerun reports nothing; lines inserted above keep the match; a new finding is reported', async () => {
    write('compose.yaml', broken);
    expect((await run(['compose', '.'])).code).toBe(1);
    const b = await run(['baseline', '.']);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe('wrote 1 finding to .portarium-infra-baseline.json\n');
    const file = JSON.parse(readFileSync(path.join(dir, '.portarium-infra-baseline.json'), 'utf8')) as { version: number; findings: Array<{ rule: string; file: string }> };
    expect(file.version).toBe(1);
    expect(file.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['compose.yaml compose/undefined-network']);

    const again = await json(['compose', '.']);
    expect(again.code).toBe(0);
    expect(brief(again.findings)).toEqual([]);
    expect(again.suppressed.map((f) => f.suppression?.kind)).toEqual(['external']);
    const sarif = JSON.parse((await run(['compose', '.', '--format', 'sarif'])).stdout) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    expect(sarif.runs[0]!.results.map((r) => r['suppressions'])).toEqual([[{ kind: 'external', status: 'accepted', justification: 'accepted in the baseline .portarium-infra-baseline.json' }]]);

    write('compose.yaml', 'services:\n  cache:\n    image: redis:7\n  web:\n    image: nginx:1.27\n    networks: [edge]\n');
    const moved = await json(['compose', '.']);
    expect(brief(moved.findings)).toEqual([]);
    expect(brief(moved.suppressed)).toEqual(['compose.yaml:6 compose/undefined-network']);

    write('compose.yaml', 'services:\n  cache:\n    image: redis:7\n    networks: [back]\n  web:\n    image: nginx:1.27\n    networks: [edge]\n');
    const fresh = await json(['compose', '.']);
    expect(brief(fresh.findings)).toEqual(['compose.yaml:4 compose/undefined-network']);
    expect(fresh.code).toBe(1);
    expect((await json(['compose', '.', '--no-baseline'])).findings).toHaveLength(2);
  });

  it('check reads it too; baseline: in the settings names another file, false turns it off; the flags contradict', async () => {
    write('compose.yaml', broken);
    write('.portarium-infra.yml', 'baseline: accepted.json\n');
    expect((await run(['baseline', '.'])).stdout).toBe('wrote 1 finding to accepted.json\n');
    expect((await run(['check', '.'])).code).toBe(0);
    write('.portarium-infra.yml', 'baseline: false\n');
    expect((await run(['check', '.'])).code).toBe(1);
    write('.portarium-infra.yml', 'baseline: 3\n');
    expect((await run(['check', '.'])).stderr).toMatch(/\.portarium-infra\.yml:1:11: baseline must be a file path/);
    write('.portarium-infra.yml', 'baseline: ../outside.json\n');
    expect((await run(['check', '.'])).stderr).toMatch(/baseline \.\.\/outside\.json is outside the checked root/);
    const both = await run(['check', '.', '--baseline', 'x.json', '--no-baseline']);
    expect([both.code, both.stderr]).toEqual([2, 'portarium-infra: --baseline and --no-baseline contradict each other; give one\n']);
  });

  it('baseline --help says what it writes', async () => {
    const r = await run(['baseline', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('accept every current finding in PATH/.portarium-infra-baseline.json');
    expect((await run(['compose', '--help'])).stdout).toContain('--no-baseline');
  });

  it('a hostile baseline is a usage error naming the file', async () => {
    write('compose.yaml', broken);
    write('.portarium-infra-baseline.json', 'root:x:0:0 not json');
    const notJson = await run(['compose', '.']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toBe('portarium-infra: baseline .portarium-infra-baseline.json: is not valid JSON\n');

    rmSync(path.join(dir, '.portarium-infra-baseline.json'));
    mkdirSync(path.join(dir, '.portarium-infra-baseline.json'));
    const isDir = await run(['compose', '.']);
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toContain('is a directory');

    write('huge.json', '{"version":1,"findings":[' + ' '.repeat(17 * 1024 * 1024) + ']}');
    const huge = await run(['compose', '.', '--baseline', 'huge.json']);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/baseline .*huge\.json: is \d+ bytes, more than/);

    write('shape.json', '{"version":1,"findings":[{"fingerprint":"nope"}]}');
    const shape = await run(['compose', '.', '--baseline', 'shape.json']);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('findings[0].fingerprint must be a sha256 in hex');
  });
});

describe('progress lines', () => {
  async function progress(args: string[]) {
    let stderr = '';
    const code = await main(args, {
      stdout: () => {},
      stderr: (s) => void (stderr += s),
      isTTY: false,
      stderrIsTTY: true,
      cwd: dir,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'], NO_COLOR: '1' },
    });
    // The target's line without its time: mark, check, target, detail, errors.
    const lines = stderr
      .split('\n')
      .filter((l) => /^ {2}[✓✗] (compose|kustomize) /.test(l))
      .map((l) => l.replace(/ \d+ ms$/, '').replace(/\s+/g, ' ').trim());
    return { code, lines };
  }

  it('count the errors the report counts: after inline suppressions, annotations and the baseline', async () => {
    write('compose.yaml', `${COMPOSE}  db:\n    image: postgres:16\n    networks: [missing]\n`);
    write('k8s/kustomization.yaml', 'resources:\n  - cm.yaml\n');
    write(
      'k8s/cm.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: one',
        '  namespace: apps',
        '  annotations:',
        '    portarium-infra.dev/ignore: "kubernetes/schema: read by a tool that takes numbers"',
        'data:',
        '  replicas: 3',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: two',
        '  namespace: apps',
        'data:',
        '  replicas: 3',
        '',
      ].join('\n'),
    );
    const before = await progress(['check', '.', '--no-baseline']);
    expect(before.lines).toEqual(['✗ compose compose.yaml (3 services) 1 error', '✗ kustomize k8s @ 1.37.0 (2 resources) 1 error']);
    expect(before.code).toBe(1);

    // The baseline accepts what is left: every line passes, as the exit code says.
    expect((await run(['baseline', '.'])).code).toBe(0);
    const after = await progress(['check', '.']);
    expect(after.lines).toEqual(['✓ compose compose.yaml (3 services)', '✓ kustomize k8s @ 1.37.0 (2 resources)']);
    expect(after.code).toBe(0);
  });
});
