/** Bad input never throws: it is a finding at the file and line, or a UsageError for a call mistake. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../../src/checks/compose/index.js';
import { UsageError } from '../../../src/report/finding.js';
import { check, ofRule, project, where } from './helpers.js';

describe('compose engine on bad input', () => {
  it('malformed YAML: a finding at the parser position', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: [ "80:80"\n  db:\n    image: postgres:16\n' });
    const f = ofRule(r, 'compose/invalid-yaml');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ file: 'compose.yaml', severity: 'error' });
    expect(f[0]!.line).toBeGreaterThanOrEqual(4);
    expect(f[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('tab indentation is a YAML error on its line', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n\timage: nginx:1.27\n' });
    expect(where(ofRule(r, 'compose/invalid-yaml'))).toContain('compose/invalid-yaml compose.yaml:3');
  });

  it('invalid UTF-8: a finding at the line of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('services:\n  web:\n    image: "ngin'), Buffer.from([0xff, 0xfe]), Buffer.from('x"\n')]);
    const r = await check({ 'compose.yaml': bytes });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'compose/invalid-encoding', file: 'compose.yaml', line: 3, column: 17, severity: 'error' }),
    ]);
    expect(r.findings[0]!.message).toContain('0xff');
  });

  it('a directory passed as a file', async () => {
    const root = project({});
    mkdirSync(path.join(root, 'compose.yaml'));
    const r = await runCompose({ root, files: ['compose.yaml'], env: {} });
    expect(where(r.findings)).toEqual(['compose/unreadable-file compose.yaml:1']);
    expect(r.findings[0]!.message).toContain('is a directory');
  });

  it('a file over the size limit', async () => {
    const r = await check({ 'compose.yaml': `services:\n  web:\n    image: nginx:1.27\n# ${'x'.repeat(200)}\n` }, { maxFileBytes: 100 });
    expect(where(r.findings)).toEqual(['compose/file-too-large compose.yaml:1']);
    expect(r.findings[0]!.message).toMatch(/over the limit of 100 bytes/);
  });

  it('a YAML alias bomb is refused quickly, not expanded', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const yaml = `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\nservices:\n  web:\n    image: nginx:1.27\n`;
    const started = performance.now();
    const r = await check({ 'compose.yaml': yaml });
    expect(performance.now() - started).toBeLessThan(2000);
    const f = ofRule(r, 'compose/yaml-alias-limit');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'compose.yaml', severity: 'error' });
    expect(f[0]!.message).toContain('alias bomb');
  });

  it('a recursive alias', async () => {
    const r = await check({ 'compose.yaml': 'x-loop: &loop\n  - *loop\nservices:\n  web:\n    image: nginx:1.27\n' });
    expect(where(ofRule(r, 'compose/yaml-alias-limit'))).toEqual(['compose/yaml-alias-limit compose.yaml:2']);
  });

  it('an unknown alias', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: *nope\n' });
    expect(where(r.findings)).toEqual(['compose/invalid-yaml compose.yaml:3']);
  });

  it('an extends cycle, at the extends that closes it', async () => {
    const r = await check({
      'compose.yaml': 'services:\n  a:\n    extends: b\n    image: x:1\n  b:\n    extends:\n      service: c\n  c:\n    extends: a\n',
    });
    expect(where(ofRule(r, 'compose/extends-cycle'))).toEqual(['compose/extends-cycle compose.yaml:9']);
    expect(ofRule(r, 'compose/extends-cycle')[0]!.message).toBe(
      'Circular reference: a in compose.yaml extends b in compose.yaml extends c in compose.yaml extends a in compose.yaml',
    );
  });

  it('an include cycle, with the chain', async () => {
    const r = await check({
      'compose.yaml': 'include:\n  - sub/a.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
      'sub/a.yaml': 'include:\n  - b.yaml\nservices:\n  a:\n    image: a:1\n',
      'sub/b.yaml': 'include:\n  - ../compose.yaml\n',
    });
    const f = ofRule(r, 'compose/include-cycle');
    expect(where(f)).toEqual(['compose/include-cycle sub/b.yaml:2']);
    expect(f[0]!.message).toBe('include cycle detected: compose.yaml -> sub/a.yaml -> sub/b.yaml -> compose.yaml');
  });

  it('a top level that is not a mapping', async () => {
    const r = await check({ 'compose.yaml': '- web\n- db\n' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'compose/top-level-not-mapping', file: 'compose.yaml', line: 1, message: 'top-level object must be a mapping' }),
    ]);
  });

  it('duplicate keys, at the second one', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n    image: nginx:1.28\n' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'compose/duplicate-key', line: 5, column: 5, message: 'mapping key "image" already defined at line 3' }),
    ]);
  });

  it('non-string keys', async () => {
    const r = await check({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      123: x\n' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'compose/non-string-key', line: 5, message: 'non-string key in services.web.environment: 123' }),
    ]);
  });

  it('an empty file', async () => {
    const r = await check({ 'compose.yaml': '# nothing here\n' });
    expect(where(r.findings)).toEqual(['compose/empty-file compose.yaml:1']);
  });

  it('call mistakes are UsageErrors', async () => {
    const root = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' });
    await expect(runCompose({ root, files: ['missing.yaml'] })).rejects.toThrow(UsageError);
    await expect(runCompose({ root, files: ['../outside.yaml'] })).rejects.toThrow(/outside the scanned directory/);
    await expect(runCompose({ root, files: ['/etc/hosts'] })).rejects.toThrow(UsageError);
    await expect(runCompose({ root, envFiles: ['nope.env'] })).rejects.toThrow(/env file nope.env not found/);
    await expect(runCompose({ root: path.join(root, 'compose.yaml') })).rejects.toThrow(UsageError);
  });
});

describe('positions in a large file', () => {
  it('are the same past the size where node positions stop coming from a per-offset table', async () => {
    const body = 'services:\n  web:\n    image: nginx\n    image: httpd\n    networks: [nope]\n';
    const small = await check({ 'compose.yaml': body });
    // A comment of 1.2 million characters first: one line more, the same columns.
    const large = await check({ 'compose.yaml': `# ${'x'.repeat(1_200_000)}\n${body}` });
    const at = (r: typeof small) => r.findings.map((f) => [f.rule, f.line, f.column, f.endLine, f.endColumn]);
    expect(at(small).length).toBeGreaterThan(0);
    expect(at(large)).toEqual(at(small).map(([rule, line, column, endLine, endColumn]) => [rule, (line as number) + 1, column, endLine === undefined ? undefined : (endLine as number) + 1, endColumn]));
  });
});
