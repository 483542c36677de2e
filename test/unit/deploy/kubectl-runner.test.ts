import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallAborted, KubectlError, KubectlRunner } from '../../../src/tools/kubectl.js';
import { UsageError } from '../../../src/report/finding.js';
import { tempDir } from '../kubernetes/temp.js';
import { alive, until } from '../../helpers/process.js';

/**
 * A kubectl stand-in (a Node script): `echo` reports what it was given, `fail` answers like an API
 * server refusing, `hang` starts a grandchild, writes its pid to FAKE_PIDFILE and never ends.
 */
const FAKE = `#!${process.execPath}
const mode = process.env.FAKE_MODE;
if (mode === 'echo') {
  let input = '';
  process.stdin.on('data', (c) => (input += c));
  process.stdin.on('end', () => process.stdout.write(JSON.stringify({ args: process.argv.slice(2), kubeconfigEnv: process.env.KUBECONFIG ?? null, input })));
} else if (mode === 'fail') {
  process.stderr.write('Error from server (Forbidden): deployments.apps "x" is forbidden: User "u" cannot patch\\n');
  process.exit(1);
} else {
  const { spawn } = require('node:child_process');
  const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (process.env.FAKE_PIDFILE) require('node:fs').writeFileSync(process.env.FAKE_PIDFILE, String(g.pid));
  setInterval(() => {}, 1000);
}
`;

describe.runIf(process.platform !== 'win32')('KubectlRunner on the shared process runner', () => {
  const dir = tempDir('kubectl-runner');
  const kubectl = path.join(dir, 'kubectl');
  writeFileSync(kubectl, FAKE);
  chmodSync(kubectl, 0o755);
  const endpoint = { context: 'ctx', cluster: 'c', server: 'https://10.0.0.1:6443' };
  const runner = (o: { signal?: AbortSignal; processTimeoutMs?: number } = {}) =>
    new KubectlRunner({ kubeconfig: '/dev/null/kubeconfig', ...o }, { kubectl, endpoint });

  it('adds the explicit kubeconfig and context, drops an inherited KUBECONFIG, feeds stdin', async () => {
    process.env['KUBECONFIG'] = '/somewhere/else';
    try {
      const r = await runner().run(['get', 'pods'], { env: { FAKE_MODE: 'echo' }, stdin: 'body' });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        args: ['get', 'pods', '--kubeconfig', '/dev/null/kubeconfig', '--context', 'ctx', '--request-timeout=30s'],
        kubeconfigEnv: null,
        input: 'body',
      });
    } finally {
      delete process.env['KUBECONFIG'];
    }
  });

  it('classifies a failure', async () => {
    const err = await runner().must(['apply', '-f', '-'], { env: { FAKE_MODE: 'fail' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KubectlError);
    expect(err).toMatchObject({ kind: 'forbidden', code: 1 });
    expect((err as Error).message).toMatch(/^kubectl apply -f - failed against https:\/\/10\.0\.0\.1:6443: Error from server \(Forbidden\)/);
  });

  it('a deadline kills kubectl: exit 124 and a timeout note', async () => {
    const r = await runner({ processTimeoutMs: 300 }).run(['get', 'pods'], { env: { FAKE_MODE: 'hang' } });
    expect(r.code).toBe(124);
    expect(r.stderr).toMatch(/kubectl was stopped after 0s \(timeout\)$/);
  });

  it('a cancellation ends kubectl and what it started, and rejects with CallAborted', async () => {
    const ac = new AbortController();
    const pidFile = path.join(dir, 'grandchild.pid');
    const call = runner({ signal: ac.signal }).run(['apply'], { env: { FAKE_MODE: 'hang', FAKE_PIDFILE: pidFile } });
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '');
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(grandchild)).toBe(true);
    const aborted = Date.now();
    ac.abort();
    await expect(call).rejects.toThrow(new CallAborted('kubectl apply was stopped: the deploy was cancelled'));
    expect(Date.now() - aborted).toBeLessThan(3000);
    await until(() => !alive(grandchild));
    await expect(runner({ signal: ac.signal }).run(['get', 'pods'])).rejects.toThrow('kubectl get pods not started: the deploy was cancelled');
  });

  it('a kubectl that cannot start is a usage error naming it', async () => {
    const missing = new KubectlRunner({ kubeconfig: '/dev/null/kubeconfig' }, { kubectl: path.join(dir, 'nope'), endpoint });
    await expect(missing.run(['version'])).rejects.toThrow(UsageError);
    await expect(missing.run(['version'])).rejects.toThrow(`cannot run kubectl (${path.join(dir, 'nope')}): spawn ${path.join(dir, 'nope')} ENOENT`);
  });
});
