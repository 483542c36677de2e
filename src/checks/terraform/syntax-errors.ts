/** A syntax error as hclsyntax reports it; positions are 1-based, columns in characters. */
export interface SyntaxDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  summary: string;
  detail: string;
}

/**
 * hcl2json reports hclsyntax's diagnostics as one string:
 * `parse config: [F:L,C-L,C: Summary; Detail F:L,C-C: Summary; Detail]`. We name the file with a
 * control character that cannot occur in a message, so splitting on it is unambiguous.
 */
export const GATE_FILENAME = '\u0001';

const RANGE = new RegExp(`${GATE_FILENAME}:(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): `, 'g');

/** Returns the diagnostics, or undefined when the message is not a parse failure. */
export function parseGateErrors(message: string): SyntaxDiagnostic[] | undefined {
  const prefix = 'parse config: [';
  if (!message.startsWith(prefix)) return undefined;
  const body = message.endsWith(']') ? message.slice(prefix.length, -1) : message.slice(prefix.length);
  const marks = [...body.matchAll(RANGE)];
  if (marks.length === 0) return undefined;
  return marks.map((m, i) => {
    const textEnd = i + 1 < marks.length ? marks[i + 1]!.index : body.length;
    const text = body.slice(m.index + m[0].length, textEnd).trim();
    const sep = text.indexOf('; ');
    const line = Number(m[1]);
    return {
      line,
      column: Number(m[2]),
      endLine: m[3] === undefined ? line : Number(m[3]),
      endColumn: Number(m[4]),
      summary: sep < 0 ? text : text.slice(0, sep),
      // Messages refer to other positions in the same file ("already set at F:1,1-2").
      detail: sep < 0 ? '' : text.slice(sep + 2).replaceAll('\u0001:', 'line '),
    };
  });
}
