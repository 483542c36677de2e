import { IGNORE_MARKER, type SuppressionSpec, parseSuppressionSpec } from './suppression-grammar.js';

/** One `# portarium-infra-ignore …` comment of a YAML file or a Dockerfile. */
export interface SuppressionComment extends SuppressionSpec {
  /** 1-based line and column of the comment's `#`. */
  line: number;
  column: number;
  /** The line whose findings it suppresses: its own (trailing) or the next non-comment line. */
  target: number;
}

// `#` starts a comment at the start of a line or after white space, in YAML as in a Dockerfile.
const COMMENT = new RegExp(`(^|\\s)#\\s*${IGNORE_MARKER}(?=\\s|:|$)(.*)$`);

/**
 * Every suppression comment of a source text. One parser for every check: YAML (compose, Kubernetes
 * sources, workflows) and Dockerfiles share the comment syntax. A comment alone on its line applies
 * to the next line that is not a comment; a trailing one to the line it ends.
 */
export function parseSuppressionComments(text: string): SuppressionComment[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = text.split(/\r?\n/);
  const out: SuppressionComment[] = [];
  const pending: SuppressionComment[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const m = COMMENT.exec(raw);
    const ownLine = /^\s*#/.test(raw);
    if (!ownLine) {
      for (const p of pending.splice(0)) out.push({ ...p, target: line });
    }
    if (!m) return;
    const column = m.index + m[1]!.length + 1;
    const c: SuppressionComment = { ...parseSuppressionSpec(m[2]!), line, column, target: line };
    if (ownLine) pending.push(c);
    else out.push(c);
  });
  // An own-line comment at the end of the file applies to nothing: kept, so it is reported unused.
  for (const p of pending) out.push({ ...p, target: 0 });
  return out.sort((a, b) => a.line - b.line);
}
