/**
 * compose-go's loader test data (include, extends, cycles), run through runCompose with the
 * expectations of the compose-go tests that use them (loader/loader_test.go, extends_test.go,
 * include_test.go at compose-go@e70e961). Inline YAML of those tests is written next to a temporary
 * copy of the data, like the Go tests run with `testdata/` beside them.
 *
 * Two adaptations, both noted at the test: compose-go's custom `remote:` resource loader is emulated by
 * rewriting `remote:<x>` to the relative path it maps to; and where a Go test sets a working directory
 * different from the first file's directory, the inline file's paths are written relative to the
 * directory `docker compose` would use (the first file's).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompose, type ComposeResult } from '../../../src/checks/compose/index.js';
import { CONFORMANCE, conformanceAvailable } from '../../helpers/paths.js';

const DATA = path.join(CONFORMANCE, 'compose', 'loader-testdata');
/** Our own rules that compose-go has no notion of: they are not part of these expectations. */
const TOOLKIT_ONLY = new Set(['compose/build-context-missing', 'compose/dockerfile-missing', 'compose/image-latest-tag']);

type Svc = Record<string, unknown>;

describe.runIf(conformanceAvailable())('compose-go loader testdata', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pia-compose-loader-'));
    cpSync(DATA, path.join(dir, 'testdata'), { recursive: true });
    // compose-go's test `customLoader{prefix: "remote"}` maps `remote:<p>` to testdata/remote/<p>.
    for (const [file, from, to] of [
      ['remote/cycle/compose.yaml', 'remote:cycle/compose-cycle.yaml', 'compose-cycle.yaml'],
      ['remote/cycle/compose-cycle.yaml', 'remote:cycle/compose.yaml', 'compose.yaml'],
      ['remote/nested/compose.yaml', 'remote:nested/compose-nested.yaml', 'compose-nested.yaml'],
    ] as const) {
      const p = path.join(dir, 'testdata', file);
      writeFileSync(p, readFileSync(p, 'utf8').replace(from, to));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const td = (...p: string[]): string => path.join(dir, 'testdata', ...p);

  /** Writes the inline files at the root of the temporary directory and runs them as one project. */
  async function inline(files: string[], env: Record<string, string> = {}, root = dir): Promise<ComposeResult> {
    const names = files.map((content, i) => {
      const name = `filename${i}.yml`;
      writeFileSync(path.join(root, name), content);
      return name;
    });
    return runCompose({ root, files: names, env });
  }

  const errors = (r: ComposeResult): string[] =>
    r.findings.filter((f) => f.severity === 'error' && !TOOLKIT_ONLY.has(f.rule)).map((f) => `${f.rule}: ${f.message}`);
  const service = (r: ComposeResult, name: string): Svc => {
    const model = r.projects[0]?.model as { services: Record<string, Svc> } | undefined;
    expect(model, `no model; findings: ${errors(r).join('; ')}`).toBeDefined();
    return model!.services[name]!;
  };

  it('TestLoadDependsOnCycle', async () => {
    const r = await runCompose({ root: td(), files: ['compose-depends-on-cycle.yaml'] });
    expect(errors(r)).toEqual(['compose/dependency-cycle: dependency cycle detected: service1 -> service2 -> service3 -> service1']);
  });

  it('TestLoadDependsOnSelf', async () => {
    const r = await runCompose({ root: td(), files: ['compose-depends-on-self.yaml'] });
    expect(errors(r)).toEqual(['compose/dependency-cycle: dependency cycle detected: service1 -> service1']);
  });

  it('TestLoadWithIncludeCycle', async () => {
    const r = await runCompose({ root: td(), files: ['compose-include-cycle.yaml'] });
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^compose\/include-cycle: include cycle detected/);
  });

  it('TestEmptyFile', async () => {
    const r = await runCompose({ root: td(), files: ['empty.yaml'] });
    expect(errors(r)).toEqual(['compose/empty-file: empty compose file']);
  });

  it('TestLoadWithExtends', async () => {
    const r = await runCompose({ root: td(), files: ['compose-test-extends.yaml'], env: {} });
    expect(errors(r)).toEqual([]);
    const s = service(r, 'importer');
    expect(s['image']).toBe('nginx');
    expect(s['container_name']).toBe('imported');
    // env_file subdir/extra.env (relative to the extended file) folded into environment, as `compose config` does
    expect(s['environment']).toEqual({ SOURCE: 'extends' });
    expect(s['networks']).toEqual({ default: null });
    expect(s['volumes']).toEqual([{ type: 'bind', source: '/opt/data', target: '/var/lib/mysql', bind: { create_host_path: true } }]);
  });

  it('TestLoadWithExtendsWithContextUrl', async () => {
    const r = await runCompose({ root: td(), files: ['compose-test-extends-with-context-url.yaml'] });
    expect(errors(r)).toEqual([]);
    const s = service(r, 'importer-with-https-url');
    expect(s['build']).toEqual({ context: 'https://github.com/docker/compose.git', dockerfile: 'Dockerfile' });
    expect(s['networks']).toEqual({ default: null });
  });

  it('TestLoadIncludeExtendsCombined', async () => {
    const r = await runCompose({ root: td('combined'), files: ['compose.yaml'] });
    expect(errors(r)).toEqual([]);
    expect((service(r, 'service')['build'] as Svc)['context']).toBe(td('combined', 'dir'));
  });

  it('TestIncludeRelative', async () => {
    const r = await runCompose({ root: td('include'), files: ['compose.yaml'] });
    expect(errors(r)).toEqual([]);
    const s = service(r, 'included');
    expect((s['build'] as Svc)['context']).toBe(td('include'));
    expect((s['volumes'] as Svc[])[0]!['source']).toBe(td('include'));
  });

  it('TestIncludeWithProjectDirectory', async () => {
    const r = await runCompose({ root: td('include'), files: ['project-directory.yaml'] });
    expect(errors(r)).toEqual([]);
    const s = service(r, 'service');
    expect((s['build'] as Svc)['context']).toBe(td('subdir'));
    expect((s['volumes'] as Svc[])[0]!['source']).toBe(td('subdir', 'compose-test-extends-imported.yaml'));
    // EnvFiles[0].Path is testdata/subdir/extra.env: `compose config` folds it into environment
    expect(s['environment']).toEqual({ SOURCE: 'extends' });
  });

  it('TestExtends', async () => {
    const r = await inline([
      `
name: test-extends
services:
  test1:
    extends:
      file: testdata/extends/base.yaml
      service: base
    hostname: test1

  test2:
    extends:
      file: testdata/extends/base.yaml
      service: base
    hostname: test2

  test3:
    extends:
      file: testdata/extends/base.yaml
      service: another
    hostname: test3
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'test1')['hostname']).toBe('test1');
    expect(service(r, 'test2')['hostname']).toBe('test2');
    expect(service(r, 'test3')['hostname']).toBe('test3');
  });

  it('TestExtendsPort', async () => {
    const r = await inline([
      `
name: test-extends-port
services:
  test:
    image: test
    extends:
      file: testdata/extends/base.yaml
      service: with-port
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect((service(r, 'test')['ports'] as Svc[])[0]!['target']).toBe(8000);
  });

  it('TestExtendsUlimits', async () => {
    const r = await inline([
      `
name: test-extends
services:
  test:
    extends:
      file: testdata/extends/base.yaml
      service: withUlimits
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect((service(r, 'test')['ulimits'] as Svc)['nproc']).toBe(65535);
  });

  it('TestExtendsRelativePath', async () => {
    const r = await inline([
      `
name: test-extends-port
services:
  test:
    extends:
      file: testdata/extends/base.yaml
      service: with-build
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect((service(r, 'test')['build'] as Svc)['context']).toBe(td('extends'));
  });

  it('TestExtendsWihtMissingService', async () => {
    const r = await inline([
      `
name: test-extends-port
services:
  test:
    image: test
    extends:
      file: testdata/extends/base.yaml
`,
    ]);
    expect(errors(r)).toEqual(['compose/invalid-extends: extends.test.service is required']);
  });

  it('TestIncludeWithExtends', async () => {
    const r = await inline([
      `
name: test-include-with-extends
include:
  - testdata/extends/nested.yaml
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'with-build')['build']).toBeDefined();
  });

  it('TestExtendsPortOverride', async () => {
    // The Go test sets WorkingDir to the package directory; docker compose uses the first file's
    // directory (testdata/extends), so the override names ports.yaml relative to it.
    writeFileSync(td('extends', 'override.yml'), 'name: test-extends-port\nservices:\n  test:\n    extends:\n      file: ports.yaml\n      service: test\n');
    const r = await runCompose({ root: td('extends'), files: ['ports.yaml', 'override.yml'] });
    expect(errors(r)).toEqual([]);
    expect(service(r, 'test')['ports']).toHaveLength(1);
  });

  describe('TestExtendsWithServiceRef', () => {
    for (const ref of ['with_volumes_from', 'with_depends_on', 'with_ipc', 'with_network_mode']) {
      it(ref, async () => {
        const yaml = `
name: test-extends_${ref}
services:
  bar:
    extends:
      file: ./testdata/extends/depends_on.yaml
      service: ${ref}
`;
        const r = await inline([yaml]);
        expect(errors(r).some((e) => e.includes('service "bar" depends on undefined service "zot"'))).toBe(true);
        const ok = await inline([yaml + '  zot:\n    image: zot\n']);
        expect(errors(ok)).toEqual([]);
      });
    }
  });

  it('TestLoadExtendsDependsOn', async () => {
    const r = await inline([
      `
name: extends-depends_on
services:
  service_a:
    image: a
    depends_on:
      - service_c

  service_b:
    extends: service_a
    depends_on: !override
      - service_a

  service_c:
    image: c`,
    ]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'service_b')['depends_on']).toEqual({ service_a: { condition: 'service_started', required: true } });
  });

  it('TestExtendsReset', async () => {
    const r = await inline([
      `
name: test-extends-reset
services:
  test:
    extends:
      file: testdata/extends/reset.yaml
      service: base
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'test')['command']).toBeNull();
  });

  it('TestExtendsWithInterpolation', async () => {
    const r = await inline([
      `
name: test-extends-with-interpolation
services:
  test:
    extends: { file: testdata/extends/interpolated.yaml, service: foo }
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect((service(r, 'test')['volumes'] as Svc[])[0]!['source']).toBe('/dev/null');
  });

  it('TestLoadWithInclude', async () => {
    const yaml = `
name: 'test-include'

include:
  - path: ./testdata/subdir/compose-test-extends-imported.yaml
    env_file: ./testdata/subdir/extra.env

services:
  foo:
    image: busybox
    depends_on:
      - imported
`;
    const r = await inline([yaml]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'foo')['depends_on']).toEqual({ imported: { condition: 'service_started', required: true } });
    const imported = service(r, 'imported');
    expect(imported['container_name']).toBe('extends');
    expect(imported['environment']).toEqual({ SOURCE: 'extends' });
    expect(imported['image']).toBe('nginx');
    expect(imported['volumes']).toEqual([{ type: 'bind', source: '/opt/data', target: '/var/lib/mysql', bind: { create_host_path: true } }]);

    const overridden = await inline([yaml], { SOURCE: 'override' });
    expect(service(overridden, 'imported')['container_name']).toBe('override');
  });

  it('TestLoadWithMultipleInclude', async () => {
    const r = await inline(
      [
        `
name: 'test-multi-include'

include:
  - path: ./testdata/subdir/compose-test-extends-imported.yaml
    env_file: ./testdata/subdir/extra.env
  - path: ./testdata/compose-include.yaml

services:
  foo:
    image: busybox
    depends_on:
      - imported
`,
      ],
      { SOURCE: 'override' },
    );
    expect(errors(r)).toEqual([]);
    expect(service(r, 'imported')['container_name']).toBe('override');
  });

  it('TestLoadWithMultipleIncludeConflict', async () => {
    const r = await inline(
      [
        `
name: 'test-multi-include'

include:
  - path: ./testdata/subdir/compose-test-extends-imported.yaml
    env_file: ./testdata/subdir/extra.env
  - path: ./testdata/compose-include.yaml
    env_file: ./testdata/subdir/extra.env


services:
  bar:
    image: busybox
    environment: !override
      - ZOT=QIX
`,
      ],
      { SOURCE: 'override' },
    );
    expect(errors(r)).toEqual([]);
    const bar = service(r, 'bar');
    expect(bar['image']).toBe('busybox');
    expect(bar['environment']).toEqual({ ZOT: 'QIX' });
  });

  it('TestLoadWithIncludeOverride', async () => {
    const r = await inline([
      `
name: 'test-include-override'

include:
  - ./testdata/subdir/compose-test-extends-imported.yaml
`,
      `
# override
services:
  imported:
    image: overridden
`,
    ]);
    expect(errors(r)).toEqual([]);
    expect(service(r, 'imported')['image']).toBe('overridden');
  });

  it('TestLoadWithResourcesCycle (remote: loader emulated by relative paths)', async () => {
    const r = await inline([
      `
name: test-resources-cycle
services:
  foo:
    extends:
      file: testdata/remote/cycle/compose.yaml
      service: foo
`,
    ]);
    expect(errors(r).some((e) => e.startsWith('compose/extends-cycle: Circular reference'))).toBe(true);
  });

  it('TestLoadWithRemoteResources (remote: loader emulated by relative paths)', async () => {
    const r = await inline([
      `
name: test-remote-resources
services:
  foo:
    extends:
      file: testdata/remote/compose.yaml
      service: foo
`,
    ]);
    expect(errors(r)).toEqual([]);
    const foo = service(r, 'foo');
    expect(foo['image']).toBe('foo');
    expect(foo['environment']).toEqual({ FOO: 'BAR' });
    expect(foo['volumes']).toEqual([{ type: 'bind', source: td('remote'), target: '/foo', bind: { create_host_path: true } }]);
  });

  it('TestLoadWithIncludeEnv', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-compose-incenv-'));
    try {
      writeFileSync(path.join(root, 'custom.env'), 'VAR_NAME=value');
      mkdirSync(path.join(root, 'module'));
      writeFileSync(
        path.join(root, 'module', 'compose.yml'),
        'services:\n  b:\n    image: alpine\n    environment:\n      - VAR_NAME\n  c:\n    image: alpine\n    environment:\n      - VAR_NAME',
      );
      writeFileSync(
        path.join(root, 'compose.yml'),
        'include:\n  - path:\n    - ./module/compose.yml\n    env_file:\n      - ./custom.env\nservices:\n  a:\n    image: alpine\n    environment:\n      - VAR_NAME',
      );
      const r = await runCompose({ root, files: ['compose.yml'] });
      expect(errors(r)).toEqual([]);
      expect(service(r, 'a')['environment']).toEqual({ VAR_NAME: null });
      expect(service(r, 'b')['environment']).toEqual({ VAR_NAME: 'value' });
      expect(service(r, 'c')['environment']).toEqual({ VAR_NAME: 'value' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('TestNestedIncludeAndExtends', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-compose-nested-'));
    try {
      writeFileSync(path.join(root, 'compose.yml'), 'include:\n  - project_directory: .\n    path: dir/included.yaml\n');
      mkdirSync(path.join(root, 'dir'));
      writeFileSync(path.join(root, 'dir', 'included.yaml'), 'services:\n  included:\n    extends:\n      file: dir/extended.yaml\n      service: extended\n');
      writeFileSync(path.join(root, 'dir', 'extended.yaml'), 'services:\n  extended:\n    image: alpine\n');
      const r = await runCompose({ root, files: ['compose.yml'] });
      expect(errors(r)).toEqual([]);
      expect(service(r, 'included')['image']).toBe('alpine');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('TestLoadExtendsSameFile', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-compose-same-'));
    try {
      mkdirSync(path.join(root, 'sub'));
      writeFileSync(
        path.join(root, 'sub', 'compose.yaml'),
        '\nservices:\n  base:\n    build:\n      context: ..\n  service:\n    extends: base\n    build:\n      target: target\n',
      );
      writeFileSync(
        path.join(root, 'compose.yaml'),
        '\nservices:\n  out-base:\n    extends:\n      file: sub/compose.yaml\n      service: base\n  out-service:\n    extends:\n      file: sub/compose.yaml\n      service: service\n',
      );
      const r = await runCompose({ root, files: ['compose.yaml'] });
      expect(errors(r)).toEqual([]);
      expect((service(r, 'out-base')['build'] as Svc)['context']).toBe(root);
      expect((service(r, 'out-service')['build'] as Svc)['context']).toBe(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
