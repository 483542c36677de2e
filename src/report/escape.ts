/**
 * Escaping for text that came from checked files (or from tools run on them) on its way to a
 * terminal, the step log, an annotation or markdown. A pull request controls that text, so it must
 * not move the cursor, recolour or reorder what is shown (ESC, C1, bidi overrides), start a
 * workflow command, or leave the table cell or code block it is shown in.
 */

// C0 except tab and newline (newline is handled per output), DEL, C1, the bidi embedding, override
// and isolate controls and marks (the "Trojan Source" set), and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_NEWLINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function visible(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** Control and bidi characters written out visibly (`\x1b`, `\r`, `\u202e`); tab and, if kept, newline stay. */
export function escapeControls(s: string, opts: { keepNewlines?: boolean } = {}): string {
  return s.replace(opts.keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, visible);
}

// The runner takes a line as a command when, after .NET's TrimStart (Unicode white space), it starts
// with `::`; and, for the older syntax, when `##[` appears anywhere in it (actions/runner ActionCommand).
const LEADING_COMMAND = /^([\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*):(?=:)/;
const LEGACY_COMMAND = /#(?=#\[)/g;

function defuseCommands(line: string): string {
  return line.replace(LEADING_COMMAND, '$1\\x3a').replace(LEGACY_COMMAND, '\\x23');
}

// Whether logLine / logText would change anything: most text is plain, and a large tree's report
// has hundreds of thousands of messages, so the common case is one scan and no copy.
// eslint-disable-next-line no-control-regex -- as above
const LINE_NEEDS_WORK = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[|^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*::/;
// eslint-disable-next-line no-control-regex -- as above
const TEXT_NEEDS_WORK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[|^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*::/m;

/** One line of the step log or terminal: controls visible, newlines included, no workflow command. */
export function logLine(s: string): string {
  return LINE_NEEDS_WORK.test(s) ? defuseCommands(escapeControls(s)) : s;
}

/** Several lines: each made safe as `logLine`, the line breaks kept. */
export function logText(s: string): string {
  return TEXT_NEEDS_WORK.test(s) ? s.split('\n').map(logLine).join('\n') : s;
}

/**
 * The data of a workflow command we issue ourselves (an annotation message): the runner's own
 * escaping (`%`, CR, LF) keeps it inside the command; this keeps controls visible and the
 * legacy `##[` syntax inert. Newlines stay: an annotation may span lines.
 */
export function commandText(s: string): string {
  return escapeControls(s, { keepNewlines: true }).replace(LEGACY_COMMAND, '\\x23');
}

/** Serialised JSON printed on the log: `##[` can only occur inside strings, where `\u0023` means the same. */
export function jsonForLog(json: string): string {
  return json.replace(LEGACY_COMMAND, '\\u0023');
}

// Markdown. GitHub renders the job summary and pull request comments as GFM with some HTML.

const MD_PUNCTUATION = /[\\`*_[\]!~]/g;

/**
 * Plain text inside a table cell or paragraph: no HTML (`<img>`, `<details>`), no links or images,
 * no code spans or emphasis opened by the content, no cell break (`|`), no row break (newline
 * becomes `<br>`), no @-mention (a comment would notify whoever it names).
 */
export function mdText(s: string): string {
  return escapeControls(s, { keepNewlines: true })
    .replace(MD_PUNCTUATION, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\r?\n/g, '<br>');
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let cur = 0;
  for (const c of s) {
    cur = c === ch ? cur + 1 : 0;
    if (cur > best) best = cur;
  }
  return best;
}

/**
 * An inline code span that the content cannot close: the fence is longer than any backtick run
 * inside. On one line (newlines shown as `\n`); `|` escaped, which GFM undoes inside table cells.
 */
export function mdCode(s: string, opts: { table?: boolean } = { table: true }): string {
  let body = escapeControls(s);
  if (opts.table !== false) body = body.replace(/\|/g, '\\|');
  if (body === '') return '';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block the content cannot end early: the fence is longer than any backtick run inside. */
export function mdFence(content: string, info = ''): string {
  const body = escapeControls(content.replace(/\n$/, ''), { keepNewlines: true });
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}
