import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatHclwrite, formatTerraformSource } from '../../../src/checks/terraform/format.js';

// Peer data, read in place (never copied): terraform's fmt test pairs and hclwrite's TestFormat.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const conformance = path.resolve(repoRoot, '../shared/conformance/terraform-fmt');

interface Pair {
  input: string;
  want: string;
}

function readPairs(file: string): Pair[] {
  return (JSON.parse(readFileSync(path.join(conformance, file), 'utf8')) as { pairs: Pair[] }).pairs;
}

/** `<name>_in<ext>` / `<name>_out<ext>` files in one testdata directory. */
function filePairs(dir: string): { name: string; input: string; want: string }[] {
  const names = readdirSync(path.join(conformance, dir)).filter((n) => n.includes('_in.'));
  return names.map((n) => ({
    name: `${dir}/${n}`,
    input: readFileSync(path.join(conformance, dir, n), 'utf8'),
    want: readFileSync(path.join(conformance, dir, n.replace('_in.', '_out.')), 'utf8'),
  }));
}

describe('terraform internal/command/testdata fmt pairs', () => {
  const pairs = [...filePairs('fmt'), ...filePairs('tftest-fmt')];
  it('finds the pairs', () => expect(pairs.length).toBe(3));
  it.each(pairs)('$name', ({ input, want }) => {
    const out = formatTerraformSource(input);
    expect(out).toEqual({ kind: 'formatted', output: want });
  });

  it('formats the inline fixture of fmt_test.go', async () => {
    const fx = JSON.parse(readFileSync(path.join(conformance, 'fmt_test-inline-fixture.json'), 'utf8')) as { input: string; golden: string };
    expect(formatTerraformSource(fx.input)).toEqual({ kind: 'formatted', output: fx.golden });
  });
});

describe.each([
  ['v2.19.1', 57],
  ['v2.24.0', 61],
])('hclwrite TestFormat %s', (version, count) => {
  const pairs = readPairs(`hclwrite-TestFormat-${version}.json`);
  it(`has ${count} cases`, () => expect(pairs).toHaveLength(count));
  it.each(pairs.map((p, i) => ({ i, ...p })))('case $i: $input', async ({ input, want }) => {
    expect(formatHclwrite(input)).toBe(want);
  });
});
