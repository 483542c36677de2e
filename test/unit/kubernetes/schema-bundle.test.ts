import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidator, sharedSchemaState } from '../../../src/checks/kubernetes/engine.js';
import { DEFAULT_KUBERNETES_VERSION, locateKubernetesSchemas, venvSchemaRoot } from '../../../src/tools/schemas.js';
import { CONFORMANCE, REPO_ROOT, conformanceAvailable } from '../../helpers/paths.js';
import { tempDir } from './temp.js';

/*
 * The actions ship only the bundle scripts/build-schemas.mjs generates from the installed
 * kubernetes-validate wheel. It must give the same verdicts as the package's own directory.
 */
const venv = venvSchemaRoot();
const FIXTURES = path.join(CONFORMANCE, 'kubeconform', 'fixtures');

describe.runIf((venv !== undefined && conformanceAvailable()) || process.env.PORTARIUM_REQUIRE_TOOLS === '1')('generated default-schema bundle', () => {
  it('is small and validates exactly like the installed package, strict and not', async () => {
    const out = tempDir('bundle');
    const info = JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-schemas.mjs'), '--out', out], { encoding: 'utf8' }));
    expect(info.bytes).toBeLessThan(512 * 1024);
    const bundle = locateKubernetesSchemas({ bundle: path.join(out, readdirSync(out)[0]!) })!;
    expect(bundle.kind).toBe('bundle');
    expect(bundle.versions).toEqual([DEFAULT_KUBERNETES_VERSION]);
    const dir = locateKubernetesSchemas({ schemaDir: venv })!;
    const files = readdirSync(FIXTURES).filter((f) => /\.(ya?ml|json)$/.test(f));
    for (const strict of [true, false]) {
      const run = async (source: typeof bundle) => {
        const v = await createValidator({ kubernetesVersion: DEFAULT_KUBERNETES_VERSION, strict, baseDir: FIXTURES, defaultSource: source, shared: sharedSchemaState({ cacheDir: false }) });
        return (await v.validateFiles(files)).map((r) => `${r.filename} ${r.kind} ${r.name} ${r.status} ${JSON.stringify(r.validationErrors ?? [])}`).sort();
      };
      const [a, b] = [await run(bundle), await run(dir)];
      expect(a).toEqual(b);
      expect(a.some((l) => l.includes(' invalid '))).toBe(true);
    }
  }, 60_000);
});
