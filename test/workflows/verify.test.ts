import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validate } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { findTool } from '../helpers/tools.js';

const workflows = readdirSync(path.join(REPO_ROOT, '.github', 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join('.github', 'workflows', f));
const actions = ['action.yml', ...readdirSync(path.join(REPO_ROOT, 'actions')).map((d) => path.join('actions', d, 'action.yml'))];

/** Serves `./` and `$/` references from this checkout, as the runner would at the same commit. */
const fileProvider = {
  async getFileContent(ref: { repository?: string; path: string }) {
    if (ref.repository) throw new Error(`remote reference ${ref.repository}/${ref.path} is not fetched offline`);
    return { name: ref.path, content: readFileSync(path.join(REPO_ROOT, ref.path), 'utf8') };
  },
};

async function languageServiceDiagnostics(file: string, root = REPO_ROOT) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const doc = TextDocument.create(`file://${path.join(root, file)}`, 'yaml', 1, text);
  const diags = await validate(doc, { fileProvider });
  return diags.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe("GitHub's own parser (@actions/languageservice)", () => {
  for (const file of [...workflows, ...actions]) {
    it(`${file} has no diagnostics`, async () => {
      expect(await languageServiceDiagnostics(file)).toEqual([]);
    });
  }
});

/**
 * actionlint messages that are wrong for current syntax, each with its upstream issue. Only these
 * exact shapes are dropped; every other message fails the test.
 */
const ACTIONLINT_KNOWN_WRONG: Array<{ pattern: RegExp; why: string }> = [
  // actionlint 1.7.12 predates `uses: $/...` (self-repository syntax, GitHub changelog 2026-07-30): rhysd/actionlint#711.
  { pattern: /^specifying action "\$\/[^"]*" in invalid format because ref is missing/, why: 'rhysd/actionlint#711' },
  { pattern: /^reusable workflow call "\$\/[^"]*" at "uses" is not following the format/, why: 'rhysd/actionlint#711' },
];

describe('native actionlint', () => {
  const actionlint = findTool('actionlint');
  it.skipIf(!actionlint)('finds nothing in the workflows', () => {
    const r = spawnSync(actionlint!, ['-format', '{{json .}}', '-shellcheck=', ...workflows], { cwd: REPO_ROOT, encoding: 'utf8' });
    const all = JSON.parse(r.stdout || '[]') as Array<{ filepath: string; line: number; message: string }>;
    const errors = all.filter((e) => !ACTIONLINT_KNOWN_WRONG.some((k) => k.pattern.test(e.message))).map((e) => `${e.filepath}:${e.line} ${e.message}`);
    expect(errors).toEqual([]);
    expect(r.status === 0 || all.length > 0).toBe(true);
  });
});

describe('zizmor', () => {
  const zizmor = findTool('zizmor');
  it.skipIf(!zizmor)('reports nothing of medium severity or higher', () => {
    const r = spawnSync(zizmor!, ['--offline', '--format', 'json', '--min-severity', 'medium', '--no-progress', '.github/workflows', ...actions], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const findings = JSON.parse(r.stdout || '[]') as Array<{ ident: string; desc: string; locations: Array<{ symbolic: { key: { Local?: { given_path: string } } } }> }>;
    expect(findings.map((f) => `${f.ident}: ${f.desc}`)).toEqual([]);
    expect(r.stderr).not.toMatch(/error|failed/i);
  });
});

it('the tools report their pinned versions', () => {
  const actionlint = findTool('actionlint');
  if (actionlint) expect(execFileSync(actionlint, ['-version'], { encoding: 'utf8' })).toMatch(/^v1\.7\.12/);
});

/** A workflow with the mistakes each tool exists to catch: proves the checks above can fail. */
const BAD_WORKFLOW = `name: bad
on:
  pull_request:
permissions: write-all
jobs:
  greet:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
`;

describe('negative fixture: each verifier fails when it should', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-badwf-'));
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'workflows', 'bad.yml'), BAD_WORKFLOW);
  // Kept apart: zizmor refuses to audit a file that does not parse as a workflow.
  writeFileSync(path.join(dir, '.github', 'workflows', 'bad-type.yml'), 'on:\n  workflow_call:\n    inputs:\n      flag: {type: strng}\njobs:\n  j:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n');

  it("GitHub's parser rejects an unknown input type", async () => {
    const diags = await languageServiceDiagnostics('.github/workflows/bad-type.yml', dir);
    expect(diags.join('\n')).toMatch(/bad-type\.yml:4:\d+ .*strng/);
  });

  const actionlint = findTool('actionlint');
  it.skipIf(!actionlint)('actionlint reports the untrusted expression in run:', () => {
    const r = spawnSync(actionlint!, ['-shellcheck=', '.github/workflows/bad.yml'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.yml:10:\d+: "github\.event\.pull_request\.title" is potentially untrusted/);
  });

  const zizmor = findTool('zizmor');
  it.skipIf(!zizmor)('zizmor reports template injection and an unpinned action', () => {
    const r = spawnSync(zizmor!, ['--offline', '--format', 'json', '--min-severity', 'medium', '--no-progress', '.github/workflows/bad.yml'], { cwd: dir, encoding: 'utf8' });
    const idents = new Set((JSON.parse(r.stdout) as Array<{ ident: string }>).map((f) => f.ident));
    expect([...idents]).toEqual(expect.arrayContaining(['template-injection', 'unpinned-uses']));
    expect(r.status).not.toBe(0);
  });
});
