// Every check has a time limit: what it did not reach by then is a finding at the target it skipped,
// never a hang (the kubernetes check's own limit is tested with hung kustomize and schema servers).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../src/checks/compose/index.js';
import { lintDockerfiles } from '../../src/checks/images/index.js';
import { runTerraformFmt } from '../../src/checks/terraform/index.js';
import { parseConfig } from '../../src/settings/config.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'deadline-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
  return root;
}

describe('check time limits', () => {
  const compose = { 'a/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n', 'b/compose.yaml': 'services:\n  db:\n    image: postgres:16\n' };

  it('compose: projects not reached are findings at their compose file; within the limit, none', async () => {
    const root = tree(compose);
    const late = await runCompose({ root, timeoutMs: 0 });
    expect(late.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['compose/deadline-exceeded', 'a/compose.yaml', 1],
      ['compose/deadline-exceeded', 'b/compose.yaml', 1],
    ]);
    expect(late.findings[0]!.message).toContain("time limit (0 s) ran out");
    expect((await runCompose({ root })).findings).toEqual([]);
  });

  it('terraform: files not reached are findings, and nothing is rewritten', async () => {
    const root = tree({ 'main.tf': 'resource "a" "b" {\nx=1\n}\n', 'mod/vars.tf': 'variable "v" {}\n' });
    const late = await runTerraformFmt({ root, timeoutMs: 0, mode: 'write' });
    expect(late.findings.map((f) => [f.rule, f.file]).sort()).toEqual([
      ['terraform/deadline-exceeded', 'main.tf'],
      ['terraform/deadline-exceeded', 'mod/vars.tf'],
    ]);
    expect(late.changedFiles).toEqual([]);
    const inTime = await runTerraformFmt({ root, mode: 'check' });
    expect(inTime.findings.map((f) => f.rule)).toEqual(['terraform/not-formatted']);
  });

  it('images: Dockerfiles not reached are findings at the image entry', async () => {
    const root = tree({ 'app/Dockerfile': 'FROM alpine:3.20\nUSER 1000\n', '.portarium-infra.yml': '' });
    const opts = { root, images: [{ name: 'app', context: 'app' }] };
    const late = await lintDockerfiles({ ...opts, timeoutMs: 0 });
    expect(late.findings.filter((f) => f.rule === 'images/deadline-exceeded').map((f) => f.message)).toEqual([expect.stringMatching(/image "app": the check's time limit \(0 s\) ran out before app\/Dockerfile was checked/)]);
    expect((await lintDockerfiles(opts)).findings.filter((f) => f.rule === 'images/deadline-exceeded')).toEqual([]);
  });

  it('the limit is set per section in seconds', () => {
    expect(parseConfig('compose:\n  timeout: 90\n', 'cfg.yml').checks.compose.timeoutMs).toBe(90_000);
    expect(parseConfig('compose: {}\n', 'cfg.yml').checks.compose.timeoutMs).toBeUndefined();
    expect(() => parseConfig('terraform:\n  timeout: soon\n', 'cfg.yml')).toThrow('cfg.yml:2:12: terraform.timeout must be a positive number of seconds');
  });
});
