import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { locateKustomize, type KustomizeCommand } from '../../../src/tools/kustomize.js';
import { tempDir } from './temp.js';

// Issue 17: every kustomize build failure at the file, line and column that causes it, with
// kustomize's words kept. Each fixture is built twice: by the pinned kustomize itself (the oracle:
// it must fail, with the words named) and by the check, whose one build-failed finding must be at
// the place named.
function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-build-errors');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}
const cm = (name: string, data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: x\ndata:\n${data}`;

interface Fixture {
  name: string;
  files: Record<string, string>;
  /** The kustomization the oracle builds (the check discovers its overlays itself). */
  overlay: string;
  /** Where the finding must be: file:line:column. */
  at: string;
  /** kustomize's words: in the oracle's error and, unless `ours` says otherwise, in the finding. */
  said: RegExp;
  /** The finding's message when the check refuses the fixture before kustomize runs. */
  ours?: RegExp;
}

const classes: Record<string, Fixture[]> = {
  'duplicate key': [
    {
      name: 'in a base file',
      files: {
        'base/kustomization.yaml': 'resources: [ok.yaml, cm.yaml]\n',
        'base/ok.yaml': cm('ok', '  A: b\n'),
        'base/cm.yaml': cm('c', '  LOG_LEVEL: a\n  LOG_LEVEL: b\n'),
        'overlay/kustomization.yaml': 'resources: [../base]\n',
      },
      overlay: 'overlay',
      at: 'base/cm.yaml:8:3',
      said: /mapping key "LOG_LEVEL" already defined/,
    },
    {
      name: 'in a resource of the overlay itself, beside files without one',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml, b.yaml, c.yaml]\n', 'app/a.yaml': cm('a', '  A: b\n'), 'app/b.yaml': cm('b', '  X: 1\n  Y: 2\n  X: 3\n'), 'app/c.yaml': cm('c', '  C: d\n') },
      overlay: 'app',
      at: 'app/b.yaml:9:3',
      said: /mapping key "X" already defined/,
    },
    {
      name: 'in the second document of a multi-document file (kustomize counts lines in the document)',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': `${cm('a', '  A: b\n')}---\n${cm('b', '  B: b\n  B: c\n')}` },
      overlay: 'app',
      at: 'app/a.yaml:16:3',
      said: /mapping key "B" already defined/,
    },
  ],
  'tab indentation': [
    {
      name: 'in a resource',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': cm('a', '\tA: b\n') },
      overlay: 'app',
      at: 'app/a.yaml:7:1',
      said: /yaml: line 7: found character that cannot start any token/,
    },
    {
      name: 'in a file of a base',
      files: {
        'overlay/kustomization.yaml': 'resources: [../base]\n',
        'base/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
        'base/a.yaml': cm('a', '  A: b\n'),
        'base/b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: b\n',
      },
      overlay: 'overlay',
      at: 'base/b.yaml:4:1',
      said: /yaml: line 4: found character that cannot start any token/,
    },
    {
      name: 'in the kustomization (refused before kustomize runs)',
      files: { 'app/kustomization.yaml': 'resources:\n\t- a.yaml\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:2:1',
      said: /invalid Kustomization: yaml: line 2: found character that cannot start any token/,
      ours: /^kustomization cannot be read: Tabs are not allowed as indentation/,
    },
  ],
  'undefined alias': [
    {
      name: 'in a resource',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': cm('a', '  A: *nope\n') },
      overlay: 'app',
      at: 'app/a.yaml:7:6',
      said: /unknown anchor 'nope' referenced/,
    },
    {
      name: 'after an alias that is defined',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': cm('a', '  A: &ok b\n  B: *ok\n  C: *nope\n') },
      overlay: 'app',
      at: 'app/a.yaml:9:6',
      said: /unknown anchor 'nope' referenced/,
    },
    {
      name: 'in the kustomization',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\nnamePrefix: *nope\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:2:13',
      said: /invalid Kustomization: yaml: unknown anchor 'nope' referenced/,
    },
  ],
  'YAML syntax error in a resource': [
    {
      name: 'an unclosed flow sequence',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': cm('a', '  A: [b, c\n') },
      overlay: 'app',
      at: 'app/a.yaml:7:6',
      said: /did not find expected ',' or ']'/,
    },
    {
      name: 'an unclosed flow mapping, followed by more keys',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: x\n  labels: {x: y\ndata:\n  A: b\n' },
      overlay: 'app',
      at: 'app/a.yaml:6:11',
      said: /did not find expected ',' or '\}'/,
    },
    {
      name: 'a key indented too far',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n   namespace: x\ndata:\n  A: b\n' },
      overlay: 'app',
      at: 'app/a.yaml:5:4',
      said: /yaml: line 5: mapping values are not allowed in this context/,
    },
    {
      name: 'a key indented too far in the second document',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\n', 'app/a.yaml': `${cm('a', '  A: b\n')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n   namespace: x\n` },
      overlay: 'app',
      at: 'app/a.yaml:13:4',
      said: /yaml: line 5: mapping values are not allowed in this context/,
    },
  ],
  'missing resource': [
    {
      name: 'a file',
      files: { 'app/kustomization.yaml': 'resources:\n- a.yaml\n- gone.yaml\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:3:3',
      said: /lstat \S*gone\.yaml: no such file or directory/,
    },
    {
      name: 'a base directory',
      files: { 'overlay/kustomization.yaml': 'resources:\n- ../missbase\n' },
      overlay: 'overlay',
      at: 'overlay/kustomization.yaml:2:3',
      said: /lstat \S*missbase: no such file or directory/,
    },
    {
      name: 'listed by a base',
      files: { 'overlay/kustomization.yaml': 'resources:\n- ../base\n', 'base/kustomization.yaml': 'resources:\n- a.yaml\n- ../shared\n', 'base/a.yaml': cm('a', '  A: b\n') },
      overlay: 'overlay',
      at: 'base/kustomization.yaml:3:3',
      said: /lstat \S*shared: no such file or directory/,
    },
  ],
  'patch that matches nothing': [
    {
      name: 'a patches: file naming a resource that is not there',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- path: p.yaml\n', 'app/a.yaml': cm('a', '  A: b\n'), 'app/p.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n' },
      overlay: 'app',
      at: 'app/kustomization.yaml:3:3',
      said: /no matches for Id ConfigMap\.v1\.\[noGrp\]\/other\.\[noNs\]/,
    },
    {
      name: 'a patchesStrategicMerge file',
      files: {
        'app/kustomization.yaml': 'resources: [a.yaml]\npatchesStrategicMerge:\n- p.yaml\n',
        'app/a.yaml': cm('a', '  A: b\n'),
        'app/p.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n  namespace: x\n',
      },
      overlay: 'app',
      at: 'app/kustomization.yaml:3:3',
      said: /no matches for Id ConfigMap\.v1\.\[noGrp\]\/other\.x/,
    },
    {
      name: 'an inline patch',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: other\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:3:3',
      said: /no matches for Id ConfigMap\.v1\.\[noGrp\]\/other\.\[noNs\]/,
    },
    {
      name: 'the second of two patches of a base',
      files: {
        'overlay/kustomization.yaml': 'resources: [../base]\n',
        'base/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- path: ok.yaml\n- path: web.yaml\n',
        'base/a.yaml': cm('a', '  A: b\n'),
        'base/ok.yaml': cm('a', '  A: c\n'),
        'base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web.v2\n  namespace: prod\n',
      },
      overlay: 'overlay',
      at: 'base/kustomization.yaml:4:3',
      said: /no matches for Id Deployment\.v1\.apps\/web\.v2\.prod/,
    },
  ],
  'unknown field in a kustomization': [
    {
      name: 'a misspelt top-level field',
      files: { 'app/kustomization.yaml': 'resourcez: [a.yaml]\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:1:1',
      said: /unknown field "resourcez"/,
    },
    {
      name: 'after valid fields',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\nnamePrefx: x-\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:2:1',
      said: /unknown field "namePrefx"/,
    },
    {
      name: 'nested in an images entry',
      files: { 'app/kustomization.yaml': 'resources: [a.yaml]\nimages:\n- name: x\n  newTagg: y\n', 'app/a.yaml': cm('a', '  A: b\n') },
      overlay: 'app',
      at: 'app/kustomization.yaml:4:3',
      said: /unknown field "newTagg"/,
    },
    {
      name: 'in a base',
      files: {
        'overlay/kustomization.yaml': 'resources: [../base]\n',
        'base/kustomization.yaml': 'resources: [a.yaml]\nconfigMapGenerator:\n- name: g\n  namespace: x\n  literal: [A=b]\n',
        'base/a.yaml': cm('a', '  A: b\n'),
      },
      overlay: 'overlay',
      at: 'base/kustomization.yaml:5:3',
      said: /unknown field "literal"/,
    },
  ],
  'cycle between kustomizations': [
    {
      name: 'a → b → a, which no other kustomization reaches',
      files: { 'a/kustomization.yaml': 'resources:\n- ../b\n', 'b/kustomization.yaml': 'resources:\n- ../a\n' },
      overlay: 'a',
      at: 'b/kustomization.yaml:2:3',
      said: /cycle detected: candidate root '\S*a' contains visited root '\S*a'/,
    },
    {
      name: 'a → b → c → b',
      files: { 'a/kustomization.yaml': 'resources:\n- ../b\n', 'b/kustomization.yaml': 'resources:\n- ../c\n', 'c/kustomization.yaml': 'resources:\n- ../b\n' },
      overlay: 'a',
      at: 'c/kustomization.yaml:2:3',
      said: /cycle detected: candidate root '\S*b' contains visited root '\S*b'/,
    },
    {
      name: 'a kustomization listing itself',
      files: { 'a/kustomization.yaml': 'resources:\n- .\n' },
      overlay: 'a',
      at: 'a/kustomization.yaml:2:3',
      said: /cycle detected/,
    },
  ],
  'path refused by the load restrictor': [
    {
      name: 'a resource file beside the kustomization directory',
      files: { 'outside.yaml': cm('o', '  A: b\n'), 'app/kustomization.yaml': 'resources:\n- ../outside.yaml\n' },
      overlay: 'app',
      at: 'app/kustomization.yaml:2:3',
      said: /security; file '\S*outside\.yaml' is not in or below '\S*app'/,
    },
    {
      name: "a resource file of another kustomization's directory",
      files: { 'base/x.yaml': cm('o', '  A: b\n'), 'base/kustomization.yaml': 'resources: [x.yaml]\n', 'app/kustomization.yaml': 'resources:\n- ../base/x.yaml\n' },
      overlay: 'app',
      at: 'app/kustomization.yaml:2:3',
      said: /security; file '\S*base\/x\.yaml' is not in or below '\S*app'/,
    },
    {
      name: 'a patch file',
      files: { 'p.yaml': cm('a', '  A: c\n'), 'app/a.yaml': cm('a', '  A: b\n'), 'app/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- path: ../p.yaml\n' },
      overlay: 'app',
      at: 'app/kustomization.yaml:3:3',
      said: /security; file '\S*p\.yaml' is not in or below '\S*app'/,
    },
    {
      name: 'a generator env file',
      files: { 'cm.env': 'A=b\n', 'app/kustomization.yaml': 'namespace: x\nconfigMapGenerator:\n- name: g\n  envs: [../cm.env]\n' },
      overlay: 'app',
      at: 'app/kustomization.yaml:4:10',
      said: /security; file '\S*cm\.env' is not in or below '\S*app'/,
    },
  ],
};

let kustomize: KustomizeCommand;
beforeAll(async () => {
  const k = await locateKustomize();
  // The oracle is the kustomize the check builds with: the pinned standalone binary.
  expect(k).toMatchObject({ kind: 'kustomize', version: 'v5.5.0' });
  kustomize = k!;
});

/** The pinned kustomize's own verdict on the overlay: its exit code and error. */
function oracle(root: string, overlay: string): { code: number; stderr: string } {
  try {
    execFileSync(kustomize.path, ['build', '--load-restrictor', 'LoadRestrictionsRootOnly', path.join(root, overlay)], { stdio: 'pipe' });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { code: err.status, stderr: err.stderr.toString('utf8') };
  }
}

const agreed = new Map<string, { fixtures: number; agree: number }>();
afterAll(() => {
  const total = [...agreed.values()].reduce((a, c) => ({ fixtures: a.fixtures + c.fixtures, agree: a.agree + c.agree }), { fixtures: 0, agree: 0 });
  console.log(`build errors located where kustomize fails: ${total.agree}/${total.fixtures}\n${[...agreed].map(([c, n]) => `  ${c}: ${n.agree}/${n.fixtures}`).join('\n')}`);
});

for (const [cls, fixtures] of Object.entries(classes)) {
  describe(`a build error: ${cls}`, () => {
    for (const fx of fixtures) {
      it(`${fx.name}: at ${fx.at}, with kustomize's words`, async () => {
        const count = agreed.get(cls) ?? { fixtures: 0, agree: 0 };
        agreed.set(cls, count);
        count.fixtures++;
        const root = repo(fx.files);
        const real = oracle(root, fx.overlay);
        expect(real.code, real.stderr).not.toBe(0);
        expect(real.stderr).toMatch(fx.said);

        const r = await runKustomize({ root, kustomize });
        const failed = r.findings.filter((f) => f.rule === 'kubernetes/build-failed');
        expect(failed.map((f) => `${f.file}:${f.line}:${f.column}`), JSON.stringify(r.findings, null, 1)).toEqual([fx.at]);
        expect(failed[0]!.message).toMatch(fx.ours ?? fx.said);
        count.agree++;
      }, 60_000);
    }
  });
}

describe('not a build failure for the pinned kustomize', () => {
  it('a patch whose target selector matches no resource builds (kustomize v5.5.0 exits 0), so nothing is reported', async () => {
    const root = repo({
      'app/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- target:\n    kind: Deployment\n    name: nothere\n  patch: |-\n    - op: add\n      path: /metadata/labels/x\n      value: y\n',
      'app/a.yaml': cm('a', '  A: b\n'),
    });
    expect(oracle(root, 'app').code).toBe(0);
    const r = await runKustomize({ root, kustomize });
    expect(r.findings.filter((f) => f.rule === 'kubernetes/build-failed')).toEqual([]);
  }, 60_000);

  it('a duplicate key in a patch file builds (kustomize reads patches without go-yaml\'s duplicate check)', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [a.yaml]\npatches:\n- path: p.yaml\n', 'app/a.yaml': cm('a', '  A: b\n'), 'app/p.yaml': cm('a', '  A: c\n  A: d\n') });
    expect(oracle(root, 'app').code).toBe(0);
    const r = await runKustomize({ root, kustomize });
    expect(r.findings.filter((f) => f.rule === 'kubernetes/build-failed')).toEqual([]);
  }, 60_000);
});
