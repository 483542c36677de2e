import { describe, expect, it } from 'vitest';
import { parseChunk, splitYamlStream } from '../../../src/checks/kubernetes/manifest-stream.js';

describe('splitting a stream like kubeconform (SplitYAMLDocument + bufio.Scanner)', () => {
  it('splits on \\n--- and drops the rest of the separator line', () => {
    const chunks = splitYamlStream('a: 1\n--- # second\nb: 2\n---\nc: 3\n');
    expect(chunks.map((c) => c.text)).toEqual(['a: 1', 'b: 2', 'c: 3\n']);
    expect(chunks.map((c) => c.line)).toEqual([1, 3, 5]);
  });
  it('keeps a leading --- inside the chunk and yields an empty chunk for a blank document', () => {
    // A separator right after another is at the start of the remaining data, so it is not a separator.
    expect(splitYamlStream('---\na: 1\n---\n---\nb: 2').map((c) => c.text)).toEqual(['---\na: 1', '---\nb: 2']);
    expect(splitYamlStream('a: 1\n---\n\n---\nb: 2').map((c) => c.text)).toEqual(['a: 1', '', 'b: 2']);
  });
  it('a trailing separator without newline ends the stream; one with text after it drops the chunk before', () => {
    expect(splitYamlStream('a: 1\n---').map((c) => c.text)).toEqual(['a: 1']);
    expect(splitYamlStream('a: 1\n---x').map((c) => c.text)).toEqual([]);
  });
  it('an empty input has no chunk', () => {
    expect(splitYamlStream('')).toEqual([]);
  });
});

describe('decoding scalars like go-yaml v2 (sigs.k8s.io/yaml)', () => {
  it.each([
    ['yes', true],
    ['on', true],
    ['N', false],
    ['Off', false],
    ['~', null],
    ['0755', 493],
    ['0x1F', 31],
    ['0o17', 15],
    ['1_000', 1000],
    ['08', 8],
    ['1e3', 1000],
    ['.5', 0.5],
    ['1:20', '1:20'],
    ['2024-01-02', '2024-01-02'],
    ['"yes"', 'yes'],
    ['!!binary aGVsbG8=', 'hello'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
  ])('v: %s', (src, want) => {
    expect(parseChunk(`v: ${src}`).value).toEqual({ v: want });
  });
  it('turns non-string keys into strings', () => {
    expect(parseChunk('5: a\n3.14: b\ntrue: c').value).toEqual({ '5': 'a', '3.14': 'b', true: 'c' });
  });
  it('reports a duplicate key, keeping the last value (strict decoders refuse it)', () => {
    const p = parseChunk('a: 1\nb: 2\na: 3\n');
    expect(p.value).toEqual({ a: 3, b: 2 });
    expect(p.duplicateKey).toMatch(/key "a" already set in map/);
  });
  it('reports syntax errors with a line', () => {
    expect(parseChunk('a:\n  - b\n c: d\n').error).toMatch(/^yaml: line \d+:/);
  });
  it('resolves merge keys', () => {
    expect(parseChunk('base: &b {x: 1}\nm: {<<: *b, z: 2}').value).toEqual({ base: { x: 1 }, m: { x: 1, z: 2 } });
  });
  it('reads the key y as the boolean true, like go-yaml v2', () => {
    expect(parseChunk('y: 1').value).toEqual({ true: 1 });
  });
});
