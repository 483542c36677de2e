/** Each rule fires at the line a person has to change, and stays quiet on the valid form. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/checks/compose/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { check, ofRule, where } from './helpers.js';

const svc = (body: string, extra = ''): string => `services:\n  web:\n    image: nginx:1.27\n${body}${extra}`;

describe('compose rules', () => {
  it('every rule is documented in docs/rules/compose.md with its default severity', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'compose.md'), 'utf8');
    for (const r of RULES) {
      expect(doc, r.id).toContain(`## ${r.id}`);
      const section = doc.split(`## ${r.id}`)[1]!.split('\n## ')[0]!;
      expect(section, r.id).toContain(`**Default severity:** ${r.severity}`);
      expect(section, r.id).toContain(`${r.id}: off`);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('undefined network, volume, secret, config, model', async () => {
    const r = await check({
      'compose.yaml': svc(
        '    networks:\n      - back\n    volumes:\n      - data:/data\n      - ./local:/local\n      - /anonymous\n    secrets:\n      - key\n    configs:\n      - source: conf\n        target: /etc/x\n    models:\n      - llm\n',
      ),
    });
    expect(where(r.findings.filter((f) => f.severity === 'error'))).toEqual([
      'compose/undefined-network compose.yaml:5',
      'compose/undefined-volume compose.yaml:7',
      'compose/undefined-secret compose.yaml:11',
      'compose/undefined-config compose.yaml:13',
      'compose/undefined-model compose.yaml:16',
    ]);
    expect(ofRule(r, 'compose/undefined-network')[0]!.message).toBe('service "web" refers to undefined network back');
  });

  it('declared resources are fine, and `default` needs no declaration', async () => {
    const r = await check({
      'compose.yaml':
        svc('    networks: [back, default]\n    volumes: [data:/data]\n    secrets: [key]\n') +
        'networks:\n  back: {}\nvolumes:\n  data: {}\nsecrets:\n  key:\n    file: ./key.txt\n',
    });
    expect(r.findings).toEqual([]);
  });

  it('depends_on: unknown service, profile-disabled service, required: false', async () => {
    const base = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n      worker:\n        condition: service_started\n';
    const worker = '  worker:\n    image: worker:1\n    profiles: [jobs]\n';
    const r = await check({ 'compose.yaml': base + worker });
    expect(where(r.findings)).toEqual(['compose/undefined-service compose.yaml:5', 'compose/undefined-service compose.yaml:7']);
    expect(r.findings[1]!.message).toContain('disabled: none of its profiles (jobs) is active');

    const enabled = await check({ 'compose.yaml': base + worker + '  cache:\n    image: redis:7\n' }, { profiles: ['jobs'] });
    expect(enabled.findings).toEqual([]);
    const all = await check({ 'compose.yaml': base + worker + '  cache:\n    image: redis:7\n' }, { profiles: ['*'] });
    expect(all.findings).toEqual([]);
    const fromEnv = await check({ 'compose.yaml': base + worker + '  cache:\n    image: redis:7\n' }, { env: { COMPOSE_PROFILES: 'other,jobs' } });
    expect(fromEnv.findings).toEqual([]);

    const optional = await check({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      worker:\n        condition: service_started\n        required: false\n' + worker,
    });
    expect(optional.findings).toEqual([]);
  });

  it('a disabled service is not checked', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n  debug:\n    profiles: [debug]\n    networks: [nowhere]\n' });
    expect(r.findings).toEqual([]);
  });

  it('dependency cycles, at the edge that closes them', async () => {
    const r = await check({
      'compose.yaml':
        'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [c]\n  c:\n    image: c:1\n    links: [a]\n',
    });
    expect(where(r.findings)).toEqual(['compose/dependency-cycle compose.yaml:10']);
    expect(r.findings[0]!.message).toBe('dependency cycle detected: a -> b -> c -> a');
  });

  it('missing image', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    command: ["x"]\n' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'compose/missing-image', line: 2, message: 'service "web" has neither an image nor a build context specified' }),
    ]);
  });

  it('invalid ports, long-form host_ip too', async () => {
    const r = await check({
      'compose.yaml': svc('    ports:\n      - "8080:80"\n      - "80443:443"\n      - "70000"\n      - target: 80\n        host_ip: 300.0.0.1\n      - "53:53/icmp"\n'),
    });
    expect(where(r.findings)).toEqual([
      'compose/invalid-port compose.yaml:6',
      'compose/invalid-port compose.yaml:7',
      'compose/invalid-port compose.yaml:9',
      'compose/invalid-port compose.yaml:10',
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'invalid port "80443:443": Invalid hostPort: 80443',
      'invalid port "70000": Invalid containerPort: 70000',
      'services.web.ports: invalid ip address: 300.0.0.1',
      'invalid port "53:53/icmp": Invalid proto: icmp',
    ]);
  });

  it('invalid durations', async () => {
    const r = await check({
      'compose.yaml': svc('    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10 seconds\n      timeout: 5s\n    stop_grace_period: 1m30\n'),
    });
    expect(where(r.findings)).toEqual(['compose/invalid-duration compose.yaml:6', 'compose/invalid-duration compose.yaml:8']);
    expect(r.findings[1]!.message).toBe('services.web.stop_grace_period: time: missing unit in duration "1m30"');
  });

  it('service_healthy on a service without healthcheck', async () => {
    const yaml = (hc: string): string =>
      `services:\n  api:\n    image: api:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n${hc}`;
    // Image only: its own HEALTHCHECK cannot be seen offline, so a warning that says exactly that.
    const r = await check({ 'compose.yaml': yaml('') });
    expect(where(r.findings)).toEqual(['compose/healthcheck-required compose.yaml:6']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toBe(
      'service "api" waits for "db" to be healthy; "db" has no healthcheck in the compose file, and we cannot see whether image postgres:16 defines a HEALTHCHECK',
    );
    // Disabled in the compose file: known, an error.
    const disabled = await check({ 'compose.yaml': yaml('    healthcheck:\n      disable: true\n') });
    expect(where(disabled.findings)).toEqual(['compose/healthcheck-required compose.yaml:6']);
    expect(disabled.findings[0]!.severity).toBe('error');
    expect(disabled.findings[0]!.message).toContain('the healthcheck of "db" is disabled');
    const ok = await check({ 'compose.yaml': yaml('    healthcheck:\n      test: pg_isready\n') });
    expect(ok.findings).toEqual([]);
  });

  it('service_healthy on a built service: the Dockerfile in the repository decides what is known', async () => {
    const yaml = `services:\n  api:\n    image: api:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    build: ./db\n`;
    const built = (dockerfile: string) => check({ 'compose.yaml': yaml, 'db/Dockerfile': dockerfile });
    // HEALTHCHECK in the Dockerfile: compose uses it, nothing to say.
    expect((await built('FROM postgres:16\nHEALTHCHECK CMD pg_isready\n')).findings).toEqual([]);
    // HEALTHCHECK NONE: known to have none, an error.
    const none = await built('FROM postgres:16\nHEALTHCHECK NONE\n');
    expect(none.findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', 'service "api" waits for "db" to be healthy, but "db" has no healthcheck: none in the compose file, and its Dockerfile sets HEALTHCHECK NONE'],
    ]);
    // FROM scratch and no HEALTHCHECK: known, an error.
    expect((await built('FROM scratch\nCOPY app /app\n')).findings.map((f) => f.severity)).toEqual(['error']);
    // No HEALTHCHECK, built on an image we cannot see: a warning naming that base image.
    const base = await built('FROM postgres:16 AS db\nRUN true\n');
    expect(base.findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'service "api" waits for "db" to be healthy; "db" has no healthcheck in the compose file, and we cannot see whether the base image postgres:16 of its Dockerfile defines a HEALTHCHECK'],
    ]);
    // A stage built on an earlier stage inherits that stage's HEALTHCHECK.
    expect((await built('FROM postgres:16 AS base\nHEALTHCHECK CMD pg_isready\nFROM base\nRUN true\n')).findings).toEqual([]);
  });

  it('healthcheck.test must start with CMD, CMD-SHELL or NONE', async () => {
    const r = await check({ 'compose.yaml': svc('    healthcheck:\n      test: ["curl", "-f", "http://localhost"]\n') });
    expect(where(r.findings)).toEqual(['compose/invalid-healthcheck compose.yaml:5']);
  });

  it('images without a tag or with latest', async () => {
    const r = await check({
      'compose.yaml':
        'services:\n  a:\n    image: nginx\n  b:\n    image: nginx:latest\n  c:\n    image: localhost:5000/app\n  d:\n    image: nginx:1.27\n  e:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  f:\n    image: myapp\n    build: .\n  g:\n    image: registry:5000/team/app:2.1\n',
      Dockerfile: 'FROM scratch\n',
    });
    expect(where(r.findings)).toEqual([
      'compose/image-latest-tag compose.yaml:3',
      'compose/image-latest-tag compose.yaml:5',
      'compose/image-latest-tag compose.yaml:7',
    ]);
    expect(r.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('the same host port published twice across merged files, reported at both', async () => {
    const r = await check(
      {
        'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  api:\n    image: api:1\n    ports:\n      - "127.0.0.1:9000:9000"\n',
        'compose.ci.yaml': 'services:\n  api:\n    ports:\n      - "8080:8080"\n      - "9000:9000/udp"\n',
      },
      { files: ['compose.yaml', 'compose.ci.yaml'] },
    );
    expect(where(r.findings)).toEqual(['compose/duplicate-host-port compose.ci.yaml:4', 'compose/duplicate-host-port compose.yaml:5']);
    expect(r.findings.map((f) => f.message)).toEqual([
      'host port 8080/tcp of service "api" is also published by service "web" (compose.yaml:5)',
      'host port 8080/tcp of service "web" is also published by service "api" (compose.ci.yaml:4)',
    ]);
  });

  it('a host port published twice by one service, on the any-address and on 127.0.0.1', async () => {
    const r = await check({ 'compose.yaml': svc('    ports:\n      - "127.0.0.1:80:80"\n      - "80:8080"\n      - "81:81/udp"\n      - "81:81"\n') });
    expect(r.findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '5 host port 80/tcp is published twice by service "web" (also at compose.yaml:6)',
      '6 host port 80/tcp is published twice by service "web" (also at compose.yaml:5)',
    ]);
  });

  it('build context and Dockerfile must exist', async () => {
    const r = await check({
      'compose.yaml':
        'services:\n  a:\n    build: ./missing\n  b:\n    build:\n      context: ./app\n      dockerfile: Containerfile\n  c:\n    build:\n      context: ./app\n  d:\n    build:\n      context: ./app\n      dockerfile_inline: FROM scratch\n  e:\n    build: https://github.com/docker/compose.git\n',
      'app/Dockerfile': 'FROM scratch\n',
    });
    expect(where(r.findings)).toEqual(['compose/build-context-missing compose.yaml:3', 'compose/dockerfile-missing compose.yaml:7']);
  });

  it('env_file must exist unless required: false', async () => {
    const r = await check({
      'compose.yaml': svc('    env_file:\n      - ./present.env\n      - ./absent.env\n      - path: ./optional.env\n        required: false\n'),
      'present.env': 'A=1\n',
    });
    expect(where(r.findings)).toEqual(['compose/missing-env-file compose.yaml:6']);
  });

  it('container_name collisions', async () => {
    const r = await check({
      'compose.yaml': 'services:\n  a:\n    image: a:1\n    container_name: app\n  b:\n    image: b:1\n    container_name: app\n',
    });
    expect(where(r.findings)).toEqual(['compose/duplicate-container-name compose.yaml:4', 'compose/duplicate-container-name compose.yaml:7']);
  });

  it('conflicting attributes and duplicate mounts', async () => {
    const r = await check({
      'compose.yaml':
        svc('    network_mode: host\n    networks: [x]\n    tmpfs: /data\n    volumes:\n      - type: volume\n        source: d\n        target: /data\n') +
        'networks:\n  x: {}\nvolumes:\n  d: {}\n',
    });
    expect(where(r.findings)).toEqual(['compose/conflicting-attributes compose.yaml:4', 'compose/host-network compose.yaml:4', 'compose/duplicate-mount compose.yaml:8']);
  });

  it('variables: required is an error at the variable, unset is a warning, invalid template an error', async () => {
    const r = await check({
      'compose.yaml': 'services:\n  web:\n    image: nginx:${TAG:?set TAG}\n    environment:\n      A: ${UNSET_ONE}\n      B: ${WITH_DEFAULT:-x}\n      C: ${ bad}\n',
    });
    expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.line}:${f.column}`)).toEqual([
      'compose/required-variable error 3:18',
      'compose/unset-variable warning 5:10',
      'compose/invalid-interpolation error 7:10',
    ]);
    expect(r.findings[0]!.message).toBe('required variable TAG is missing a value: set TAG (in services.web.image)');
  });

  it('a value that failed interpolation is not reported again by later checks', async () => {
    const r = await check({ 'compose.yaml': svc('    ports:\n      - "${PORT:?}:80"\n') });
    expect(where(r.findings)).toEqual(['compose/required-variable compose.yaml:5']);
  });

  it('casts after interpolation, and YAML 1.1 booleans', async () => {
    const r = await check({
      'compose.yaml': svc('    privileged: ${PRIV}\n    tty: yes\n    read_only: maybe\n    ports:\n      - target: ${T}\n'),
      '.env': 'PRIV=true\nT=80\n',
    });
    expect(where(r.findings)).toEqual(['compose/privileged compose.yaml:4', 'compose/yaml11-boolean compose.yaml:5', 'compose/invalid-value compose.yaml:6']);
    expect(r.findings[2]!.message).toBe('services.web.read_only: failed to cast to expected type: invalid boolean: maybe');
    const web = (r.projects[0]!.model as { services: { web: Record<string, unknown> } }).services.web;
    expect(web['privileged']).toBe(true);
    expect(web['tty']).toBe(true);
    expect(web['ports']).toEqual([{ mode: 'ingress', target: 80, protocol: 'tcp' }]);
  });

  it('the obsolete version attribute', async () => {
    const r = await check({ 'compose.yaml': 'version: "3.8"\n' + svc('') });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'compose/obsolete-version', severity: 'warning', line: 1 })]);
  });

  it('merge conflict between a mapping and a list', async () => {
    const r = await check(
      { 'compose.yaml': svc('    deploy:\n      replicas: 2\n'), 'compose.override.yaml': 'services:\n  web:\n    deploy: [x]\n' },
      { files: ['compose.yaml', 'compose.override.yaml'] },
    );
    expect(where(r.findings)).toEqual(['compose/merge-conflict compose.override.yaml:3']);
  });

  it('remote includes are a notice, not a failure', async () => {
    const r = await check({ 'compose.yaml': 'include:\n  - oci://registry/app:1\nservices:\n  web:\n    image: nginx:1.27\n' });
    expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.line}`)).toEqual(['compose/remote-resource notice 2']);
  });
});
