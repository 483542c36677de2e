#!/usr/bin/env node
// Build step: generates dist/schemas/kubernetes-v<default>-strict.json.gz, the offline default
// Kubernetes schemas the bundled actions use when no tools venv exists. The content comes from the
// installed PyPI package kubernetes-validate (scripts/tools/install-k8s-schemas.sh installs it);
// the only change is dropping `description` annotations (they never affect validation).
//   node scripts/build-schemas.mjs [--out dist/schemas] [--keep-descriptions]
// The validators compiled ahead of time (scripts/gen-k8s-validators.mjs) stand in only for a bundle
// with the same SHA-256: after a change here or to the pinned version, run that script too (a unit
// test fails until then; meanwhile runs fall back to compiling at run time).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

// One source of truth for the pinned versions and the bundle's name/format: src/tools/schemas.ts.
const constants = readFileSync(path.join(repo, 'src/tools/schemas.ts'), 'utf8');
const constant = (name) => {
  const m = new RegExp(`export const ${name} = '([^']+)'`).exec(constants);
  if (!m) throw new Error(`${name} not found in src/tools/schemas.ts`);
  return m[1];
};
const packageVersion = constant('KUBERNETES_VALIDATE_VERSION');
const k8sVersion = constant('DEFAULT_KUBERNETES_VERSION');
const format = constant('BUNDLE_FORMAT');
const bundleFile = `kubernetes-v${k8sVersion}-strict.json.gz`;

const toolsDir = process.env.PORTARIUM_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra', 'tools');

function schemaRoot() {
  const lib = path.join(toolsDir, 'venv', 'lib');
  if (!existsSync(lib)) return undefined;
  for (const py of readdirSync(lib).filter((d) => d.startsWith('python'))) {
    const site = path.join(lib, py, 'site-packages');
    const root = path.join(site, 'kubernetes_validate', 'kubernetes-json-schema');
    const info = existsSync(site) ? readdirSync(site).find((d) => d === `kubernetes_validate-${packageVersion}.dist-info`) : undefined;
    if (existsSync(root) && info) return { root, record: path.join(site, info, 'RECORD') };
  }
  return undefined;
}

let found = schemaRoot();
if (!found) {
  execFileSync('bash', [path.join(repo, 'scripts/tools/install-k8s-schemas.sh')], { stdio: 'inherit' });
  found = schemaRoot();
}
if (!found) throw new Error(`kubernetes-validate ${packageVersion} is not installed in ${toolsDir}/venv`);

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
function dropDescriptions(node, keyIsName = false) {
  if (Array.isArray(node)) return node.map((v) => dropDescriptions(v));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    // In `properties` (and friends) keys are field names: a field may be called "description".
    if (!keyIsName && k === 'description' && typeof v === 'string') continue;
    out[k] = keyIsName ? dropDescriptions(v) : dropDescriptions(v, SCHEMA_MAPS.has(k));
  }
  return out;
}

const directory = `v${k8sVersion}-local-strict`;
const dir = path.join(found.root, directory);
const keep = process.argv.includes('--keep-descriptions');
const files = {};
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.json') || name === 'all.json') continue;
  const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  files[name] = keep ? doc : dropDescriptions(doc);
}

// The wheel's RECORD lists a sha256 for every file: record the one of _definitions.json as provenance.
const record = existsSync(found.record) ? readFileSync(found.record, 'utf8') : '';
const defsRecord = record.split('\n').find((l) => l.includes(`${directory}/_definitions.json,`));
const bundle = {
  format,
  source: {
    package: 'kubernetes-validate',
    version: packageVersion,
    directory,
    definitionsRecord: defsRecord?.split(',')[1] ?? null,
    descriptions: keep ? 'kept' : 'dropped',
  },
  kubernetesVersion: k8sVersion,
  strict: true,
  files,
};
const json = JSON.stringify(bundle);
const gz = gzipSync(json, { level: 9 });
const outDir = path.resolve(repo, arg('out', 'dist/schemas'));
mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, bundleFile);
writeFileSync(out, gz);
const sha = createHash('sha256').update(gz).digest('hex');
process.stdout.write(
  JSON.stringify({ file: path.relative(repo, out), files: Object.keys(files).length, bytes: gz.length, uncompressedBytes: Buffer.byteLength(json), sha256: sha }) + '\n',
);
