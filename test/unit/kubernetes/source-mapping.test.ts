import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKustomize, type KustomizeResult } from '../../../src/checks/kubernetes/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';

/*
 * Broken overlays in test/fixtures/kubernetes/mapping. Each expected place is marked in the fixture with
 * a `# expect: <id>` comment on the line a person must edit (written by reading the YAML, not by running
 * the engine); the test finds the marker and checks the finding lands on that file and line.
 */
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/kubernetes/mapping');

interface Case {
  id: string;
  rule: string;
  overlay: string;
  contains?: string;
}

const CASES: Case[] = [
  { id: 'base-type', rule: 'kubernetes/schema', overlay: 'overlays/plain', contains: 'terminationGracePeriodSeconds' },
  { id: 'merge-key', rule: 'kubernetes/schema', overlay: 'overlays/merge-key', contains: 'imagePullPolicy' },
  { id: 'smp-type', rule: 'kubernetes/schema', overlay: 'overlays/smp', contains: 'spec.replicas' },
  { id: 'json6902-inline', rule: 'kubernetes/schema', overlay: 'overlays/json6902', contains: 'spec.ports.0.port' },
  { id: 'json6902-file', rule: 'kubernetes/schema', overlay: 'overlays/json6902-file', contains: 'spec.ports.1.port' },
  { id: 'smp-unknown-field', rule: 'kubernetes/schema', overlay: 'overlays/typo', contains: 'imagePullPolcy' },
  { id: 'component', rule: 'kubernetes/schema', overlay: 'overlays/component', contains: 'containerPort' },
  { id: 'prefixed-multidoc', rule: 'kubernetes/schema', overlay: 'overlays/prefixed', contains: 'spec.paused' },
  { id: 'missing-name', rule: 'kubernetes/schema', overlay: 'overlays/missing-name', contains: "missing property 'name'" },
  { id: 'images-latest', rule: 'kubernetes/image-not-pinned', overlay: 'overlays/images-latest', contains: 'busybox:latest' },
  { id: 'remote', rule: 'kubernetes/remote-base', overlay: 'overlays/remote' },
  { id: 'escape', rule: 'kubernetes/outside-root', overlay: 'overlays/escape' },
  { id: 'broken-yaml', rule: 'kubernetes/build-failed', overlay: 'overlays/broken', contains: 'failed here' },
  { id: 'egress', rule: 'kubernetes/egress-not-denied', overlay: 'overlays/agent' },
  { id: 'no-namespace', rule: 'kubernetes/missing-namespace', overlay: 'overlays/no-namespace' },
];

function markers(): Map<string, { file: string; line: number }> {
  const out = new Map<string, { file: string; line: number }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((l, i) => {
            const m = /# expect: ([\w-]+)/.exec(l);
            if (m) out.set(m[1]!, { file: path.relative(FIXTURE, p).split(path.sep).join('/'), line: i + 1 });
          });
    }
  };
  walk(FIXTURE);
  return out;
}

let result: KustomizeResult;
const marks = markers();
let hits = 0;

beforeAll(async () => {
  result = await runKustomize({ root: FIXTURE });
}, 120_000);

describe('source mapping of findings in built overlays', () => {
  for (const c of CASES) {
    it(`${c.id}: ${c.rule} lands on the marked line`, () => {
      const want = marks.get(c.id);
      expect(want, `marker ${c.id}`).toBeDefined();
      const candidates = result.findings.filter((f) => f.rule === c.rule && f.message.includes(c.overlay) && (!c.contains || f.message.includes(c.contains)));
      expect(candidates.map((f) => `${f.file}:${f.line} ${f.message}`)).not.toEqual([]);
      const exact = candidates.find((f) => f.file === want!.file && f.line === want!.line);
      expect(exact, candidates.map((f) => `${f.file}:${f.line}`).join(', ')).toBeDefined();
      hits++;
    });
  }

  it('reports every overlay with its status', () => {
    const byPath = new Map(result.overlays.map((o) => [o.path, o.status]));
    expect(byPath.get('overlays/remote')).toBe('refused');
    expect(byPath.get('overlays/escape')).toBe('refused');
    expect(byPath.get('overlays/broken')).toBe('build-failed');
    expect(byPath.get('overlays/smp')).toBe('failed');
    // base, base-multi, ... are referenced by overlays, components are never overlays.
    expect([...byPath.keys()].every((p) => p.startsWith('overlays/'))).toBe(true);
  });

  it('never leaves the origin annotation in what it validated or reports', () => {
    expect(result.findings.some((f) => f.message.includes('config.kubernetes.io/origin'))).toBe(false);
  });
});

afterAll(() => {
  console.log(`source mapping accuracy: ${hits}/${CASES.length} findings on the marked file and line`);
});
