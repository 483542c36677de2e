import { IGNORE_MARKER, type SuppressionSpec, parseSuppressionSpec } from './suppression-grammar.js';

/** One `# portarium-infra-ignore …` comment of a YAML file or a Dockerfile. */
export interface SuppressionComment extends SuppressionSpec {
  /** 1-based line and column of the comment's `#`. */
  line: number;
  column: number;
  /** The line whose findings it suppresses: its own (trailing) or the next non-comment line. */
  target: number;
  /**
   * The last line of the target: the target itself, or in a Dockerfile the last line of the
   * instruction it starts, so a comment before `RUN a \` covers findings on its continuation lines.
   */
  targetEnd: number;
}

/** How to read a file's suppressions: a Dockerfile's instructions continue over lines ending in its escape character. */
export interface CommentSyntax {
  dockerfile?: boolean;
}

// `#` starts a comment at the start of a line or after white space, in YAML as in a Dockerfile.
const COMMENT = new RegExp(`(^|\\s)#\\s*${IGNORE_MARKER}(?=\\s|:|$)(.*)$`);

/**
 * Every suppression comment of a source text. One parser for every check: YAML (compose, Kubernetes
 * sources, workflows) and Dockerfiles share the comment syntax. A comment alone on its line applies
 * to the next line that is not a comment; a trailing one to the line it ends.
 */
export function parseSuppressionComments(text: string, syntax: CommentSyntax = {}): SuppressionComment[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = text.split(/\r?\n/);
  const end = syntax.dockerfile ? instructionEnd(lines) : (line: number) => line;
  const out: SuppressionComment[] = [];
  const pending: SuppressionComment[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const m = COMMENT.exec(raw);
    const ownLine = /^\s*#/.test(raw);
    if (!ownLine) {
      for (const p of pending.splice(0)) out.push({ ...p, target: line, targetEnd: end(line) });
    }
    if (!m) return;
    const column = m.index + m[1]!.length + 1;
    const c: SuppressionComment = { ...parseSuppressionSpec(m[2]!), line, column, target: line, targetEnd: ownLine ? line : end(line) };
    if (ownLine) pending.push(c);
    else out.push(c);
  });
  // An own-line comment at the end of the file applies to nothing: kept, so it is reported unused.
  for (const p of pending) out.push({ ...p, target: 0, targetEnd: 0 });
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The last line (1-based) of the Dockerfile instruction starting at a line: continued while a line
 * ends in the escape character (`\\`, or the one a `# escape=` parser directive names), skipping the
 * comment and empty lines BuildKit skips inside an instruction.
 */
function instructionEnd(lines: readonly string[]): (line: number) => number {
  let escape = '\\';
  for (const raw of lines) {
    const d = /^\s*#\s*([a-z]+)\s*=\s*(\S*)\s*$/i.exec(raw);
    if (!d) break; // parser directives come first, before any other line
    if (d[1]!.toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\')) escape = d[2];
  }
  // Memoised: many comments may name one instruction, and each must not walk it again.
  const known = new Map<number, number>();
  return (line) => {
    const seen = known.get(line);
    if (seen !== undefined) return seen;
    let last = line;
    let i = line - 1;
    while (i < lines.length && lines[i]!.trimEnd().endsWith(escape)) {
      i++;
      while (i < lines.length && (/^\s*#/.test(lines[i]!) || lines[i]!.trim() === '')) i++;
      if (i >= lines.length) break;
      last = i + 1;
    }
    known.set(line, last);
    return last;
  };
}
