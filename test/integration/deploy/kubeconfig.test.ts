// The kubeconfig a deploy step writes from a secret input: decoding, the values masked, the file
// modes, and the post step's removal (which refuses anything it did not write).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualifyRef, shortRef } from '../../../src/deploy/ref.js';
import { parseDuration } from '../../../src/settings/duration.js';
import { decodeKubeconfig, kubeconfigSecrets, removeKubeconfig, runnerKubeconfig, writeKubeconfig } from '../../../src/deploy/kubeconfig.js';

const KEY_PEM = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oe0BVbCBdZ9xoAoGCCqGSM49\nAwEHoUQDQgAE7ZOw==\n-----END EC PRIVATE KEY-----\n';
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://10.0.0.1:6443
    certificate-authority-data: Q0EgREFUQQ==
users:
- name: cert
  user:
    client-certificate-data: Q0VSVElGSUNBVEUgREFUQQ==
    client-key-data: ${Buffer.from(KEY_PEM).toString('base64')}
- name: tok
  user:
    token: eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.sig
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: aws
      args: [eks, get-token, --cluster-name, prod]
      env:
      - name: AWS_SESSION_TOKEN
        value: FQoGZXIvYXdzEJr//////////wEaDSESSIONTOKEN
contexts:
- name: ctx
  context: {cluster: c, user: cert}
current-context: ctx
`;

describe('kubeconfig from a secret input', () => {
  it('accepts YAML, and the same base64-encoded; rejects anything else without echoing it', () => {
    expect(decodeKubeconfig(KUBECONFIG).text).toBe(KUBECONFIG.trim() + '\n');
    expect(decodeKubeconfig(Buffer.from(KUBECONFIG).toString('base64')).text).toBe(KUBECONFIG.trim() + '\n');
    expect(() => decodeKubeconfig('s3cr3t-not-a-config')).toThrow(/^input kubeconfig is not a kubeconfig \(YAML, JSON or base64 of either\)$/);
    expect(() => decodeKubeconfig('apiVersion: v1\nkind: Config\n')).toThrow(/has no clusters or contexts/);
  });

  it('finds every credential to mask: key and certificate data (and the decoded key lines), tokens, exec env values', () => {
    const secrets = kubeconfigSecrets(decodeKubeconfig(KUBECONFIG).doc);
    expect(secrets).toEqual(
      expect.arrayContaining([
        Buffer.from(KEY_PEM).toString('base64'),
        'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oe0BVbCBdZ9xoAoGCCqGSM49',
        'Q0VSVElGSUNBVEUgREFUQQ==',
        'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.sig',
        'FQoGZXIvYXdzEJr//////////wEaDSESSIONTOKEN',
      ]),
    );
    // the server address and names are not secrets: masking them would hide the log line that names the cluster
    expect(secrets).not.toContain('https://10.0.0.1:6443');
    expect(secrets).not.toContain('aws');
  });

  it('writes 0600 in a 0700 directory under RUNNER_TEMP, reports the path first, and removes only what it wrote', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'pia-kc-'));
    let announced = '';
    const w = writeKubeconfig(KUBECONFIG, { runnerTemp: temp, beforeWrite: (x) => (announced = existsSync(x.file) ? 'too late' : x.file) });
    expect(announced).toBe(w.file);
    expect(statSync(w.file).mode & 0o777).toBe(0o600);
    expect(statSync(w.dir).mode & 0o777).toBe(0o700);
    expect(path.dirname(w.dir)).toBe(temp);

    const other = path.join(temp, 'not-ours');
    mkdirSync(other);
    writeFileSync(path.join(other, 'config'), 'x');
    expect(() => removeKubeconfig(path.join(other, 'config'), temp)).toThrow(/refusing to remove .*not a kubeconfig this action wrote/);
    expect(() => removeKubeconfig('/etc/passwd', temp)).toThrow(/refusing/);
    expect(existsSync(path.join(other, 'config'))).toBe(true);

    expect(removeKubeconfig(w.file, temp)).toBe(true);
    expect(existsSync(w.dir)).toBe(false);
    expect(removeKubeconfig(w.file, temp)).toBe(false);
  });

  it("without an input: the runner's KUBECONFIG (first existing entry), else ~/.kube/config, else a clear error", () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'pia-kc-'));
    const file = path.join(temp, 'config');
    writeFileSync(file, KUBECONFIG);
    expect(runnerKubeconfig({ KUBECONFIG: `${path.join(temp, 'missing')}:${file}`, HOME: temp })).toBe(file);
    mkdirSync(path.join(temp, '.kube'));
    writeFileSync(path.join(temp, '.kube', 'config'), KUBECONFIG);
    expect(runnerKubeconfig({ HOME: temp })).toBe(path.join(temp, '.kube', 'config'));
    expect(() => runnerKubeconfig({ HOME: path.join(temp, 'nowhere') })).toThrow(/no kubeconfig: pass the kubeconfig input,/);
  });
});

describe('deploy inputs', () => {
  it('durations', () => {
    expect(parseDuration('300', 't')).toBe(300_000);
    expect(parseDuration('90s', 't')).toBe(90_000);
    expect(parseDuration('1h30m', 't')).toBe(5_400_000);
    expect(() => parseDuration('ten minutes', 'input timeout')).toThrow('input timeout must be a duration like 300, 90s, 10m or 1h30m (got "ten minutes")');
    expect(() => parseDuration('0s', 'input timeout')).toThrow(/longer than 0/);
  });

  it('qualifies a short ref from the checkout: tag before branch, a SHA stays as it is', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'pia-ref-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).toString().trim();
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'x');
    git('tag', 'v1.2.0');
    git('branch', 'feature');
    expect(qualifyRef('v1.2.0', repo)).toBe('refs/tags/v1.2.0');
    expect(qualifyRef('main', repo)).toBe('refs/heads/main');
    expect(qualifyRef('feature', repo)).toBe('refs/heads/feature');
    expect(qualifyRef('refs/tags/v9', repo)).toBe('refs/tags/v9');
    const sha = git('rev-parse', 'HEAD');
    expect(qualifyRef(sha, repo)).toBe(sha);
    expect(qualifyRef('--upload-pack=evil', repo)).toBe('--upload-pack=evil');
    expect(shortRef('refs/tags/v1.2.0')).toBe('v1.2.0');
    expect(shortRef('refs/heads/main')).toBe('main');
  });
});
