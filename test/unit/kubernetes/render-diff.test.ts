import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { tempDir } from './temp.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

function write(root: string, files: Record<string, string>) {
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
}

const deploy = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests: {cpu: 10m}\n            limits: {cpu: 20m}\n`;

describe('rendered manifest diff against a base ref', () => {
  it('renders base and head of each overlay without touching the checkout', async () => {
    const top = tempDir('k8s-diff');
    git(top, 'init', '-q', '-b', 'main');
    write(top, {
      'infra/base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      'infra/base/deploy.yaml': deploy(1),
      'infra/prod/kustomization.yaml': 'namespace: prod\nresources: [../base]\n',
      'infra/dev/kustomization.yaml': 'namespace: dev\nresources: [../base]\n',
      'README.md': 'x\n',
    });
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'base');
    // Head: prod scales up, a new overlay appears; dev is unchanged.
    write(top, {
      'infra/prod/kustomization.yaml': 'namespace: prod\nresources: [../base]\npatches:\n  - patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 3\n    target: {kind: Deployment, name: web}\n',
      'infra/canary/kustomization.yaml': 'namespace: canary\nresources: [../base]\n',
    });
    const statusBefore = git(top, 'status', '--porcelain');
    const rendered = tempDir('k8s-rendered');

    const r = await runKustomize({ root: path.join(top, 'infra'), baseRef: 'HEAD', renderedDir: rendered });

    expect(r.diff).toContain('--- a/prod');
    expect(r.diff).toContain('-  replicas: 1');
    expect(r.diff).toContain('+  replicas: 3');
    expect(r.diff).toContain('--- /dev/null');
    expect(r.diff).toContain('+++ b/canary');
    expect(r.diff).not.toContain('a/dev');
    expect(r.stats.changedOverlays).toBe(2);
    expect(r.summaryMarkdown).toContain('```diff');
    expect(readFileSync(r.artifacts.diff!, 'utf8')).toBe(r.diff);
    const files = readdirSync(rendered).sort();
    expect(files).toEqual(['canary.yaml', 'dev.yaml', 'kustomize.diff', 'prod.yaml']);
    const prod = readFileSync(path.join(rendered, 'prod.yaml'), 'utf8');
    expect(prod).toContain('namespace: prod');
    expect(prod).not.toContain('config.kubernetes.io/origin');
    expect(prod).not.toMatch(/^---\n---/m);
    // The user's checkout: same status, no extra worktree.
    expect(git(top, 'status', '--porcelain')).toBe(statusBefore);
    expect(git(top, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuses an unknown base ref as a usage error', async () => {
    const top = tempDir('k8s-diff');
    git(top, 'init', '-q');
    write(top, { 'k/kustomization.yaml': 'resources: [d.yaml]\n', 'k/d.yaml': deploy(1) });
    await expect(runKustomize({ root: top, baseRef: 'no-such-ref' })).rejects.toThrow(/base ref no-such-ref not found/);
  });
});
