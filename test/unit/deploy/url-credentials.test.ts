import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconfigSecrets } from '../../../src/deploy/kubeconfig.js';
import { clusterEndpoint, scrubCredentials } from '../../../src/tools/kubectl.js';
import { redactUrl, scrubUrlCredentials, urlUserinfo } from '../../../src/report/url-credentials.js';

describe('URL userinfo in kubeconfig server and proxy-url', () => {
  it.each([
    ['https://alice:s3cret@k8s.example:6443', 'https://***@k8s.example:6443'],
    ['https://alice@k8s.example:6443/prefix', 'https://***@k8s.example:6443/prefix'],
    ['https://k8s.example:6443', 'https://k8s.example:6443'],
    // an unencoded @ or / in the password: everything up to the last @ is hidden
    ['https://alice:p@ss/w0rd@10.0.0.1:6443', 'https://***@10.0.0.1:6443'],
    ['http://proxy%40user:pa%3Ass@proxy.corp:3128', 'http://***@proxy.corp:3128'],
    // no scheme (client-go defaults to https)
    ['bob:hunter22@10.0.0.2:6443', '***@10.0.0.2:6443'],
  ])('redacts %s', (url, want) => {
    expect(redactUrl(url)).toBe(want);
  });

  it('splits userinfo into user and password as written', () => {
    expect(urlUserinfo('https://alice:s3:cret@h:1')).toEqual({ userinfo: 'alice:s3:cret', user: 'alice', password: 's3:cret' });
    expect(urlUserinfo('https://token-only@h')).toEqual({ userinfo: 'token-only', user: 'token-only' });
    expect(urlUserinfo('https://h:6443')).toBeUndefined();
  });

  it('scrubs userinfo from free text such as kubectl -v=6 lines, keeping the host', () => {
    const line = 'I1202 helpers.go:264] Connection error: Get "https://sentineluser:***@127.0.0.1:1/api?timeout=5s": dial tcp 127.0.0.1:1: connect: connection refused';
    const out = scrubUrlCredentials(line);
    expect(out).not.toContain('sentineluser');
    expect(out).toContain('Get "https://***@127.0.0.1:1/api?timeout=5s"');
    expect(scrubCredentials('proxyconnect via http://pu:pp@proxy:3128 and https://u:p@h two urls')).toBe('proxyconnect via http://***@proxy:3128 and https://***@h two urls');
    expect(scrubUrlCredentials('mail admin@example.com at https://example.com/a')).toBe('mail admin@example.com at https://example.com/a');
  });

  it('clusterEndpoint never returns the userinfo of the server', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-url-'));
    const file = path.join(dir, 'config');
    writeFileSync(
      file,
      'apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\nclusters:\n- name: k\n  cluster: {server: "https://sentineluser:sentinelpass@127.0.0.1:6443", proxy-url: "http://proxyuser:proxypass@127.0.0.1:3128"}\nusers:\n- name: u\n  user: {}\n',
    );
    const e = clusterEndpoint(file);
    expect(e.server).toBe('https://***@127.0.0.1:6443');
    expect(JSON.stringify(e)).not.toMatch(/sentinel|proxyuser|proxypass/);
  });

  it('kubeconfigSecrets returns every userinfo part of every cluster, raw and percent-decoded', () => {
    const doc = {
      clusters: [
        { name: 'a', cluster: { server: 'https://sentineluser:sentinelpass@127.0.0.1:6443', 'proxy-url': 'http://proxy%40corp:pr%3Axy%2Fpass@10.0.0.9:3128' } },
        { name: 'b', cluster: { server: 'https://tokenonlyuser@b.example' } },
        { name: 'c', cluster: { server: 'https://c.example:6443' } },
        { name: 'd', cluster: { server: 'https://ab:cd@d.example' } },
      ],
      contexts: [],
    };
    const secrets = kubeconfigSecrets(doc);
    for (const want of ['sentineluser:sentinelpass', 'sentineluser', 'sentinelpass', 'proxy%40corp:pr%3Axy%2Fpass', 'proxy%40corp', 'pr%3Axy%2Fpass', 'proxy@corp', 'pr:xy/pass', 'proxy@corp:pr:xy/pass', 'tokenonlyuser', 'ab:cd']) {
      expect(secrets).toContain(want);
    }
    // Hosts are not secrets; parts under 4 characters would mask common letters everywhere.
    expect(secrets.some((s) => s.includes('example') || s.includes('127.0.0.1'))).toBe(false);
    expect(secrets).not.toContain('ab');
  });
});

describe('KubectlRunner error messages', () => {
  it('scrub URL userinfo from the stdout a failed kubectl printed instead of stderr', async () => {
    const { KubectlRunner } = await import('../../../src/tools/kubectl.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-err-'));
    const file = path.join(dir, 'config');
    writeFileSync(file, 'apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\nclusters:\n- name: k\n  cluster: {server: "https://alice:s3cretpw@10.0.0.1:6443"}\nusers:\n- name: u\n  user: {}\n');
    const k = new KubectlRunner({ kubeconfig: file, kubectl: process.execPath });
    const e = k.error(['get', 'pods'], { code: 1, stdout: 'error: Get "https://alice:s3cretpw@10.0.0.1:6443/api": refused', stderr: '' });
    expect(e.message).toBe('kubectl get pods failed against https://***@10.0.0.1:6443: error: Get "https://***@10.0.0.1:6443/api": refused');
  });
});
