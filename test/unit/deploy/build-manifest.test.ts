// The build manifest a deploy pins images from is read as data: a file that is not one is refused
// without its content reaching the message (it may be /etc/shadow, or the process environment).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinsFromBuildManifest } from '../../../src/deploy/pin.js';

const dir = mkdtempSync(path.join(tmpdir(), 'build-manifest-'));

function message(file: string): string {
  try {
    pinsFromBuildManifest(file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('build manifest input', () => {
  it('a file that is not JSON is refused without its text', () => {
    const file = path.join(dir, 'shadow');
    writeFileSync(file, 'root:$6$S3cr3tHashValue:19000:0:99999:7:::\n');
    const m = message(file);
    expect(m).toMatch(/is not JSON/);
    expect(m).not.toContain('S3cr3t');
    expect(m).not.toContain('root:');
  });

  it('the process environment and other special files are refused before they are opened', () => {
    process.env['PIA_SENTINEL_SECRET'] = 'sentinel-7f3a';
    const m = message('/proc/self/environ');
    expect(m).toMatch(/is under \/proc/);
    expect(m).not.toContain('sentinel-7f3a');
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(message(fifo)).toMatch(/is a FIFO/);
  });

  it('a real manifest still pins', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ images: { web: { image: 'ghcr.io/o/web:1', digest: `sha256:${'a'.repeat(64)}` } } }));
    expect(pinsFromBuildManifest(file)).toEqual([expect.objectContaining({ repository: 'ghcr.io/o/web', digest: `sha256:${'a'.repeat(64)}` })]);
  });
});
