import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { runCompose, type ComposeOptions, type ComposeResult } from '../../../src/checks/compose/index.js';
import type { Finding } from '../../../src/report/finding.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary project directory holding `files` (path → content). */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pia-compose-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export async function check(files: Record<string, string | Buffer>, opts: Partial<ComposeOptions> = {}): Promise<ComposeResult & { root: string }> {
  const root = project(files);
  const r = await runCompose({ root, env: {}, ...opts });
  return { ...r, root };
}

/** `rule file:line` of every finding, to compare as a list. */
export const where = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

export const ofRule = (r: { findings: Finding[] }, rule: string): Finding[] => r.findings.filter((f) => f.rule === rule);
