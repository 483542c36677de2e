/**
 * What the Actions runner would take as workflow commands in a step's output, judged the way
 * actions/runner does (ActionCommand.TryParseV2 / TryParse): lines split at CR, LF or CRLF
 * (.NET StreamReader.ReadLine), a line is a command when it starts with `::` after .NET's
 * TrimStart, or, in the legacy syntax, when `##[` appears anywhere in it. Deliberately broader than
 * the runner (any name counts, registered or not), so a test built on it errs on the safe side.
 */
export interface CommandLine {
  line: string;
  name: string;
  data: string;
}

// char.IsWhiteSpace in .NET: the Unicode Zs category plus U+0009-000D, U+0085, U+2028, U+2029.
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function workflowCommands(output: string): CommandLine[] {
  const out: CommandLine[] = [];
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(DOTNET_LEADING_SPACE, '');
    if (line.startsWith('::')) {
      const end = line.indexOf('::', 2);
      if (end >= 0) {
        const info = line.slice(2, end);
        out.push({ line: raw, name: info.split(' ')[0]!, data: line.slice(end + 2) });
        continue;
      }
    }
    const legacy = raw.indexOf('##[');
    if (legacy >= 0 && raw.indexOf(']', legacy) >= 0) {
      out.push({ line: raw, name: raw.slice(legacy + 3, raw.indexOf(']', legacy)).split(' ')[0]!, data: raw.slice(raw.indexOf(']', legacy) + 1) });
    }
  }
  return out;
}
