import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator, sharedSchemaState } from '../../../src/checks/kubernetes/engine.js';
import type { ValidationResult } from '../../../src/checks/kubernetes/validator.js';
import { findTool } from '../../helpers/tools.js';

/*
 * Schema patterns where RE2 (Go regexp, what kubeconform and the API server use) and ECMAScript
 * disagree or where ECMAScript backtracks: the builtin engine must give kubeconform's verdict for
 * every value, and refuse the same schemas.
 */
const kubeconform = findTool('kubeconform');

interface Case {
  pattern: string;
  values: string[];
}

const CASES: Case[] = [
  { pattern: '^\\d+$', values: ['123', '\u0661\u0662\u0663', '12a'] },
  { pattern: '^a$', values: ['a', 'a\n', '\na'] },
  { pattern: '(?m)^a$', values: ['a\n', 'b\na'] },
  { pattern: '^\\S+$', values: ['ab', 'a\u00a0b', 'a\u2003b', 'a b'] },
  { pattern: '^\\s$', values: ['\u000b', ' ', '\u00a0'] },
  { pattern: '^\\w+$', values: ['abc_1', '\u00e9t\u00e9'] },
  { pattern: '(?i)^abc$', values: ['ABC', 'abc', 'abd'] },
  { pattern: '^a\\z', values: ['a', 'a\n'] },
  { pattern: '\\Aab', values: ['abc', 'cab'] },
  { pattern: '^[[:alpha:]]+$', values: ['abc', 'ab1'] },
  { pattern: '^\\pL+$', values: ['\u00e9t\u00e9', 'a1'] },
  { pattern: '^\\x{41}$', values: ['A', 'B'] },
  { pattern: '\\Qa.b\\E', values: ['a.b', 'axb'] },
  { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', values: ['my-app', 'My-app', 'a-'] },
  { pattern: '^(a+)+$', values: ['aaaa', 'a'.repeat(50_000) + '!'] },
  // ECMAScript-only syntax: RE2 refuses it, so the whole schema fails to compile.
  { pattern: '(?=a)a', values: ['a'] },
  { pattern: '(a)\\1', values: ['aa'] },
  { pattern: '\\u0041', values: ['A'] },
];

const dirs: string[] = [];

function fixture(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-re2-diff-'));
  dirs.push(dir);
  const files: string[] = [];
  CASES.forEach((c, i) => {
    writeFileSync(path.join(dir, `pat${i}-example-v1.json`), JSON.stringify({ type: 'object', properties: { v: { type: 'string', pattern: c.pattern } } }));
    const docs = c.values.map((v, j) => JSON.stringify({ apiVersion: 'example.com/v1', kind: `Pat${i}`, metadata: { name: `v${j}` }, v }));
    const f = `case${i}.yaml`;
    writeFileSync(path.join(dir, f), docs.join('\n---\n') + '\n');
    files.push(f);
  });
  return { dir, files };
}

const statuses = (rs: ValidationResult[]) => rs.map((r) => `${r.filename} ${r.name}: ${r.status}`);

describe.runIf(kubeconform !== undefined)('RE2 patterns: builtin engine vs kubeconform binary', () => {
  it('gives kubeconform verdict for every value, refuses the same schemas, and stays linear', async () => {
    const { dir, files } = fixture();
    const opts = {
      kubernetesVersion: '1.37.0',
      strict: false,
      schemaLocations: [path.join(dir, '{{ .ResourceKind }}{{ .KindSuffix }}.json')],
      baseDir: dir,
      http: { cacheDir: false as const },
    };
    const builtin = await createValidator({ ...opts, engine: 'builtin', shared: sharedSchemaState({ cacheDir: false }) });
    const real = await createValidator({ ...opts, engine: 'kubeconform', kubeconformPath: kubeconform });
    const t0 = performance.now();
    const a = await builtin.validateFiles(files);
    const builtinMs = performance.now() - t0;
    const t1 = performance.now();
    const b = await real.validateFiles(files);
    const realMs = performance.now() - t1;
    const [sa, sb] = [statuses(a).sort(), statuses(b).sort()];
    expect(sa).toEqual(sb);
    // The verdicts must actually differ between values, or agreement would prove nothing.
    for (const s of ['valid', 'invalid', 'error']) expect(a.some((r) => r.status === s)).toBe(true);
    expect(builtinMs).toBeLessThan(2000);
    console.log(`RE2 patterns: ${sa.filter((s, i) => s === sb[i]).length}/${sa.length} identical verdicts; builtin ${builtinMs.toFixed(0)} ms, kubeconform ${realMs.toFixed(0)} ms`);
  }, 120_000);
});

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
