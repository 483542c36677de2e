import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-cli-settings-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, cwd, env: { PATH: process.env['PATH'] } });
  return { code, stdout, stderr };
}

const COMPOSE = {
  'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
  'other.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [missing]\n',
};
const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file))];

describe('the CLI and .portarium-infra.yml', () => {
  it('compose: files as one string checks that project only', async () => {
    const dir = project({ ...COMPOSE, '.portarium-infra.yml': 'compose:\n  files: compose.yaml\n' });
    const r = await run(['compose', '--format', 'json', dir], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(files(r.stdout)).toEqual([]);
  });

  it('--file wins over files: of the file', async () => {
    const dir = project({ ...COMPOSE, '.portarium-infra.yml': 'compose:\n  files: compose.yaml\n' });
    const r = await run(['compose', '--format', 'json', '-f', 'other.yaml', dir], dir);
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['other.yaml']);
  });

  it('an unknown setting exits 2 naming file, line and column, with a suggestion', async () => {
    const dir = project({ ...COMPOSE, '.portarium-infra.yml': 'compose:\n  profile: debug\n' });
    const r = await run(['compose', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^portarium-infra: .*\.portarium-infra\.yml:2:3: unknown setting "compose\.profile" \(did you mean "profiles"\?\)/);
  });

  it('an unknown rule id exits 2 naming file, line and column', async () => {
    const dir = project({ ...COMPOSE, '.portarium-infra.yml': 'fail-on: error\nrules:\n  terraform/not-formated: off\n' });
    const r = await run(['check', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.portarium-infra\.yml:3:3: unknown rule "terraform\/not-formated" \(did you mean "terraform\/not-formatted"\?\)/);
  });

  it('a deploy: section is a warning on stderr; the command runs', async () => {
    const dir = project({ ...COMPOSE, '.portarium-infra.yml': 'compose:\n  files: compose.yaml\ndeploy:\n  environments: [dev]\n' });
    const r = await run(['compose', '--format', 'json', dir], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^portarium-infra: warning: .*\.portarium-infra\.yml:3:1: "deploy" is ignored: deploy settings are the flags of `portarium-infra deploy`/);
  });

  it('a bad --engine names the flag', async () => {
    const dir = project({ 'main.tf': 'terraform {}\n' });
    const r = await run(['terraform-fmt', '--engine', 'opentofu', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('portarium-infra: --engine must be builtin, terraform or tofu (got "opentofu")\n');
  });
});
