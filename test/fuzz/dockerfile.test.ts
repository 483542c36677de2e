/**
 * The Dockerfile reader and rules on hostile text: parseDockerfile and lintDockerfileSource never throw,
 * every instruction and finding points inside the file, and variable expansion of any word terminates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, keyValues, parseDockerfile, splitWords } from '../../src/checks/images/dockerfile.js';
import { RULES, lintDockerfileSource } from '../../src/checks/images/index.js';
import { anyText, corpus, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const SEEDS = corpus(['test/fixtures/images', 'examples/portarium/infra/docker', 'test/fixtures/compose'], (n) => n === 'Dockerfile' || n.endsWith('.Dockerfile'));
const DICT = [
  'FROM ', 'FROM alpine:3.20 AS build\n', 'FROM --platform=$BUILDPLATFORM ', 'RUN ', 'RUN <<EOF\n', 'RUN <<-"EOF"\n', 'EOF\n', '\tEOF\n', 'COPY ', 'COPY --from=build ',
  'COPY <<EOF /x\n', 'ADD ', 'ADD https://example.com/x /x\n', 'ARG ', 'ARG A=1\n', 'ARG BASE=alpine\n', 'ENV ', 'ENV A=1 B="two words"\n', 'LABEL a=b\n',
  'USER ', 'USER root\n', 'USER 1000\n', 'WORKDIR /app\n', 'EXPOSE 80/tcp\n', 'HEALTHCHECK ', 'HEALTHCHECK --interval=5s CMD true\n', 'HEALTHCHECK NONE\n',
  'CMD ', 'CMD ["a", "b"]\n', 'ENTRYPOINT ["sh", "-c"]\n', 'SHELL ["/bin/sh", "-c"]\n', 'ONBUILD RUN x\n', 'STOPSIGNAL SIGTERM\n', 'VOLUME ["/data"]\n',
  'MAINTAINER x\n', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '# escape=\\\n', '# escape=x\n', '# check=skip=all\n', '\\\n', '`\n', '\\', '`', '$', '${',
  '${A}', '${A:-d}', '${A:+r}', '${A:?e}', '$A', '${A', '}', '"', "'", '[', ']', '"]', ',', '=', '--', '--mount=type=secret,id=x ', '--chown=1:1 ', '@sha256:',
  ':latest', ' ', '\t', '\n', '\r\n', '#', 'é', '\u0000', '&&', '|', ';',
];
const KNOWN = new Set<string>(RULES.map((r) => r.id));

describe('fuzz: Dockerfile reader and rules', () => {
  const N = 1500;
  it(
    'parse and lint never throw; positions stay inside the file',
    () => {
      const b = batch('dockerfile');
      const text = fc.oneof({ weight: 5, arbitrary: mutated(SEEDS, { dict: DICT, maxMutations: 6 }) }, { weight: 2, arbitrary: fragments(DICT, 50) }, { weight: 1, arbitrary: anyText });
      const args = fc.dictionary(fc.constantFrom('A', 'BASE', 'TAG', 'BUILDPLATFORM'), fc.string({ maxLength: 12 }), { maxKeys: 3 });
      fc.assert(
        fc.property(text, args, fc.option(fc.constantFrom('build', 'final', 'x')), (source, buildArgs, target) =>
          b.run(source, () => {
            const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/).length;
            const df = parseDockerfile(source);
            for (const ins of df.instructions) {
              expect(ins.line).toBeGreaterThanOrEqual(1);
              expect(ins.endLine).toBeGreaterThanOrEqual(ins.line);
              expect(ins.endLine).toBeLessThanOrEqual(lines);
              for (const off of [0, ins.rest, ins.args.length]) {
                const p = ins.at(off);
                expect(p.line >= 1 && p.line <= lines && p.column >= 1, `at(${off}) of line ${ins.line}`).toBe(true);
              }
              splitWords(ins.args, df.escape);
              keyValues(ins, df.escape);
              expand(ins.args, new Map(Object.entries(buildArgs)), df.escape);
            }
            for (const p of df.problems) expect(p.line >= 1 && p.line <= lines && p.column >= 1).toBe(true);
            const findings = lintDockerfileSource({ file: 'Dockerfile', source, buildArgs, ...(target ? { target } : {}) });
            for (const f of findings) {
              expect(KNOWN.has(f.rule), `unknown rule ${f.rule}`).toBe(true);
              expect(f.line >= 1 && f.line <= lines && f.column >= 1, `${f.rule} at ${f.line}:${f.column}`).toBe(true);
              expect(f.message.length).toBeGreaterThan(0);
            }
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 30),
  );
});
