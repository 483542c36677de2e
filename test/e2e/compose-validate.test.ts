import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/paths.js';
import { parseAnnotations, runStep } from '../helpers/runner.js';

/** A workspace holding a copy of the example, so a test may break it without touching the repo. */
function workspaceWithExample(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  cpSync(EXAMPLE, path.join(ws, 'infra'), { recursive: true });
  return ws;
}

function lineOf(file: string, needle: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe('actions/compose-validate as the runner runs it (dist on Node 24)', () => {
  it('passes on the reference infrastructure and sets every output', () => {
    const ws = workspaceWithExample();
    const r = runStep('compose-validate', { 'working-directory': 'infra', 'fail-on': 'error', 'sarif-file': 'out/compose.sarif' }, { workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(parseAnnotations(r.stdout).filter((a) => a.level === 'error')).toEqual([]);
    expect(r.outputs['errors']).toBe('0');
    const findings = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8'));
    expect(findings.checks).toEqual([expect.objectContaining({ name: 'compose', status: 'passed' })]);
    // Both projects: the shared dependencies alone and with the locally built planes.
    const merged = r.outputs['merged-config']!.split('\n');
    expect(merged.length).toBe(2);
    const local = merged.map((f) => JSON.parse(readFileSync(f, 'utf8'))).find((m) => m.services['control-plane']);
    expect(Object.keys(local.services)).toEqual(expect.arrayContaining(['evidence-db', 'temporal', 'control-plane', 'execution-plane']));
    const sarif = JSON.parse(readFileSync(path.join(ws, 'out', 'compose.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(r.summary).toContain('| compose | ✅ passed | 0 |');
  });

  it('fails on an undefined network with an error annotation at the line that names it', () => {
    const ws = workspaceWithExample();
    const file = path.join(ws, 'infra', 'docker-compose.yml');
    const text = readFileSync(file, 'utf8');
    // Point the first service's network list at a network nobody declares.
    const broken = text.replace(/^(\s+networks:\n\s+- )([A-Za-z0-9_-]+)$/m, '$1no-such-net');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const r = runStep('compose-validate', { 'working-directory': 'infra', files: 'docker-compose.yml' }, { workspace: ws });
    expect(r.status).toBe(1);
    const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ props: expect.objectContaining({ file: 'infra/docker-compose.yml', line: String(lineOf(file, 'no-such-net')) }) }),
    );
    expect(errors.find((e) => e.message.includes('no-such-net'))).toBeDefined();
    expect(Number(r.outputs['errors'])).toBeGreaterThan(0);
    expect(existsSync(r.outputs['findings-file']!)).toBe(true);
    expect(r.summary).toContain('no-such-net');
    expect(r.stdout).toMatch(/^::error::Compose validation: \d+ error/m);
  });

  it('reports a required variable that is not set at its line, and passes when it is set', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    writeFileSync(
      path.join(ws, 'compose.yaml'),
      ['services:', '  db:', '    image: postgres:16.4', '    environment:', '      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}', ''].join('\n'),
    );
    const r = runStep('compose-validate', {}, { workspace: ws });
    expect(r.status).toBe(1);
    const [err] = parseAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(err).toMatchObject({ props: { file: 'compose.yaml', line: '5' } });
    expect(err!.message).toContain('DB_PASSWORD');
    expect(r.summary).toContain('DB_PASSWORD');

    // The action's own environment is not compose's: a value comes only through the variables inputs.
    expect(runStep('compose-validate', {}, { workspace: ws, env: { DB_PASSWORD: 'x' } }).status).toBe(1);
    const ok = runStep('compose-validate', { variables: 'DB_PASSWORD=x' }, { workspace: ws });
    expect(ok.status, ok.stdout).toBe(0);
  });

  it('fail-on never reports but does not fail; fail-on warning fails on warnings', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    writeFileSync(path.join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:latest\n');
    const never = runStep('compose-validate', { 'fail-on': 'never' }, { workspace: ws });
    expect(never.status).toBe(0);
    const annotations = parseAnnotations(never.stdout);
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations[0]!.props).toMatchObject({ file: 'compose.yaml', line: '3' });
    const warning = runStep('compose-validate', { 'fail-on': 'warning' }, { workspace: ws });
    expect(warning.status).toBe(1);
  });

  it('refuses a file outside the working directory with one clear line and no stack trace', () => {
    const ws = workspaceWithExample();
    const r = runStep('compose-validate', { 'working-directory': 'infra', files: '../../etc/passwd' }, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::files: \.\.\/\.\.\/etc\/passwd is outside the working directory/m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad fail-on value as a usage error', () => {
    const ws = workspaceWithExample();
    const r = runStep('compose-validate', { 'working-directory': 'infra', 'fail-on': 'sometimes' }, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::fail-on must be one of error, warning, never');
  });
});
