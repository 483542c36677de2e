import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';
import { findTool } from '../../helpers/tools.js';

// The example runs the collector release the differential's oracle is built from: a configuration
// the oracle accepts is one the example's container accepts.
const script = readFileSync(path.join(REPO_ROOT, 'scripts/tools/install-otelcol.sh'), 'utf8');
const pinned = (name: string) => /^\w+="\$\{\w+:-(v[\d.]+)\}"$/m.exec(script.split('\n').find((l) => l.startsWith(`${name}=`)) ?? '')?.[1];
const core = pinned('CORE');
const contrib = pinned('CONTRIB');

describe('the collector release', () => {
  it('the installer builds every collector module at one release', () => {
    expect(core).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(contrib).toBe(core);
    const modules = script.split('\n').filter((l) => l.includes('gomod:'));
    expect(modules.length).toBeGreaterThan(5);
    for (const m of modules) expect(m, m).toMatch(/ \$(CORE|CONTRIB)$/);
  });

  it("the example's collector image tag is the release the installer builds", () => {
    const compose = parse(readFileSync(path.join(EXAMPLE, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { image?: string }> };
    const collectors = Object.entries(compose.services).filter(([, s]) => /^otel\/opentelemetry-collector(-contrib|-k8s)?:/.test(s.image ?? ''));
    expect(collectors.map(([name]) => name)).toEqual(['otel-collector']);
    for (const [, s] of collectors) expect(s.image!.split(':')[1]).toBe(core!.slice(1));
  });

  const otelcol = findTool('otelcol');
  it.skipIf(!otelcol)('the installed oracle is that release, every component module of it', () => {
    const components = execFileSync(otelcol!, ['components'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    // Confmap providers are stable modules with their own v1 numbering; the components are what a config names.
    const modules = [...components.split(/^providers:/m)[0]!.matchAll(/module: (\S+) (v\S+)/g)];
    expect(modules.length).toBeGreaterThan(5);
    for (const [, mod, version] of modules) expect(`${mod} ${version}`).toBe(`${mod} ${core}`);
  });
});
