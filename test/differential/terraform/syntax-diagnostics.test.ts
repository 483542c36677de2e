import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntaxDiagnostics } from '../../../src/checks/terraform/gate.js';
import { conformanceAvailable } from '../../helpers/paths.js';
import { tool } from './corpus.js';
import { fmtDiagnostics, type PrintedDiagnostic } from './fmt-diagnostics.js';
import { syntaxCases } from './syntax-cases.js';

/**
 * Every syntax diagnostic of the builtin gate against what a real `terraform fmt` (v1.5.7, hcl
 * v2.16.2) prints, per file: the same summaries at the same line and column, in the same order.
 * Files: the terraform/hcl conformance inputs, the terraform corpus when it can be built, and
 * seeded mutants of the valid ones with 2 to 4 errors injected on different lines.
 */
const terraform = tool('terraform');
const work = mkdtempSync(path.join(os.tmpdir(), 'tf-syntax-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MUTANTS = 3000;

function same(ours: Omit<PrintedDiagnostic, 'detail'>, theirs: PrintedDiagnostic): boolean {
  // A column terraform's snippet does not show (see fmt-diagnostics.ts) is not compared.
  return ours.summary === theirs.summary && ours.line === theirs.line && (theirs.column === undefined || ours.column === theirs.column);
}

const show = (d: Omit<PrintedDiagnostic, 'detail'>): string => `${d.line}:${d.column ?? '?'} ${d.summary}`;


describe.skipIf(!terraform || !conformanceAvailable())('terraform fmt differential (syntax diagnostics)', () => {
  it('reports every diagnostic terraform prints, in its order, at its line and column', { timeout: 600_000 }, () => {
    const { cases, corpusUsed } = syntaxCases(MUTANTS);
    const dir = path.join(work, 'files');
    mkdirSync(dir);
    const names = cases.map((c, i) => {
      const name = `${String(i).padStart(5, '0')}.tf`;
      writeFileSync(path.join(dir, name), c.text);
      return name;
    });
    const printed = fmtDiagnostics(terraform!, dir);

    const disagreements: string[] = [];
    let withErrors = 0;
    let agreeWithErrors = 0;
    let mutants = 0;
    let diagnostics = 0;
    let columnsUnknown = 0;
    let details = 0;
    const detailDisagreements: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i]!;
      if (c.mutations) mutants++;
      const theirs = printed.get(names[i]!) ?? [];
      const all = syntaxDiagnostics(c.text, undefined, names[i]);
      const ours = all.map(({ summary, line, column }) => ({ summary, line, column }));
      const agree = ours.length === theirs.length && ours.every((d, j) => same(d, theirs[j]!));
      if (theirs.length > 0 || ours.length > 0) {
        withErrors++;
        if (agree) agreeWithErrors++;
      }
      diagnostics += theirs.length;
      columnsUnknown += theirs.filter((d) => d.column === undefined).length;
      theirs.forEach((t, j) => {
        // An empty detail: terraform left the snippet out, and the detail could not be told apart.
        if (!all[j] || t.detail === '') return;
        details++;
        const mine = all[j].detail.replace(/\s+/g, ' ').trim();
        // Ranges a detail refers to are named with the path as terraform was given it.
        const theirs = t.detail.replace(/\S*\/(\d{5}\.tf:)/g, '$1');
        if (mine !== theirs) detailDisagreements.push(`${names[i]} ${show(t)}: ours "${mine}" terraform "${theirs}"`);
      });
      if (!agree) {
        disagreements.push(`${names[i]} (${c.from}${c.mutations ? ` ${c.mutations.join(' ')}` : ''}): ours [${ours.map(show).join(' | ')}] terraform [${theirs.map(show).join(' | ')}]`);
      }
    }
    console.log(
      `syntax diagnostics differential: ${cases.length - disagreements.length}/${cases.length} files agree ` +
        `(${agreeWithErrors}/${withErrors} with syntax errors; ${mutants} mutants; corpus ${corpusUsed ? 'included' : 'not available'}); ` +
        `${diagnostics} terraform diagnostics, ${columnsUnknown} without a readable column (line and summary compared); ` +
        `details: ${details - detailDisagreements.length}/${details} agree`,
    );
    for (const d of detailDisagreements.slice(0, 10)) console.log(`  ${d}`);
    for (const d of disagreements.slice(0, 20)) console.log(`  ${d}`);
    expect(withErrors).toBeGreaterThanOrEqual(MUTANTS);
    expect(disagreements).toEqual([]);
    expect(detailDisagreements).toEqual([]);
  });
});
