import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';

/**
 * The layout is the architecture (docs/architecture.md): dependencies point one way, and a folder's
 * name says whether its code may change the world. This keeps it so.
 */
const SRC = path.join(REPO_ROOT, 'src');
const LOWER: Record<string, readonly string[]> = {
  report: [],
  tools: ['report'],
  settings: ['report'],
  checks: ['settings', 'report', 'tools'],
  images: ['checks', 'settings', 'report', 'tools'],
  deploy: ['checks', 'settings', 'report', 'tools'],
  github: ['deploy', 'images', 'checks', 'settings', 'report', 'tools'],
  cli: ['deploy', 'images', 'checks', 'settings', 'report', 'tools'],
  actions: ['github', 'deploy', 'images', 'checks', 'settings', 'report', 'tools'],
};
/** Leaf modules at the top of src that any layer may use. */
const SHARED = new Set(['path-guard.ts', 'version.ts', 'bounded-read.ts', 'young-generation.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const layer = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

describe('layout', () => {
  const files = sources(SRC);

  it('every top folder of src is a known layer', () => {
    const tops = new Set(files.map(layer).filter((t) => !SHARED.has(t)));
    expect([...tops].sort()).toEqual(Object.keys(LOWER).sort());
  });

  it('imports point one way: actions and cli → github → deploy, images → checks → settings, report, tools', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layer(file);
      const allowed = new Set([from, ...(LOWER[from] ?? [])]);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('@actions/')) {
          if (from !== 'github' && from !== 'actions') wrong.push(`${path.relative(SRC, file)} imports ${spec}: only src/github touches the Actions runtime`);
          continue;
        }
        if (!spec.startsWith('.')) continue;
        const target = layer(path.resolve(path.dirname(file), spec));
        if (SHARED.has(target.replace(/\.js$/, '.ts'))) continue;
        if (!allowed.has(target)) wrong.push(`${path.relative(SRC, file)} imports ${spec} (${from} → ${target})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every process is started by the one runner in src/tools/process.ts', () => {
    const spawning = files.filter((f) => /['"]node:child_process['"]|['"]child_process['"]/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(spawning).toEqual([path.join('tools', 'process.ts')]);
  });
});
