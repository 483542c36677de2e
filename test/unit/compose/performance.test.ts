/**
 * Engine speed, warm (schema compiled, code loaded): a realistic 10-service project under 50 ms, a
 * generated 500-service project in 5 files under 1 s. Medians of a few runs, to be fair to a busy machine.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompose } from '../../../src/checks/compose/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { project } from './helpers.js';

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function bigProject(): { root: string; files: string[] } {
  const files: Record<string, string> = {};
  const names: string[] = [];
  for (let f = 0; f < 5; f++) {
    const lines = ['services:'];
    for (let i = 0; i < 100; i++) {
      const n = f * 100 + i;
      lines.push(
        `  svc-${n}:`,
        `    image: registry.example.com/team/svc-${n}:\${TAG_${n % 7}:-1.0.${n}}`,
        `    command: ["serve", "--port", "${8000 + (n % 50)}"]`,
        '    environment:',
        `      SERVICE_NAME: svc-${n}`,
        `      UPSTREAM: http://svc-${(n + 1) % 500}:8080`,
        '      LOG_LEVEL: ${LOG_LEVEL:-info}',
        '    ports:',
        `      - "${20000 + n}:8080"`,
        '    volumes:',
        `      - data-${n % 20}:/var/lib/svc`,
        '      - ./conf:/etc/svc:ro',
        '    networks: [backend]',
        ...(n < 499 ? ['    depends_on:', `      svc-${n + 1}:`, '        condition: service_started'] : []),
        '    healthcheck:',
        '      test: ["CMD", "true"]',
        '      interval: 30s',
        '    labels:',
        `      com.example.index: "${n}"`,
      );
    }
    if (f === 0) {
      lines.push('networks:', '  backend: {}', 'volumes:');
      for (let v = 0; v < 20; v++) lines.push(`  data-${v}: {}`);
    }
    files[`compose.part${f}.yaml`] = lines.join('\n') + '\n';
  }
  const root = project(files);
  return { root, files: Object.keys(files) };
}

describe('compose engine performance', () => {
  it('validates a realistic 10-service project in under 50 ms (warm)', async () => {
    const root = path.join(REPO_ROOT, 'test', 'fixtures', 'compose', 'realistic');
    const run = () => runCompose({ root, files: ['compose.yaml'], env: {} });
    const first = await run();
    expect(first.findings).toEqual([]);
    expect(first.stats['services']).toBe(8);
    await run();
    expect(await median(7, run)).toBeLessThan(50);
  });

  it('validates a generated 500-service project in 5 files in under 1 s (warm)', async () => {
    const { root, files } = bigProject();
    const run = () => runCompose({ root, files, env: {} });
    const first = await run();
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(Object.keys(first.projects[0]!.model!['services'] as object)).toHaveLength(500);
    expect(await median(3, run)).toBeLessThan(1000);
  });
});
