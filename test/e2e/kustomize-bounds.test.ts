import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotations, runCli, runStep } from '../helpers/runner.js';

/*
 * Hostile pull-request content against the bundled kustomize-validate action on Node 24: patterns
 * that backtrack, objects the API server refuses, a file too large to hold, an alias bomb.
 */
function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-bounds-'));
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    writeFileSync(path.join(ws, f), body);
  }
  return ws;
}

const K = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: apps\n';

function step(ws: string, inputs: Record<string, string> = {}) {
  const t0 = performance.now();
  const r = runStep('kustomize-validate', { 'working-directory': '.', ...inputs }, { workspace: ws, env: { PORTARIUM_TOOLS_DIR: '/nonexistent' } });
  return { ...r, ms: performance.now() - t0, annotations: parseAnnotations(r.stdout) };
}

const at = (a: ReturnType<typeof parseAnnotations>) => a.map((x) => `${x.props['title']} ${x.props['file']}:${x.props['line']}`).sort();

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                slow: {type: string, pattern: "^(a+)+$"}
                token: {type: string, pattern: "^\\\\S+$"}
`;

describe('actions/kustomize-validate on hostile content (dist on Node 24)', () => {
  it('a backtracking CRD pattern with a 50,000-character value finishes fast with the RE2 verdict', () => {
    const long = 'a'.repeat(50_000) + '!';
    const ws = workspace({
      'crds/widget.yaml': CRD,
      'app/kustomization.yaml': `${K}resources: [w.yaml]\n`,
      // token holds a no-break space: \S in Go (valid), \s in ECMAScript (invalid).
      'app/w.yaml': `apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  token: "a\u00a0b"\n  slow: "${long}"\n`,
    });
    const r = step(ws, { paths: 'app' });
    expect(r.ms).toBeLessThan(30_000);
    expect(r.status, r.stdout).toBe(1);
    expect(at(r.annotations)).toEqual(['kubernetes/schema app/w.yaml:6']);
    expect(r.annotations[0]!.message).toContain('spec.slow');
  }, 60_000);

  it('a 2 MB ConfigMap is refused at its data and kind lines', () => {
    const ws = workspace({
      'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: ${'x'.repeat(2_000_000)}\n`,
    });
    const r = step(ws);
    expect(r.status, r.stdout).toBe(1);
    expect(at(r.annotations)).toEqual(['kubernetes/configmap-too-large app/cm.yaml:5', 'kubernetes/object-too-large app/cm.yaml:2']);
    expect(r.outputs['errors']).toBe('2');
  }, 60_000);

  it('a 200 MB ConfigMap file is a finding, exit 1, in bounded time, with no crash', () => {
    const ws = workspace({ 'app/kustomization.yaml': `${K}resources:\n  - cm.yaml\n` });
    const fd = openSync(path.join(ws, 'app', 'cm.yaml'), 'w');
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  blob: ');
    const mb = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 200; i++) writeSync(fd, mb);
    writeSync(fd, '\n');
    closeSync(fd);
    let r: ReturnType<typeof step>;
    try {
      r = step(ws);
    } finally {
      // 200 MB per run is too much to leave in a shared /tmp.
      rmSync(path.join(ws, 'app', 'cm.yaml'), { force: true });
    }
    expect(r.ms).toBeLessThan(30_000);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/heap out of memory|FATAL ERROR|internal error/);
    expect(at(r.annotations)).toEqual(['kubernetes/file-too-large app/kustomization.yaml:5']);
    expect(r.annotations[0]!.message).toMatch(/cm\.yaml is 200\.0 MiB/);
    const overlays = JSON.parse(r.outputs['overlays']!) as Array<{ status: string }>;
    expect(overlays.map((o) => o.status)).toEqual(['refused']);
    const findings = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8')) as { findings: Array<{ rule: string }> };
    expect(findings.findings.map((f) => f.rule)).toEqual(['kubernetes/file-too-large']);
  }, 120_000);

  it('a YAML alias bomb is a finding at the alias; kustomize never expands it', () => {
    const levels = 'abcdefghi'.split('');
    const body = levels.map((l, i) => `  ${l}: &${l} [${i === 0 ? '"lol",'.repeat(8) + '"lol"' : Array(9).fill(`*${levels[i - 1]}`).join(',')}]`).join('\n');
    const ws = workspace({
      'app/kustomization.yaml': `${K}resources: [bomb.yaml]\n`,
      'app/bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${body}\n`,
    });
    const r = step(ws);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.status, r.stdout).toBe(1);
    expect(at(r.annotations)).toEqual(['kubernetes/excessive-aliasing app/bomb.yaml:14']);
  }, 60_000);

  it('a check past its timeout input ends with a finding instead of running on', () => {
    const ws = workspace({
      'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    const r = step(ws, { timeout: '0.001' });
    expect(r.status, r.stdout).toBe(1);
    expect(at(r.annotations)).toEqual(['kubernetes/deadline-exceeded app/kustomization.yaml:1']);
  }, 60_000);
});

describe('portarium-infra kustomize on hostile content (CLI bundle on Node 24)', () => {
  const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number }> }).findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

  it('--timeout ends the check with a deadline finding and exit 1', () => {
    const ws = workspace({ 'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`, 'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const r = runCli(['kustomize', '--format', 'json', '--timeout', '0.001', ws], { cwd: ws });
    expect(r.status, r.stderr).toBe(1);
    expect(findings(r.stdout)).toEqual(['kubernetes/deadline-exceeded app/kustomization.yaml:1']);
  }, 60_000);

  it('an alias bomb in a CRD file and an overlay is reported once, at the alias, without a crash', () => {
    const levels = 'abcdefghi'.split('');
    const body = levels.map((l, i) => `  ${l}: &${l} [${i === 0 ? '"lol",'.repeat(8) + '"lol"' : Array(9).fill(`*${levels[i - 1]}`).join(',')}]`).join('\n');
    const ws = workspace({
      'app/kustomization.yaml': `${K}resources: [crd.yaml]\n`,
      'app/crd.yaml': `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x.example.com\nx-data:\n${body}\n`,
    });
    const t0 = performance.now();
    const r = runCli(['kustomize', '--format', 'json', ws], { cwd: ws });
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(r.status, r.stderr).toBe(1);
    expect(findings(r.stdout)).toEqual(['kubernetes/excessive-aliasing app/crd.yaml:14']);
  }, 60_000);
});
