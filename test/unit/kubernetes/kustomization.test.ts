import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTree, discover, referenceProblems } from '../../../src/checks/kubernetes/discover.js';
import { isRemote, loadKustomization } from '../../../src/checks/kubernetes/kustomization.js';
import { tempDir } from './temp.js';

const BOMB = (indent: string): string => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return levels.map((l) => `${indent}${l}\n`).join('');
};

function tree(files: Record<string, string>): string {
  const root = tempDir('kust');
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
  return root;
}

describe('kustomization discovery and references', () => {
  it.each([
    ['github.com/org/repo//base?ref=v1', true],
    ['https://github.com/org/repo/base', true],
    ['git@github.com:org/repo.git//base', true],
    ['ssh://git@example.com/repo.git', true],
    ['example.com/org/repo', true],
    ['../base', false],
    ['deployment.yaml', false],
  ])('isRemote(%s) = %s', (v, want) => expect(isRemote(v, os.tmpdir())).toBe(want));

  it('finds every kustomization file name and reports unreferenced ones (not components) as overlays', () => {
    const root = tree({
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      'dev/kustomization.yml': 'resources: [../base]\ncomponents: [../comp]\n',
      'prod/Kustomization': 'bases: [../base]\n',
    });
    const d = discover(root);
    expect([...d.all.keys()].map((k) => path.relative(root, k)).sort()).toEqual(['base', 'comp', 'dev', 'prod']);
    expect(d.overlays.map((k) => path.relative(root, k)).sort()).toEqual(['dev', 'prod']);
    expect(buildTree(path.join(root, 'dev'), d.all).map((k) => path.relative(root, k.dir))).toEqual(['dev', 'base', 'comp']);
  });

  it('records lines of entries and patches, and flags remote and escaping entries', () => {
    const root = tree({
      'ov/kustomization.yaml': 'resources:\n  - ../base\n  - github.com/x/y//z?ref=main\n  - ../../../../outside\npatches:\n  - path: p.yaml\n  - target: {kind: Service}\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: NodePort\n',
      'ov/p.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
      'base/kustomization.yaml': 'resources: []\n',
    });
    const k = loadKustomization(path.join(root, 'ov'))!;
    expect(k.resources.map((e) => [e.value, e.line, e.column])).toEqual([
      ['../base', 2, 5],
      ['github.com/x/y//z?ref=main', 3, 5],
      ['../../../../outside', 4, 5],
    ]);
    expect(k.patches.map((p) => [p.type, p.line])).toEqual([
      ['smp', 6],
      ['json6902', 7],
    ]);
    expect(k.patches[1]!.inline).toMatchObject({ line: 9, indent: 6 });
    const problems = referenceProblems([k], root, false);
    expect(problems.map((p) => [p.rule, p.entry.line])).toEqual([
      ['remote', 3],
      ['outside-root', 4],
    ]);
    expect(referenceProblems([k], root, true).map((p) => p.rule)).toEqual(['outside-root']);
  });

  it('a billion-laughs sortOptions is a parse error at its line, not a ReferenceError (alias-bomb probe, now in test/fuzz)', () => {
    const root = tree({ 'kustomization.yaml': `resources: []\nsortOptions:\n${BOMB('  ')}` });
    const k = loadKustomization(root)!;
    expect(k.parseError).toEqual({ message: expect.stringContaining('Excessive alias count'), line: 3, column: 3 });
  });
});
