/** runCompose end to end: variables report, model shape, merge positions, discovery, !reset/!override. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../../src/checks/compose/index.js';
import { check, ofRule, project, where } from './helpers.js';

type Svc = Record<string, unknown>;
const services = (r: { projects: Array<{ model?: Record<string, unknown> }> }, i = 0): Record<string, Svc> =>
  (r.projects[i]!.model as { services: Record<string, Svc> }).services;

describe('variables', () => {
  const files = {
    'compose.yaml': [
      'services:',
      '  web:',
      '    image: ${REGISTRY:-docker.io}/web:${TAG:?set TAG}',
      '    environment:',
      '      FROM_ENV: ${FROM_ENV}',
      '      FROM_DOTENV: ${FROM_DOTENV}',
      '      MISSING: ${MISSING}',
      '      LITERAL: $$NOT_A_VAR',
      '',
    ].join('\n'),
    '.env': '# project env\nTAG=1.2.3\nFROM_DOTENV=dot\nFROM_ENV=loses-to-the-shell\n',
    'ci.env': 'TAG=9.9.9\n',
  };

  it('reports each use with where it is set; the shell wins over .env', async () => {
    const r = await check(files, { env: { FROM_ENV: 'shell' } });
    const uses = r.projects[0]!.variables.map((u) => [u.name, u.line, u.required, u.default, u.source, u.sourceFile]);
    expect(uses).toEqual([
      ['REGISTRY', 3, false, 'docker.io', 'unset', undefined],
      ['TAG', 3, true, undefined, '.env', '.env'],
      ['FROM_ENV', 5, false, undefined, 'env', undefined],
      ['FROM_DOTENV', 6, false, undefined, '.env', '.env'],
      ['MISSING', 7, false, undefined, 'unset', undefined],
    ]);
    expect(where(r.findings)).toEqual(['compose/unset-variable compose.yaml:7']);
    const web = services(r)['web']!;
    expect(web['image']).toBe('docker.io/web:1.2.3');
    expect(web['environment']).toEqual({ FROM_DOTENV: 'dot', FROM_ENV: 'shell', LITERAL: '$NOT_A_VAR', MISSING: '' });
    expect(r.summaryMarkdown).toContain('| `TAG` | `compose.yaml:3` | yes |  | .env (`.env`) |');
  });

  it('--env-file replaces .env', async () => {
    const r = await check(files, { envFiles: ['ci.env'] });
    const tag = r.projects[0]!.variables.find((u) => u.name === 'TAG')!;
    expect([tag.source, tag.sourceFile]).toEqual(['env-file', 'ci.env']);
    expect(services(r)['web']!['image']).toBe('docker.io/web:9.9.9');
    expect(r.projects[0]!.variables.find((u) => u.name === 'FROM_DOTENV')!.source).toBe('unset');
  });

  it('keys are never interpolated', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    labels:\n      ${KEY}: value\n' });
    expect(r.projects[0]!.variables).toEqual([]);
    expect(services(r)['web']!['labels']).toEqual({ '${KEY}': 'value' });
  });

  it('an invalid .env line is reported in the .env file', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n', '.env': 'A=1\nB C=2\n' });
    expect(where(r.findings)).toEqual(['compose/invalid-env-file .env:2']);
  });
});

describe('the merged model', () => {
  it('has the shape of `docker compose config --format json`', async () => {
    const r = await check({
      'compose.yaml': [
        'name: Shop',
        'services:',
        '  api:',
        '    build: ./api',
        '    command: npm run start -- --port "8080"',
        '    ports: ["8080:80", "127.0.0.1:9000-9001:9000-9001/udp"]',
        '    volumes: ["data:/var/lib/data", "./conf/:/etc/conf:ro"]',
        '    environment: [A=1, B]',
        '    depends_on: [db]',
        '    healthcheck:',
        '      test: curl -f http://localhost',
        '      interval: 90s',
        '  db:',
        '    image: postgres:16',
        'volumes:',
        '  data: {}',
        '  unused: {}',
        '',
      ].join('\n'),
      'api/Dockerfile': 'FROM scratch\n',
    });
    expect(r.findings).toEqual([]);
    const root = r.root;
    const model = r.projects[0]!.model!;
    expect(model['name']).toBe('shop');
    expect(model['networks']).toEqual({ default: { name: 'shop_default', ipam: {} } });
    expect(model['volumes']).toEqual({ data: { name: 'shop_data' } });
    const api = services(r)['api']!;
    expect(api).toEqual({
      build: { context: path.join(root, 'api'), dockerfile: 'Dockerfile' },
      command: ['npm', 'run', 'start', '--', '--port', '8080'],
      depends_on: { db: { condition: 'service_started', required: true } },
      entrypoint: null,
      environment: { A: '1', B: null },
      healthcheck: { test: ['CMD-SHELL', 'curl -f http://localhost'], interval: '1m30s' },
      networks: { default: null },
      ports: [
        { mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' },
        { mode: 'ingress', host_ip: '127.0.0.1', target: 9000, published: '9000', protocol: 'udp' },
        { mode: 'ingress', host_ip: '127.0.0.1', target: 9001, published: '9001', protocol: 'udp' },
      ],
      volumes: [
        { type: 'volume', source: 'data', target: '/var/lib/data', volume: {} },
        { type: 'bind', source: path.join(root, 'conf'), target: '/etc/conf', read_only: true, bind: { create_host_path: true } },
      ],
    });
    expect(r.stats).toEqual({ files: 1, services: 2, projects: 1 });
  });

  it('merge positions: a value from the override file is reported in the override file', async () => {
    const r = await check(
      {
        'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front: {}\n',
        'compose.local.yaml': '\n\nservices:\n  web:\n    networks: [back]\n',
      },
      { files: ['compose.yaml', 'compose.local.yaml'] },
    );
    expect(where(r.findings)).toEqual(['compose/undefined-network compose.local.yaml:5']);
  });

  it('merge rules: environment by key, ports by mapping, command replaced, healthcheck.test replaced', async () => {
    const r = await check(
      {
        'compose.yaml':
          'services:\n  web:\n    image: nginx:1.27\n    command: [a, b]\n    environment: {A: "1", B: "2"}\n    ports: ["80:80"]\n    healthcheck:\n      test: [CMD, a]\n      retries: 3\n',
        'compose.override.yaml':
          'services:\n  web:\n    command: [c]\n    environment: [B=3, C=4]\n    ports: ["80:80", "81:81"]\n    healthcheck:\n      test: [CMD, b]\n',
      },
      { files: ['compose.yaml', 'compose.override.yaml'] },
    );
    expect(r.findings).toEqual([]);
    const web = services(r)['web']!;
    expect(web['command']).toEqual(['c']);
    expect(web['environment']).toEqual({ A: '1', B: '3', C: '4' });
    expect((web['ports'] as Svc[]).map((p) => p['published'])).toEqual(['80', '81']);
    expect(web['healthcheck']).toEqual({ test: ['CMD', 'b'], retries: 3 });
  });

  it('a value inherited through extends is reported in the base file', async () => {
    const r = await check({
      'compose.yaml': 'services:\n  web:\n    extends:\n      file: base/common.yaml\n      service: base\n    image: nginx:1.27\n',
      'base/common.yaml': 'services:\n  base:\n    ports:\n      - "80443:443"\n    env_file: [./base.env]\n',
      'base/base.env': 'FROM_BASE=1\n',
    });
    expect(where(r.findings)).toEqual(['compose/invalid-port base/common.yaml:4']);
    // the base's relative env_file is resolved against the base file's directory
    expect(services(r)['web']!['environment']).toEqual({ FROM_BASE: '1' });
  });

  it('an included project reads its own .env; the including project wins', async () => {
    const r = await check({
      'compose.yaml': 'include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: nginx:${WEB_TAG}\n',
      '.env': 'WEB_TAG=1.27\nSHARED=from-root\n',
      'lib/compose.yaml': 'services:\n  lib:\n    image: lib:${LIB_TAG}\n    environment:\n      SHARED: ${SHARED}\n',
      'lib/.env': 'LIB_TAG=2.0\nSHARED=from-lib\n',
    });
    expect(r.findings).toEqual([]);
    expect(services(r)['web']!['image']).toBe('nginx:1.27');
    expect(services(r)['lib']!['image']).toBe('lib:2.0');
    expect(services(r)['lib']!['environment']).toEqual({ SHARED: 'from-root' });
  });

  it('!reset and !override', async () => {
    const r = await check(
      {
        'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    environment: {A: "1"}\n    command: [x]\n',
        'compose.override.yaml': 'services:\n  web:\n    ports: !reset []\n    environment: !override\n      B: "2"\n    command: !reset null\n',
      },
      { files: ['compose.yaml', 'compose.override.yaml'] },
    );
    expect(r.findings).toEqual([]);
    const web = services(r)['web']!;
    expect(web['ports']).toBeUndefined();
    expect(web['environment']).toEqual({ B: '2' });
    expect(web['command']).toBeNull();
  });

  it('anchors and << merge keys', async () => {
    const r = await check({
      'compose.yaml': 'x-base: &base\n  image: nginx:1.27\n  environment: &env\n    A: "1"\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n    environment:\n      <<: *env\n      B: "2"\n',
    });
    expect(r.findings).toEqual([]);
    expect(services(r)['b']!['environment']).toEqual({ A: '1', B: '2' });
    expect(r.projects[0]!.model!['x-base']).toEqual({ image: 'nginx:1.27', environment: { A: '1' } });
  });

  it('profiles: inactive services are left out of the model', async () => {
    const yaml = 'services:\n  web:\n    image: nginx:1.27\n  debug:\n    image: busybox:1.36\n    profiles: [debug]\n';
    expect(Object.keys(services(await check({ 'compose.yaml': yaml })))).toEqual(['web']);
    expect(Object.keys(services(await check({ 'compose.yaml': yaml }, { profiles: ['debug'] })))).toEqual(['debug', 'web']);
  });

  it('COMPOSE_PROJECT_NAME names the project; an invalid one is reported', async () => {
    const ok = await check({ 'compose.yaml': 'name: ignored\nservices:\n  web:\n    image: nginx:1.27\n' }, { env: { COMPOSE_PROJECT_NAME: 'from-env' } });
    expect(ok.projects[0]!.name).toBe('from-env');
    const bad = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' }, { env: { COMPOSE_PROJECT_NAME: 'Bad Name' } });
    expect(ofRule(bad, 'compose/invalid-project-name')).toHaveLength(1);
  });
});

describe('discovery', () => {
  it('finds primary, override and variant files, skips hidden dirs and node_modules', async () => {
    const root = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      'compose.override.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      'compose.ci.yaml': 'services:\n  web:\n    environment: {CI: "1"}\n',
      'legacy/docker-compose.yml': 'services:\n  old:\n    image: busybox:1.36\n',
      'legacy/docker-compose.yaml': 'services:\n  ignored:\n    image: busybox:1.36\n',
      'legacy/docker-compose.local.yml': 'services:\n  old:\n    networks: [nowhere]\n',
      '.git/compose.yaml': 'not: [valid',
      'node_modules/pkg/compose.yaml': 'not: [valid',
      'notes.yaml': 'not: [valid',
    });
    const r = await runCompose({ root, env: {} });
    expect(r.projects.map((p) => p.files)).toEqual([
      ['compose.yaml', 'compose.override.yaml'],
      ['compose.yaml', 'compose.override.yaml', 'compose.ci.yaml'],
      ['legacy/docker-compose.yml'],
      ['legacy/docker-compose.yml', 'legacy/docker-compose.local.yml'],
    ]);
    // the variant adds an undefined network; reported once even though only one project has it
    expect(where(r.findings)).toEqual(['compose/undefined-network legacy/docker-compose.local.yml:3']);
    expect(services(r, 1)['web']!['environment']).toEqual({ CI: '1' });
  });

  it('a variant without a primary file is a project of its own', async () => {
    const root = project({ 'tools/docker-compose.ci.yml': 'services:\n  lint:\n    image: lint:1\n' });
    const r = await runCompose({ root, env: {} });
    expect(r.projects.map((p) => p.files)).toEqual([['tools/docker-compose.ci.yml']]);
  });

  it('deduplicates findings shared by several projects', async () => {
    const root = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx\n',
      'compose.a.yaml': 'services:\n  web:\n    restart: always\n',
      'compose.b.yaml': 'services:\n  web:\n    restart: "no"\n',
    });
    const r = await runCompose({ root, env: {} });
    expect(r.projects).toHaveLength(3);
    expect(where(r.findings)).toEqual(['compose/image-latest-tag compose.yaml:3']);
  });

  it('a file another project includes is not validated on its own', async () => {
    const root = project({
      'compose.yaml': 'include:\n  - lib/compose.yaml\nnetworks:\n  shared: {}\n',
      'lib/compose.yaml': 'services:\n  lib:\n    image: lib:1\n',
    });
    const r = await runCompose({ root, env: {} });
    expect(r.projects.map((p) => p.files)).toEqual([['compose.yaml']]);
    expect(r.findings).toEqual([]);
  });
});
