import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PrintedDiagnostic {
  summary: string;
  line: number;
  /** Undefined where terraform's snippet does not show it (see subjectStart). */
  column?: number;
  /** The detail text, its wrapping undone: runs of white space as one space. */
  detail: string;
}

const E = String.fromCharCode(27);
const ESC = new RegExp(`${E}\\[[0-9;]*m`, 'g');
const BOX = new RegExp(`^${E}\\[31m│${E}\\[0m ${E}\\[0m`);
const RESET_PREFIX = new RegExp(`^${E}\\[0m`);
const UNDERLINE = `${E}[4m`;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return [...segmenter.segment(s)].length;
  return s.length;
}

/**
 * Where a diagnostic's subject starts, from terraform's coloured snippet. The snippet is the
 * file's lines from `firstLine` on, read with bufio.ScanLines (carriage returns dropped) and
 * with empty lines left out, and the underline starts `before` bytes into that text
 * (views/json/diagnostic.go); undoing that gives the subject's byte offset in the file.
 */
function subjectStart(src: Buffer, firstLine: number, rendered: string[], before: string, atEnd: boolean, line: number): { line: number; column?: number } {
  const starts = [0];
  for (let i = src.indexOf(0x0a); i >= 0; i = src.indexOf(0x0a, i + 1)) starts.push(i + 1);
  let offset = starts[firstLine - 1] ?? src.length;
  for (const r of rendered) offset += Buffer.byteLength(r) + 1;
  offset += Buffer.byteLength(before);
  // An underline at the snippet's very end may have been clamped there, which happens when the
  // snippet is shorter than the file's bytes it covers (carriage returns, empty lines).
  if (atEnd) {
    for (let l = firstLine; l <= line && l <= starts.length; l++) {
      const s = starts[l - 1]!;
      const e = l < starts.length ? starts[l]! - 1 : src.length;
      if (e === s || src[e - 1] === 0x0d) return { line };
    }
  }
  let l = 0;
  while (l + 1 < starts.length && starts[l + 1]! <= offset) l++;
  if (l + 1 !== line) return { line };
  let text = src.subarray(starts[l]!, offset).toString('utf8');
  if (l === 0 && text.startsWith('\ufeff')) text = text.slice(1); // hcl does not count a BOM
  return { line, column: graphemes(text) + 1 };
}

/**
 * Every diagnostic `terraform fmt` prints for the files of `dir`, per file name, in printed order.
 * The plain output has no columns, so this reads the coloured one and its snippet's underline.
 */
export function fmtDiagnostics(bin: string, dir: string): Map<string, PrintedDiagnostic[]> {
  const res = spawnSync(bin, ['fmt', '-check', '-list=false', '-recursive', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '' },
  });
  interface Block {
    summary: string;
    file?: string;
    line?: number;
    snippet: { label: number; text: string }[];
    detail: string[];
    closed?: boolean;
  }
  const blocks: Block[] = [];
  for (const raw of res.stderr.split('\n')) {
    const boxed = raw.replace(BOX, '');
    const plain = boxed.replace(ESC, '');
    const error = /^Error: (.*)$/.exec(plain);
    if (error) {
      blocks.push({ summary: error[1]!, snippet: [], detail: [] });
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block || block.closed) continue;
    if (plain.startsWith('╵')) {
      block.closed = true;
      continue;
    }
    const on = /^\s*on (.+) line (\d+)(?:, in .*)?:$/.exec(plain);
    if (on && block.file === undefined) {
      block.file = path.basename(on[1]!);
      block.line = Number(on[2]);
      continue;
    }
    // Snippet lines keep the underline's escape codes; the code in them has none of its own.
    const code = /^\s*(\d+): ([^]*)$/.exec(boxed.replace(RESET_PREFIX, ''));
    if (block.file === undefined) continue;
    if (code && block.detail.length === 0) block.snippet.push({ label: Number(code[1]), text: code[2]! });
    else if (block.snippet.length > 0) block.detail.push(plain);
  }
  const out = new Map<string, PrintedDiagnostic[]>();
  for (const b of blocks) {
    if (b.file === undefined) continue;
    const list = out.get(b.file) ?? [];
    out.set(b.file, list);
    const detail = b.detail.join(' ').replace(/\s+/g, ' ').trim();
    const at = b.snippet.findIndex((l) => l.text.includes(UNDERLINE));
    if (at < 0) {
      // No underline to read (terraform leaves some very long lines out of the coloured snippet).
      list.push({ summary: b.summary, line: b.line!, detail });
      continue;
    }
    const marked = b.snippet[at]!.text;
    const mark = marked.indexOf(UNDERLINE);
    const atEnd = at === b.snippet.length - 1 && marked.slice(mark).replace(ESC, '') === '';
    const src = readFileSync(path.join(dir, b.file));
    const rendered = b.snippet.slice(0, at).map((l) => l.text.replace(ESC, ''));
    const pos = subjectStart(src, b.snippet[0]!.label, rendered, marked.slice(0, mark).replace(ESC, ''), atEnd, b.line!);
    list.push({ summary: b.summary, ...pos, detail });
  }
  return out;
}
