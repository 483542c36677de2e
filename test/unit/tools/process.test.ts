import { describe, expect, it } from 'vitest';
import { outputOf, runProcess, runProcessSync } from '../../../src/tools/process.js';
import { runCommand } from '../../../src/images/command.js';
import { alive, until } from '../../helpers/process.js';

const node = process.execPath;
/** Runs a Node script as a child: `node -e SCRIPT ARGS...`. */
const js = (script: string, ...args: string[]) => [node, ['-e', script, ...args]] as const;

describe('runProcess', () => {
  it('passes arguments literally: no shell ever reads them', async () => {
    const tricky = ['a; echo pwned', '$(id)', '`id`', "it's \"quoted\"", '*', '&& rm -rf /', ''];
    const r = await runProcess(...js('process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...tricky));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toEqual(tricky);
    expect(runProcessSync(...js('process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...tricky)).stdout).toBe(JSON.stringify(tricky));
  });

  it('reports a non-zero exit and stderr without throwing', async () => {
    const r = await runProcess(...js('process.stderr.write("bad input\\n"); process.exit(3)'));
    expect(r).toMatchObject({ code: 3, signal: null, timedOut: false, aborted: false });
    expect(r.stderr.toString()).toBe('bad input\n');
  });

  it('rejects when the program cannot start', async () => {
    await expect(runProcess('/nonexistent/portarium-tool', [])).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('kills a program past its deadline', async () => {
    const started = Date.now();
    const r = await runProcess(...js('setInterval(() => {}, 1000)'), { timeoutMs: 200 });
    expect(r).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    expect(Date.now() - started).toBeLessThan(5000);
    const t = await runProcess(...js('setInterval(() => {}, 1000)'), { timeoutMs: 200, timeoutSignal: 'SIGTERM' });
    expect(t.signal).toBe('SIGTERM');
  });

  it.runIf(process.platform !== 'win32')('an abort ends the whole process group, grandchildren included', async () => {
    // The child starts a grandchild in its own group, prints its pid and ignores SIGTERM itself:
    // only the SIGKILL after the grace period ends it, and the group kill reaches the grandchild.
    const script = [
      "const { spawn } = require('node:child_process');",
      "const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
      "process.on('SIGTERM', () => {});",
      'console.log(g.pid);',
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const ac = new AbortController();
    let grandchild = 0;
    const done = runProcess(...js(script), {
      processGroup: true,
      signal: ac.signal,
      killGraceMs: 100,
      onLine: (line) => {
        grandchild = Number(line);
        ac.abort();
      },
    });
    const r = await done;
    expect(r.aborted).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(grandchild).toBeGreaterThan(0);
    await until(() => !alive(grandchild));
  });

  it('starts nothing when already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runProcess('/nonexistent/never-started', [], { signal: ac.signal });
    expect(r).toMatchObject({ aborted: true, code: null });
  });

  it('bounds captured output: kill on overflow, or keep the first bytes', async () => {
    const chatty = 'const b = Buffer.alloc(65536, 120); for (let i = 0; i < 64; i++) process.stdout.write(b); process.stderr.write(Buffer.alloc(100000, 121));';
    const killed = await runProcess(...js(chatty), { maxStdoutBytes: 1000 });
    expect(killed.overflow).toBe(true);
    expect(killed.stdout.length).toBeLessThanOrEqual(1000);
    const cut = await runProcess(...js(chatty), { maxStdoutBytes: 1000, onStdoutOverflow: 'truncate', maxStderrBytes: 10 });
    expect(cut).toMatchObject({ overflow: true, code: 0 });
    expect(cut.stdout.length).toBe(1000);
    expect(cut.stderr.toString()).toBe('y'.repeat(10));
  });

  it('streams lines: CRLF, a character split across chunks, a last line without a break', async () => {
    const lines: Array<[string, string]> = [];
    const script = 'const e = Buffer.from("é"); process.stdout.write("one\\r\\ntw"); process.stdout.write(e.subarray(0, 1)); setTimeout(() => { process.stdout.write(Buffer.concat([e.subarray(1), Buffer.from("o\\nthree")])); process.stderr.write("err\\n"); }, 50);';
    const r = await runProcess(...js(script), { onLine: (l, s) => lines.push([l, s]) });
    expect(r.code).toBe(0);
    expect(lines.filter(([, s]) => s === 'stdout').map(([l]) => l)).toEqual(['one', 'twéo', 'three']);
    expect(lines.filter(([, s]) => s === 'stderr').map(([l]) => l)).toEqual(['err']);
  });

  it('feeds stdin and controls the environment', async () => {
    const r = await runProcess(...js('process.stdin.pipe(process.stdout); process.stderr.write(String(process.env.PIA_X))'), {
      stdin: 'hello',
      env: { PIA_X: 'set' },
    });
    expect(r.stdout.toString()).toBe('hello');
    expect(r.stderr.toString()).toBe('set');
  });
});

describe('runProcessSync and outputOf', () => {
  it('gives the exit code, or undefined output when it fails or cannot start', () => {
    expect(runProcessSync(...js('process.exit(4)')).code).toBe(4);
    expect(outputOf(...js('console.log("  x  ")'))).toBe('x');
    expect(outputOf(...js('process.exit(1)'))).toBeUndefined();
    expect(runProcessSync('/nonexistent/portarium-tool', []).error).toMatchObject({ code: 'ENOENT' });
    expect(outputOf('/nonexistent/portarium-tool', [])).toBeUndefined();
  });
  it('kills past its deadline', () => {
    const r = runProcessSync(...js('setInterval(() => {}, 1000)'), { timeoutMs: 200 });
    expect(r.signal).toBe('SIGKILL');
    expect(r.error).toBeDefined();
  });
});

describe('runCommand (the builders)', () => {
  it('redacts every line, keeps both streams in order, and names a missing program', async () => {
    const seen: string[] = [];
    const r = await runCommand(node, ['-e', 'console.log("token=abc"); console.error("bad token=abc"); process.exit(2)'], {
      redact: (s) => s.replace(/abc/g, '***'),
      onLine: (l) => seen.push(l),
    });
    expect(r).toMatchObject({ code: 2, stdout: 'token=***\n', stderr: 'bad token=***\n' });
    expect(r.output.split('\n').sort()).toEqual(['', 'bad token=***', 'token=***']);
    expect(seen.sort()).toEqual(['bad token=***', 'token=***']);
    await expect(runCommand('/nonexistent/buildah', [])).rejects.toThrow('/nonexistent/buildah was not found; install it first');
  });
});
