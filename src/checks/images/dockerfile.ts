// A Dockerfile reader that keeps positions: every character of an instruction knows the line and
// column it came from, so a rule can point at the exact word a person must change even when the
// instruction spans continuation lines. It follows the Dockerfile reference: parser directives at
// the top, `#` comment lines (also inside a continued instruction), the escape character, heredocs
// (`<<EOF`, `<<-EOF`, quoted delimiters) and JSON (exec) form versus shell form.

export interface Position {
  line: number;
  column: number;
}

export interface Heredoc {
  delimiter: string;
  /** Lines of the body, as written (after `<<-` tab stripping). */
  body: string[];
  line: number;
  endLine: number;
}

export interface Flag {
  name: string;
  value: string | undefined;
  /** Offset of `--` in `Instruction.args`. */
  offset: number;
}

export interface Word {
  /** The word with quotes and escapes removed. */
  value: string;
  /** Offset of the word's first character in `Instruction.args`. */
  offset: number;
  /** The word as written. */
  raw: string;
}

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, ... (unknown keywords are kept as written, upper-cased). */
  keyword: string;
  line: number;
  column: number;
  endLine: number;
  /** Everything after the keyword with continuations joined, leading blanks removed. */
  args: string;
  /** `--name=value` flags at the start of the arguments (FROM, RUN, COPY, ADD, HEALTHCHECK). */
  flags: Flag[];
  /** Offset in `args` where the arguments after the flags start. */
  rest: number;
  /** Exec form: the arguments after the flags are a JSON array of strings. */
  json?: string[];
  heredocs: Heredoc[];
  /** Line and column of a character of `args` (offset past the end gives the last character). */
  at(offset: number): Position;
}

export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

export interface Dockerfile {
  directives: Record<string, string>;
  escape: '\\' | '`';
  instructions: Instruction[];
  problems: SyntaxProblem[];
}

const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
export const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC_RE = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

interface Piece {
  text: string;
  line: number;
  /** 1-based column of text[0]. */
  column: number;
}

export function parseDockerfile(source: string): Dockerfile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const directives: Record<string, string> = {};
  const problems: SyntaxProblem[] = [];
  let i = 0;
  // Directives are only read at the very top; the first other line (even a blank one) ends them.
  for (; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i]!);
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name) || name in directives) break;
    directives[name] = m[2]!;
  }
  let escape: '\\' | '`' = '\\';
  if (directives['escape'] !== undefined) {
    if (directives['escape'] === '`' || directives['escape'] === '\\') escape = directives['escape'];
    else problems.push({ message: `invalid escape directive "${directives['escape']}" (must be \\ or \`)`, line: 1, column: 1 });
  }

  const instructions: Instruction[] = [];
  while (i < lines.length) {
    const raw = lines[i]!;
    const trimmed = raw.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const startLine = i + 1;
    const pieces: Piece[] = [];
    let lineText = raw;
    let lineNo = i;
    // Join continuation lines; comment and blank lines inside a continuation are skipped.
    for (;;) {
      const cont = continues(lineText, escape);
      const kept = cont === undefined ? lineText : lineText.slice(0, cont);
      pieces.push({ text: kept, line: lineNo + 1, column: 1 });
      lineNo++;
      if (cont === undefined) break;
      while (lineNo < lines.length) {
        const t = lines[lineNo]!.trimStart();
        if (t === '' || t.startsWith('#')) lineNo++;
        else break;
      }
      if (lineNo >= lines.length) break;
      lineText = lines[lineNo]!;
    }
    i = lineNo;
    const ins = buildInstruction(pieces, startLine, escape);
    if (HEREDOC_KEYWORDS.has(ins.keyword)) i = readHeredocs(ins, lines, i, problems);
    instructions.push(ins);
  }
  return { directives, escape, instructions, problems };
}

/** Index where the continuation escape starts, or undefined when the line does not continue. */
function continues(line: string, escape: string): number | undefined {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end === 0 || line[end - 1] !== escape) return undefined;
  // An escaped escape (`\\` at the end) is a literal, not a continuation.
  let n = 0;
  for (let k = end - 1; k >= 0 && line[k] === escape; k--) n++;
  return n % 2 === 1 ? end - 1 : undefined;
}

function buildInstruction(pieces: Piece[], startLine: number, escape: string): Instruction {
  let text = '';
  const pos: Position[] = [];
  for (const p of pieces) {
    for (let k = 0; k < p.text.length; k++) pos.push({ line: p.line, column: p.column + k });
    text += p.text;
  }
  const lead = text.length - text.trimStart().length;
  const kwMatch = /^\S+/.exec(text.slice(lead));
  const keywordRaw = kwMatch ? kwMatch[0] : '';
  let argStart = lead + keywordRaw.length;
  while (argStart < text.length && /\s/.test(text[argStart]!)) argStart++;
  const args = text.slice(argStart).trimEnd();
  const argPos = pos.slice(argStart);
  const lastLine = pieces[pieces.length - 1]!.line;
  const keyword = keywordRaw.toUpperCase();
  const at = (offset: number): Position => {
    if (argPos.length === 0) return pos[pos.length - 1] ?? { line: startLine, column: 1 };
    return argPos[Math.max(0, Math.min(offset, argPos.length - 1))]!;
  };
  const { flags, rest } = FLAG_KEYWORDS.has(keyword) ? readFlags(args, escape) : { flags: [], rest: 0 };
  const ins: Instruction = {
    keyword,
    line: pos[lead]?.line ?? startLine,
    column: pos[lead]?.column ?? 1,
    endLine: lastLine,
    args,
    flags,
    rest,
    heredocs: [],
    at,
  };
  const json = parseJsonForm(args.slice(rest));
  if (json) ins.json = json;
  return ins;
}

function readFlags(args: string, escape: string): { flags: Flag[]; rest: number } {
  const flags: Flag[] = [];
  let offset = 0;
  for (const w of splitWords(args, escape)) {
    if (!w.raw.startsWith('--')) return { flags, rest: w.offset };
    const body = w.value.slice(2);
    const eq = body.indexOf('=');
    flags.push({ name: eq >= 0 ? body.slice(0, eq) : body, value: eq >= 0 ? body.slice(eq + 1) : undefined, offset: w.offset });
    offset = w.offset + w.raw.length;
  }
  while (offset < args.length && /\s/.test(args[offset]!)) offset++;
  return { flags, rest: offset };
}

function parseJsonForm(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // Not JSON: Docker then runs it in shell form, and so do we.
  }
  return undefined;
}

function readHeredocs(ins: Instruction, lines: string[], next: number, problems: SyntaxProblem[]): number {
  if (ins.json) return next;
  let i = next;
  for (const m of ins.args.matchAll(HEREDOC_RE)) {
    const strip = m[1] === '-';
    const delimiter = m[3]!;
    const body: string[] = [];
    const line = i + 1;
    let closed = false;
    for (; i < lines.length; i++) {
      const l = strip ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
      if (l === delimiter) {
        closed = true;
        i++;
        break;
      }
      body.push(l);
    }
    if (!closed) {
      const p = ins.at(m.index ?? 0);
      problems.push({ message: `heredoc <<${delimiter} is never closed (no line "${delimiter}")`, line: p.line, column: p.column });
    }
    ins.heredocs.push({ delimiter, body, line, endLine: i });
    ins.endLine = Math.max(ins.endLine, i);
  }
  return i;
}

/**
 * Splits shell-form arguments into words the way the Dockerfile frontend does for FROM, ARG, ENV,
 * LABEL, USER and friends: blanks separate words, quotes group, the escape character escapes.
 */
export function splitWords(text: string, escape: string = '\\'): Word[] {
  const words: Word[] = [];
  let k = 0;
  while (k < text.length) {
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) break;
    const start = k;
    let value = '';
    let quote: string | undefined;
    for (; k < text.length; k++) {
      const c = text[k]!;
      if (quote) {
        if (c === quote) quote = undefined;
        else if (c === escape && quote === '"' && k + 1 < text.length) value += text[++k];
        else value += c;
      } else if (/\s/.test(c)) {
        break;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === escape && k + 1 < text.length) {
        value += text[++k];
      } else {
        value += c;
      }
    }
    words.push({ value, offset: start, raw: text.slice(start, k) });
  }
  return words;
}

/** Removes one level of quotes and escapes from a single value (`"a b"` -> `a b`). */
export function unquote(text: string, escape: string = '\\'): string {
  return splitWords(text, escape).map((w) => w.value).join(' ');
}

export interface KeyValue {
  key: string;
  value: string | undefined;
  /** Offset of the key in `Instruction.args`. */
  keyOffset: number;
  /** Offset of the value (after `=`), when there is one. */
  valueOffset?: number;
}

/**
 * Reads `KEY=value` pairs (ARG, ENV, LABEL). ENV and LABEL also accept the legacy `KEY value`
 * form with a single pair per instruction.
 */
export function keyValues(ins: Instruction, escape: string): KeyValue[] {
  const words = splitWords(ins.args, escape);
  if (words.length === 0) return [];
  const first = words[0]!;
  if (ins.keyword !== 'ARG' && !first.raw.includes('=')) {
    const valueStart = words[1]?.offset;
    const kv: KeyValue = { key: first.value, value: valueStart === undefined ? '' : unquote(ins.args.slice(valueStart), escape), keyOffset: first.offset };
    if (valueStart !== undefined) kv.valueOffset = valueStart;
    return [kv];
  }
  return words.map((w) => {
    const eq = w.raw.indexOf('=');
    if (eq < 0) return { key: w.value, value: undefined, keyOffset: w.offset };
    return {
      key: unquote(w.raw.slice(0, eq), escape),
      value: unquote(w.raw.slice(eq + 1), escape),
      keyOffset: w.offset,
      valueOffset: w.offset + eq + 1,
    };
  });
}

export interface Expansion {
  value: string;
  /** Variables that were referenced but had no value. */
  unresolved: string[];
  /** Variables that supplied part of the value. */
  used: string[];
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}` and `${VAR+word}` as the
 * Dockerfile frontend does for FROM, USER, ENV and the like.
 */
export function expand(text: string, vars: ReadonlyMap<string, string>, escape: string = '\\'): Expansion {
  const unresolved: string[] = [];
  const used: string[] = [];
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === escape && text[k + 1] === '$') {
      out += '$';
      k++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (text[k + 1] === '{') {
      const close = text.indexOf('}', k + 2);
      if (close < 0) {
        out += text.slice(k);
        break;
      }
      const body = text.slice(k + 2, close);
      k = close;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
      if (!m) {
        out += '${' + body + '}';
        continue;
      }
      const [, name, op, word] = m as unknown as [string, string, string | undefined, string | undefined];
      const has = vars.has(name);
      const val = vars.get(name) ?? '';
      const set = op?.startsWith(':') ? has && val !== '' : has;
      if (op === undefined) {
        if (has) used.push(name);
        else unresolved.push(name);
        out += val;
      } else if (op.endsWith('-')) {
        if (set) {
          used.push(name);
          out += val;
        } else {
          const inner = expand(word ?? '', vars, escape);
          unresolved.push(...inner.unresolved);
          used.push(...inner.used);
          out += inner.value;
        }
      } else {
        if (set) {
          used.push(name);
          const inner = expand(word ?? '', vars, escape);
          out += inner.value;
        }
      }
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(k + 1));
    if (!m) {
      out += c;
      continue;
    }
    const name = m[0];
    k += name.length;
    if (vars.has(name)) used.push(name);
    else unresolved.push(name);
    out += vars.get(name) ?? '';
  }
  return { value: out, unresolved, used };
}
