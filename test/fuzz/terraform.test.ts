/**
 * The builtin terraform fmt engine on hostile HCL: the lexer, the syntax gate and the formatter never
 * throw (short of the one documented limit, expressions nested thousands deep, which the engine turns
 * into an engine-error outcome), a rejected file gets a diagnostic with a position, and an accepted
 * file formats to text that the gate still accepts and that formatting leaves unchanged.
 *
 * terraform fmt itself breaks that last promise in one place: unwrapping `"${ ... }"` around a
 * multi-line expression can yield text that no longer parses (terraform 1.11 turns `"${(l) +\n(m)}"`
 * into `(l) +\n(m)`, and `"${<<EOT ... EOT\n}"` at the end of a file into an unterminated heredoc). Where our output is not stable, the terraform binary, when installed, must
 * produce the same bytes; without it, only the unwrapping rewrite may be involved.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHclwrite, formatTerraformSource } from '../../src/checks/terraform/format.js';
import { syntaxGate } from '../../src/checks/terraform/gate.js';
import { T, lex } from '../../src/checks/terraform/lexer.js';
import { anyText, corpus, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const SEEDS = corpus(['test/fixtures/terraform', 'examples/portarium/infra/terraform'], (n) => n.endsWith('.tf'));
const DICT = [
  'resource "a" "b" {\n', 'variable "v" {\n', 'locals {\n', 'module "m" {\n  source = "./m"\n}\n', 'dynamic "d" {\n  for_each = x\n  content {\n  }\n}\n',
  'x = 1\n', '  a = b\n', '}', '{', '[', ']', '(', ')', '"', '"${', '${', '%{', '%{ if a }', '%{ endif }', '%{ for x in y ~}', '%{ endfor }', '~}',
  '<<EOT\n', '<<-EOT\n', 'EOT\n', '  EOT\n', '<<', '/*', '*/', '#', '//', '# comment\n', '=', ':', '::', '?', '...', '=>', '.', ',', '*', '[*]', '.*',
  'for k, v in m : k => v', 'for x in y : x if x', '!', '-', '+', '==', '!=', '&&', '||', '<=', '>=', '%', '/', 'true', 'false', 'null', '1.5e3',
  '0x1F', '"\\n"', '"\\u00e9"', '"\\"', '"$${x}"', '"%%{x}"', 'provider::aws::arn_parse(x)', 'f(a, b...)', 'a.b[0].c', 'var.x', 'each.value',
  'count.index', '\\', '\n', '\r\n', '\t', '  ', ' ', 'é', '\u00a0', '\uFEFF', '\u0000', 'terraform {\n  required_version = ">= 1.5"\n}\n',
];

const TERRAFORM = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => spawnSync(p, ['version'], { stdio: 'ignore' }).status === 0);

/**
 * What `terraform fmt FILE` writes for `src`, or undefined when terraform is not installed. A file, not
 * stdin: `terraform fmt -` adds a final newline and turns CRLF into LF, which the file mode does not.
 */
function terraformFmt(src: string): string | undefined {
  if (!TERRAFORM) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pia-fuzz-tf-'));
  try {
    const file = path.join(dir, 'main.tf');
    writeFileSync(file, src);
    const r = spawnSync(TERRAFORM, ['fmt', '-no-color', file], { encoding: 'utf8', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } });
    return r.status === 0 ? readFileSync(file, 'utf8') : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LAYOUT = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '# c\n', '// c\n', '/* c */', '/*\n*/', ' = ', '=', ',', '\u00a0'];

function naiveDepth(s: string): number {
  let d = 0;
  let max = 0;
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++d);
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return max;
}

/** The engine's documented limit: a stack overflow on thousands of nested brackets becomes an engine-error outcome. */
function tooDeep(e: unknown, src: string): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message) && naiveDepth(src) > 500;
}

// The engine reads files as strict UTF-8, so a lone surrogate never reaches it: inputs go through the same round trip.
const hcl = fc
  .oneof(
    { weight: 5, arbitrary: mutated(SEEDS, { dict: DICT, maxMutations: 6 }) },
    // Layout-only changes keep most files valid, so the formatter (not only the gate) sees them.
    { weight: 4, arbitrary: mutated(SEEDS, { dict: LAYOUT, maxMutations: 3 }) },
    { weight: 2, arbitrary: fragments(DICT, 60) },
    { weight: 1, arbitrary: anyText },
  )
  .map((s) => Buffer.from(s, 'utf8').toString('utf8'));

describe('fuzz: terraform fmt engine', () => {
  const N = 1500;
  it(
    'lex, gate and format never throw; tokens stay inside the text; formatting is idempotent and keeps the file valid',
    () => {
      const b = batch('terraform');
      let accepted = 0;
      let unstable = 0;
      let confirmed = 0;
      fc.assert(
        fc.property(hcl, (src) =>
          b.run(src, () => {
            const toks = lex(src);
            expect(toks.count).toBeGreaterThan(0);
            expect(toks.type[toks.count - 1]).toBe(T.EOF);
            for (let i = 0; i < toks.count; i++) {
              expect(toks.start[i]! <= toks.end[i]! && toks.end[i]! <= src.length, `token ${i}`).toBe(true);
              if (i > 0) expect(toks.start[i]!).toBeGreaterThanOrEqual(toks.end[i - 1]!);
            }
            let out;
            try {
              const diag = syntaxGate(src, toks);
              if (diag) {
                expect(diag.line).toBeGreaterThanOrEqual(1);
                expect(diag.column).toBeGreaterThanOrEqual(1);
                expect(diag.summary.length).toBeGreaterThan(0);
              }
              out = formatTerraformSource(src);
              expect(out.kind === 'syntax-error', 'the gate and the formatter agree on the verdict').toBe(diag !== undefined);
            } catch (e) {
              if (tooDeep(e, src)) return;
              throw e;
            }
            if (out.kind !== 'formatted') return;
            accepted++;
            // hclwrite.Format alone is stable on everything the gate accepts.
            const hclOut = formatHclwrite(src);
            expect(formatHclwrite(hclOut), 'hclwrite.Format is idempotent').toBe(hclOut);
            const again = formatTerraformSource(out.output);
            if (syntaxGate(out.output) === undefined && again.kind === 'formatted' && again.output === out.output) return;
            unstable++;
            const tf = terraformFmt(src);
            if (tf !== undefined) {
              confirmed++;
              expect(out.output, 'unstable output must be what terraform fmt writes').toBe(tf);
            } else {
              expect(src, 'only unwrapping "${ ... }" makes terraform fmt unstable').toMatch(/"\$\{/);
            }
          }),
        ),
        params(N),
      );
      b.finish();
      process.stdout.write(`fuzz terraform: ${accepted} inputs formatted, ${unstable} with unstable output (as terraform fmt: ${confirmed} confirmed by the binary)\n`);
      // The generators must reach the formatter, not only the gate's error paths.
      expect(accepted).toBeGreaterThan(runsAccepted(N));
    },
    timeout(N, 30),
  );
});

function runsAccepted(n: number): number {
  return Math.floor(n / 20);
}
