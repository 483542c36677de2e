import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { tempDir } from './temp.js';

// Build errors kustomize reports without a file (issue 17): found at the file and line that cause them.
function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-build-errors');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}
const show = (r: Awaited<ReturnType<typeof runKustomize>>) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`);
const cm = (name: string, data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: x\ndata:\n${data}`;

describe('a build error kustomize names no file for', () => {
  it('a duplicate key in a base file is reported at that file and line, with kustomize\'s words kept', async () => {
    const r = await runKustomize({
      root: repo({
        'base/kustomization.yaml': 'resources: [ok.yaml, cm.yaml]\n',
        'base/ok.yaml': cm('ok', '  A: b\n'),
        'base/cm.yaml': cm('c', '  LOG_LEVEL: a\n  LOG_LEVEL: b\n'),
        'overlay/kustomization.yaml': 'resources: [../base]\n',
      }),
    });
    expect(show(r)).toEqual(['kubernetes/build-failed base/cm.yaml:8']);
    expect(r.findings[0]!.message).toMatch(/^kustomize build failed here: Map keys must be unique \(kustomize: .*mapping key "LOG_LEVEL" already defined/);
  }, 60_000);

  it('a duplicate key in a resource of the overlay itself, beside files without one', async () => {
    const r = await runKustomize({
      root: repo({
        'app/kustomization.yaml': 'resources: [a.yaml, b.yaml, c.yaml]\n',
        'app/a.yaml': cm('a', '  A: b\n'),
        'app/b.yaml': cm('b', '  X: 1\n  Y: 2\n  X: 3\n'),
        'app/c.yaml': cm('c', '  C: d\n'),
      }),
    });
    expect(show(r)).toEqual(['kubernetes/build-failed app/b.yaml:9']);
  }, 60_000);
});
