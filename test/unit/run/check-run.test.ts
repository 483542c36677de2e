import { describe, expect, it } from 'vitest';
import type { CheckContext, CheckDefinition, TargetDone } from '../../../src/checks/registry.js';
import { runChecks } from '../../../src/checks/run/check-run.js';
import type { CheckResult } from '../../../src/report/finding.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A check that reports `targets` after `ms`, recording when it started. */
function fake(name: string, ms: number, targets: string[], log: string[], fail?: Error): CheckDefinition {
  return {
    name,
    rules: [],
    async run(ctx) {
      log.push(`start ${name}`);
      for (const t of targets) {
        await sleep(ms);
        ctx.onTarget?.({ check: name, target: t, failed: false, problems: 0 });
      }
      if (!targets.length) await sleep(ms);
      if (fail) throw fail;
      log.push(`end ${name}`);
      return { check: name, findings: [], artifacts: {}, stats: { files: targets.length } } as CheckResult;
    },
  };
}

const ctx = (told: TargetDone[]): CheckContext => ({ root: '.', config: { checks: {} } as unknown as CheckContext['config'], env: {}, onTarget: (d) => told.push(d) });

describe('runChecks', () => {
  it('starts every check at once but tells targets and returns results in plan order', async () => {
    const log: string[] = [];
    const told: TargetDone[] = [];
    const runs = [fake('slow', 30, ['a', 'b'], log), fake('quiet', 1, [], log), fake('fast', 1, ['c'], log)].map((check) => ({ check, settings: {} }));
    const results = await runChecks(ctx(told), runs);
    expect(log.slice(0, 3)).toEqual(['start slow', 'start quiet', 'start fast']);
    expect(log.indexOf('end fast')).toBeLessThan(log.indexOf('end slow'));
    expect(told.map((d) => `${d.check} ${d.target}`)).toEqual(['slow a', 'slow b', 'quiet 0 files', 'fast c']);
    expect(results.map((r) => r.check)).toEqual(['slow', 'quiet', 'fast']);
  });

  it('raises a failure in its turn, after the targets of the checks before it', async () => {
    const log: string[] = [];
    const told: TargetDone[] = [];
    const runs = [fake('first', 20, ['a'], log), fake('broken', 1, ['x'], log, new Error('boom')), fake('last', 1, ['z'], log)].map((check) => ({ check, settings: {} }));
    await expect(runChecks(ctx(told), runs)).rejects.toThrow('boom');
    expect(told.map((d) => `${d.check} ${d.target}`)).toEqual(['first a', 'broken x']);
  });

  it('starts a check that runs processes first, and the others once its processes run', async () => {
    const log: string[] = [];
    const spawner: CheckDefinition = {
      name: 'spawner',
      rules: [],
      startsProcesses: true,
      async run(c) {
        log.push('start spawner');
        await sleep(20);
        log.push('processes running');
        c.onProcessesStarted?.();
        await sleep(20);
        log.push('end spawner');
        return { check: 'spawner', findings: [], artifacts: {}, stats: {} } as CheckResult;
      },
    };
    const runs = [fake('inproc', 1, ['x'], log), spawner].map((check) => ({ check, settings: {} }));
    const results = await runChecks(ctx([]), runs);
    expect(log).toEqual(['start spawner', 'processes running', 'start inproc', 'end inproc', 'end spawner']);
    expect(results.map((r) => r.check)).toEqual(['inproc', 'spawner']);
  });

  it('starts the others when a process check ends or fails without telling', async () => {
    const log: string[] = [];
    const silent = { ...fake('silent', 5, [], log, new Error('no kustomize')), startsProcesses: true as const };
    const runs = [silent, fake('after', 1, ['y'], log)].map((check) => ({ check, settings: {} }));
    await expect(runChecks(ctx([]), runs)).rejects.toThrow('no kustomize');
    expect(log).toEqual(['start silent', 'start after']);
  });
});
