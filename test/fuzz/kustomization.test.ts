/**
 * The kustomization reader on hostile files: loadKustomization never throws, a file that does not parse
 * comes back as a parse error with a position, and every entry it reports points inside the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isRemote, loadKustomization } from '../../src/checks/kubernetes/kustomization.js';
import { clearYamlCache } from '../../src/checks/kubernetes/yaml-source.js';
import { aliasBombs, anyText, corpus, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const SEEDS = corpus(['test/fixtures/kubernetes', 'test/fixtures/deploy', 'examples/portarium/infra/kubernetes'], (n) => n === 'kustomization.yaml');
const DICT = [
  'resources:\n', '- ', '  - ', 'bases:\n', 'components:\n', 'crds:\n', 'generators:\n', 'transformers:\n', 'openapi:\n  path: schema.json\n',
  'replacements:\n  - path: r.yaml\n', 'patchesStrategicMerge:\n', 'patchesJson6902:\n', 'patches:\n', '  - path: patch.yaml\n', '  - patch: |-\n',
  '      - op: replace\n        path: /spec/replicas\n        value: 3\n', '    target:\n      kind: Deployment\n      name: x\n', 'images:\n',
  '  - name: app\n    newTag: "1.2"\n', '    digest: sha256:', 'configMapGenerator:\n', 'secretGenerator:\n', '  - name: cfg\n', '    literals:\n',
  '      - A=1\n', '    files:\n      - k=../../etc/passwd\n', '    envs: [x.env]\n', '    env: x.env\n', 'namespace: ', 'kind: Component\n',
  'kind: Kustomization\n', 'sortOptions:\n', 'apiVersion: kustomize.config.k8s.io/v1beta1\n', 'sortOptions:\n  order: legacy\n', '../base', '../../', '/etc',
  'https://github.com/x/y?ref=v1', 'github.com/x/y//z', 'git@github.com:x/y.git', '&a ', '*a', '<<: *a', '!!binary ', '? ', ': ', '{', '}', '[',
  ']', ',', '|', '>', '"', "'", '#', '---\n', '~', 'null', '__proto__', '\t', '\n', '\r\n',
  ...aliasBombs(''),
  ...aliasBombs('  '),
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('fuzz: kustomization reader', () => {
  const N = 1200;
  it(
    'loadKustomization never throws; entries and parse errors point inside the file',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pia-fuzz-kust-'));
      dirs.push(dir);
      const file = path.join(dir, 'kustomization.yaml');
      writeFileSync(path.join(dir, 'patch.yaml'), '- op: add\n  path: /x\n  value: 1\n');
      const b = batch('kustomization');
      const text = fc.oneof({ weight: 5, arbitrary: mutated(SEEDS, { dict: DICT, maxMutations: 6 }) }, { weight: 2, arbitrary: fragments(DICT, 50) }, { weight: 1, arbitrary: anyText });
      fc.assert(
        fc.property(text, (src) =>
          b.run(src, () => {
            writeFileSync(file, src);
            clearYamlCache();
            const k = loadKustomization(dir);
            expect(k).toBeDefined();
            const lines = src.split('\n').length;
            const inside = (p: { line: number; column: number }, what: string): void => {
              expect(p.line >= 1 && p.line <= lines && p.column >= 1, `${what} at ${p.line}:${p.column}`).toBe(true);
            };
            if (k!.parseError) inside(k!.parseError, 'parse error');
            for (const e of [...k!.resources, ...k!.components, ...k!.files]) {
              inside(e, e.field);
              isRemote(e.value, dir);
            }
            for (const p of k!.patches) inside(p, 'patch');
            for (const i of k!.images) inside(i, 'image');
            for (const g of k!.generators) inside(g, g.field);
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 30),
  );
});
