import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/paths.js';
import { parseAnnotations, runStep } from '../helpers/runner.js';

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  cpSync(EXAMPLE, path.join(ws, 'infra'), { recursive: true });
  return ws;
}

describe('actions/kustomize-validate as the runner runs it (dist on Node 24, offline schemas)', () => {
  it('builds and validates every overlay of the reference infrastructure', () => {
    // No tools directory: the bundled default schemas must be enough on a fresh runner.
    const r = runStep('kustomize-validate', { 'working-directory': 'infra' }, { workspace: workspace(), env: { PORTARIUM_TOOLS_DIR: '/nonexistent' } });
    expect(r.status, r.stdout).toBe(0);
    const overlays = JSON.parse(r.outputs['overlays']!) as Array<{ path: string; status: string; resources: number }>;
    expect(overlays.map((o) => o.path)).toEqual(
      expect.arrayContaining(['infra/kubernetes/overlays/dev', 'infra/kubernetes/overlays/staging', 'infra/kubernetes/overlays/prod']),
    );
    for (const o of overlays) {
      expect(o.status).toBe('passed');
      expect(o.resources).toBeGreaterThan(5);
    }
    expect(r.outputs['errors']).toBe('0');
    expect(existsSync(path.join(r.outputs['rendered-dir']!))).toBe(true);
    expect(r.summary).toMatch(/kustomize \| ✅ passed/);
  });

  it('reports a schema error at the base file and line that set the field', () => {
    const ws = workspace();
    const file = path.join(ws, 'infra', 'infra', 'kubernetes', 'base', 'control-plane.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    // An unknown field next to the Deployment's replicas (the overlays patch replicas, not this).
    const at = lines.findIndex((l) => /^\s+replicas: \d+$/.test(l));
    const indent = /^\s+/.exec(lines[at]!)![0];
    lines.splice(at + 1, 0, `${indent}replica: 3`);
    const i = at + 1;
    writeFileSync(file, lines.join('\n'));
    const r = runStep('kustomize-validate', { 'working-directory': 'infra', paths: 'infra/kubernetes/overlays/dev' }, { workspace: ws });
    expect(r.status).toBe(1);
    const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ props: expect.objectContaining({ file: 'infra/infra/kubernetes/base/control-plane.yaml', line: String(i + 1), title: 'kubernetes/schema' }) }),
    );
    expect(Number(r.outputs['errors'])).toBeGreaterThan(0);
  });

  it('refuses a remote base unless allowed, at the line that names it', () => {
    const ws = workspace();
    const k = path.join(ws, 'infra', 'infra', 'kubernetes', 'overlays', 'dev', 'kustomization.yaml');
    const text = readFileSync(k, 'utf8').replace(/^resources:\n/m, 'resources:\n  - https://github.com/example/manifests//base?ref=v1\n');
    writeFileSync(k, text);
    const r = runStep('kustomize-validate', { 'working-directory': 'infra', paths: 'infra/kubernetes/overlays/dev' }, { workspace: ws });
    expect(r.status).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('github.com/example')) + 1;
    expect(parseAnnotations(r.stdout)).toContainEqual(
      expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: 'infra/infra/kubernetes/overlays/dev/kustomization.yaml', line: String(line) }) }),
    );
  });
});
