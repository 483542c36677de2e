/**
 * The compose loader on hostile projects: mutated real compose files (with an override, an included
 * file, an extended file and a `.env` beside them) and compose-shaped documents built from random
 * values. Whatever the text, runCompose reports findings; an exception inside the loader would show
 * up as `compose/internal-error` (runCompose turns it into one so the other projects still report),
 * and that is a failure here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RULES, runCompose, type ComposeResult } from '../../src/checks/compose/index.js';
import { aliasBombs, corpus, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const KNOWN_RULES = new Set<string>(RULES.map((r) => r.id));

const DICT = [
  'services:\n', '  web:\n', 'services: {web}\n', '{image}', '    image: ', 'nginx:1.27', '\n    ', '&a ', '*a', '&b ', '*b', '<<: *a', '<<: [*a, *b]', '<<: ',
  '!reset ', '!override ', '!reset []', '!!binary ', '!!str ', '!!int ', '!!map ', '!!seq ', '!custom ', '${', '${X', '${X:-', '${X-',
  '${X:?required}', '${X?}', '${X:+alt}', '${Y:-${X:-${Z}}}', '$$', '$X', '${}', '${X:-}', '}', '---\n', '...\n', '? ', '- ', ': ',
  '__proto__', '__proto__:', 'constructor:', 'prototype:', 'hasOwnProperty:', 'toString:', 'extends:', 'extends: base',
  'extends:\n      file: other.yaml\n      service: base\n', 'include:\n  - other.yaml\n', 'include: [missing.yaml]\n', 'env_file:',
  'env_file: api.env', 'env_file: [{path: missing.env, required: false}]', 'ports:', '"80:80"', '- "127.0.0.1:8080-8090:80/udp"',
  'depends_on:', 'condition: service_healthy', 'profiles: [debug]', 'x-common: &common\n  restart: always\n', '{', '}', '[', ']',
  ',', ' #', '|', '|-\n', '>', 'null', '~', '0x1F', '0o17', '0755', '1_000', '1e400', '-.inf', '.nan', 'yes', 'on', 'off', 'y',
  '"\\u0000"', '"\\x1b"', "'it''s'", 'build: .', 'build:\n      context: ../', 'dockerfile: Dockerfile', 'networks:', 'volumes:',
  'secrets:', 'configs:', 'models:', 'healthcheck:', 'test: ["CMD", "true"]', 'interval: 1m30s', 'interval: 5', 'deploy:',
  'replicas: ', 'resources:\n        limits:\n          memory: 1g', 'environment:', '- A=1', 'A: ', 'labels:', 'command: ',
  'entrypoint: ["sh"]', 'ulimits:', 'nofile: {soft: 1, hard: 2}', 'cpus: ', '0.5', 'mem_limit: ', '1g', 'tmpfs: /run',
  'extra_hosts: ["a:1.2.3.4"]', 'devices: ["/dev/null"]', 'external: true', 'name: ', 'driver: ', 'ipam:', 'attach: false',
  'volumes:\n      - ./data:/data:ro\n', '- type: bind\n        source: .\n        target: /x', 'secrets: [db]', 'configs: [c]',
  'network_mode: "service:web"', 'links: [db]', 'scale: 2', 'pull_policy: never', 'restart: on-failure:3', 'stop_grace_period: 1s',
  'version: "3"\n', 'name: Bad Name\n', 'x-', 'web', 'db', 'api', 'base',
  ...aliasBombs(''),
  ...aliasBombs('  '),
];

const SEEDS = corpus(['test/fixtures/compose', 'test/fixtures/compose-broken', 'test/fixtures/compose-selftest-broken'], (n) => /\.ya?ml$/.test(n))
  .concat(corpus(['examples/portarium'], (n) => /^docker-compose.*\.yml$/.test(n)));
const ENV_SEEDS = corpus(['examples/portarium', 'test/fixtures/compose-broken'], (n) => n === '.env.example' || n.endsWith('.env'));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workdir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'pia-fuzz-compose-'));
  dirs.push(d);
  return d;
}

const yamlText = mutated(SEEDS, { dict: DICT, maxMutations: 8 });
const envText = fc.oneof(mutated(ENV_SEEDS, { dict: ['=', '"', "'", '${', '}', 'export ', '#', '\\', ':', '\n', 'A', 'X'] }), fc.constant(''));

/** Every finding is one a user can act on: a known rule, a file, a line and column, a message. */
function expectUsable(r: ComposeResult): void {
  for (const f of r.findings) {
    expect(f.rule, f.message).not.toBe('compose/internal-error');
    expect(KNOWN_RULES.has(f.rule), `unknown rule ${f.rule}`).toBe(true);
    expect(f.file).not.toBe('');
    expect(Number.isInteger(f.line) && f.line >= 1, `${f.rule} line ${f.line}`).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1, `${f.rule} column ${f.column}`).toBe(true);
    expect(typeof f.message === 'string' && f.message.length > 0).toBe(true);
  }
  for (const p of r.projects) if (p.model) JSON.stringify(p.model);
}

describe('fuzz: compose loader', () => {
  const N = 250;
  it(
    'mutated projects (compose, override, include, extends, .env) load without an exception',
    async () => {
      const dir = workdir();
      const b = batch('compose/project');
      await fc.assert(
        fc.asyncProperty(fc.record({ main: yamlText, override: fc.option(yamlText), other: yamlText, env: envText, apiEnv: envText }), async (p) =>
          b.runAsync(p, async () => {
            writeFileSync(path.join(dir, 'compose.yaml'), p.main);
            writeFileSync(path.join(dir, 'other.yaml'), p.other);
            writeFileSync(path.join(dir, '.env'), p.env);
            writeFileSync(path.join(dir, 'api.env'), p.apiEnv);
            const files = p.override === null ? ['compose.yaml'] : ['compose.yaml', 'compose.override.yaml'];
            if (p.override !== null) writeFileSync(path.join(dir, 'compose.override.yaml'), p.override);
            const r = await runCompose({ root: dir, files, env: { X: 'x', Y: '${X}', COMPOSE_PROFILES: 'debug' }, profiles: ['*'] });
            expectUsable(r);
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 150),
  );

  const M = 200;
  it(
    'compose-shaped documents built from random values load without an exception',
    async () => {
      const dir = workdir();
      const scalar = fc.oneof(
        fragments(DICT, 6),
        fc.string({ maxLength: 20 }),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom('${X}', '${UNSET:?no}', '$$x', '80:80', '1.5', '-1', 'service:web', '../', '/etc/passwd'),
      );
      const key = fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'web', 'db', 'base', 'x-a', 'image', 'build', 'ports', 'environment', 'depends_on', 'extends', 'networks', 'volumes', 'secrets', 'configs', 'env_file', 'healthcheck', 'deploy', 'labels', 'profiles', 'command', 'include', 'name'),
        fc.string({ maxLength: 8 }),
      );
      const { value } = fc.letrec<{ value: unknown }>((tie) => ({
        value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
      }));
      const doc = fc.record(
        {
          services: fc.dictionary(key, fc.dictionary(key, value, { maxKeys: 6 }), { maxKeys: 4 }),
          networks: fc.dictionary(key, value, { maxKeys: 3 }),
          volumes: fc.dictionary(key, value, { maxKeys: 3 }),
          secrets: value,
          configs: value,
          include: value,
          name: value,
        },
        { requiredKeys: ['services'] },
      );
      const b = batch('compose/shaped');
      await fc.assert(
        fc.asyncProperty(doc, fc.boolean(), async (d, asJson) =>
          b.runAsync(d, async () => {
            writeFileSync(path.join(dir, 'compose.yaml'), asJson ? JSON.stringify(d) : stringify(d, { aliasDuplicateObjects: false }));
            const r = await runCompose({ root: dir, files: ['compose.yaml'], env: { X: 'x' } });
            expectUsable(r);
          }),
        ),
        params(M),
      );
      b.finish();
    },
    timeout(M, 150),
  );
});
