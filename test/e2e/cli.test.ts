import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/runner.js';

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const json = (stdout: string) => JSON.parse(stdout) as { findings: Array<Record<string, unknown>>; checks: Array<Record<string, unknown>> };

describe('portarium-infra CLI (bundle on Node 24)', () => {
  it('check passes on the reference infrastructure', () => {
    const r = runCli(['check', 'examples/portarium'], { cwd: REPO_ROOT });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    // Each check says what it covered, in words, with no internal counters.
    expect(r.stdout).toMatch(/^✔ compose: 2 projects, 10 services$/m);
    expect(r.stdout).toMatch(/^✔ terraform-fmt: 7 files checked, all formatted$/m);
    expect(r.stdout).toMatch(/^✔ kustomize: 3 overlays, 45 resources validated, all valid$/m);
    expect(r.stdout).toMatch(/^✔ images: 2 images, 2 Dockerfiles linted$/m);
    expect(r.stdout).not.toMatch(/durationMs|workers|error\(s\)/);
  });

  it('an empty directory: "nothing to check in PATH", no ✔, exit 0', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pia-cli-empty-'));
    const r = runCli(['check', dir], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('✔');
    expect(r.stdout).toContain('○ compose: no compose files found');
    expect(r.stdout).toMatch(/^nothing to check in \.: compose, terraform-fmt, kustomize, images and otel found nothing to look at$/m);
  });

  it('per-command --help, and our own message for an unknown flag (exit 2)', () => {
    for (const [args, head] of [
      [['check', '--help'], 'Usage: portarium-infra check [options] [PATH]'],
      [['compose', '-h'], 'Usage: portarium-infra compose [options] [PATH]'],
      [['terraform-fmt', '--help'], 'Usage: portarium-infra terraform-fmt [options] [PATH]'],
      [['kustomize', '--help'], 'Usage: portarium-infra kustomize [options] [PATH]'],
      [['images', '--help'], 'Usage: portarium-infra images [options] [PATH]'],
      [['deploy', 'plan', '--help'], 'Usage: portarium-infra deploy plan [options]'],
    ] as const) {
      const r = runCli([...args], { cwd: REPO_ROOT });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(head);
    }
    const bad = runCli(['terraform-fmt', '--wrte', '.'], { cwd: REPO_ROOT });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('portarium-infra: unknown flag --wrte for terraform-fmt; see portarium-infra terraform-fmt --help\n');
  });

  it('check without kubectl or kustomize on PATH: the other checks report, kustomize says what is missing, exit 1', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pia-no-tools-'));
    const r = runCli(['check', 'examples/portarium'], { cwd: REPO_ROOT, env: { NO_COLOR: '1', PATH: empty, PORTARIUM_TOOLS_DIR: empty } });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/^✔ compose: 2 projects, 10 services$/m);
    expect(r.stdout).toMatch(/^✔ terraform-fmt: 7 files checked, all formatted$/m);
    expect(r.stdout).toMatch(/^✔ images: 2 images, 2 Dockerfiles linted$/m);
    expect(r.stdout).toMatch(/^✖ kustomize: .*; 1 error$/m);
    expect(r.stdout).toMatch(/kustomize not found: neither kubectl .* nor a standalone kustomize is on PATH.* kubernetes\/kustomize-missing/);
    expect(r.stdout).toMatch(/https:\/\/kubernetes\.io\/docs\/tasks\/tools\//);
  });

  it('prints the JSON contract with root-relative files and exits 1 on errors', () => {
    const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.2\n    networks: [front]\n' });
    const r = runCli(['compose', '--format', 'json', dir], { cwd: REPO_ROOT });
    expect(r.status).toBe(1);
    const out = json(r.stdout);
    expect(out.checks).toEqual([expect.objectContaining({ name: 'compose', status: 'failed' })]);
    expect(out.findings).toContainEqual(expect.objectContaining({ check: 'compose', severity: 'error', file: 'compose.yaml', line: 4 }));
    for (const f of out.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['check', 'rule', 'severity', 'file', 'line', 'column', 'message']));
  });

  it('merges -f files in order and interpolates from --env-file', () => {
    const dir = project({
      'base.yml': 'services:\n  web:\n    image: nginx:${TAG:?tag needed}\n',
      'over.yml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      'ci.env': 'TAG=1.27.2\n',
    });
    const ok = runCli(['compose', '-f', path.join(dir, 'base.yml'), '-f', path.join(dir, 'over.yml'), '--env-file', path.join(dir, 'ci.env'), dir], { cwd: dir });
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    const missing = runCli(['compose', '--format', 'json', '-f', 'base.yml', dir], { cwd: dir });
    expect(missing.status).toBe(1);
    expect(json(missing.stdout).findings).toContainEqual(expect.objectContaining({ file: 'base.yml', line: 3, severity: 'error' }));
  });

  it('writes SARIF and the github format on request', () => {
    const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' });
    const sarifFile = path.join(dir, 'out.sarif');
    const r = runCli(['compose', '--format', 'github', '--sarif-file', sarifFile, '--fail-on', 'never', dir], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::(warning|error) file=compose\.yaml,line=3,/m);
  });

  describe('bad input: a finding with file and line, never a stack trace', () => {
    const cases: Array<[string, Record<string, string | Buffer>, { file: string; line?: number; text: RegExp }]> = [
      ['malformed YAML', { 'compose.yaml': 'services:\n  web:\n    image: "nginx\n  db: [\n' }, { file: 'compose.yaml', text: /./ }],
      ['invalid UTF-8', { 'compose.yaml': Buffer.from([0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x73, 0x3a, 0x0a, 0x20, 0x20, 0xff, 0xfe, 0x3a, 0x0a]) }, { file: 'compose.yaml', text: /UTF-8/i }],
      ['a non-mapping top level', { 'compose.yaml': '- a\n- b\n' }, { file: 'compose.yaml', line: 1, text: /top-level object must be a mapping/ }],
      [
        'a YAML alias bomb',
        {
          'compose.yaml':
            'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
            Array.from({ length: 9 }, (_, i) => `x-${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n') +
            '\nservices:\n  web:\n    image: nginx:1.27.2\n',
        },
        { file: 'compose.yaml', text: /alias/i },
      ],
      [
        'an extends cycle',
        { 'compose.yaml': 'services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    image: x:1\n    extends: a\n' },
        { file: 'compose.yaml', text: /circular|cycle/i },
      ],
      [
        'an include cycle',
        { 'compose.yaml': 'include:\n  - other.yaml\nservices:\n  a:\n    image: x:1\n', 'other.yaml': 'include:\n  - compose.yaml\n' },
        // The include that closes the loop is the line to change.
        { file: 'other.yaml', line: 2, text: /include cycle detected: compose\.yaml -> other\.yaml -> compose\.yaml/ },
      ],
      ['duplicate keys', { 'compose.yaml': 'services:\n  web:\n    image: x:1\n    image: y:2\n' }, { file: 'compose.yaml', line: 4, text: /"image" already defined at line 3/ }],
    ];
    for (const [name, files, want] of cases) {
      it(name, () => {
        const dir = project(files);
        const r = runCli(['compose', '--format', 'json', dir], { cwd: dir });
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        const errors = json(r.stdout).findings.filter((f) => f.severity === 'error');
        const hit = errors.find((f) => f.file === want.file && (want.line === undefined || f.line === want.line) && want.text.test(String(f.message)));
        expect(hit, JSON.stringify(errors)).toBeDefined();
        expect(hit!.line).toBeGreaterThanOrEqual(1);
      });
    }

    it('a file over the size limit', () => {
      const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: x:1\n' + '# padding\n'.repeat(1_000_000) });
      const r = runCli(['compose', '--format', 'json', dir], { cwd: dir });
      expect(r.status).toBe(1);
      expect(json(r.stdout).findings).toContainEqual(expect.objectContaining({ file: 'compose.yaml', severity: 'error', message: expect.stringMatching(/size|large|limit/i) }));
    });

    it('a directory passed as a file', () => {
      const dir = project({ 'compose.yaml': 'services: {}\n', 'sub/x': '' });
      const r = runCli(['compose', '-f', 'sub', dir], { cwd: dir });
      expect([1, 2]).toContain(r.status);
      expect(r.stdout + r.stderr).toMatch(/sub.*director|director.*sub/i);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('usage errors exit 2 with one line', () => {
    it('--file outside PATH is refused', () => {
      const dir = project({ 'compose.yaml': 'services: {}\n' });
      const r = runCli(['compose', '--file', '/etc/hostname', dir], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^portarium-infra: --file \/etc\/hostname: refused, the file is outside/);
    });
    it('an unknown option, a missing PATH, an unknown command', () => {
      expect(runCli(['compose', '--frobnicate'], { cwd: REPO_ROOT }).status).toBe(2);
      const missing = runCli(['compose', '/no/such/dir'], { cwd: REPO_ROOT });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('/no/such/dir: no such directory');
      expect(runCli(['frobnicate'], { cwd: REPO_ROOT }).status).toBe(2);
    });
    it('a broken configuration names its file and line', () => {
      const dir = project({ 'compose.yaml': 'services: {}\n', '.portarium-infra.yml': 'rules:\n  compose/image-latest: sometimes\n' });
      const r = runCli(['check', dir], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\.portarium-infra\.yml:2:\d+: rule compose\/image-latest must be off, error, warning or notice/);
    });
  });
});
