import { describe, expect, it } from 'vitest';
import { expand, keyValues, parseDockerfile, splitWords } from '../../../src/checks/images/dockerfile.js';

describe('Dockerfile parser', () => {
  it('reads parser directives only at the top', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\n\n# check=skip=all\nFROM a:1\n');
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' });
    expect(df.escape).toBe('`');
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM']);
  });

  it('joins continuation lines, skips comments and blank lines inside them, and keeps positions', () => {
    const src = ['FROM a:1', 'RUN apk add \\', '# a comment inside', '', '      curl \\', '  jq', 'USER 1'].join('\n');
    const df = parseDockerfile(src);
    const run = df.instructions[1]!;
    expect(run.keyword).toBe('RUN');
    expect(run.line).toBe(2);
    expect(run.endLine).toBe(6);
    expect(run.args.replace(/\s+/g, ' ')).toBe('apk add curl jq');
    const curl = run.args.indexOf('curl');
    expect(run.at(curl)).toEqual({ line: 5, column: 7 });
    expect(run.at(run.args.indexOf('jq'))).toEqual({ line: 6, column: 3 });
    expect(df.instructions[2]).toMatchObject({ keyword: 'USER', line: 7 });
  });

  it('an escaped escape at the end of a line is not a continuation', () => {
    const df = parseDockerfile('FROM a:1\nRUN echo \\\\\nUSER 1\n');
    expect(df.instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 1], ['RUN', 2], ['USER', 3]]);
  });

  it('tells JSON (exec) form from shell form', () => {
    const df = parseDockerfile('FROM a:1\nCMD ["/bin/sh", "-c", "echo hi"]\nCMD [not json]\nENTRYPOINT ["x", 1]\n');
    expect(df.instructions[1]!.json).toEqual(['/bin/sh', '-c', 'echo hi']);
    expect(df.instructions[2]!.json).toBeUndefined();
    expect(df.instructions[3]!.json).toBeUndefined();
  });

  it('reads flags before the arguments', () => {
    const df = parseDockerfile('FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nCOPY --from=build --chmod=0755 /out /bin/app\n');
    expect(df.instructions[0]!.flags).toEqual([{ name: 'platform', value: '$BUILDPLATFORM', offset: 0 }]);
    expect(df.instructions[0]!.args.slice(df.instructions[0]!.rest)).toBe('golang:1.23 AS build');
    expect(df.instructions[1]!.flags.map((f) => [f.name, f.value])).toEqual([['from', 'build'], ['chmod', '0755']]);
  });

  it('reads heredocs, several per instruction, with <<- tab stripping and quoted delimiters', () => {
    const src = 'FROM a:1\nCOPY <<A <<"B" /dir/\nfirst\nA\nsecond\nB\nRUN <<-EOT sh\n\techo hi\n\tEOT\nUSER 1\n';
    const df = parseDockerfile(src);
    const copy = df.instructions[1]!;
    expect(copy.heredocs.map((h) => [h.delimiter, h.body])).toEqual([['A', ['first']], ['B', ['second']]]);
    expect(df.instructions[2]!.heredocs[0]!.body).toEqual(['echo hi']);
    expect(df.instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 1], ['COPY', 2], ['RUN', 7], ['USER', 10]]);
    expect(df.problems).toEqual([]);
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const df = parseDockerfile('\uFEFFFROM a:1\r\nRUN a \\\r\n  b\r\nUSER 1\r\n');
    expect(df.instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 1], ['RUN', 2], ['USER', 4]]);
  });

  it('splits words with quotes and escapes, keeping offsets', () => {
    expect(splitWords('a "b c" d\\ e \'f\'')).toEqual([
      { value: 'a', offset: 0, raw: 'a' },
      { value: 'b c', offset: 2, raw: '"b c"' },
      { value: 'd e', offset: 8, raw: 'd\\ e' },
      { value: 'f', offset: 13, raw: "'f'" },
    ]);
  });

  it('reads key=value pairs and the legacy ENV form', () => {
    const df = parseDockerfile('FROM a:1\nENV A=1 B="two words"\nENV C three words\nARG D\n');
    const kv = (n: number) => keyValues(df.instructions[n]!, '\\').map((k) => [k.key, k.value]);
    expect(kv(1)).toEqual([['A', '1'], ['B', 'two words']]);
    expect(kv(2)).toEqual([['C', 'three words']]);
    expect(kv(3)).toEqual([['D', undefined]]);
  });

  it('expands variables the way FROM and USER do', () => {
    const vars = new Map([['A', 'x'], ['EMPTY', '']]);
    expect(expand('$A-${A}', vars).value).toBe('x-x');
    expect(expand('${B:-def}', vars).value).toBe('def');
    expect(expand('${EMPTY:-def}|${EMPTY-def}', vars).value).toBe('def|');
    expect(expand('${A:+alt}|${B:+alt}', vars).value).toBe('alt|');
    expect(expand('\\$A', vars).value).toBe('$A');
    expect(expand('${MISSING}/img', vars)).toEqual({ value: '/img', unresolved: ['MISSING'], used: [] });
  });
});
