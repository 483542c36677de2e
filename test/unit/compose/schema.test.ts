import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';
import { check, where } from './helpers.js';

const VENDORED = path.join(REPO_ROOT, 'src', 'checks', 'compose', 'schema', 'compose-spec.json');

describe('compose schema', () => {
  it('is the pinned copy of dclint@3.1.0 schemas/compose.schema.json', () => {
    const ours = readFileSync(VENDORED);
    expect(createHash('sha256').update(ours).digest('hex')).toBe('46b7d35f19dd93a05f8fea530291bf84d881c1791ec167ecf0e6fb94e639d496');
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'dclint', 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe('3.1.0');
    expect(ours.equals(readFileSync(path.join(REPO_ROOT, 'node_modules', 'dclint', 'schemas', 'compose.schema.json')))).toBe(true);
    expect(readFileSync(path.join(path.dirname(VENDORED), 'README.md'), 'utf8')).toContain('46b7d35f19dd93a05f8fea530291bf84d881c1791ec167ecf0e6fb94e639d496');
  });

  it('words errors like compose-go and points at the value', async () => {
    const r = await check({
      'compose.yaml': [
        'services:',
        '  web:',
        '    image: nginx:1.27',
        '    restart_policy: always',
        '    ports:',
        '      - true',
        '    networks: backend',
        '    depends_on:',
        '      db:',
        '        condition: healthy',
        '    build:',
        '      context: .',
        '      unknown: 1',
        '  db:',
        '    image: postgres:16',
        '  "bad name":',
        '    image: x:1',
        'networks:',
        '  backend: {}',
        'x-anything: [1]',
        'extra: 1',
        '',
      ].join('\n'),
    });
    const schema = r.findings.filter((f) => f.rule === 'compose/schema').map((f) => `${f.line}:${f.column} ${f.message}`);
    expect(schema).toEqual([
      '4:5 services.web additional properties \'restart_policy\' not allowed',
      '6:9 services.web.ports.0 must be a mapping, number or string',
      '7:15 services.web.networks must be a list or mapping',
      '10:20 services.web.depends_on.db.condition must be one of "service_started", "service_healthy", "service_completed_successfully"',
      '13:7 services.web.build additional properties \'unknown\' not allowed',
      '16:3 services additional properties \'bad name\' not allowed',
      '21:1 (root) additional properties \'extra\' not allowed',
    ]);
  });

  it('reports a required property at the mapping that lacks it', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n' });
    expect(r.findings.map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual([
      "compose/schema 6 services.web.develop.watch.0 missing property 'action'",
    ]);
  });

  it('maps an error to the file that supplied the value', async () => {
    const r = await check(
      {
        'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
        'compose.override.yaml': '# override\nservices:\n  web:\n    read_only: [true]\n',
      },
      { files: ['compose.yaml', 'compose.override.yaml'] },
    );
    expect(where(r.findings)).toEqual(['compose/schema compose.override.yaml:4']);
  });

  it('accepts the properties docker compose knows that the pinned copy lacks', async () => {
    const r = await check({
      'compose.yaml':
        'services:\n  web:\n    build:\n      context: .\n      provenance: true\n      sbom: "true"\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /src\n          initial_sync: true\n',
      Dockerfile: 'FROM scratch\n',
    });
    expect(r.findings).toEqual([]);
  });
});
