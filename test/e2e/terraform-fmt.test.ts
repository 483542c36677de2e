import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/paths.js';
import { parseAnnotations, runCli, runStep } from '../helpers/runner.js';

const UNFORMATTED = ['resource "aws_s3_bucket" "logs" {', '  bucket = "logs"', '  tags = {', '    team="platform"', '    env  = "dev"', '  }', '}', '', 'variable "region" {', 'type = "string"', '}', ''].join('\n');
const FORMATTED = ['resource "aws_s3_bucket" "logs" {', '  bucket = "logs"', '  tags = {', '    team = "platform"', '    env  = "dev"', '  }', '}', '', 'variable "region" {', '  type = string', '}', ''].join('\n');

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, name), text);
  return ws;
}

describe('actions/terraform-fmt as the runner runs it (dist on Node 24, no terraform binary)', () => {
  it('passes on the reference infrastructure', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const r = runStep('terraform-fmt', { 'working-directory': 'infra/terraform' }, { workspace: ws });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['changed-files']).toBe('');
    expect(r.outputs['errors']).toBe('0');
  });

  it('annotates every changed hunk at its first line and never touches the file in check mode', () => {
    const ws = workspace({ 'main.tf': UNFORMATTED });
    const r = runStep('terraform-fmt', {}, { workspace: ws });
    expect(r.status).toBe(1);
    const hunks = parseAnnotations(r.stdout).filter((a) => a.props['title'] === 'terraform/not-formatted');
    expect(hunks.map((a) => a.props['line'])).toEqual(['4', '10']);
    expect(hunks.every((a) => a.props['file'] === 'main.tf')).toBe(true);
    expect(r.outputs['changed-files']).toBe('main.tf');
    const diff = readFileSync(r.outputs['diff-file']!, 'utf8');
    expect(diff).toContain('--- old/main.tf');
    expect(diff).toContain('+++ new/main.tf');
    expect(diff).toContain('+  type = string');
    expect(r.summary).toContain('type = string');
    expect(readFileSync(path.join(ws, 'main.tf'), 'utf8')).toBe(UNFORMATTED);
  });

  it('write mode rewrites the file to exactly what terraform fmt prints', () => {
    const ws = workspace({ 'main.tf': UNFORMATTED });
    const r = runStep('terraform-fmt', { mode: 'write', 'fail-on': 'never' }, { workspace: ws });
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(ws, 'main.tf'), 'utf8')).toBe(FORMATTED);
  });

  it('a syntax error is an error at its line and column, and the file is left alone even in write mode', () => {
    const broken = 'resource "a" "b" {\n  x = \n}\n';
    const ws = workspace({ 'bad.tf': broken });
    const r = runStep('terraform-fmt', { mode: 'write' }, { workspace: ws });
    expect(r.status).toBe(1);
    const [err] = parseAnnotations(r.stdout).filter((a) => a.props['title'] === 'terraform/syntax-error');
    // terraform reports it on line 2 too ("Invalid expression … on bad.tf line 2").
    expect(err?.props).toMatchObject({ file: 'bad.tf', line: '2' });
    expect(readFileSync(path.join(ws, 'bad.tf'), 'utf8')).toBe(broken);
  });
});

describe('portarium-infra terraform-fmt (CLI bundle on Node 24)', () => {
  it('--diff prints the unified diff and exits 1; --write fixes; then it exits 0', () => {
    const ws = workspace({ 'main.tf': UNFORMATTED });
    const diff = runCli(['terraform-fmt', '--diff', ws], { cwd: ws });
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('+++ new/main.tf');
    expect(runCli(['terraform-fmt', '--write', '--fail-on', 'never', ws], { cwd: ws }).status).toBe(0);
    expect(readFileSync(path.join(ws, 'main.tf'), 'utf8')).toBe(FORMATTED);
    expect(runCli(['terraform-fmt', ws], { cwd: ws }).status).toBe(0);
  });
});
