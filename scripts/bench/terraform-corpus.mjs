// Builds the terraform fmt corpus used by the differential test and the benchmark:
//   real/     every .tf/.tfvars/.tftest.hcl/.tfmock.hcl/.tofu file shipped in the Go modules of
//             terraform v1.5.7 and OpenTofu v1.8.11 (their testdata: thousands of small modules,
//             many in 0.11-era style), fetched with `go mod download` from the Go module proxy;
//   mutants/  seeded, deterministic mutations of those files that exercise every terraform fmt
//             rewrite: whitespace noise, unaligned `=`, unquoted and commented labels, labels with
//             `%` (terraform bug #35417), `"${...}"` wrapping, legacy variable types, provider
//             function calls with `::`, CRLF, byte order marks, tabs, missing final newlines.
// Output: <cache>/terraform-corpus/{real,mutants}/... and manifest.json. Not committed.
// Usage: node scripts/bench/terraform-corpus.mjs [--out DIR] [--mutants-per-file N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOURCES = [
  { name: 'terraform-v1.5.7', module: 'github.com/hashicorp/terraform', version: 'v1.5.7' },
  { name: 'opentofu-v1.8.11', module: 'github.com/opentofu/opentofu', version: 'v1.8.11' },
];
const EXTENSIONS = ['.tf', '.tfvars', '.tftest.hcl', '.tfmock.hcl', '.tofu'];
const CORPUS_VERSION = 3; // bump when mutations change, so cached corpora are rebuilt

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const defaultCorpusDir = () =>
  path.join(process.env.PORTARIUM_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra'), 'terraform-corpus');
const out = path.resolve(opt('--out', defaultCorpusDir()));
const mutantsPerFile = Number(opt('--mutants-per-file', '1'));

const manifestPath = path.join(out, 'manifest.json');
if (existsSync(manifestPath)) {
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (m.version === CORPUS_VERSION && m.mutantsPerFile === mutantsPerFile) {
    console.error(`terraform corpus: up to date in ${out} (${m.files.length} files)`);
    process.exit(0);
  }
}
rmSync(out, { recursive: true, force: true });

function moduleDir(module, version) {
  const json = execFileSync('go', ['mod', 'download', '-json', `${module}@${version}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: os.tmpdir(),
    env: { ...process.env, GOFLAGS: '-mod=mod' },
  });
  const dir = JSON.parse(json).Dir;
  if (!dir || !existsSync(dir)) throw new Error(`go mod download ${module}@${version} gave no directory`);
  return dir;
}

function* walk(dir, rel = '') {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(abs, r);
    else if (e.isFile() && EXTENSIONS.some((x) => e.name.endsWith(x))) yield { abs, rel: r };
  }
}

const extOf = (name) => EXTENSIONS.filter((x) => name.endsWith(x)).sort((a, b) => b.length - a.length)[0];

const files = [];
const real = [];
for (const src of SOURCES) {
  const dir = moduleDir(src.module, src.version);
  for (const f of walk(dir)) {
    const bytes = readFileSync(f.abs);
    // Keep names flat and visible: a testdata path like .terraform/x.tf must still be checked.
    const name = `real/${src.name}/${String(real.length).padStart(5, '0')}${extOf(f.rel)}`;
    const target = path.join(out, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    real.push({ name, from: `${src.module}@${src.version}/${f.rel}`, bytes });
    files.push({ path: name, from: `${src.module}@${src.version}/${f.rel}` });
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations: each is a text → text function; a mutant applies 1-4 of them.

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mutations = {
  indentNoise: (s, r) =>
    s
      .split('\n')
      .map((l) => (r() < 0.3 && l.trim() !== '' ? ' '.repeat(Math.floor(r() * 6)) + l.trimStart() : l))
      .join('\n'),
  unalignEquals: (s, r) => s.replace(/^(\s*[A-Za-z_][\w-]*)(\s*)=(\s*)/gm, (_m, k) => (r() < 0.5 ? `${k}=` : `${k}   =  `)),
  unquoteLabels: (s) =>
    s.replace(/^(\s*)([a-z_]+)((?:\s+"[A-Za-z_][\w-]*")+)(\s*\{)/gm, (_m, ind, type, labels, brace) => `${ind}${type}${labels.replace(/"/g, '')}${brace}`),
  commentLabels: (s) => s.replace(/^(\s*)(resource|data|module|variable|output|provider)(\s+)"/gm, '$1$2 /* c */ "'),
  percentLabel: (s, r) => s.replace(/^(resource\s+"[\w-]+"\s+)"([\w-]+)"/m, (_m, head, name) => `${head}"${name}${r() < 0.5 ? '%' : '$'}"`),
  wrapInterpolation: (s, r) =>
    s.replace(/^(\s*[A-Za-z_][\w-]*\s*=\s*)((?:var|local|module|data)\.[\w.[\]"*-]+)\s*$/gm, (_m, head, expr) =>
      r() < 0.7 ? `${head}"\${${expr}}"` : `${head}"\${\n  ${expr}\n}"`,
    ),
  legacyTypes: (s, r) =>
    s.replace(/^(\s*type\s*=\s*)(string|list\([a-z]+\)|map\([a-z]+\)|set\([a-z]+\))\s*$/gm, (_m, head, t) => {
      const pick = ['"string"', '"list"', '"map"', 'list', 'map', 'set', '"set"'];
      return `${head}${t === 'string' && r() < 0.5 ? '"string"' : pick[Math.floor(r() * pick.length)]}`;
    }),
  providerFunctions: (s, r) => {
    const forms = ['provider::aws::arn_parse(var.arn)', 'provider :: time :: rfc3339_parse ( "x" )', 'provider ::terraform:: encode_tfvars({ a = 1 })'];
    const line = `\nlocals {\n  fn_${Math.floor(r() * 1000)} = ${forms[Math.floor(r() * forms.length)]}\n  other=1 # c\n}\n`;
    return s + line;
  },
  crlf: (s) => s.replace(/\r?\n/g, '\r\n'),
  bom: (s) => (s.startsWith('\ufeff') ? s : `\ufeff${s}`),
  tabs: (s) => s.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)),
  noFinalNewline: (s) => s.replace(/\s+$/, ''),
  blankLines: (s, r) => s.replace(/\n/g, (m) => (r() < 0.05 ? '\n\n\n' : m)),
};
const names = Object.keys(mutations);

let n = 0;
for (let i = 0; i < real.length; i++) {
  const text = real[i].bytes.toString('utf8');
  for (let k = 0; k < mutantsPerFile; k++) {
    const r = prng(i * 7919 + k * 104729 + 1);
    let s = text;
    const applied = [];
    const count = 1 + Math.floor(r() * 4);
    for (let j = 0; j < count; j++) {
      const m = names[Math.floor(r() * names.length)];
      s = mutations[m](s, r);
      applied.push(m);
    }
    if (s === text) continue;
    const name = `mutants/${String(n++).padStart(5, '0')}${extOf(real[i].name)}`;
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), s);
    files.push({ path: name, from: real[i].name, mutations: applied });
  }
}

writeFileSync(manifestPath, JSON.stringify({ version: CORPUS_VERSION, mutantsPerFile, sources: SOURCES, files }, null, 1));
const bytes = files.reduce((a, f) => a + statSync(path.join(out, f.path)).size, 0);
console.error(`terraform corpus: ${files.length} files (${real.length} real, ${n} mutants), ${(bytes / 1e6).toFixed(2)} MB in ${out}`);
