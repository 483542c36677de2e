import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES, runTerraformFmt } from '../../../src/checks/terraform/index.js';
import { UsageError } from '../../../src/report/finding.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'tf-engine-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function tree(files: Record<string, string | Buffer>): string {
  const root = path.join(base, `t${n++}`);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}
const read = (root: string, rel: string): string => readFileSync(path.join(root, rel), 'utf8');

const UNFORMATTED = 'resource aws_instance web {\n  ami="x"\n}\n\nlocals {\n  a="${var.a}"\n}\n';
const FORMATTED = 'resource "aws_instance" "web" {\n  ami = "x"\n}\n\nlocals {\n  a = var.a\n}\n';

describe('runTerraformFmt: modes', () => {
  it('check: one finding per changed hunk, nothing written', async () => {
    const root = tree({ 'ok.tf': FORMATTED, 'mod/bad.tf': UNFORMATTED });
    const r = await runTerraformFmt({ root });
    expect(r.check).toBe('terraform-fmt');
    expect(r.changedFiles).toEqual(['mod/bad.tf']);
    expect(r.findings.map((f) => [f.rule, f.file, f.line, f.endLine])).toEqual([
      ['terraform/not-formatted', 'mod/bad.tf', 1, 2],
      ['terraform/not-formatted', 'mod/bad.tf', 6, 6],
    ]);
    expect(r.findings[1]!.help).toContain('a = var.a');
    // Check mode keeps no diff file; the summary shows the diff and the result its size.
    expect(r.summaryMarkdown).toContain('--- old/mod/bad.tf\n+++ new/mod/bad.tf\n@@ -1,7 +1,7 @@\n');
    expect(r.diffBytes).toBeGreaterThan(0);
    expect(read(root, 'mod/bad.tf')).toBe(UNFORMATTED);
    expect(r.stats).toMatchObject({ files: 2, formatted: 1, changed: 1 });
    expect(r.artifacts).toEqual({});
  });

  it('check without the summary diff: the same findings, and no diff made', async () => {
    const root = tree({ 'ok.tf': FORMATTED, 'mod/bad.tf': UNFORMATTED });
    const full = await runTerraformFmt({ root });
    const lean = await runTerraformFmt({ root, summaryDiff: false });
    expect(lean.findings).toEqual(full.findings);
    expect(lean.changedFiles).toEqual(['mod/bad.tf']);
    expect(lean.diffBytes).toBe(0);
    expect(lean.summaryMarkdown).not.toContain('```diff');
    // Diff mode writes the diff file whatever the summary wants.
    const diff = await runTerraformFmt({ root, mode: 'diff', summaryDiff: false });
    expect(readFileSync(diff.artifacts.diff!, 'utf8')).toContain('--- old/mod/bad.tf\n+++ new/mod/bad.tf\n');
  });

  it('diff: also writes the unified diff to a file', async () => {
    const root = tree({ 'bad.tf': 'a=1\n' });
    const r = await runTerraformFmt({ root, mode: 'diff' });
    expect(readFileSync(r.artifacts.diff!, 'utf8')).toBe('--- old/bad.tf\n+++ new/bad.tf\n@@ -1 +1 @@\n-a=1\n+a = 1\n');
    expect(r.summaryMarkdown).toContain('```diff');
  });

  it('write without the summary diff: files written, and one that cannot be still reported hunk by hunk', async () => {
    const files = { 'a.tf': UNFORMATTED, 'ro.tf': UNFORMATTED };
    const full = tree(files);
    const lean = tree(files);
    for (const root of [full, lean]) chmodSync(path.join(root, 'ro.tf'), 0o444);
    const a = await runTerraformFmt({ root: full, mode: 'write' });
    const b = await runTerraformFmt({ root: lean, mode: 'write', summaryDiff: false });
    expect(read(lean, 'a.tf')).toBe(FORMATTED);
    expect(b.findings).toEqual(a.findings);
    expect(b.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['terraform/not-formatted', 'ro.tf', 1],
      ['terraform/write-failed', 'ro.tf', 1],
      ['terraform/not-formatted', 'ro.tf', 6],
    ]);
    expect(b.stats).toMatchObject({ written: 1, writeFailed: 1 });
  });

  it('write: many files replaced while the next ones are formatted, each one whole, no temp file left', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`d${i % 7}/f${i}.tf`] = UNFORMATTED.replace('web', `web${i}`);
    const root = tree(files);
    const r = await runTerraformFmt({ root, mode: 'write', concurrency: 1 });
    expect(r.stats).toMatchObject({ changed: 150, written: 150, writeFailed: 0 });
    for (const rel of Object.keys(files)) expect(read(root, rel)).toBe(FORMATTED.replace('web', `web${rel.slice(rel.indexOf('/f') + 2, -3)}`));
    for (let d = 0; d < 7; d++) expect(readdirSync(path.join(root, `d${d}`)).every((f) => f.endsWith('.tf'))).toBe(true);
  });

  it('write: replaces the file atomically, keeps its mode, leaves no temp file', async () => {
    const root = tree({ 'bad.tf': UNFORMATTED });
    chmodSync(path.join(root, 'bad.tf'), 0o640);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(read(root, 'bad.tf')).toBe(FORMATTED);
    expect(statSync(path.join(root, 'bad.tf')).mode & 0o777).toBe(0o640);
    expect(readdirSync(root)).toEqual(['bad.tf']);
    expect(r.findings).toEqual([]);
    expect(r.stats).toMatchObject({ changed: 1, written: 1, writeFailed: 0 });
  });

  it('write: a read-only file is reported and left alone, the other files are still written', async () => {
    const root = tree({ 'ro.tf': 'a=1\n', 'rw.tf': 'b=2\n' });
    chmodSync(path.join(root, 'ro.tf'), 0o444);
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(read(root, 'ro.tf')).toBe('a=1\n');
    expect(read(root, 'rw.tf')).toBe('b = 2\n');
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([
      ['terraform/not-formatted', 'ro.tf'],
      ['terraform/write-failed', 'ro.tf'],
    ]);
    expect(r.findings[1]!.message).toMatch(/read-only/);
    expect(readdirSync(root).sort()).toEqual(['ro.tf', 'rw.tf']);
  });
});

describe('runTerraformFmt: bad input', () => {
  it('invalid UTF-8: a syntax error at the byte, never rewritten', async () => {
    const root = tree({ 'enc.tf': Buffer.concat([Buffer.from('a = 1\nb = "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]) });
    const before = readFileSync(path.join(root, 'enc.tf'));
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'terraform/syntax-error', file: 'enc.tf', line: 2, column: 6 });
    expect(r.findings[0]!.message).toMatch(/Invalid character encoding/);
    expect(readFileSync(path.join(root, 'enc.tf')).equals(before)).toBe(true);
  });

  it('a binary file named .tf: syntax error, untouched', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const root = tree({ 'blob.tf': bytes });
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings.every((f) => f.rule === 'terraform/syntax-error' && f.file === 'blob.tf')).toBe(true);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, 'blob.tf')).equals(bytes)).toBe(true);
  });

  it('a syntax error: hclsyntax message and position, file left as is', async () => {
    const root = tree({ 'syn.tf': 'resource "a" "b" {\n  x = \n}\n' });
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'terraform/syntax-error', file: 'syn.tf', line: 2, column: 7, message: expect.stringMatching(/^Invalid expression/) }),
    ]);
    expect(read(root, 'syn.tf')).toBe('resource "a" "b" {\n  x = \n}\n');
  });

  // Every diagnostic, in terraform's order; recorded from terraform fmt v1.5.7 (hcl v2.16.2), which
  // recovers after each error and prints all of them (test/differential/terraform/syntax-diagnostics).
  it('several syntax errors in a file: one finding each, at its line and column, in terraform\'s order', async () => {
    const files: Record<string, [string, [number, number, string][]]> = {
      'one.tf': [
        'locals {\n  a = 1;\n  b = [1, 2\n  c = "\\q"\n}\n\nresource "x" "y" {\n  count = 1 & 2\n  e 3\n}\n',
        [
          [2, 8, 'Invalid character'],
          [2, 8, 'Missing newline after argument'],
          [8, 13, 'Unsupported operator'],
        ],
      ],
      'two.tf': [
        'a = {\n  b = 1 c = 2\n}\nd = f(1 2)\ne "x" {\n  f = "\\q \\u12"\n  g = `x`\n}\n"h" = 1\n',
        [
          [2, 9, 'Missing attribute separator'],
          [4, 9, 'Missing argument separator'],
          [6, 8, 'Invalid escape sequence'],
          [6, 11, 'Invalid escape sequence'],
          [7, 7, 'Invalid character'],
        ],
      ],
      'three.tf': [
        'x = "%{ if a }b%{ endfor }"\ny = a.\nz = [for v in l: v => 1]\nw = "${a b}"\nv = 1 ^ 2 ~ 3 | 4 & 5 & 6\n',
        [
          [1, 16, 'Unexpected endfor directive'],
          [2, 7, 'Invalid attribute name'],
          [3, 18, "Invalid 'for' expression"],
          // hclsyntax reports at most four bitwise operators.
          [5, 7, 'Unsupported operator'],
          [5, 11, 'Unsupported operator'],
          [5, 15, 'Unsupported operator'],
          [5, 19, 'Unsupported operator'],
        ],
      ],
      'four.tf': [
        'variable "v" {\n  type = string\n  default = "%{ for x in y }a%{ endif }"\n}\n\noutput "o" {\n  value = [for k, v in m: v if]\n}\n\nlocals {\n  a = f(1 2)\n  b = x.\n  c = "${a:b}"\n}\n',
        [
          [3, 30, 'Unexpected endif directive'],
          [7, 31, 'Invalid expression'],
          [11, 11, 'Missing argument separator'],
          [12, 9, 'Invalid attribute name'],
        ],
      ],
      'crlf.tf': [
        'a = 1\r\nb = (2\r\nc = 3;\r\n',
        [
          [3, 1, 'Unbalanced parentheses'],
          [3, 6, 'Invalid character'],
        ],
      ],
    };
    const root = tree(Object.fromEntries(Object.entries(files).map(([name, [src]]) => [name, src])));
    const r = await runTerraformFmt({ root, mode: 'write' });
    for (const [name, [src, want]] of Object.entries(files)) {
      const got = r.findings.filter((f) => f.file === name);
      expect(got.every((f) => f.rule === 'terraform/syntax-error')).toBe(true);
      expect(got.map((f) => [f.line, f.column, f.message.split(':')[0]])).toEqual(want);
      expect(read(root, name)).toBe(src);
    }
    expect(r.stats.syntaxErrors).toBe(Object.keys(files).length);
  });

  // Too deep for the calling thread's stack: formatted on a thread with a larger one. Outputs as
  // terraform fmt v1.5.7 writes them (test/differential/terraform/deep-nesting.test.ts).
  it.each([
    ['parentheses', `a=${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`, `a = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`],
    ['brackets', `a=${'[ '.repeat(10_000)}1${']'.repeat(10_000)}\n`, `a = ${'['.repeat(10_000)}1${']'.repeat(10_000)}\n`],
    ['objects', `a=${'{a='.repeat(10_000)}1${'}'.repeat(10_000)}\n`, `a = ${'{ a = '.repeat(10_000)}1${' }'.repeat(10_000)}\n`],
  ])('10,000 levels of %s: formatted as terraform does, well within 5 s', async (_kind, src, want) => {
    const root = tree({ 'deep.tf': src });
    const t0 = performance.now();
    const r = await runTerraformFmt({ root, mode: 'write' });
    const seconds = (performance.now() - t0) / 1000;
    expect(r.findings.filter((f) => f.rule !== 'terraform/not-formatted')).toEqual([]);
    expect(read(root, 'deep.tf')).toBe(want);
    expect(seconds).toBeLessThan(5);
  });

  it('absurdly deep nesting (100,000 levels, where terraform fmt itself overflows its stack): a clear engine error, file left as is', async () => {
    const src = `a = ${'('.repeat(100_000)}1${')'.repeat(100_000)}\n`;
    const root = tree({ 'deep.tf': src });
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'terraform/engine-error', file: 'deep.tf', message: expect.stringMatching(/nested too deeply/) })]);
    expect(read(root, 'deep.tf')).toBe(src);
  });

  it('an empty file is formatted', async () => {
    const r = await runTerraformFmt({ root: tree({ 'empty.tf': '' }) });
    expect(r.findings).toEqual([]);
    expect(r.stats.formatted).toBe(1);
  });

  it('a 20 MB file is skipped with a clear warning, quickly, and not modified', async () => {
    const root = tree({});
    const chunk = 'resource "a" "b" {\n  x=1\n}\n';
    writeFileSync(path.join(root, 'huge.tf'), chunk.repeat(Math.ceil(20_000_000 / chunk.length)));
    const started = performance.now();
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'terraform/skipped-file', severity: 'warning', file: 'huge.tf' })]);
    expect(r.findings[0]!.message).toMatch(/19\.\d MiB, above the builtin engine's limit of 4\.0 MiB/);
    expect(statSync(path.join(root, 'huge.tf')).size).toBeGreaterThanOrEqual(20_000_000);
    expect(readFileSync(path.join(root, 'huge.tf'), 'utf8').startsWith(chunk)).toBe(true);
  });

  it('a symlink leaving the root is refused with a finding; its target is not touched', async () => {
    const outside = tree({ 'secret.tf': 'a=1\n' });
    const root = tree({ 'in.tf': 'b = 1\n' });
    symlinkSync(path.join(outside, 'secret.tf'), path.join(root, 'link.tf'));
    const r = await runTerraformFmt({ root, mode: 'write' });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'terraform/skipped-file', file: 'link.tf', message: expect.stringMatching(/outside the checked directory/) })]);
    expect(read(outside, 'secret.tf')).toBe('a=1\n');
  });

  it('a symlink inside the root is followed and the link itself survives a write', async () => {
    const root = tree({ 'real/x.tf': 'a=1\n' });
    symlinkSync(path.join(root, 'real/x.tf'), path.join(root, 'alias.tf'));
    await runTerraformFmt({ root, mode: 'write', paths: ['alias.tf'] });
    expect(read(root, 'real/x.tf')).toBe('a = 1\n');
    expect(existsSync(path.join(root, 'alias.tf'))).toBe(true);
  });
});

describe('runTerraformFmt: discovery like terraform fmt -recursive', () => {
  const files = {
    'main.tf': 'a=1\n',
    'vars.tfvars': 'b=1\n',
    'tests/x.tftest.hcl': 'c=1\n',
    'tests/y.tfmock.hcl': 'd=1\n',
    'mod/sub/z.tf': 'e=1\n',
    'skip.tf.json': '{}',
    'README.md': '',
    '.hidden.tf': 'f=1\n',
    '.terraform/modules/m/main.tf': 'g=1\n',
    '.git/x.tf': 'h=1\n',
    'backup.tf~': 'i=1\n',
    '#auto.tf#': 'j=1\n',
  };
  it('visits supported files and skips hidden, backup and autosave names', async () => {
    const r = await runTerraformFmt({ root: tree(files) });
    expect(r.changedFiles).toEqual(['main.tf', 'mod/sub/z.tf', 'tests/x.tftest.hcl', 'tests/y.tfmock.hcl', 'vars.tfvars']);
  });
  it('applies include and exclude globs', async () => {
    const r = await runTerraformFmt({ root: tree(files), include: ['**/*.tf', '*.tfvars'], exclude: ['mod/**'] });
    expect(r.changedFiles).toEqual(['main.tf', 'vars.tfvars']);
  });
  it('checks only changed files when given', async () => {
    const r = await runTerraformFmt({ root: tree(files), changedFiles: ['mod/sub/z.tf', 'README.md', 'gone.tf'] });
    expect(r.changedFiles).toEqual(['mod/sub/z.tf']);
  });
  it('narrows to paths, and refuses paths that are missing or outside the root', async () => {
    const root = tree(files);
    expect((await runTerraformFmt({ root, paths: ['tests'] })).changedFiles).toEqual(['tests/x.tftest.hcl', 'tests/y.tfmock.hcl']);
    await expect(runTerraformFmt({ root, paths: ['nope'] })).rejects.toBeInstanceOf(UsageError);
    await expect(runTerraformFmt({ root, paths: ['..'] })).rejects.toBeInstanceOf(UsageError);
    await expect(runTerraformFmt({ root, mode: 'fix' as 'check' })).rejects.toBeInstanceOf(UsageError);
  });
  it('reports an explicitly named unsupported file instead of ignoring it', async () => {
    const r = await runTerraformFmt({ root: tree(files), paths: ['README.md'] });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'terraform/skipped-file', file: 'README.md' })]);
  });
});

describe('runTerraformFmt: a diff larger than the summary shows', () => {
  it('writes the whole diff to the file in path order, the same on workers, and cuts only the summary', async () => {
    const files: Record<string, string> = {};
    const body = Array.from({ length: 400 }, (_, i) => `v${i}=${i}\n\n`).join('');
    for (let i = 0; i < 40; i++) files[`m${String(i).padStart(2, '0')}/main.tf`] = body;
    const root = tree(files);
    const inProcess = await runTerraformFmt({ root, concurrency: 1, diffFile: path.join(base, 'large-in-process.diff') });
    const onWorkers = await runTerraformFmt({ root, concurrency: 2, workerThreshold: 1, diffFile: path.join(base, 'large-on-workers.diff') });
    const diff = readFileSync(inProcess.artifacts.diff!, 'utf8');
    expect(readFileSync(onWorkers.artifacts.diff!, 'utf8')).toBe(diff);
    expect(Buffer.byteLength(diff)).toBe(inProcess.diffBytes);
    expect(diff.length).toBeGreaterThan(256 * 1024);
    // Every file, in path order, each with all of its 400 changes.
    const labels = [...diff.matchAll(/^--- old\/(\S+)$/gm)].map((m) => m[1]);
    expect(labels).toEqual(Object.keys(files).sort());
    expect(diff.match(/^\+v399 = 399$/gm)).toHaveLength(40);
    expect(inProcess.findings.filter((f) => f.rule === 'terraform/not-formatted')).toHaveLength(40 * 400);
    expect(inProcess.summaryMarkdown).toContain(`The diff is truncated (${inProcess.diffBytes} bytes in total); see the diff file.`);
    expect(inProcess.summaryMarkdown!.length).toBeLessThan(256 * 1024 + 2048);
    expect(inProcess.summaryMarkdown).toContain(diff.slice(0, 1000));
  });
});

describe('runTerraformFmt: worker threads', () => {
  it('gives the same findings on workers as in-process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`m${i}/main.tf`] = i % 3 === 0 ? FORMATTED : i % 3 === 1 ? UNFORMATTED : 'x = \n';
    const root = tree(files);
    const inProcess = await runTerraformFmt({ root, concurrency: 1, diffFile: path.join(base, 'in-process.diff') });
    const onWorkers = await runTerraformFmt({ root, concurrency: 2, workerThreshold: 1, inlineWork: false, diffFile: path.join(base, 'on-workers.diff') });
    expect(onWorkers.stats.workers).toBe(2);
    expect(onWorkers.findings).toEqual(inProcess.findings);
    const diff = readFileSync(inProcess.artifacts.diff!, 'utf8');
    expect(diff).toContain('--- old/m1/main.tf\n');
    expect(readFileSync(onWorkers.artifacts.diff!, 'utf8')).toBe(diff);
    expect(onWorkers.diffBytes).toBe(Buffer.byteLength(diff));
  });

  it('a file too deep for a worker\'s stack is formatted from the worker too', async () => {
    const deep = `a=${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`;
    const root = tree({ 'a/deep.tf': deep, 'b/main.tf': UNFORMATTED, 'c/broken.tf': 'x = \n' });
    const inProcess = await runTerraformFmt({ root, concurrency: 1, mode: 'write' });
    const root2 = tree({ 'a/deep.tf': deep, 'b/main.tf': UNFORMATTED, 'c/broken.tf': 'x = \n' });
    const onWorkers = await runTerraformFmt({ root: root2, concurrency: 2, workerThreshold: 1, inlineWork: false, mode: 'write' });
    expect(onWorkers.stats.workers).toBeGreaterThan(0);
    expect(onWorkers.findings).toEqual(inProcess.findings);
    expect(read(root2, 'a/deep.tf')).toBe(`a = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`);
    expect(read(root, 'a/deep.tf')).toBe(read(root2, 'a/deep.tf'));
  });
});

describe('RULES', () => {
  it('documents every rule the engine emits', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([
      'terraform/changed-while-formatting',
      'terraform/deadline-exceeded',
      'terraform/engine-error',
      'terraform/not-formatted',
      'terraform/skipped-file',
      'terraform/syntax-error',
      'terraform/write-failed',
    ]);
  });
});
