// `portarium-infra deploy plan` from the CLI bundle on Node 24, as a user runs it: a remote resource
// or a path outside the project is refused before kustomize runs (exit 1, the finding at its line),
// and the URL served on 127.0.0.1 never gets a request; --allow-remote-resources lets it through.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { node24 } from '../helpers/tools.js';

/** The CLI without blocking this process: the test's HTTP server must answer while it runs. */
function cli(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), ...args], { cwd, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'cli', 'index.cjs'));

describe.skipIf(!bundle)('portarium-infra deploy plan refuses what the validation refuses (CLI bundle on Node 24)', () => {
  let server: Server;
  let url: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-remote\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function project(resources: string[]): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pia-cli-render-'));
    mkdirSync(path.join(dir, 'overlays', 'dev'), { recursive: true });
    writeFileSync(path.join(dir, 'overlays/dev/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n  namespace: app\n');
    writeFileSync(path.join(dir, 'overlays/dev/kustomization.yaml'), ['resources:', '  - cm.yaml', ...resources.map((r) => `  - ${r}`)].join('\n') + '\n');
    return dir;
  }
  const plan = (dir: string, ...extra: string[]) => cli(['deploy', 'plan', '--overlay', 'overlays/dev', '--kubeconfig', path.join(dir, 'no-such-kubeconfig'), '--format', 'json', ...extra], dir);

  it('a remote resource: exit 1, deploy/remote-resource at its line, no request to the URL', async () => {
    hits.length = 0;
    const dir = project([`${url}/x.yaml`]);
    const r = await plan(dir);
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; file: string; line: number; column: number; message: string }> };
    expect(out.findings.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([['deploy/remote-resource', 'overlays/dev/kustomization.yaml', 3, 5]]);
    // The CLI's message names its flag, not the action's input.
    expect(out.findings[0]!.message).toContain('allow them explicitly: --allow-remote-resources)');
    expect(out.findings[0]!.message).not.toContain('input');
    expect(hits).toEqual([]);
  });

  it('with --allow-remote-resources the URL is fetched (and the plan goes on to the missing kubeconfig)', async () => {
    hits.length = 0;
    const dir = project([`${url}/x.yaml`]);
    const r = await plan(dir, '--allow-remote-resources');
    expect(hits).toEqual(['/x.yaml']);
    expect(r.stdout + r.stderr).not.toContain('deploy/remote-resource');
    expect(r.stdout + r.stderr).toContain('no-such-kubeconfig');
  });

  it('a base outside the project: exit 1, deploy/outside-root', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'pia-cli-outside-'));
    writeFileSync(path.join(outside, 'kustomization.yaml'), 'resources: []\n');
    const dir = project([path.relative(path.join(tmpdir(), 'x', 'overlays', 'dev'), outside)]);
    const r = await plan(dir);
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; line: number }> };
    expect(out.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['deploy/outside-root 3']);
  });
});
