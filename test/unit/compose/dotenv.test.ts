/** dotenv parsing; cases from compose-go dotenv/godotenv_test.go (parseAndCompare) unless noted. */
import { describe, expect, it } from 'vitest';
import { type DotenvError, parseDotenv } from '../../../src/checks/compose/dotenv.js';

const one = (src: string, lookup?: (k: string) => string | undefined): [string, string] => {
  const entries = parseDotenv(src, lookup);
  expect(entries).toHaveLength(1);
  return [entries[0]!.key, entries[0]!.value];
};

describe('parseDotenv', () => {
  it.each<[string, string, string]>([
    ['FOO=bar', 'FOO', 'bar'],
    ['FOO =bar', 'FOO', 'bar'],
    ['FOO= bar', 'FOO', 'bar'],
    ['FOO="bar"', 'FOO', 'bar'],
    ["FOO='bar'", 'FOO', 'bar'],
    [String.raw`FOO="escaped\"bar"`, 'FOO', 'escaped"bar'],
    [String.raw`FOO="\"quoted\""`, 'FOO', '"quoted"'],
    [`FOO="'d'"`, 'FOO', "'d'"],
    ['OPTION_A: 1', 'OPTION_A', '1'],
    ['OPTION_A: Foo=bar', 'OPTION_A', 'Foo=bar'],
    ['OPTION_A=1:B', 'OPTION_A', '1:B'],
    ['export OPTION_A=2', 'OPTION_A', '2'],
    [String.raw`export OPTION_B='\n'`, 'OPTION_B', '\\n'],
    ['export exportFoo=2', 'exportFoo', '2'],
    ['exportFOO=2', 'exportFOO', '2'],
    ['export_FOO =2', 'export_FOO', '2'],
    ['export.FOO= 2', 'export.FOO', '2'],
    ['export\tOPTION_A=2', 'OPTION_A', '2'],
    ['  export OPTION_A=2', 'OPTION_A', '2'],
    ['export OPTION_A="export A"', 'OPTION_A', 'export A'],
    [String.raw`FOO="bar\nbaz"`, 'FOO', 'bar\nbaz'],
    [String.raw`FOO=a\tb`, 'FOO', String.raw`a\tb`],
    [String.raw`FOO="a\tb"`, 'FOO', 'a\tb'],
    [String.raw`KEY="Z\aZ\bZ\fZ\nZ\rZ\tZ\vZ\\Z\0123Z"`, 'KEY', 'Z\x07Z\bZ\fZ\nZ\rZ\tZ\vZ\\ZSZ'],
    ['FOO.BAR=foobar', 'FOO.BAR', 'foobar'],
    ['FOO=foobar=', 'FOO', 'foobar='],
    ['FOO=bar ', 'FOO', 'bar'],
    ['FOO=bar # this is foo', 'FOO', 'bar'],
    ['FOO=bar #this is foo', 'FOO', 'bar'],
    ['FOO=bar #', 'FOO', 'bar'],
    ['FOO=123#not-an-inline-comment', 'FOO', '123#not-an-inline-comment'],
    ['FOO="bar#baz"', 'FOO', 'bar#baz'],
    ['FOO="bar#baz"#', 'FOO', 'bar#baz'],
    ['FOO="bar#baz" # comment', 'FOO', 'bar#baz'],
    ["FOO='bar#baz' # comment", 'FOO', 'bar#baz'],
    [String.raw`FOO="bar\n\ b\az"`, 'FOO', 'bar\n\\ b\x07z'],
    [String.raw`FOO="bar\\\n\ b\az"`, 'FOO', 'bar\\\n\\ b\x07z'],
    [String.raw`FOO="bar\\r\ b\az"`, 'FOO', 'bar\\r\\ b\x07z'],
    [String.raw`FOO="bar\nbaz\\"`, 'FOO', 'bar\nbaz\\'],
    [' KEY =value', 'KEY', 'value'],
    ['\tKEY=value', 'KEY', 'value'],
    [String.raw`KEY="\0123"`, 'KEY', 'S'],
    [String.raw`KEY="\x07"`, 'KEY', String.raw`\x07`],
    [String.raw`KEY="\u12e4"`, 'KEY', String.raw`\u12e4`],
  ])('%s', (src, key, value) => {
    expect(one(src)).toEqual([key, value]);
  });

  it('skips comments and blank lines and strips a BOM', () => {
    const entries = parseDotenv('\uFEFF# comment\n\nA=1\n  # another\nB=2\n');
    expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ['A', '1', 3],
      ['B', '2', 5],
    ]);
  });

  it('interpolates unquoted and double-quoted values, not single-quoted ones', () => {
    const env = (k: string): string | undefined => (k === 'HOST' ? 'db' : undefined);
    const entries = parseDotenv("A=${HOST}:5432\nB=\"${HOST}-x\"\nC='${HOST}'\nD=${A}/x\nE=${MISSING:-dflt}\n", env);
    expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual({ A: 'db:5432', B: 'db-x', C: '${HOST}', D: 'db:5432/x', E: 'dflt' });
  });

  it('a bare key inherits from the lookup and is dropped when unset', () => {
    const entries = parseDotenv('SET\nUNSET\nX=1\n', (k) => (k === 'SET' ? 'v' : undefined));
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['SET', 'v'],
      ['X', '1'],
    ]);
  });

  it('reports errors with their line', () => {
    const bad = (src: string): DotenvError => {
      try {
        parseDotenv(src);
      } catch (e) {
        return e as DotenvError;
      }
      throw new Error('no error');
    };
    expect(bad('A=1\nB C=2\n').message).toBe('line 2: key cannot contain a space');
    expect(bad('A=1\nB="open\n').message).toMatch(/^line 2: unterminated quoted value/);
    const e = bad('A=1\n\nB@=2\n');
    expect(e.line).toBe(3);
    expect(e.message).toContain('unexpected character "@" in variable name');
    expect(bad('A=${B:?need B}\n').message).toContain('required variable B is missing a value: need B');
  });
});
