import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { kustomizeError } from '../../../src/checks/kubernetes/build.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { findOnPath } from '../../../src/tools/install.js';
import { tempDir } from './temp.js';

/** The host's kubectl, found before a test narrows PATH. */
const kubectlOnHostPath = () => {
  const p = findOnPath('kubectl');
  if (!p) throw new Error('kubectl is not on PATH');
  return p;
};

// Issue 13: each finding once, kustomize's words quoted once without kubectl's log prefixes, a shared
// base named as it is written, and a missing kubectl a finding rather than the end of the run.
const MAPPING = path.join(REPO_ROOT, 'test/fixtures/kubernetes/mapping');
const KLOG = /[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+ +\d+ \S+:\d+\]/;

function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-once');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('kustomize error text', () => {
  it("takes kubectl's one-line klog error without its header", () => {
    const stderr = 'E1202 17:00:00.000000   12345 file.go:123] "command failed" err="accumulating resources: \\"x\\" not found"\n';
    expect(kustomizeError(stderr)).toBe('accumulating resources: "x" not found');
  });

  it("takes kubectl's multi-line klog error (err=<) as one line, without header or brackets", () => {
    const stderr = 'E1202 17:00:00.000000   12345 run.go:72] "command failed" err=<\n\ttrouble configuring builtin PatchTransformer with config: `\n\tpath: nope.yaml\n\t`: failed to get the patch file\n >\n';
    expect(kustomizeError(stderr)).toBe('trouble configuring builtin PatchTransformer with config: ` path: nope.yaml `: failed to get the patch file');
  });

  it("takes kustomize's Error: line once", () => {
    expect(kustomizeError('Error: accumulating resources: boom\n')).toBe('accumulating resources: boom');
    expect(kustomizeError('W1202 17:00:00.000000   1 warn.go:1] something odd\nsomething odd\n')).toBe('something odd');
  });
});

describe('a failed build is one finding', () => {
  it('the broken overlay of the mapping fixture: one finding on the base file, kustomize quoted once', async () => {
    const r = await runKustomize({ root: MAPPING, paths: ['overlays/broken'] });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['kubernetes/build-failed base-broken/deploy.yaml:5']);
    const f = r.findings[0]!;
    expect(f.message).toBe('kustomize build failed here: yaml: line 4: did not find expected key in File: deploy.yaml (overlay overlays/broken)');
    const all = `${f.message}\n${f.help ?? ''}`;
    expect(all).not.toMatch(KLOG);
    expect(all).not.toMatch(/command failed|err="|err=<|(^|\s)Error: /m);
    expect(occurrences(f.help ?? '', 'MalformedYAMLError')).toBe(1);
  });

  it("a patch file that does not exist (kubectl's multi-line error): one finding, no log prefix, not repeated in the help", async () => {
    const root = repo({
      'app/kustomization.yaml': 'resources: [cm.yaml]\npatches:\n  - path: nope.yaml\n',
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: apps\n',
    });
    const r = await runKustomize({ root });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.rule).toBe('kubernetes/build-failed');
    const all = `${f.message}\n${f.help ?? ''}`;
    expect(all).toMatch(/nope\.yaml/);
    expect(all).not.toMatch(KLOG);
    expect(all).not.toMatch(/command failed|err=<|\n >/);
    if (f.help) expect(f.message).not.toContain(f.help.replace(/^kustomize said: /, ''));
  });

  it('a broken base shared by two overlays is one finding naming both', async () => {
    const root = repo({
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {x: [}\n',
      'one/kustomization.yaml': 'namePrefix: one-\nresources: [../base]\n',
      'two/kustomization.yaml': 'namePrefix: two-\nresources: [../base]\n',
    });
    const r = await runKustomize({ root });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['kubernetes/build-failed base/cm.yaml:5']);
    expect(r.findings[0]!.message).toMatch(/\(overlays one, two\)$/);
  });
});

describe('a fault in a shared base', () => {
  it('is reported once, with the name the base gives the resource', async () => {
    const root = repo({
      'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      'base/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: "two"\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0.0\n',
      'overlays/blue/kustomization.yaml': 'namePrefix: blue-\nnamespace: blue\nresources: [../../base]\n',
      'overlays/green/kustomization.yaml': 'nameSuffix: -green\nnamespace: green\nresources: [../../base]\n',
    });
    const r = await runKustomize({ root });
    const schema = r.findings.filter((f) => f.rule === 'kubernetes/schema');
    expect(schema.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'base/deploy.yaml:6 Deployment api: spec.replicas: got string, want null or integer (overlays overlays/blue, overlays/green)',
    ]);
    expect(JSON.stringify(r.findings)).not.toMatch(/blue-api|api-green/);
  });
});

describe('no kubectl and no kustomize', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const withoutTools = () => {
    vi.stubEnv('PATH', tempDir('k8s-empty-path'));
    vi.stubEnv('PORTARIUM_TOOLS_DIR', tempDir('k8s-empty-tools'));
  };

  it('the kustomize check reports one finding naming what is missing and how to get it', async () => {
    withoutTools();
    const r = await runKustomize({ root: MAPPING, paths: ['overlays/plain', 'overlays/remote', 'overlays/smp'] });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()).toEqual([
      'kubernetes/kustomize-missing overlays/plain/kustomization.yaml:1',
      'kubernetes/remote-base overlays/remote/kustomization.yaml:4',
    ]);
    const f = r.findings.find((x) => x.rule === 'kubernetes/kustomize-missing')!;
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^kustomize not found: neither kubectl .* nor a standalone kustomize is on PATH/);
    expect(f.message).toMatch(/\(overlays overlays\/plain, overlays\/smp\)$/);
    expect(f.help).toMatch(/https:\/\/kubernetes\.io\/docs\/tasks\/tools\//);
  });

  it('`portarium-infra check` still reports the other checks and exits 1, not 2', async () => {
    withoutTools();
    let stdout = '';
    let stderr = '';
    const code = await main(['check', '--format', 'json', 'examples/portarium'], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      isTTY: false,
      stderrIsTTY: false,
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] },
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: Array<{ check: string; rule: string; message: string }>; checks: Array<{ name: string; stats: Record<string, number> }> };
    expect(report.checks.map((c) => c.name)).toEqual(['compose', 'terraform-fmt', 'kustomize', 'images', 'otel']);
    expect(report.checks.find((c) => c.name === 'compose')!.stats['services']).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.check === 'kustomize').map((f) => f.rule)).toEqual(['kubernetes/kustomize-missing']);
  });

  it('the kubeconform engine without kubeconform: overlays are built (their failures reported) and one finding says they were not validated', async () => {
    const bin = tempDir('k8s-kubectl-only');
    symlinkSync(kubectlOnHostPath(), path.join(bin, 'kubectl'));
    vi.stubEnv('PATH', bin);
    vi.stubEnv('PORTARIUM_TOOLS_DIR', tempDir('k8s-empty-tools'));
    const r = await runKustomize({ root: MAPPING, paths: ['overlays/plain', 'overlays/smp', 'overlays/broken'], engine: 'kubeconform' });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['kubernetes/build-failed', 'kubernetes/kubeconform-missing']);
    const f = r.findings.find((x) => x.rule === 'kubernetes/kubeconform-missing')!;
    expect(f.file).toBe('overlays/plain/kustomization.yaml');
    expect(f.message).toMatch(/^kubeconform not found: .*\(overlays overlays\/plain, overlays\/smp\)$/);
    expect(f.help).toMatch(/builtin engine/);
  });
});

