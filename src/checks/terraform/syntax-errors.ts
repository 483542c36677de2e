/** A syntax error as hclsyntax reports it; positions are 1-based, columns in characters. */
export interface SyntaxDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  summary: string;
  detail: string;
}
