import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator, sharedSchemaState, type EngineOptions } from '../../../src/checks/kubernetes/engine.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import type { ValidationResult } from '../../../src/checks/kubernetes/validator.js';
import { CONFORMANCE, EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';
import { findTool } from '../../helpers/tools.js';

/*
 * The builtin engine against the real kubeconform v0.7.0 on the same inputs and the same local schema
 * directory (the kubernetes-validate 1.37.0 schemas; kubeconform reads them through the standalone
 * layout install-k8s-schemas.sh derives): identical verdicts are required for every resource.
 */
const kubeconform = findTool('kubeconform');
const FIXTURES = path.join(CONFORMANCE, 'kubeconform', 'fixtures');
const VERSION = '1.37.0';
const agreement: Record<string, { same: number; total: number }> = {};

function key(r: ValidationResult): string {
  return `${r.filename}|${r.kind}|${r.name}|${r.version}`;
}

/** Verdicts by resource identity; several empties (or same-named resources) in one file compare as multisets. */
function verdicts(results: ValidationResult[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of results) {
    const k = key(r);
    m.set(k, [...(m.get(k) ?? []), r.status].sort());
  }
  return m;
}

function compare(label: string, a: ValidationResult[], b: ValidationResult[]): string[] {
  const va = verdicts(a);
  const vb = verdicts(b);
  const diffs: string[] = [];
  let same = 0;
  let total = 0;
  for (const k of new Set([...va.keys(), ...vb.keys()])) {
    const x = va.get(k) ?? [];
    const y = vb.get(k) ?? [];
    const n = Math.max(x.length, y.length);
    total += n;
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i]) same++;
      else diffs.push(`${k}: builtin ${x[i] ?? '-'} / kubeconform ${y[i] ?? '-'}`);
    }
  }
  const acc = (agreement[label] ??= { same: 0, total: 0 });
  acc.same += same;
  acc.total += total;
  return diffs;
}

async function both(opts: Omit<EngineOptions, 'engine'>, paths: string[]): Promise<[ValidationResult[], ValidationResult[]]> {
  const builtin = await createValidator({ ...opts, engine: 'builtin' });
  const real = await createValidator({ ...opts, engine: 'kubeconform', kubeconformPath: kubeconform });
  return [await builtin.validateFiles(paths), await real.validateFiles(paths)];
}

describe.runIf(kubeconform !== undefined)('builtin engine vs kubeconform binary', () => {
  const shared = sharedSchemaState({ cacheDir: false });
  const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];

  for (const strict of [false, true]) {
    it(`kubeconform fixtures, ${strict ? 'strict' : 'non-strict'}, offline default schemas`, async () => {
      const [a, b] = await both(
        { kubernetesVersion: VERSION, strict, schemaLocations: ['default'], baseDir: FIXTURES, shared, http: { cacheDir: false } },
        files,
      );
      expect(compare('fixtures', a, b)).toEqual([]);
    });
  }

  it('kubeconform fixtures with their own offline registries and -ignore-missing-schemas', async () => {
    const [a, b] = await both(
      {
        kubernetesVersion: VERSION,
        strict: true,
        ignoreMissingSchemas: true,
        schemaLocations: ['default', './registry/{{ .ResourceKind }}{{ .KindSuffix }}.json', './grafanaalertrulegroup_v1beta1.json'],
        baseDir: FIXTURES,
        shared,
        http: { cacheDir: false },
      },
      files,
    );
    expect(compare('fixtures', a, b)).toEqual([]);
  });

  it('a generated set of 5,000+ resources with injected faults (scripts/bench/k8s-gen.mjs)', async () => {
    const gen = JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bench/k8s-gen.mjs'), '--count', '5000'], { encoding: 'utf8' }));
    const [a, b] = await both(
      { kubernetesVersion: VERSION, strict: true, schemaLocations: ['default'], baseDir: gen.dir, shared, http: { cacheDir: false } },
      ['.'],
    );
    expect(a.filter((r) => r.status !== 'empty').length).toBeGreaterThanOrEqual(5000);
    // The faults must actually be there, or agreement would prove nothing.
    for (const s of ['valid', 'invalid', 'error'] as const) expect(a.some((r) => r.status === s)).toBe(true);
    expect(compare('generated', a, b)).toEqual([]);
  }, 120_000);

  const overlayRoots = [path.join(REPO_ROOT, 'test/fixtures/kubernetes/mapping'), path.join(EXAMPLE, 'infra', 'kubernetes')];
  for (const root of overlayRoots) {
    it.runIf(existsSync(root))(`whole pipeline on ${path.relative(REPO_ROOT, root)}: same findings from both engines`, async () => {
      const a = await runKustomize({ root, engine: 'builtin' });
      const b = await runKustomize({ root, engine: 'kubeconform', kubeconformPath: kubeconform });
      const show = (r: typeof a) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`).sort();
      expect(show(a)).toEqual(show(b));
      expect(a.overlays).toEqual(b.overlays);
      const acc = (agreement.overlays ??= { same: 0, total: 0 });
      acc.total += a.overlays.length;
      acc.same += a.overlays.filter((o, i) => JSON.stringify(o) === JSON.stringify(b.overlays[i])).length;
    }, 120_000);
  }
});

afterAll(() => {
  for (const [label, r] of Object.entries(agreement)) console.log(`builtin vs kubeconform (${label}): ${r.same}/${r.total} identical verdicts`);
});
