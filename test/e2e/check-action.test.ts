import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/paths.js';
import { parseAnnotations, runStep } from '../helpers/runner.js';

describe('root action "infra check" as the runner runs it (dist on Node 24)', () => {
  it('passes on the reference infrastructure with one summary for every check', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const r = runStep('check', { 'sarif-file': 'infra.sarif' }, { workspace: ws });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs['errors']).toBe('0');
    expect(r.outputs['sarif-file']).toBe(path.join(ws, 'infra.sarif'));
    expect(r.summary).toMatch(/^## Infra check/m);
    expect(r.summary).toContain('| compose | ✅ passed |');
    const report = JSON.parse(readFileSync(r.outputs['findings-file']!, 'utf8'));
    expect(report.checks.map((c: { name: string }) => c.name)).toContain('compose');
  });

  it('honours rule settings from .portarium-infra.yml and fails by its fail-on', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    writeFileSync(path.join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:latest\n');
    const loose = runStep('check', {}, { workspace: ws });
    const tagRules = parseAnnotations(loose.stdout).map((a) => a.props['title']);
    expect(tagRules.length).toBeGreaterThan(0);

    // Turning the rule off removes its finding; making it an error fails the step.
    writeFileSync(path.join(ws, '.portarium-infra.yml'), `rules:\n  ${tagRules[0]}: off\n`);
    expect(parseAnnotations(runStep('check', {}, { workspace: ws }).stdout).map((a) => a.props['title'])).not.toContain(tagRules[0]);
    writeFileSync(path.join(ws, '.portarium-infra.yml'), `rules:\n  ${tagRules[0]}: error\n`);
    const strict = runStep('check', {}, { workspace: ws });
    expect(strict.status).toBe(1);
    expect(parseAnnotations(strict.stdout)).toContainEqual(expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: 'compose.yaml', line: '3' }) }));
  });
});
