/**
 * The inputs of the Compose differential test: the reference infrastructure, compose-go's loader
 * test data (read in place from the shared conformance folder) and our broken fixtures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONFORMANCE, EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';

export interface CaseExpectation {
  valid: boolean;
  rule?: string;
  file?: string;
  line?: number;
}

export interface DiffCase {
  /** Stable id used in test names, RESULTS.md and the deliberate-difference list. */
  id: string;
  /** Project directory: compose runs here, and it is the `root` given to our engine. */
  root: string;
  /** Compose files relative to root, in -f order. */
  files: string[];
  env: Record<string, string>;
  profiles: string[];
  /** What our fixtures say a person should see (broken fixtures only). */
  expect?: CaseExpectation;
}

export const BROKEN_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'compose-broken');
export const LOADER_TESTDATA = path.join(CONFORMANCE, 'compose', 'loader-testdata');

export function exampleCases(): DiffCase[] {
  const base = { root: EXAMPLE, env: {}, profiles: [] };
  return [
    { id: 'portarium/shared', files: ['docker-compose.yml'], ...base },
    { id: 'portarium/local', files: ['docker-compose.yml', 'docker-compose.local.yml'], ...base },
  ];
}

/**
 * A project from the benchmark generator (scripts/bench/compose-gen.mjs), smaller than the benchmark's
 * 500 services to keep the suite fast, but with the same override patterns across 5 files.
 */
export function generatedCases(): DiffCase[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-compose-gen-'));
  const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bench', 'compose-gen.mjs'), dir, '--services', '100', '--files', '5'], {
    encoding: 'utf8',
  });
  const files = out.split('\n').filter((l) => l !== '');
  return [{ id: 'generated/100-services-5-files', root: dir, files, env: { REGION: 'us-east-2' }, profiles: [] }];
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFilesUnder(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Every YAML file of compose-go's loader test data, each loaded on its own as a project. */
export function loaderTestdataCases(): DiffCase[] {
  if (!existsSync(LOADER_TESTDATA)) return [];
  return yamlFilesUnder(LOADER_TESTDATA).map((file) => ({
    id: `loader-testdata/${path.relative(LOADER_TESTDATA, file).split(path.sep).join('/')}`,
    root: path.dirname(file),
    files: [path.basename(file)],
    env: {},
    profiles: [],
  }));
}

interface CaseJson {
  files: string[];
  env?: Record<string, string>;
  profiles?: string[];
  expect: CaseExpectation;
}

export function brokenCases(): DiffCase[] {
  return readdirSync(BROKEN_DIR)
    .filter((name) => existsSync(path.join(BROKEN_DIR, name, 'case.json')))
    .sort()
    .map((name) => {
      const root = path.join(BROKEN_DIR, name);
      const c = JSON.parse(readFileSync(path.join(root, 'case.json'), 'utf8')) as CaseJson;
      return { id: `compose-broken/${name}`, root, files: c.files, env: c.env ?? {}, profiles: c.profiles ?? [], expect: c.expect };
    });
}
