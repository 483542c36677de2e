// Reading a kubeconfig context for the in-process client: what it supports, what it leaves to
// kubectl, and errors that point at the kubeconfig line without quoting a credential.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveApiAuth } from '../../../src/deploy/api/kubeconfig-auth.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-auth-'));
let n = 0;
function kc(user: string, cluster = '    server: https://10.0.0.1:6443\n'): string {
  const file = path.join(dir, `config-${++n}`);
  writeFileSync(
    file,
    ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: c', '  cluster:', cluster.trimEnd(), 'users:', '- name: u', '  user:', user.trimEnd(), 'contexts:', '- name: x', '  context:', '    cluster: c', '    user: u', 'current-context: x', ''].join('\n'),
  );
  return file;
}

describe('resolveApiAuth', () => {
  it('takes a token, client certificate data, a CA file relative to the kubeconfig, and the proxy', () => {
    writeFileSync(path.join(dir, 'ca.crt'), 'CA');
    const file = kc('    token: abc\n    client-certificate-data: Q0VSVA==\n    client-key-data: S0VZ\n', '    server: https://10.0.0.1:6443\n    certificate-authority: ca.crt\n    proxy-url: http://proxy:3128\n    tls-server-name: api.internal\n');
    const r = resolveApiAuth(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.auth.token).toBe('abc');
    expect(r.auth.clientCert?.toString()).toBe('CERT');
    expect(r.auth.clientKey?.toString()).toBe('KEY');
    expect(r.auth.trust.ca?.toString()).toBe('CA');
    expect(r.auth.trust.tlsServerName).toBe('api.internal');
    expect(r.auth.proxyUrl).toBe('http://proxy:3128');
  });

  it('an exec plugin: v1 needs interactiveMode, v1beta1 defaults it; Always is left to kubectl', () => {
    const v1 = resolveApiAuth(kc('    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n      args: [eks, get-token]\n      interactiveMode: Never\n      env:\n      - name: AWS_PROFILE\n        value: prod\n'));
    expect(v1.ok && v1.auth.exec).toMatchObject({ command: 'aws', args: ['eks', 'get-token'], env: { AWS_PROFILE: 'prod' }, interactiveMode: 'Never' });
    const beta = resolveApiAuth(kc('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n'));
    expect(beta.ok && beta.auth.exec?.interactiveMode).toBe('IfAvailable');
    expect(resolveApiAuth(kc('    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: x\n      interactiveMode: Always\n'))).toEqual({ ok: false, reason: 'exec interactiveMode Always' });
    const file = kc('    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: x\n');
    expect(() => resolveApiAuth(file)).toThrow(`${file}:11: exec of apiVersion client.authentication.k8s.io/v1 needs interactiveMode`);
  });

  it('leaves auth-provider, impersonation, unknown keys and old exec versions to kubectl', () => {
    expect(resolveApiAuth(kc('    auth-provider:\n      name: oidc\n'))).toEqual({ ok: false, reason: 'user key auth-provider' });
    expect(resolveApiAuth(kc('    token: abc\n    as: someone\n'))).toEqual({ ok: false, reason: 'user key as' });
    expect(resolveApiAuth(kc('    token: abc\n', '    server: https://10.0.0.1:6443\n    something-new: true\n'))).toEqual({ ok: false, reason: 'cluster key something-new' });
    expect(resolveApiAuth(kc('    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n      command: x\n'))).toEqual({ ok: false, reason: 'exec apiVersion client.authentication.k8s.io/v1alpha1' });
    expect(resolveApiAuth(kc('    token: abc\n', '    server: https://10.0.0.1:6443\n    proxy-url: socks5://p:1080\n'))).toEqual({ ok: false, reason: 'proxy-url scheme socks5:' });
  });

  it('errors name the kubeconfig line and the key, never the value', () => {
    const missing = kc('    client-certificate: nope.crt\n    client-key: nope.key\n');
    expect(() => resolveApiAuth(missing)).toThrow(`${missing}:10: client-certificate names ${path.join(dir, 'nope.crt')}, which does not exist`);
    const notB64 = kc('    client-certificate-data: "s3cr3t!value"\n    client-key-data: S0VZ\n');
    let message = '';
    try {
      resolveApiAuth(notB64);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(`${notB64}:10: client-certificate-data is not base64`);
    expect(message).not.toContain('s3cr3t');
    const keyOnly = kc('    client-key-data: S0VZ\n');
    expect(() => resolveApiAuth(keyOnly)).toThrow(`${keyOnly}:10: user "u" has a client key without a certificate`);
    const tokenFile = kc('    tokenFile: /nonexistent/token\n');
    expect(() => resolveApiAuth(tokenFile)).toThrow(`${tokenFile}:10: tokenFile names /nonexistent/token, which does not exist`);
  });
});
