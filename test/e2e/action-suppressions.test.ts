import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseAnnotations, runStep } from '../helpers/runner.js';

// The actions read suppressions and the baseline as the CLI does: the baseline of the working directory,
// written by `portarium-infra baseline`, accepts the findings it lists and only new ones fail the step.

const BROKEN = 'services:\n  web:\n    image: nginx:1.27\n    networks: [edge]\n';
const BROKEN_MORE = 'services:\n  cache:\n    image: redis:7\n    networks: [back]\n  web:\n    image: nginx:1.27\n    networks: [edge]\n';

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  }
  return ws;
}

async function writeBaseline(dir: string): Promise<void> {
  let out = '';
  const code = await main(['baseline', '.'], { stdout: (s) => void (out += s), stderr: () => {}, isTTY: false, cwd: dir, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
  expect([code, out]).toEqual([0, 'wrote 1 finding to .portarium-infra-baseline.json\n']);
}

const errorsAt = (stdout: string) =>
  parseAnnotations(stdout)
    .filter((a) => a.level === 'error' && a.props['file'])
    .map((a) => `${a.props['file']}:${a.props['line']} ${a.props['title']}`);

describe('the actions honour the baseline of their working directory (dist on Node 24)', () => {
  it('compose-validate: the baseline accepts its finding (SARIF: suppressed, external); a new finding still fails', async () => {
    const ws = workspace({ 'infra/compose.yaml': BROKEN });
    const before = runStep('compose-validate', { 'working-directory': 'infra' }, { workspace: ws });
    expect(before.status).toBe(1);
    expect(errorsAt(before.stdout)).toEqual([expect.stringMatching(/^infra\/compose\.yaml:4 .*compose\/undefined-network/)]);

    await writeBaseline(path.join(ws, 'infra'));
    {
      const after = runStep('compose-validate', { 'working-directory': 'infra', 'sarif-file': 'out.sarif' }, { workspace: ws });
      expect(after.status, after.stdout).toBe(0);
      expect(errorsAt(after.stdout)).toEqual([]);
      expect(after.outputs['errors']).toBe('0');
      expect(after.summary).toContain('1 finding(s) suppressed with a reason or by the baseline');
      const sarif = JSON.parse(readFileSync(path.join(ws, 'out.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }> }> };
      const results = sarif.runs.flatMap((r) => r.results);
      expect(results.map((r) => [r.ruleId, r.suppressions?.[0]?.kind, r.suppressions?.[0]?.justification])).toEqual([
        ['compose/undefined-network', 'external', 'accepted in the baseline .portarium-infra-baseline.json'],
      ]);

      // Lines added above keep the accepted finding; the new one fails the step at its line.
      writeFileSync(path.join(ws, 'infra', 'compose.yaml'), BROKEN_MORE);
      const fresh = runStep('compose-validate', { 'working-directory': 'infra' }, { workspace: ws });
      expect(fresh.status).toBe(1);
      expect(errorsAt(fresh.stdout)).toEqual([expect.stringMatching(/^infra\/compose\.yaml:4 .*compose\/undefined-network/)]);

      // `baseline: false` in the settings turns it off, as for the CLI.
      writeFileSync(path.join(ws, 'infra', 'compose.yaml'), BROKEN);
      writeFileSync(path.join(ws, 'infra', '.portarium-infra.yml'), 'baseline: false\n');
      expect(runStep('compose-validate', { 'working-directory': 'infra' }, { workspace: ws }).status).toBe(1);
    }
  });

  it('check (the root action): passes with the baseline, and its progress line counts no error', async () => {
    const ws = workspace({ 'compose.yaml': BROKEN });
    const before = runStep('check', {}, { workspace: ws });
    expect(before.status).toBe(1);
    expect(before.stdout).toMatch(/^✗ compose compose\.yaml \(1 service\) 1 error\(s\)$/m);
    await writeBaseline(ws);
    const after = runStep('check', {}, { workspace: ws });
    expect(after.status, after.stdout).toBe(0);
    expect(after.outputs['errors']).toBe('0');
    expect(after.stdout).toMatch(/^✓ compose compose\.yaml \(1 service\)$/m);
  });

  it('kustomize-validate: the object annotation and the baseline, as the CLI reads them', async () => {
    const cm = (name: string, annotation: string) =>
      ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`, '  namespace: apps', ...annotation.split('\n').filter(Boolean), 'data:', '  replicas: 3', ''].join('\n');
    const ws = workspace({
      'k8s/kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'k8s/cm.yaml': `${cm('one', '  annotations:\n    portarium-infra.dev/ignore: "kubernetes/schema: read by a tool that takes numbers"')}---\n${cm('two', '')}`,
    });
    const before = runStep('kustomize-validate', {}, { workspace: ws });
    expect(before.status).toBe(1);
    expect(errorsAt(before.stdout)).toEqual([expect.stringMatching(/^k8s\/cm\.yaml:17 .*kubernetes\/schema/)]);
    // The overlays output counts what the step counts: the annotated object's error is not among them.
    expect(JSON.parse(before.outputs['overlays']!)).toEqual([expect.objectContaining({ path: 'k8s', resources: 2, errors: 1, status: 'failed' })]);
    await writeBaseline(ws);
    const after = runStep('kustomize-validate', {}, { workspace: ws });
    expect(after.status, after.stdout).toBe(0);
    expect(errorsAt(after.stdout)).toEqual([]);
    expect(JSON.parse(after.outputs['overlays']!)).toEqual([expect.objectContaining({ path: 'k8s', resources: 2, errors: 0, status: 'passed' })]);
  });
});
