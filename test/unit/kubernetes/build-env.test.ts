import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKustomization, DEFAULT_MEMORY_BYTES, goRuntimeEnv } from '../../../src/checks/kubernetes/build.js';
import { tempDir } from './temp.js';

/** A stand-in kustomize (a script, so the test sees the environment the build really gets). */
function envPrinter(): string {
  const dir = tempDir('k8s-env');
  const bin = path.join(dir, 'kustomize');
  writeFileSync(bin, '#!/bin/sh\nprintf "GOGC=%s GOMEMLIMIT=%s\\n" "$GOGC" "$GOMEMLIMIT"\n', { mode: 0o755 });
  return bin;
}

describe('the Go runtime settings of a build', () => {
  it('GOGC=400 and GOMEMLIMIT at two thirds of the address-space limit reach kustomize', async () => {
    const bin = envPrinter();
    const saved = { GOGC: process.env.GOGC, GOMEMLIMIT: process.env.GOMEMLIMIT };
    delete process.env.GOGC;
    delete process.env.GOMEMLIMIT;
    try {
      const out = await buildKustomization({ kind: 'kustomize', path: bin, args: ['build'], version: 'v5.5.0' }, tempDir('k8s-overlay'), { memoryBytes: 0 });
      expect(out).toMatchObject({ ok: true, output: 'GOGC=400 GOMEMLIMIT=\n' });
      const limited = await buildKustomization({ kind: 'kustomize', path: bin, args: ['build'], version: 'v5.5.0' }, tempDir('k8s-overlay'));
      expect(limited).toMatchObject({ ok: true, output: `GOGC=400 GOMEMLIMIT=${Math.floor((DEFAULT_MEMORY_BYTES * 2) / 3)}\n` });
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    }
  });

  it("keeps what the user's environment sets", () => {
    expect(goRuntimeEnv(3 << 30, { GOGC: 'off', GOMEMLIMIT: '1GiB', PATH: '/bin' })).toEqual({ GOGC: 'off', GOMEMLIMIT: '1GiB', PATH: '/bin' });
  });
});
