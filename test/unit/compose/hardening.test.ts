/** Isolation and secret-delivery rules: each fires at the line to change and stays quiet on the safe form. */
import { describe, expect, it } from 'vitest';
import { check, ofRule, where } from './helpers.js';

const GITHUB_TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const AWS_KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';

describe('compose isolation rules', () => {
  it('privileged, the engine socket and the host network fire; their absence does not', async () => {
    const r = await check({
      'compose.yaml': [
        'services:',
        '  agent:',
        '    image: agent:1.0',
        '    privileged: true',
        '    network_mode: host',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock',
        '      - type: bind',
        '        source: /run/podman/podman.sock',
        '        target: /run/podman.sock',
        '  safe:',
        '    image: safe:1.0',
        '    privileged: false',
        '    volumes:',
        '      - ./data:/data',
        '',
      ].join('\n'),
    });
    expect(where(r.findings.filter((f) => /privileged|docker-socket|host-network/.test(f.rule))).sort()).toEqual([
      'compose/docker-socket compose.yaml:7',
      'compose/docker-socket compose.yaml:8',
      'compose/host-network compose.yaml:5',
      'compose/privileged compose.yaml:4',
    ]);
    expect(ofRule(r, 'compose/host-network')[0]!.severity).toBe('warning');
  });

  it('a database port on all interfaces fires; on loopback, or another port, it does not', async () => {
    const r = await check({
      'compose.yaml': [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    ports:',
        '      - "5432:5432"',
        '      - "127.0.0.1:15432:5432"',
        '      - target: 6379',
        '        host_ip: 0.0.0.0',
        '      - "8080:80"',
        '      - "[::1]:3306:3306"',
        '',
      ].join('\n'),
    });
    expect(where(ofRule(r, 'compose/database-port-exposed'))).toEqual(['compose/database-port-exposed compose.yaml:5', 'compose/database-port-exposed compose.yaml:7']);
    expect(ofRule(r, 'compose/database-port-exposed')[0]!.message).toMatch(/PostgreSQL port 5432 on all interfaces/);
  });
});

describe('compose/secret-literal', () => {
  it('fires on secret-named literals and credential formats, in both environment syntaxes, never quoting the value', async () => {
    const r = await check({
      'compose.yaml': [
        'services:',
        '  api:',
        '    image: api:1.0',
        '    environment:',
        '      DB_PASSWORD: hunter2-not-a-var',
        `      GIT_AUTH: ${GITHUB_TOKEN}`,
        '      LOG_LEVEL: debug',
        '      PASSWORD_FILE: /run/secrets/db',
        '      TOKEN_TTL: "3600"',
        '      SORT_KEY: created_at',
        '      FROM_SHELL:',
        '      API_TOKEN: ${API_TOKEN:?set it}',
        '      WITH_DEFAULT: ${POSTGRES_PASSWORD:-dev}',
        '  worker:',
        '    image: worker:1.0',
        '    environment:',
        `      - AWS_ACCESS_KEY_ID=${AWS_KEY_ID}`,
        '      - SIGNING_KEY=abc123def',
        '      - SECRET_NAME=db-credentials',
        '      - PASSTHROUGH_SECRET',
        '',
      ].join('\n'),
    }, { env: { PASSTHROUGH_SECRET: 'from-the-shell', API_TOKEN: 'shell-token', FROM_SHELL: 'x' } });
    const hits = ofRule(r, 'compose/secret-literal');
    expect(where(hits).sort()).toEqual([
      'compose/secret-literal compose.yaml:17',
      'compose/secret-literal compose.yaml:18',
      'compose/secret-literal compose.yaml:5',
      'compose/secret-literal compose.yaml:6',
    ]);
    const text = JSON.stringify(r.findings);
    for (const secret of ['hunter2', GITHUB_TOKEN, AWS_KEY_ID, 'abc123def', 'from-the-shell', 'shell-token']) expect(text).not.toContain(secret);
    expect(hits.find((f) => f.line === 6)!.message).toMatch(/GIT_AUTH holds a GitHub token/);
    expect(hits.find((f) => f.line === 17)!.message).toMatch(/AWS_ACCESS_KEY_ID holds an AWS access key id/);
  });

  it('the example project is clean', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-portarium-dev}\n    ports:\n      - "127.0.0.1:5432:5432"\n' });
    expect(r.findings.filter((f) => /secret-literal|database-port/.test(f.rule))).toEqual([]);
  });
});
