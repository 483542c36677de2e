// Heavily unformatted terraform trees for the terraform fmt benchmark, built from the corpus of
// scripts/bench/terraform-corpus.mjs (which it runs first):
//   reindented/   every real .tf/.tfvars file of terraform v1.5.7 and OpenTofu v1.8.11 with every line's
//                 indentation replaced by 0-7 random spaces (a module tree nobody formatted);
//   large/        2,000 files of ~21 KB each: real .tf files joined, every third line changed
//                 (indentation randomised, or `key = value` squeezed to `key=value`).
//   linear/       one real-module text fully re-indented at ~20 KB and the same text repeated to ~200 KB.
// Deterministic (seeded). Output: <cache>/terraform-unformatted/{reindented,large,linear}/ and
// manifest.json. Not committed.
// Usage: node scripts/bench/terraform-unformatted-corpus.mjs [--out DIR] [--large-files N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = 3; // bump when the mutations change, so cached trees are rebuilt
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cache = process.env.PORTARIUM_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra');
const corpusDir = path.join(cache, 'terraform-corpus');
const out = path.resolve(opt('--out', path.join(cache, 'terraform-unformatted')));
const largeFiles = Number(opt('--large-files', '2000'));
const LARGE_BYTES = 21 * 1024;

const manifestPath = path.join(out, 'manifest.json');
if (existsSync(manifestPath)) {
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (m.version === VERSION && m.largeFiles === largeFiles) {
    console.error(`terraform unformatted trees: up to date in ${out}`);
    process.stdout.write(JSON.stringify(m));
    process.exit(0);
  }
}
execFileSync(process.execPath, [path.join(here, 'terraform-corpus.mjs'), '--out', corpusDir], { stdio: ['ignore', 'ignore', 'inherit'] });
const corpus = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

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

const reindent = (text, r, every = 1) =>
  text
    .split('\n')
    .map((l, i) => (i % every === 0 && l.trim() !== '' ? ' '.repeat(Math.floor(r() * 8)) + l.trimStart() : l))
    .join('\n');

const write = (rel, text) => {
  const p = path.join(out, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
};

// (a) The real module tree, every line re-indented. terraform v1.5.7 visits only .tf and .tfvars.
// Files using provider functions (`::`, terraform 1.8+) are left out: terraform v1.5.7 rejects them
// as syntax errors and would skip work the builtin engine (1.8+ semantics) does.
const real = corpus.files
  .filter((f) => f.path.startsWith('real/') && /\.(tf|tfvars)$/.test(f.path))
  .filter((f) => !readFileSync(path.join(corpusDir, f.path), 'utf8').includes('::'));
let reindentedBytes = 0;
real.forEach((f, i) => {
  const text = reindent(readFileSync(path.join(corpusDir, f.path), 'utf8'), prng(i + 1));
  reindentedBytes += Buffer.byteLength(text);
  write(path.join('reindented', f.path.slice('real/'.length)), text);
});

// (b) Large files: real .tf texts joined until ~21 KB, every third line changed.
const sources = real
  .filter((f) => f.path.endsWith('.tf'))
  .map((f) => readFileSync(path.join(corpusDir, f.path), 'utf8'))
  // Whole, ordinary files only: no heredocs (their lines are content), no CR, no BOM, final newline.
  .filter((t) => t.length > 200 && t.length < 4096 && t.endsWith('\n') && !t.includes('<<') && !t.includes('\r') && !t.startsWith('\ufeff'));
let largeBytes = 0;
let k = 0;
for (let n = 0; n < largeFiles; n++) {
  const r = prng(1_000_003 + n);
  let text = '';
  while (text.length < LARGE_BYTES) text += `${sources[k++ % sources.length]}\n`;
  text = text
    .split('\n')
    .map((l, i) => {
      if (i % 3 !== 0 || l.trim() === '') return l;
      if (r() < 0.5) return ' '.repeat(Math.floor(r() * 8)) + l.trimStart();
      return l.replace(/^(\s*[A-Za-z_][\w-]*)\s*=\s*/, '$1=');
    })
    .join('\n');
  largeBytes += Buffer.byteLength(text);
  write(`large/${String(Math.floor(n / 100)).padStart(2, '0')}/${String(n).padStart(5, '0')}.tf`, text);
}

// (c) Linearity: the same fully re-indented content at 1× (~20 KB) and 10× the size.
let base = '';
for (let i = 0; base.length < 20 * 1024; i++) base += `${sources[(i * 7) % sources.length]}\n`;
write('linear/1x/main.tf', reindent(base, prng(42)));
write('linear/10x/main.tf', reindent(base.repeat(10), prng(42)));

const manifest = {
  version: VERSION,
  largeFiles,
  reindented: { dir: path.join(out, 'reindented'), files: real.length, bytes: reindentedBytes },
  large: { dir: path.join(out, 'large'), files: largeFiles, bytes: largeBytes },
  linear: { dir1: path.join(out, 'linear', '1x'), dir10: path.join(out, 'linear', '10x'), bytes1: Buffer.byteLength(reindent(base, prng(42))) },
};
writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
console.error(`terraform unformatted trees: ${real.length} re-indented files, ${largeFiles} large files in ${out}`);
process.stdout.write(JSON.stringify(manifest));
