import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { BuiltinValidator } from '../../../src/checks/kubernetes/builtin-validator.js';
import { sharedSchemaState } from '../../../src/checks/kubernetes/engine.js';
import { precompiledFor } from '../../../src/checks/kubernetes/precompiled.js';
import { DefaultRegistry, TemplateRegistry, buildRegistries } from '../../../src/checks/kubernetes/schema-registry.js';
import type { ValidationResult } from '../../../src/checks/kubernetes/validator.js';
import * as generated from '../../../src/checks/kubernetes/aot/validators.generated.js';
import { BUNDLE_FILE, DEFAULT_KUBERNETES_VERSION, locateKubernetesSchemas, type KubernetesSchemaSource } from '../../../src/tools/schemas.js';
import { CONFORMANCE, EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';
// @ts-expect-error the generator is a plain .mjs script
import { compileUnits, unpack } from '../../../scripts/gen-k8s-validators.mjs';
import { tempDir } from './temp.js';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'schemas', BUNDLE_FILE);
const V = DEFAULT_KUBERNETES_VERSION;
const bundled = () => locateKubernetesSchemas({ bundle: BUNDLE })!;

function validator(source: KubernetesSchemaSource, precompiled: boolean) {
  const shared = sharedSchemaState({ cacheDir: false });
  const compile = vi.spyOn(shared.compiler, 'compile');
  const registries = buildRegistries(['default'], { strict: true, loader: shared.loader, baseDir: REPO_ROOT, defaultSource: source, precompiled });
  const v = new BuiltinValidator({ kubernetesVersion: V, strict: true, skipKinds: [], rejectKinds: [], ignoreMissingSchemas: false, registries, compiler: shared.compiler, baseDir: REPO_ROOT });
  return { v, compile };
}

const show = (rs: ValidationResult[]) => rs.map((r) => `${r.filename}#${r.document} ${r.kind}/${r.name} ${r.status} ${r.msg} ${JSON.stringify(r.validationErrors ?? [])}`);

/** Both paths on the same documents: same results, message for message; the AOT run compiles nothing it has. */
async function agree(docs: string[]): Promise<ValidationResult[]> {
  const aot = validator(bundled(), true);
  const runtime = validator(bundled(), false);
  const a = await aot.v.validateDocuments(docs);
  const b = await runtime.v.validateDocuments(docs);
  expect(show(a)).toEqual(show(b));
  const compiledByAot = aot.compile.mock.calls.map((c) => path.basename(c[0] as string));
  expect(compiledByAot.filter((f) => Object.hasOwn(generated.kinds, f))).toEqual([]);
  expect(runtime.compile).toHaveBeenCalled();
  return a;
}

function kubectlBuild(dir: string): string[] | undefined {
  try {
    const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split(/^---$/m).map((d) => d.trim()).filter(Boolean);
  } catch {
    return undefined;
  }
}

describe('validators compiled ahead of time (scripts/gen-k8s-validators.mjs)', () => {
  it('the committed module is what the generator makes of the committed bundle', async () => {
    const committed = unpack(generated);
    const fresh = await compileUnits();
    expect(committed.identity, 'run node scripts/gen-k8s-validators.mjs').toEqual(fresh.identity);
    expect(committed.kinds).toEqual(fresh.kinds);
    expect(committed.units.length).toBe(fresh.units.length);
    expect(JSON.stringify(committed.units) === JSON.stringify(fresh.units), 'run node scripts/gen-k8s-validators.mjs').toBe(true);
  }, 600_000);

  it('stand in only for the bundled default schemas, byte for byte', () => {
    vi.stubEnv('PORTARIUM_K8S_SCHEMAS', '');
    vi.stubEnv('PORTARIUM_K8S_SCHEMA_BUNDLE', '');
    const bundle = bundled();
    expect(bundle.digest).toBe(generated.identity.digest);
    const loader = sharedSchemaState({ cacheDir: false }).loader;
    const hit = new DefaultRegistry(bundle, true, loader).precompiled('Deployment', 'apps/v1', V);
    expect(hit?.uri).toMatch(/\/v1\.37\.0-local-strict\/deployment-apps-v1\.json$/);
    expect(typeof hit?.validate).toBe('function');

    // Not the non-strict schemas, and not when switched off.
    expect(new DefaultRegistry(bundle, false, loader).precompiled('Deployment', 'apps/v1', V)).toBeUndefined();
    expect(new DefaultRegistry(bundle, true, loader, { precompiled: false }).precompiled('Deployment', 'apps/v1', V)).toBeUndefined();
    // A kind the generator left out (a bare definition) compiles at run time.
    expect(new DefaultRegistry(bundle, true, loader).precompiled('PodSpec', 'v1', V)).toBeUndefined();

    // The same schemas as a directory (the tools venv, PORTARIUM_K8S_SCHEMAS): compiled at run time.
    const json = JSON.parse(gunzipSync(readFileSync(BUNDLE)).toString('utf8')) as { files: Record<string, unknown> };
    const dir = tempDir('aot-dir');
    for (const d of [`v${V}-local-strict`, `v${V}-local`]) {
      mkdirSync(path.join(dir, d));
      for (const [f, doc] of Object.entries(json.files)) writeFileSync(path.join(dir, d, f), JSON.stringify(doc));
    }
    const directory = locateKubernetesSchemas({ schemaDir: dir })!;
    expect(precompiledFor(directory, V, true)).toBeUndefined();
    expect(new DefaultRegistry(directory, true, loader).precompiled('Deployment', 'apps/v1', V)).toBeUndefined();
    // Even one that claims the bundle's identity.
    expect(precompiledFor({ ...directory, packageVersion: bundle.packageVersion, digest: bundle.digest }, V, true)).toBeUndefined();

    // The tools venv of the same package version: the bundle serves its version's strict schemas.
    const tools = tempDir('aot-tools');
    for (const pkg of ['1.37.0', '1.36.0']) {
      const site = path.join(tools, pkg, 'venv', 'lib', 'python3.11', 'site-packages');
      mkdirSync(path.join(site, `kubernetes_validate-${pkg}.dist-info`), { recursive: true });
      for (const d of [`v${V}-local-strict`, `v${V}-local`]) {
        mkdirSync(path.join(site, 'kubernetes_validate', 'kubernetes-json-schema', d), { recursive: true });
        writeFileSync(path.join(site, 'kubernetes_validate', 'kubernetes-json-schema', d, 'deployment-apps-v1.json'), '{}');
      }
    }
    const venv = locateKubernetesSchemas({ toolsDir: path.join(tools, bundle.packageVersion) })!;
    expect(venv.kind).toBe('directory');
    expect(venv.bundled?.digest).toBe(bundle.digest);
    expect(new DefaultRegistry(venv, true, loader).precompiled('Deployment', 'apps/v1', V)?.uri).toBe(hit!.uri);
    expect(new DefaultRegistry(venv, false, loader).precompiled('Deployment', 'apps/v1', V)).toBeUndefined();
    const otherPackage = locateKubernetesSchemas({ toolsDir: path.join(tools, '1.36.0') })!;
    expect(otherPackage.bundled).toBeUndefined();
    expect(precompiledFor(otherPackage, V, true)).toBeUndefined();

    // A bundle with one schema changed (a pull request's dist/schemas, PORTARIUM_K8S_SCHEMA_BUNDLE).
    const changed = structuredClone(json) as { files: Record<string, { required?: string[] }> };
    changed.files['deployment-apps-v1.json']!.required = ['spec', 'status'];
    const file = path.join(tempDir('aot-bundle'), BUNDLE_FILE);
    writeFileSync(file, gzipSync(JSON.stringify(changed)));
    const other = locateKubernetesSchemas({ bundle: file })!;
    expect(other.kind).toBe('bundle');
    expect(precompiledFor(other, V, true)).toBeUndefined();
    expect(new DefaultRegistry(other, true, loader).precompiled('Deployment', 'apps/v1', V)).toBeUndefined();
    expect(precompiledFor({ ...venv, bundled: other }, V, true)).toBeUndefined();

    // File and http locations (and their schema cache directory) never have precompiled code.
    const template = new TemplateRegistry('schemas/{{ .ResourceKind }}.json', true, loader, REPO_ROOT);
    expect('precompiled' in template).toBe(false);
    vi.unstubAllEnvs();
  });

  it('code comes from the package: one module imports it, nothing else in src builds functions from text', () => {
    const offenders: string[] = [];
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []));
    for (const f of walk(path.join(REPO_ROOT, 'src'))) {
      const text = readFileSync(f, 'utf8');
      const rel = path.relative(REPO_ROOT, f);
      if (/validators\.generated/.test(text) && rel !== 'src/checks/kubernetes/precompiled.ts') offenders.push(`${rel} imports the generated validators`);
      if (/\bnew Function\b|\beval\s*\(|node:vm/.test(text) && rel !== 'src/checks/kubernetes/precompiled.ts') offenders.push(`${rel} evaluates code`);
    }
    expect(offenders).toEqual([]);
    const own = readFileSync(path.join(REPO_ROOT, 'src/checks/kubernetes/precompiled.ts'), 'utf8');
    // The only input to `new Function` is the statically imported module: no file system, no fetch.
    expect(own).not.toMatch(/node:fs|readFile|fetch\(|import\(/);
    expect(own).toMatch(/^import \* as generated from '\.\/aot\/validators\.generated\.js';$/m);
  });

  it('agree with the runtime compiler on the example overlays', async () => {
    const overlays = path.join(EXAMPLE, 'infra', 'kubernetes', 'overlays');
    const docs = readdirSync(overlays).flatMap((o) => kubectlBuild(path.join(overlays, o)) ?? []);
    if (docs.length === 0) return; // kubectl missing: the fixtures below still run
    const results = await agree(docs);
    expect(results.every((r) => r.status === 'valid')).toBe(true);
  }, 120_000);

  it('agree with the runtime compiler on broken manifests', async () => {
    const mapping = path.join(REPO_ROOT, 'test', 'fixtures', 'kubernetes', 'mapping');
    const docs: string[] = [];
    for (const group of ['overlays', 'components']) {
      for (const o of readdirSync(path.join(mapping, group))) docs.push(...(kubectlBuild(path.join(mapping, group, o)) ?? []));
    }
    const fixtures = path.join(CONFORMANCE, 'kubeconform', 'fixtures');
    if (existsSync(fixtures)) {
      for (const f of readdirSync(fixtures).filter((n) => /\.(ya?ml|json)$/.test(n))) docs.push(readFileSync(path.join(fixtures, f), 'utf8'));
    }
    docs.push(readFileSync(path.join(mapping, 'base-broken', 'deploy.yaml'), 'utf8'));
    const results = await agree(docs);
    expect(results.some((r) => r.status === 'invalid')).toBe(true);
  }, 120_000);

  it('agree with the runtime compiler on every precompiled kind, valid and broken', async () => {
    const json = JSON.parse(gunzipSync(readFileSync(BUNDLE)).toString('utf8')) as { files: Record<string, { 'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }> }> };
    const docs: string[] = [];
    for (const file of Object.keys(generated.kinds)) {
      const gvk = json.files[file]!['x-kubernetes-group-version-kind']![0]!;
      const head = { apiVersion: gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, kind: gvk.kind };
      docs.push(JSON.stringify({ ...head, metadata: { name: 'x' } }));
      docs.push(JSON.stringify({ ...head, metadata: { name: 'x', labels: { a: 1 }, bogus: true }, spec: { bogus: 1, replicas: 'x' }, status: 'x', items: [{ x: 1 }], extra: [1] }));
    }
    const results = await agree(docs);
    expect(results.filter((r) => r.status === 'invalid').length).toBeGreaterThan(Object.keys(generated.kinds).length);
  }, 600_000);
});
