/* eslint-disable no-control-regex -- these tests look for control characters */
import { describe, expect, it } from 'vitest';
import { commandText, escapeControls, jsonForLog, logLine, logText, mdCode, mdFence, mdText } from '../../../src/report/escape.js';
import { annotationCommand, renderAnnotations } from '../../../src/report/annotations.js';
import type { CheckResult, Finding } from '../../../src/report/finding.js';
import { renderSummary } from '../../../src/report/summary.js';
import { renderText } from '../../../src/report/text.js';
import { workflowCommands } from '../../helpers/workflow-commands.js';

/** What a crafted pull request can put into a file name, a value or a tool's output. */
const HOSTILE = [
  '\x1b[2J\x1b[31mscreen cleared',
  'value\r::add-mask::x',
  '::error::forged annotation',
  '  ::warning file=a.tf::indented',
  '\u00a0::set-output name=x::nbsp-indented',
  '\t::group::tab-indented',
  '::stop-commands::abc',
  'quiet ##[add-mask]legacy syntax',
  'bidi \u202eevil\u202c and \u2066isolate\u2069',
  'C1 CSI \x9b31m and NEL \x85::debug::x',
  'line sep\u2028::notice::x',
  'new\n::add-mask::x',
  'bell \x07 nul \x00 del \x7f',
];
// Anything that would still act on a terminal or reorder text.
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const f = (over: Partial<Finding> = {}): Finding => ({
  check: 'compose',
  rule: 'compose/x',
  severity: 'error',
  file: 'compose.yaml',
  line: 1,
  column: 1,
  message: 'm',
  ...over,
});
const result = (findings: Finding[]): CheckResult => ({ check: 'compose', findings, artifacts: {}, stats: {} });

describe('log and terminal text', () => {
  it('shows control and bidi characters visibly', () => {
    expect(escapeControls('a\x1b[31mb')).toBe('a\\x1b[31mb');
    expect(escapeControls('x\ry\nz')).toBe('x\\ry\\nz');
    expect(escapeControls('x\ny', { keepNewlines: true })).toBe('x\ny');
    expect(escapeControls('\u202eabc\u2066')).toBe('\\u202eabc\\u2066');
    expect(escapeControls('tab\tstays')).toBe('tab\tstays');
    expect(escapeControls('ünïcødé ✓ 日本')).toBe('ünïcødé ✓ 日本');
  });

  it('no hostile string starts a workflow command or keeps a raw control character', () => {
    for (const s of HOSTILE) {
      const out = logText(s);
      expect(workflowCommands(out), JSON.stringify(s)).toEqual([]);
      expect(RAW_CONTROL.test(out), JSON.stringify(out)).toBe(false);
    }
    expect(logLine('::add-mask::x')).toBe('\\x3a:add-mask::x');
    expect(logLine('a ##[error]b')).toBe('a \\x23#[error]b');
    expect(logLine('plain line: a::b')).toBe('plain line: a::b');
  });

  it('keeps the line breaks of multi-line text and guards every line', () => {
    expect(logText('one\n::error::two\n  ::x::three\n')).toBe('one\n\\x3a:error::two\n  \\x3a:x::three\n');
  });

  it('JSON on the log: ##[ only inside strings, escaped as the same string', () => {
    const obj = { message: 'a ##[add-mask]b' };
    const text = jsonForLog(JSON.stringify(obj, null, 2));
    expect(workflowCommands(text)).toEqual([]);
    expect(JSON.parse(text)).toEqual(obj);
  });
});

describe('annotations', () => {
  it('a message with "\\n::add-mask::x" stays one annotation: no command but ours', () => {
    const findings = HOSTILE.map((message, i) => f({ message, line: i + 1, file: i % 2 ? '::add-mask::f.yaml' : 'a\r::error::b.yaml' }));
    const out = renderAnnotations(findings.slice(0, 10)).join('\n');
    const cmds = workflowCommands(out);
    expect(cmds.map((c) => c.name)).toEqual(Array(10).fill('error'));
    expect(RAW_CONTROL.test(out)).toBe(false);
    // What the runner shows after unescaping %0A etc. still has no raw ESC.
    for (const c of cmds) expect(decodeURIComponent(c.data.replace(/%(?![0-9A-F]{2})/g, '%25'))).not.toMatch(/\x1b/);
  });

  it('findings over the per-step budget are listed as plain lines that cannot become commands', () => {
    const findings = Array.from({ length: 40 }, (_, i) => f({ line: i + 1, message: HOSTILE[i % HOSTILE.length]!, file: '::warning::x.yaml' }));
    const out = renderAnnotations(findings).join('\n');
    expect(workflowCommands(out).map((c) => c.name)).toEqual(Array(10).fill('error'));
    expect(out).toMatch(/30 more finding\(s\) without annotation/);
  });

  it('a severity read back from a findings file cannot name another command', () => {
    const forged = f({ severity: 'add-mask' as Finding['severity'] });
    expect(workflowCommands(annotationCommand(forged)).map((c) => c.name)).toEqual(['error']);
    const out = renderAnnotations([forged, f({ severity: 'stop-commands' as Finding['severity'] })]).join('\n');
    expect(workflowCommands(out).filter((c) => !['error', 'warning', 'notice'].includes(c.name))).toEqual([]);
  });

  it('commandText keeps newlines (the runner shows them) but shows controls', () => {
    expect(commandText('a\nb\x1b')).toBe('a\nb\\x1b');
    expect(commandText('x ##[add-mask]y')).toBe('x \\x23#[add-mask]y');
  });
});

describe('text output', () => {
  const findings = HOSTILE.map((message, i) => f({ message, help: `help\n${message}`, line: i + 1, file: i % 2 ? '::add-mask::f.yaml' : '\x1b]0;title\x07f.yaml' }));
  it('without colour: no command, no control character', () => {
    const out = renderText([result(findings)], { color: false, failOn: 'error' });
    expect(workflowCommands(out)).toEqual([]);
    expect(RAW_CONTROL.test(out)).toBe(false);
  });
  it('with colour: the only escape sequences are our own colours', () => {
    const out = renderText([result(findings)], { color: true, failOn: 'error' });
    expect(workflowCommands(out)).toEqual([]);
    expect(RAW_CONTROL.test(out.replace(/\x1b\[\d+m/g, '').replace(/\n/g, ''))).toBe(false);
  });
});

describe('markdown', () => {
  const unescapedPipes = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;

  it('mdText: no HTML, link, image, code span, cell break or mention from the content', () => {
    const s = '<img src=x onerror=alert(1)> </details> ![t](https://e.example/p.png) [c](javascript:x) `code` a|b @octocat *em* \\';
    const out = mdText(s);
    expect(out).not.toMatch(/</);
    expect(out).not.toMatch(/(^|[^\\])[[\]!`*]/);
    expect(unescapedPipes(out)).toBe(0);
    expect(out).toContain('@\u200boctocat');
    expect(mdText('a\nb')).toBe('a<br>b');
  });

  it('mdCode: the content cannot close the span', () => {
    for (const s of ['a`b', '``x``', '`', 'p|q', 'line\nbreak', '```']) {
      const out = mdCode(s);
      const fence = /^`+/.exec(out)![0];
      const inner = out.slice(fence.length, out.length - fence.length);
      expect(inner.includes(fence), out).toBe(false);
      expect(out.endsWith(fence)).toBe(true);
      expect(unescapedPipes(out)).toBe(0);
      expect(out).not.toContain('\n');
    }
  });

  it('mdFence: a diff with its own fences and </details> stays inside the block', () => {
    const diff = '-a\n+```\n+</details>\n+````\n+\x1b[31m';
    const out = mdFence(diff, 'diff');
    const [first, ...rest] = out.split('\n');
    const fence = /^`+/.exec(first!)![0];
    expect(fence.length).toBeGreaterThan(4);
    expect(rest.at(-1)).toBe(fence);
    expect(rest.slice(0, -1).some((l) => l.startsWith(fence))).toBe(false);
    expect(out).not.toMatch(/\x1b/);
  });

  it('the job summary keeps one row per finding with four cells, and no raw control character', () => {
    const findings = HOSTILE.map((message, i) => f({ message: `${message} | <img src=x> \`\`\``, file: `a|b\`c${i}.yaml`, line: i + 1 }));
    const md = renderSummary([result(findings)], { title: 'T', failOn: 'error' });
    expect(RAW_CONTROL.test(md)).toBe(false);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && /compose\/x/.test(l));
    expect(rows).toHaveLength(HOSTILE.length);
    for (const r of rows) expect(unescapedPipes(r), r).toBe(5);
    expect(md).not.toMatch(/<img/);
  });
});

describe('plain text takes the short way through logLine and logText', () => {
  // The long way, as it was before the short one: every line escaped and defused.
  const slowLine = (s: string) => escapeControls(s).replace(/^([\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*):(?=:)/, '$1\\x3a').replace(/#(?=#\[)/g, '\\x23');
  const slowText = (s: string) => s.split('\n').map(slowLine).join('\n');

  it('gives what escaping every line gives, on 200,000 strings of the characters that matter', () => {
    const alphabet = ['a', ' ', '\t', '\n', '\r', ':', '#', '[', '\x1b', '\u202e', '\u2028', '\u00a0', '\ufeff', '\x85', '\x7f', '\u3000', '\u061c'];
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let i = 0; i < 200_000; i++) {
      let s = '';
      for (let j = rnd(9); j > 0; j--) s += alphabet[rnd(alphabet.length)];
      expect(logLine(s), JSON.stringify(s)).toBe(slowLine(s));
      expect(logText(s), JSON.stringify(s)).toBe(slowText(s));
    }
  });

  it('returns plain text as it is', () => {
    const plain = 'Lines 3-4 are not formatted: a = "b:c" # d\n  e = [1]';
    expect(logText(plain)).toBe(plain);
    expect(logLine('main.tf:3:1')).toBe('main.tf:3:1');
  });
});

