import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });

describe('committed bundles', () => {
  it('are exactly what `npm run build` produces from src/', () => {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, stdio: 'pipe' });
    // --porcelain also catches new, untracked bundles, which `git diff` would miss.
    expect(git('status', '--porcelain', '--untracked-files=all', '--', 'dist')).toBe('');
  }, 600_000);

  it('every action.yml runs on node24 and points at a bundle that exists', () => {
    const actionFiles = ['action.yml', ...readdirSync(path.join(REPO_ROOT, 'actions')).map((d) => path.join('actions', d, 'action.yml'))];
    expect(actionFiles.length).toBeGreaterThan(1);
    for (const file of actionFiles) {
      const action = parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
      expect(action.runs.using, file).toBe('node24');
      for (const key of ['main', 'post'] as const) {
        const target = action.runs[key];
        if (!target) continue;
        const bundle = path.resolve(REPO_ROOT, path.dirname(file), target);
        expect(git('ls-files', '--error-unmatch', path.relative(REPO_ROOT, bundle)).trim(), `${file} runs.${key}`).not.toBe('');
      }
    }
  });
});
