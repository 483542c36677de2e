// `npm run bench`: runs every scripts/bench/<capability>.mjs (each prints one JSON table on stdout),
// side by side with the real peer tool where one is installed, and rewrites docs/benchmarks.md.
// Benchmarks are not tests: they never fail the build, they report numbers.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const suites = ['main-job', 'compose', 'terraform-fmt', 'kubernetes', 'images', 'deploy', 'scaling'].filter((s) => existsSync(path.join(root, 'scripts', 'bench', `${s}.mjs`)));
// `--write` with named suites rewrites only their sections of docs/benchmarks.md; the others stay.
const write = process.argv.includes('--write');
const only = process.argv.slice(2).filter((a) => a !== '--write');

const sections = [];
for (const suite of only.length ? suites.filter((s) => only.includes(s)) : suites) {
  console.error(`== bench ${suite}`);
  try {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench', `${suite}.mjs`)], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    sections.push(render(JSON.parse(out)));
  } catch (e) {
    sections.push(`## ${suite}\n\nThe benchmark did not complete: ${String(e.message).split('\n')[0]}\n`);
  }
}

function render(t, level = '##') {
  // A suite that reports a structured result rather than a table is shown as it is.
  if (!Array.isArray(t.columns)) return `${level} ${t.title ?? 'results'}\n\n\`\`\`json\n${JSON.stringify(t, null, 2)}\n\`\`\`\n`;
  const lines = [`${level} ${t.title}`, ''];
  lines.push(`| ${t.columns.join(' | ')} |`, `|${t.columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of t.rows) lines.push(`| ${row.join(' | ')} |`);
  if (t.notes?.length) lines.push('', ...t.notes.map((n) => `- ${n}`));
  // Further tables of the same suite (`more`) follow as subsections.
  for (const m of t.more ?? []) lines.push('', render(m, '###').trimEnd());
  return lines.join('\n') + '\n';
}

const header = `# Benchmarks

Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'},
${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Times are medians of repeated runs after warm-up
unless a row says otherwise; "ratio" is peer time ÷ our time (above 1.0 means we are faster).
`;
const docFile = path.join(root, 'docs', 'benchmarks.md');
const doc = only.length && write ? replaceSections(readFileSync(docFile, 'utf8'), sections) : [header, ...sections].join('\n');
if (!only.length || write) writeFileSync(docFile, doc);
process.stdout.write(doc);

/** The document with each section whose `## title` a new one has replaced, and the header's date moved on. */
function replaceSections(old, fresh) {
  const parts = old.split(/^(?=## )/m);
  const titleOf = (sec) => sec.split('\n')[0];
  for (const sec of fresh) {
    const i = parts.findIndex((p) => titleOf(p) === titleOf(sec));
    if (i > 0) parts[i] = sec + '\n';
    else parts.push(sec + '\n');
  }
  parts[0] = header + '\n';
  return parts.join('').replace(/\n{3,}/g, '\n\n');
}
