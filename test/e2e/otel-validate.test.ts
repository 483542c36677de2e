import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/paths.js';
import { parseAnnotations, runStep } from '../helpers/runner.js';

// actions/otel-validate, the otel job of ci-infra, run as the runner runs a node24 action.
// The example is copied to <workspace>/repo: the working directory is `repo`, the configuration is
// `infra/otel/collector-config.yaml` below it, and annotations name files from the workspace.
const CONFIG = 'infra/otel/collector-config.yaml';
const COLLECTOR = `repo/${CONFIG}`;

/** A workspace holding a copy of the example, so a test may break it without touching the repo. */
function workspaceWithExample(edit?: { file: string; from: string; to: string }): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  cpSync(EXAMPLE, path.join(ws, 'repo'), { recursive: true });
  if (edit) {
    const file = path.join(ws, 'repo', edit.file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(edit.from);
    writeFileSync(file, text.replace(edit.from, edit.to));
  }
  return ws;
}

function lineOf(file: string, needle: string): number {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe('actions/otel-validate as the runner runs it (dist on Node 24)', () => {
  it('passes on the reference infrastructure and sets every output', () => {
    const ws = workspaceWithExample();
    const r = runStep('otel-validate', { 'working-directory': 'repo', 'fail-on': 'error', 'sarif-file': 'out/otel.sarif' }, { workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(parseAnnotations(r.stdout)).toEqual([]);
    expect(r.outputs['errors']).toBe('0');
    expect(r.outputs['warnings']).toBe('0');
    expect(r.outputs['configs']).toBe(CONFIG);
    const findings = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8'));
    expect(findings.checks).toEqual([expect.objectContaining({ name: 'otel', status: 'passed' })]);
    expect(findings.findings).toEqual([]);
    expect(r.outputs['sarif-file']).toBe(path.join(ws, 'out', 'otel.sarif'));
    expect(JSON.parse(readFileSync(path.join(ws, 'out', 'otel.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(r.summary).toContain('| otel | ✅ passed | 0 |');
  });

  it('fails on an exporter naming no service, with an error annotation at the endpoint', () => {
    const ws = workspaceWithExample({ file: CONFIG, from: 'endpoint: tempo:4317', to: 'endpoint: tempoo:4317' });
    const r = runStep('otel-validate', { 'working-directory': 'repo' }, { workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error' && a.props['file']);
    expect(errors).toEqual([
      {
        level: 'error',
        props: expect.objectContaining({ file: COLLECTOR, line: String(lineOf(path.join(ws, COLLECTOR), 'tempoo:4317')), title: expect.stringContaining('otel/unknown-endpoint-host') }),
        message: expect.stringContaining('exporter "otlp/tempo" names host "tempoo"'),
      },
    ]);
    expect(r.outputs['errors']).toBe('1');
    const findings = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8'));
    expect(findings.findings.map((f: { rule: string; file: string }) => `${f.rule}@${f.file}`)).toEqual([`otel/unknown-endpoint-host@${COLLECTOR}`]);
    expect(r.stdout).toMatch(/^::error::OpenTelemetry validation: 1 error/m);
  });

  it('annotates a Grafana datasource provisioning mistake at its line', () => {
    const ws = workspaceWithExample({ file: 'infra/otel/grafana-datasources.yaml', from: 'uid: tempo', to: 'uid: tempo.main' });
    const r = runStep('otel-validate', { 'working-directory': 'repo' }, { workspace: ws });
    expect(r.status).toBe(1);
    const file = 'repo/infra/otel/grafana-datasources.yaml';
    expect(parseAnnotations(r.stdout).filter((a) => a.level === 'error' && a.props['file'])).toEqual([
      {
        level: 'error',
        props: expect.objectContaining({ file, line: String(lineOf(path.join(ws, file), 'uid: tempo.main')), title: expect.stringContaining('otel/invalid-datasource-uid') }),
        message: expect.stringContaining('datasource uid "tempo.main" is not one Grafana accepts'),
      },
    ]);
    expect(r.outputs['errors']).toBe('1');
  });

  it('takes external-hosts and configs as inputs, over the settings', () => {
    const ws = workspaceWithExample({ file: CONFIG, from: 'endpoint: tempo:4317', to: 'endpoint: traces.example.com:4317' });
    const r = runStep('otel-validate', { 'working-directory': 'repo', configs: CONFIG, 'external-hosts': 'traces.example.com' }, { workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['errors']).toBe('0');
    expect(r.outputs['configs']).toBe(CONFIG);
  });

  it('fail-on: never reports the findings and passes', () => {
    const ws = workspaceWithExample({ file: CONFIG, from: 'exporters: [otlp/tempo, debug]', to: 'exporters: [otlp/tempo, debug, otlp/nowhere]' });
    const r = runStep('otel-validate', { 'working-directory': 'repo', 'fail-on': 'never' }, { workspace: ws });
    expect(r.status).toBe(0);
    const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(errors.map((e) => `${e.props['file']}:${e.props['line']}`)).toEqual([`${COLLECTOR}:${lineOf(path.join(ws, COLLECTOR), 'otlp/nowhere')}`]);
    expect(r.outputs['errors']).toBe('1');
  });

  it('refuses a configuration outside the working directory in one line, without a stack', () => {
    const ws = workspaceWithExample();
    const r = runStep('otel-validate', { 'working-directory': 'repo', configs: '../elsewhere.yaml' }, { workspace: ws });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::configs: \.\.\/elsewhere\.yaml is outside the working directory/m);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
