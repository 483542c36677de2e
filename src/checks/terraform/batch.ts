import { randomBytes } from 'node:crypto';
import { GATE_FILENAME, parseGateErrors, type SyntaxDiagnostic } from './syntax-errors.js';
import type { HclWasm } from './wasm.js';

/**
 * Most of the cost of a WebAssembly call for a small file is the call itself, so files that are
 * provably independent of their neighbours share one call.
 *
 * Syntax gate: each file becomes the body of its own block, `f {\n<file>\n}\n`, so attribute
 * names may repeat across files. A self-contained file (see Tokens.selfContained) lexes and parses
 * identically inside that block, so when the whole batch parses, every file in it does; when it
 * does not, each file is parsed alone for its exact diagnostics.
 *
 * Formatting: files are joined with a comment line. hclwrite formats line by line: indentation
 * from a bracket stack (settled at the end of each file, see indentSettles) and alignment chains
 * that any comment-only line breaks, so each file comes out as it would alone.
 */

export interface GateInput {
  text: string;
  /**
   * When given, the same text with comment bodies and plain string literals shortened
   * (reduceForGate): it parses exactly when `text` does, at a fraction of the scanning cost,
   * and may share a call with other files. Diagnostics always come from `text` itself.
   */
  reduced?: string;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n++;
  return n;
}

const GATE_BATCH_BYTES = 256 * 1024;
const GATE_BATCH_FILES = 64;

/** Syntax errors per input (undefined: it parses). */
export async function gateAll(inputs: readonly GateInput[], wasm: HclWasm): Promise<(SyntaxDiagnostic[] | undefined)[]> {
  const results: (SyntaxDiagnostic[] | undefined)[] = new Array(inputs.length);
  const alone = async (i: number): Promise<void> => {
    const message = await wasm.syntaxErrors(GATE_FILENAME, inputs[i]!.text);
    results[i] = message === undefined ? undefined : parseGateErrors(message);
  };
  // One call for the group; on failure the first diagnostic tells which file broke it: those
  // before it parsed, it is parsed alone (for its exact diagnostics), the rest are tried again.
  const group = async (members: readonly number[]): Promise<void> => {
    if (members.length === 0) return;
    if (members.length === 1) return alone(members[0]!);
    const lastLine: number[] = [];
    let line = 0;
    const parts = members.map((i) => {
      const wrapped = `f {\n${inputs[i]!.reduced!}\n}\n`;
      line += countNewlines(wrapped);
      lastLine.push(line);
      return wrapped;
    });
    const message = await wasm.syntaxErrors(GATE_FILENAME, parts.join(''));
    const errors = message === undefined ? undefined : parseGateErrors(message);
    if (!errors || errors.length === 0) {
      for (const i of members) results[i] = undefined;
      return;
    }
    const firstLine = Math.min(...errors.map((e) => e.line));
    let bad = lastLine.findIndex((l) => firstLine <= l);
    if (bad < 0) bad = members.length - 1;
    for (const i of members.slice(0, bad)) results[i] = undefined;
    await alone(members[bad]!);
    await group(members.slice(bad + 1));
  };
  let batch: number[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    await group(batch);
    batch = [];
    bytes = 0;
  };
  for (let i = 0; i < inputs.length; i++) {
    const reduced = inputs[i]!.reduced;
    if (reduced === undefined) {
      await alone(i);
      continue;
    }
    batch.push(i);
    bytes += reduced.length;
    if (batch.length >= GATE_BATCH_FILES || bytes >= GATE_BATCH_BYTES) await flush();
  }
  await flush();
  return results;
}

export interface FormatInput {
  text: string;
  /** Ends with a newline and leaves hclwrite's indent stack empty. */
  batchable: boolean;
}

const FORMAT_BATCH_BYTES = 256 * 1024;
const FORMAT_BATCH_FILES = 64;

/** hclwrite.Format of each input. */
export async function formatAll(inputs: readonly FormatInput[], wasm: HclWasm): Promise<string[]> {
  const results: string[] = new Array(inputs.length);
  const marker = `#portarium-fmt-split-${randomBytes(8).toString('hex')}\n`;
  let batch: number[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 1) results[batch[0]!] = await wasm.format(inputs[batch[0]!]!.text);
    else if (batch.length > 1) {
      const out = await wasm.format(batch.map((i) => inputs[i]!.text).join(marker));
      const parts = out.split(marker);
      // Every input is empty or ends with a newline, so every part but the last must be too;
      // anything else means a marker did not come out on a line of its own: not trusted.
      const settled = (p: string, k: number): boolean => k === parts.length - 1 || (inputs[batch[k]!]!.text === '' ? p === '' : p.endsWith('\n'));
      if (parts.length === batch.length && parts.every(settled)) {
        batch.forEach((i, k) => (results[i] = parts[k]!));
      }
      else for (const i of batch) results[i] = await wasm.format(inputs[i]!.text);
    }
    batch = [];
    bytes = 0;
  };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (!input.batchable || input.text.includes(marker)) {
      results[i] = await wasm.format(input.text);
      continue;
    }
    batch.push(i);
    bytes += input.text.length;
    if (batch.length >= FORMAT_BATCH_FILES || bytes >= FORMAT_BATCH_BYTES) await flush();
  }
  await flush();
  return results;
}
