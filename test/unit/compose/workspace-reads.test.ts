/** Reads stay inside the workspace (actions) and special files are never opened (everywhere). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, pathGuard, realPath } from '../../../src/path-guard.js';
import { runCompose } from '../../../src/checks/compose/index.js';
import { project, where } from './helpers.js';

const mkfifo = (p: string): void => void execFileSync('mkfifo', [p]);

describe('path guard', () => {
  it('isInside is exact about `..`: a sibling named `..x` is inside, `../x` is not', () => {
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/w/..x/f')).toBe(true);
    expect(isInside('/w', '/w/../x')).toBe(false);
    expect(isInside('/w', '/wx/f')).toBe(false);
    expect(isInside('/w', '/')).toBe(false);
  });

  it('judges the real path: `..`, absolute paths and a committed symlink out are refused, a missing file under a symlinked directory too', () => {
    const ws = project({ 'a/file.env': 'A=1\n' });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pia-outside-'));
    symlinkSync('/etc/passwd', path.join(ws, 'passwd'));
    symlinkSync(outside, path.join(ws, 'elsewhere'));
    const guard = pathGuard(ws);
    expect(guard(path.join(ws, 'a/file.env'))).toBeUndefined();
    expect(guard(path.join(ws, 'a/missing.env'))).toBeUndefined();
    expect(guard(path.join(ws, '../x'))).toMatchObject({ kind: 'outside' });
    expect(guard('/etc/hostname')).toMatchObject({ kind: 'outside', reason: 'is outside the workspace' });
    expect(guard(path.join(ws, 'passwd'))).toMatchObject({ kind: 'outside', real: '/etc/passwd' });
    expect(guard(path.join(ws, 'elsewhere/not-yet'))).toMatchObject({ kind: 'outside', real: path.join(realPath(outside), 'not-yet') });
  });

  it('refuses /proc, /sys, /dev, FIFOs and sockets even without a workspace (the CLI), without opening them', () => {
    const dir = project({});
    mkfifo(path.join(dir, 'pipe'));
    symlinkSync('/proc/self/environ', path.join(dir, 'environ'));
    const cli = pathGuard();
    expect(cli(path.join(dir, 'pipe'))).toMatchObject({ kind: 'special', reason: expect.stringContaining('FIFO') });
    expect(cli(path.join(dir, 'environ'))).toMatchObject({ kind: 'special', reason: expect.stringContaining('/proc') });
    expect(cli('/dev/zero')).toMatchObject({ kind: 'special' });
    expect(cli('/sys/kernel/notes')).toMatchObject({ kind: 'special' });
    expect(cli(path.join(dir, 'ordinary'))).toBeUndefined();
    // Inside the workspace, a FIFO is still special.
    expect(pathGuard(dir)(path.join(dir, 'pipe'))).toMatchObject({ kind: 'special' });
  });
});

describe('compose reads in an action (workspace set)', () => {
  it('every kind of reference out of the workspace is a finding at its line, and nothing is read', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pia-outside-'));
    writeFileSync(path.join(outside, 'base.yaml'), 'services:\n  base:\n    image: leaked:1\n');
    writeFileSync(path.join(outside, 'inc.yaml'), 'services:\n  inc:\n    image: leaked:2\n');
    writeFileSync(path.join(outside, 'vars.env'), 'LEAKED=outside-value\n');
    const rel = (f: string) => path.relative(root, path.join(outside, f));
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-ws-'));
    mkdirSync(path.join(root, 'ctx'));
    writeFileSync(
      path.join(root, 'compose.yaml'),
      [
        'include:',
        `  - ${rel('inc.yaml')}`, // 2
        'services:',
        '  web:',
        '    image: nginx:1.27',
        `    env_file: ${rel('vars.env')}`, // 6
        '    extends:',
        `      file: ${path.join(outside, 'base.yaml')}`, // 8
        '      service: base',
        '  ctx:',
        '    build:',
        '      context: /', // 12
        '  df:',
        '    build:',
        '      context: ctx',
        '      dockerfile: ../../etc/Dockerfile', // 16
        '  gone:',
        '    image: nginx:1.27',
        '    env_file: /root/no-such.env', // 19: refused, not "not found"
        '',
      ].join('\n'),
    );
    const r = await runCompose({ root, env: {}, workspace: root });
    expect(where(r.findings.filter((f) => f.rule === 'compose/path-outside-workspace'))).toEqual([
      'compose/path-outside-workspace compose.yaml:2',
      'compose/path-outside-workspace compose.yaml:8',
    ]);
    // include/extends failures leave the model incomplete, so the per-service reads are checked in a second project.
    writeFileSync(path.join(root, 'compose.yaml'), ['services:', '  web:', '    image: nginx:1.27', `    env_file: ${rel('vars.env')}`, '  ctx:', '    build:', '      context: /', '  df:', '    build:', '      context: ctx', '      dockerfile: ../../etc/Dockerfile', '  gone:', '    image: nginx:1.27', '    env_file: /root/no-such.env', ''].join('\n'));
    const s = await runCompose({ root, env: {}, workspace: root });
    expect(where(s.findings.filter((f) => f.severity === 'error'))).toEqual([
      'compose/path-outside-workspace compose.yaml:4',
      'compose/path-outside-workspace compose.yaml:7',
      'compose/path-outside-workspace compose.yaml:11',
      'compose/path-outside-workspace compose.yaml:14',
    ]);
    expect(JSON.stringify(s)).not.toContain('outside-value');
    expect(JSON.stringify(s.findings)).not.toContain('not found');
  });

  it('a committed .env symlinked to /proc/self/environ, and a FIFO env_file, are refused without hanging', async () => {
    const root = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    env_file: pipe.env\n' });
    symlinkSync('/proc/self/environ', path.join(root, '.env'));
    mkfifo(path.join(root, 'pipe.env'));
    for (const workspace of [root, undefined]) {
      const r = await runCompose({ root, env: {}, ...(workspace && { workspace }) });
      const msgs = r.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`);
      expect(msgs).toContainEqual(expect.stringMatching(/^compose\/unreadable-file compose\.yaml:4 env file pipe\.env is a FIFO/));
      expect(msgs.some((m) => m.includes('.env') && (m.includes('/proc') || m.includes('outside the workspace')))).toBe(true);
      expect(JSON.stringify(r)).not.toContain('PATH=');
    }
  }, 10_000);

  it('the CLI (no workspace) still reads an env file outside the scanned directory, as docker compose does', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pia-outside-'));
    writeFileSync(path.join(outside, 'vars.env'), 'TAG=1.27\n');
    const root = project({ 'compose.yaml': `services:\n  web:\n    image: nginx:\${TAG}\n    env_file: ${path.join(outside, 'vars.env')}\n` });
    const r = await runCompose({ root, env: {}, envFiles: [path.join(outside, 'vars.env')] });
    expect(r.findings).toEqual([]);
    expect((r.projects[0]!.model!['services'] as Record<string, { environment: unknown }>)['web']!.environment).toEqual({ TAG: '1.27' });
    await expect(runCompose({ root, env: {}, envFiles: [path.join(outside, 'vars.env')], workspace: root })).rejects.toThrow(/outside the workspace/);
  });
});
