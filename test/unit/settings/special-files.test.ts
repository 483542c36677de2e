import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/settings/config.js';

describe('.portarium-infra.yml is never read from a special file or, in the actions, from outside the workspace', () => {
  it('a committed symlink to /proc/self/environ is refused without quoting it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-config-'));
    symlinkSync('/proc/self/environ', path.join(root, '.portarium-infra.yml'));
    const err = await loadConfig(root).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/is under \/proc.*it is not read/);
    expect((err as Error).message).not.toContain('PATH=');
  });

  it('a symlink out of the workspace is refused in the actions and read by the CLI', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pia-config-out-'));
    writeFileSync(path.join(outside, 'c.yml'), 'fail-on: warning\n');
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-config-'));
    symlinkSync(path.join(outside, 'c.yml'), path.join(root, '.portarium-infra.yml'));
    await expect(loadConfig(root, undefined, root)).rejects.toThrow(/outside the workspace; it is not read/);
    expect((await loadConfig(root)).failOn).toBe('warning');
  });
});
