/** In the actions an image's context and Dockerfile must really be inside the workspace; special Dockerfiles never are read. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintDockerfiles, planImages } from '../../../src/checks/images/index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pia-images-ws-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const DF = 'FROM busybox:1.37.0\nUSER 1\n';
const CONFIG = [
  'images:', //
  '  - name: up',
  '    context: ../elsewhere',
  '  - name: root',
  '    context: /',
  '  - name: climb',
  '    context: app',
  '    dockerfile: ../../Dockerfile',
  '  - name: ok',
  '    context: app',
  '',
].join('\n');

describe('images plan confined to the workspace', () => {
  it('context ../x, /, and a Dockerfile climbing out are findings at the entry, and left out of the matrix', async () => {
    const root = tree({ '.portarium-infra.yml': CONFIG, 'app/Dockerfile': DF });
    const images = [{ name: 'up', context: '../elsewhere' }, { name: 'root', context: '/' }, { name: 'climb', context: 'app', dockerfile: '../../Dockerfile' }, { name: 'ok', context: 'app' }];
    const plan = await planImages({ root, images, workspace: root });
    expect(plan.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'images/context-outside-workspace .portarium-infra.yml:2',
      'images/context-outside-workspace .portarium-infra.yml:4',
      'images/context-outside-workspace .portarium-infra.yml:6',
    ]);
    expect(plan.matrix.include.map((e) => e.name)).toEqual(['ok']);
    // The CLI (no workspace) keeps building a context outside the scanned directory, as before.
    const cli = await planImages({ root, images });
    expect(cli.findings.map((f) => f.rule)).not.toContain('images/context-outside-workspace');
  });

  it('a discovered Dockerfile symlinked to /proc/self/environ or /etc/passwd is refused and never read', async () => {
    const root = tree({ 'infra/docker/good/Dockerfile': DF });
    mkdirSync(path.join(root, 'infra/docker/environ'));
    symlinkSync('/proc/self/environ', path.join(root, 'infra/docker/environ/Dockerfile'));
    mkdirSync(path.join(root, 'infra/docker/passwd'));
    symlinkSync('/etc/passwd', path.join(root, 'infra/docker/passwd/Dockerfile'));
    mkdirSync(path.join(root, 'infra/docker/pipe'));
    execFileSync('mkfifo', [path.join(root, 'infra/docker/pipe/Dockerfile')]);

    const action = await lintDockerfiles({ root, workspace: root });
    const rules = action.findings.map((f) => `${f.rule} ${f.file}`);
    expect(rules).toContain('images/context-outside-workspace infra/docker/environ/Dockerfile');
    expect(rules).toContain('images/context-outside-workspace infra/docker/passwd/Dockerfile');
    expect(rules).toContain('images/missing-dockerfile infra/docker/pipe/Dockerfile');
    expect(JSON.stringify(action)).not.toMatch(/PATH=|root:x?:0:0/);

    const cli = await lintDockerfiles({ root });
    expect(cli.findings.map((f) => `${f.rule} ${f.file}`)).toContain('images/missing-dockerfile infra/docker/environ/Dockerfile');
    expect(JSON.stringify(cli)).not.toMatch(/PATH=/);
  }, 10_000);
});
