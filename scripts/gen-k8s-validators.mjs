// Compiles the bundled default Kubernetes schemas (dist/schemas/kubernetes-v<default>-strict.json.gz,
// made by scripts/build-schemas.mjs from the pinned kubernetes-validate) ahead of time, so a run does
// not spend half a second in ajv's code generator. Output: src/checks/kubernetes/aot/validators.generated.js.
//   node scripts/gen-k8s-validators.mjs [--check]     (Node ≥ 22.18: imports the TypeScript directly)
//
// The code is ajv's own output for the same compiler options the runtime uses (SchemaCompiler), cut
// into units (one per ajv scope value: a validate function, a schema constant, a wrapper) with their
// dependencies, so a run instantiates only the units the kinds it meets reach, and units shared by
// kinds (PodSpec, ObjectMeta) once. Units are stored brotli-compressed in chunks: the whole set is
// about 6 MB of JavaScript, which would cost every run ~100 ms to parse; the chunks cost nothing
// until a kind needs them. A unit test checks the committed module against this script's output.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(root, 'src', 'checks', 'kubernetes', 'aot', 'validators.generated.js');
const CHUNK_BYTES = 256 * 1024;
/** Names the generated code may use besides its own units, each provided by src/checks/kubernetes/precompiled.ts. */
const EXTERNALS = new Set(['goRegExp']);
const UNIT_NAME = /\b(?:schema|func|pattern|formats|validate|wrapper|root)\d+\b/g;

async function load(rel) {
  return import(path.join(root, rel));
}

/** The units, kinds and identity, uncompressed: what the sync test compares. */
export async function compileUnits() {
  if (!process.env.VITEST) await import('./bench/k8s-ts-loader.mjs');
  const { SchemaCompiler } = await load('src/checks/kubernetes/schema-compiler.ts');
  const { SchemaDocumentLoader } = await load('src/checks/kubernetes/schema-fetch.ts');
  const { DefaultRegistry } = await load('src/checks/kubernetes/schema-registry.ts');
  const { BUNDLE_FILE, locateKubernetesSchemas } = await load('src/tools/schemas.ts');

  const bundleFile = path.join(root, 'dist', 'schemas', BUNDLE_FILE);
  const source = locateKubernetesSchemas({ bundle: bundleFile });
  if (!source) throw new Error(`${path.relative(root, bundleFile)} is missing or unreadable: run node scripts/build-schemas.mjs`);
  const digest = createHash('sha256').update(gunzipSync(readFileSync(bundleFile))).digest('hex');
  if (source.digest !== digest) throw new Error('the bundle source does not report the digest of its file');
  const version = source.versions[0];
  const loader = new SchemaDocumentLoader({ cacheDir: false });
  const compiler = new SchemaCompiler(loader, { keepSource: true });
  const registry = new DefaultRegistry(source, true, loader);

  // Resource kinds only (files carrying a group-version-kind): the package's other files are bare
  // definitions a manifest names only by mistake; those still compile at run time.
  const kinds = [];
  for (const file of (await source.list(version, true)).sort()) {
    const doc = await source.read(version, true, file);
    if (!doc?.['x-kubernetes-group-version-kind']) continue;
    const uri = registry.fileUri(version, true, file);
    const outcome = await loader.load(uri);
    const compiled = await compiler.compile(uri, outcome.doc);
    if (!compiled.ok) throw new Error(`${file}: ${compiled.error}`);
    kinds.push({ file, validate: compiled.validate });
  }
  const ajv = compiler.instance('draft2020');
  const scopeNames = new Map(Object.values(ajv.scope._values).flatMap((m) => [...m.values()]).map((n) => [String(n), n]));

  // ajv/dist/standalone's traversal, one unit per scope value instead of one string.
  const units = [];
  const index = new Map();
  const visiting = new Set();
  const add = (name, code, deps) => {
    index.set(name, units.length);
    units.push({ name, code, deps });
  };
  const valueDeps = (name, code) => [...new Set(code.match(UNIT_NAME) ?? [])].filter((n) => n !== name);
  function visitValue(n) {
    const name = String(n);
    if (index.has(name) || visiting.has(name)) return;
    const ref = n.value?.ref;
    if (n.prefix === 'validate' && typeof ref === 'function') return visitFunction(ref.source);
    if ((n.prefix === 'root' || n.prefix === 'wrapper') && typeof ref === 'object') {
      const target = String(ref.validateName);
      visiting.add(name);
      visitFunction(ref.validate.source);
      visiting.delete(name);
      return add(name, `const ${name} = {validate: ${target}};`, [target]);
    }
    if (n.value?.code === undefined) throw new Error(`scope value ${name} has no code`);
    if (n.prefix === 'formats') throw new Error('a format is asserted: the bundled schemas are draft 2020-12, whose formats kubeconform does not assert; extend the generator');
    const code = `const ${name} = ${n.value.code};`;
    for (const d of valueDeps(name, code)) if (scopeNames.has(d)) visitValue(scopeNames.get(d));
    add(name, code, valueDeps(name, code));
  }
  function visitFunction(s) {
    const name = String(s.validateName);
    if (index.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const deps = [];
    for (const prefix in s.scopeValues) {
      for (const n of s.scopeValues[prefix]) {
        visitValue(n);
        deps.push(String(n));
      }
    }
    visiting.delete(name);
    const evaluated = s.evaluated ? `${name}.evaluated = ${s.evaluated};` : '';
    add(name, `${s.validateCode}${evaluated}`, deps.filter((d) => d !== name));
  }
  for (const k of kinds) visitFunction(k.validate.source);

  const known = new Set(units.map((u) => u.name));
  for (const u of units) {
    if (/\brequire\s*\(/.test(u.code)) throw new Error(`${u.name} loads a runtime module; extend the generator and precompiled.ts`);
    for (const d of u.deps) if (!known.has(d) && !EXTERNALS.has(d)) throw new Error(`${u.name} depends on ${d}, which is not generated`);
    for (const tok of u.code.match(/\bconst func\d+ = ([A-Za-z_$][\w$.]*)/g) ?? []) {
      const target = tok.split('= ')[1];
      if (!EXTERNALS.has(target) && !/^Object\.prototype\.hasOwnProperty$/.test(target)) throw new Error(`${u.name} uses ${target}`);
    }
  }
  return {
    identity: { packageVersion: source.packageVersion, kubernetesVersion: version, strict: true, digest },
    kinds: Object.fromEntries(kinds.map((k) => [k.file, index.get(String(k.validate.source.validateName))])),
    units: units.map((u) => ({ name: u.name, code: u.code, deps: u.deps.filter((d) => known.has(d)).map((d) => index.get(d)) })),
  };
}

/** The module text for compiled units. */
export function render({ identity, kinds, units }, chunkBytes = CHUNK_BYTES) {
  const chunks = [];
  const table = [];
  let current = '';
  for (const u of units) {
    if (current.length > 0 && current.length + u.code.length > chunkBytes) {
      chunks.push(current);
      current = '';
    }
    table.push([u.name, chunks.length, current.length, u.code.length, u.deps]);
    current += u.code;
  }
  if (current) chunks.push(current);
  const packed = chunks.map((c) =>
    brotliCompressSync(Buffer.from(c, 'utf8'), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: c.length } }).toString('base64'),
  );
  return [
    '// Generated by scripts/gen-k8s-validators.mjs from dist/schemas: do not edit.',
    '/* eslint-disable */',
    `export const identity = ${JSON.stringify(identity)};`,
    '// [name, chunk, offset, length (UTF-16 code units of the chunk text), dependencies (unit indexes)]',
    `export const units = ${JSON.stringify(table)};`,
    `export const kinds = ${JSON.stringify(kinds)};`,
    `export const chunks = ${JSON.stringify(packed)};`,
    '',
  ].join('\n');
}

/** Units as a committed module holds them (decompressed), for comparing with compileUnits(). */
export function unpack(mod) {
  const texts = mod.chunks.map((c) => brotliDecompressSync(Buffer.from(c, 'base64')).toString('utf8'));
  return {
    identity: mod.identity,
    kinds: mod.kinds,
    units: mod.units.map(([name, chunk, offset, length, deps]) => ({ name, code: texts[chunk].slice(offset, offset + length), deps })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const compiled = await compileUnits();
  if (process.argv.includes('--check')) {
    const committed = unpack(await import(OUT));
    if (JSON.stringify(committed) !== JSON.stringify(compiled)) {
      console.error(`${path.relative(root, OUT)} is out of date: run node scripts/gen-k8s-validators.mjs`);
      process.exit(1);
    }
  } else {
    const code = render(compiled);
    writeFileSync(OUT, code);
    const raw = compiled.units.reduce((n, u) => n + u.code.length, 0);
    console.log(`wrote ${path.relative(root, OUT)}: ${Object.keys(compiled.kinds).length} kinds, ${compiled.units.length} units, ${raw} bytes of code, ${code.length} bytes written`);
  }
}
