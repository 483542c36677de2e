import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applysetId } from '../../../src/deploy/applyset.js';
import { classifyFailure, clusterEndpoint, scrubCredentials } from '../../../src/tools/kubectl.js';
import { UsageError } from '../../../src/report/finding.js';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: a
  cluster: {server: "https://10.0.0.1:6443", certificate-authority-data: Q0EK}
- name: b
  cluster: {server: "https://b.example:443"}
users:
- name: u
  user: {token: "s3cr3t-token-value", client-key-data: "S0VZ"}
contexts:
- name: ctx-a
  context: {cluster: a, user: u}
- name: ctx-b
  context: {cluster: b, user: u}
current-context: ctx-a
`;

describe('kubectl runner helpers', () => {
  it('reads only the server address of the chosen context', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-'));
    const file = path.join(dir, 'config');
    writeFileSync(file, KUBECONFIG);
    expect(clusterEndpoint(file)).toEqual({ context: 'ctx-a', cluster: 'a', server: 'https://10.0.0.1:6443' });
    expect(clusterEndpoint(file, 'ctx-b').server).toBe('https://b.example:443');
    expect(() => clusterEndpoint(file, 'nope')).toThrow(/context "nope" is not in kubeconfig/);
    expect(() => clusterEndpoint(path.join(dir, 'missing'))).toThrow(UsageError);
    // nothing returned carries the user's credentials
    expect(JSON.stringify(clusterEndpoint(file))).not.toMatch(/s3cr3t|S0VZ/);
  });

  it('scrubs anything credential-like from text it passes on', () => {
    const text = 'Authorization: Bearer eyJhbGciOi.abc.def\ntoken: abcdefgh12345\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\nplain line';
    const out = scrubCredentials(text);
    expect(out).not.toMatch(/eyJhbGciOi|abcdefgh12345|MHcCAQEE/);
    expect(out).toMatch(/plain line/);
  });

  it('classifies kubectl failures by the messages client-go and the API server print', () => {
    expect(classifyFailure('The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?')).toBe('unreachable');
    expect(classifyFailure('Unable to connect to the server: dial tcp 127.0.0.1:1: connect: connection refused')).toBe('unreachable');
    expect(classifyFailure('error: You must be logged in to the server (Unauthorized)')).toBe('unauthorized');
    expect(classifyFailure('Error from server (Forbidden): secrets is forbidden: User "x" cannot list resource')).toBe('forbidden');
    expect(classifyFailure('error: Apply failed with 1 conflict: conflict with "ops" using apps/v1: .spec.replicas')).toBe('conflict');
  });

  it('computes kubectl\'s ApplySet id (KEP-3659 example: name.namespace.Kind.group)', () => {
    expect(applysetId('set', 'ns')).toMatch(/^applyset-[A-Za-z0-9_-]{43}-v1$/);
    expect(applysetId('set', 'ns')).not.toBe(applysetId('set', 'other'));
  });
});
