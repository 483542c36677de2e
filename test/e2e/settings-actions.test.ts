import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotations, runStep } from '../helpers/runner.js';

/** A workspace with one compose project, one terraform file and the given .portarium-infra.yml. */
function workspace(config: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  writeFileSync(path.join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  writeFileSync(path.join(ws, 'other.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    networks: [missing]\n');
  writeFileSync(path.join(ws, 'main.tf'), 'terraform {}\n');
  writeFileSync(path.join(ws, '.portarium-infra.yml'), config);
  return ws;
}

describe('settings of .portarium-infra.yml in the actions (dist on Node 24)', () => {
  it('compose-validate takes `files:` written as one string (it crashed: opts.files.map is not a function)', () => {
    const ws = workspace('compose:\n  files: compose.yaml\n');
    const r = runStep('compose-validate', {}, { workspace: ws });
    expect(r.stdout).not.toContain('is not a function');
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['merged-config']!.split('\n')).toHaveLength(1);
    // Only the named project: other.yaml's undefined network is not checked.
    expect(parseAnnotations(r.stdout).filter((a) => a.level === 'error')).toEqual([]);
  });

  it('the files input wins over `files:` of the file', () => {
    const ws = workspace('compose:\n  files: compose.yaml\n');
    const r = runStep('compose-validate', { files: 'other.yaml' }, { workspace: ws });
    expect(r.status).toBe(1);
    expect(parseAnnotations(r.stdout).find((a) => a.level === 'error' && a.message.includes('missing'))?.props['file']).toBe('other.yaml');
  });

  it('the check action plans from one-string settings and outputs terraform-paths', () => {
    const ws = workspace('compose:\n  files: compose.yaml\nterraform:\n  paths: main.tf\n');
    const r = runStep('check', { mode: 'plan' }, { workspace: ws });
    expect(r.status, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['plan']!).compose.projects).toEqual([['compose.yaml']]);
    expect(r.outputs['terraform-paths']).toBe('main.tf');
  });

  it('an unknown setting fails the step at its line and column, with a suggestion', () => {
    const ws = workspace('compose:\n  file: compose.yaml\n');
    const r = runStep('compose-validate', {}, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::\.portarium-infra\.yml:2:3: unknown setting "compose\.file" \(did you mean "files"\?\)/m);
  });

  it('an unknown rule id fails the step at its line and column', () => {
    const ws = workspace('rules:\n  compose/image-latest: off\n');
    const r = runStep('check', {}, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::\.portarium-infra\.yml:2:3: unknown rule "compose\/image-latest" \(did you mean "compose\/image-latest-tag"\?\)/m);
  });

  it('a deploy: section is a warning, and the check still runs', () => {
    const ws = workspace('deploy:\n  environments: [dev]\n');
    const r = runStep('compose-validate', { files: 'compose.yaml' }, { workspace: ws });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^::warning::\.portarium-infra\.yml:1:1: "deploy" is ignored/m);
  });
});
