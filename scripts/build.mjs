// Bundles every action entry (src/actions/<name>/index.ts) and the CLI into dist/<name>/ with ncc.
// Output must be reproducible: the check-dist test rebuilds and compares with the committed dist/.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const entries = readdirSync(path.join(root, 'src', 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'src', 'actions', d.name, 'index.ts')))
  .map((d) => ({ name: d.name, entry: path.join('src', 'actions', d.name, 'index.ts') }));
entries.push({ name: 'cli', entry: path.join('src', 'cli', 'index.ts') });

const only = process.argv.slice(2);
const selected = only.length ? entries.filter((e) => only.includes(e.name)) : entries;
if (!only.length) rmSync(path.join(root, 'dist'), { recursive: true, force: true });

/**
 * The CLI is bundled as CommonJS: bin/portarium-infra.js runs it through vm.Script so that V8's code
 * cache, written after a run, holds the functions that run compiled (an ES module cannot be loaded
 * that way without a Node flag). ncc's command line only builds ES modules in this package.
 */
async function buildCommonJs(entry, out) {
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  const { code, assets } = await ncc(path.join(root, entry), { esm: false, filename: 'index.cjs', target: 'es2023', license: 'licenses.txt', quiet: true });
  const dir = path.join(root, out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.cjs'), asciiOnly(code, 'index.cjs'));
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), /\.c?js$/.test(name) ? asciiOnly(String(asset.source), name) : asset.source);
  }
  // The chunks are .js files in a "type": "module" package: this makes them CommonJS to Node too.
  writeFileSync(path.join(dir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
}

/**
 * The CLI's code as ASCII: one character outside it (a `…` in a message, a `→` in a comment) makes V8
 * hold the whole file as a two-byte string, decoded from UTF-8 on every start (3 ms for the files a
 * compose run loads, twice the memory). `\uXXXX` means the same character in a string, template,
 * regular expression, identifier or comment. It would not in the raw text of a tagged template
 * (String.raw`…`) — the bundle has none with such characters — nor right after a backslash, which fails
 * the build.
 */
function asciiOnly(code, name) {
  // eslint-disable-next-line no-control-regex -- every character from NUL to DEL is ASCII
  return code.replace(/[^\x00-\x7f]/g, (c, at) => {
    if (code[at - 1] === '\\') throw new Error(`build: ${name}: escaped non-ASCII character at ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

async function build({ name, entry }) {
  const out = path.join('dist', name);
  rmSync(path.join(root, out), { recursive: true, force: true });
  const started = Date.now();
  if (name === 'cli') {
    await buildCommonJs(entry, out);
    console.log(`built ${out}/index.cjs in ${Date.now() - started} ms`);
    return;
  }
  await run(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(`built ${out}/index.js in ${Date.now() - started} ms`);
}

// Two at a time: the machines this runs on have two cores.
const queue = [...selected];
await Promise.all(
  [0, 1].map(async () => {
    for (let e = queue.shift(); e; e = queue.shift()) await build(e);
  }),
);

// The terraform fmt engine (TypeScript) spreads large trees over worker threads: every bundle that
// contains it gets the worker entry beside its index.js (src/checks/terraform/pool.ts).
const TERRAFORM_BUNDLES = ['terraform-fmt', 'check', 'cli'];
const withTerraform = selected.filter((e) => TERRAFORM_BUNDLES.includes(e.name));
if (withTerraform.length) {
  const workerOut = path.join(root, 'dist', '.terraform-fmt-worker');
  rmSync(workerOut, { recursive: true, force: true });
  await run(process.execPath, [ncc, 'build', path.join('src', 'checks', 'terraform', 'worker.ts'), '-o', workerOut, '--quiet', '--target', 'es2023'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  for (const { name } of withTerraform) {
    const dir = path.join(root, 'dist', name);
    copyFileSync(path.join(workerOut, 'index.js'), path.join(dir, 'terraform-fmt-worker.mjs'));
    rmSync(path.join(dir, 'terraform-fmt-worker.js'), { force: true });
    // The WebAssembly formatter of earlier builds is gone.
    rmSync(path.join(dir, 'hcl-wasm'), { recursive: true, force: true });
  }
  rmSync(workerOut, { recursive: true, force: true });
  console.log(`added the terraform fmt worker to ${withTerraform.map((e) => e.name).join(', ')}`);
}

// The offline default Kubernetes schemas every bundle finds at dist/schemas/, generated from the
// kubernetes-validate package (never a hand-made copy).
if (!only.length) {
  await run(process.execPath, [path.join(root, 'scripts', 'build-schemas.mjs'), '--out', path.join(root, 'dist', 'schemas')], { cwd: root });
  console.log('built dist/schemas');
}
