import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageOptions, lintDockerfiles, planImages } from '../../../src/checks/images/index.js';
import { parseConfig } from '../../../src/settings/config.js';
import { UsageError } from '../../../src/report/finding.js';
import { EXAMPLE } from '../../helpers/paths.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pia-images-plan-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const DF = 'FROM busybox:1.37.0\nUSER 1\n';

describe('planImages', () => {
  it('discovers infra/docker/<name>/Dockerfile in the example and emits a matrix', async () => {
    const plan = await planImages({ root: EXAMPLE, registry: '127.0.0.1:5000/Portarium' });
    expect(plan.findings).toEqual([]);
    expect(plan.matrix).toEqual({
      include: [
        { name: 'control-plane', image: '127.0.0.1:5000/portarium/control-plane', context: 'infra/docker/control-plane', dockerfile: 'infra/docker/control-plane/Dockerfile', platforms: '' },
        { name: 'execution-plane', image: '127.0.0.1:5000/portarium/execution-plane', context: 'infra/docker/execution-plane', dockerfile: 'infra/docker/execution-plane/Dockerfile', platforms: '' },
      ],
    });
  });

  it('takes the images list from .portarium-infra.yml as the config loader passes it', async () => {
    const yml = [
      'images:',
      '  - name: api',
      '    context: services/api',
      '    dockerfile: build/Dockerfile',
      '    target: runtime',
      '    build-args: { BASE_IMAGE: "localhost/base:1", RETRIES: 3 }',
      '    platforms: [linux/amd64, linux/arm64]',
      '  - name: worker',
      '    context: services/worker',
      '',
    ].join('\n');
    const root = tree({
      '.portarium-infra.yml': yml,
      'services/api/build/Dockerfile': DF,
      'services/worker/Dockerfile': DF,
    });
    const config = parseConfig(yml, '.portarium-infra.yml');
    const plan = await planImages({ root, registry: 'ghcr.io/acme', ...imageOptions(config.checks.images) });
    expect(plan.findings).toEqual([]);
    expect(plan.images[0]).toMatchObject({
      name: 'api',
      image: 'ghcr.io/acme/api',
      context: 'services/api',
      dockerfile: 'services/api/build/Dockerfile',
      target: 'runtime',
      buildArgs: { BASE_IMAGE: 'localhost/base:1', RETRIES: '3' },
      platforms: ['linux/amd64', 'linux/arm64'],
      declaredAt: { file: '.portarium-infra.yml', line: 2, column: 11 },
    });
    expect(plan.matrix.include[0]).toMatchObject({ name: 'api', platforms: 'linux/amd64,linux/arm64', target: 'runtime' });
    expect(plan.images[1]).toMatchObject({ name: 'worker', dockerfile: 'services/worker/Dockerfile' });
  });

  it('reports a duplicate image name at its second declaration and builds the first only', async () => {
    const yml = 'images:\n  - name: api\n    context: a\n  - name: API\n    context: b\n';
    const root = tree({ '.portarium-infra.yml': yml, 'a/Dockerfile': DF, 'b/Dockerfile': DF });
    const plan = await planImages({ root, images: parseConfig(yml, 'x').checks.images.images });
    expect(plan.images.map((i) => i.context)).toEqual(['a']);
    expect(plan.findings).toEqual([
      expect.objectContaining({ rule: 'images/duplicate-name', file: '.portarium-infra.yml', line: 4, column: 11, severity: 'error' }),
    ]);
    expect(plan.findings[0]!.message).toContain('.portarium-infra.yml:2');
  });

  it('two names that map to one repository are duplicates too', async () => {
    const root = tree({ 'a/Dockerfile': DF, 'b/Dockerfile': DF });
    const plan = await planImages({ root, images: [{ name: 'one', context: 'a', image: 'ghcr.io/x/app' }, { name: 'two', context: 'b', image: 'ghcr.io/X/app' }] });
    expect(plan.findings.map((f) => f.rule)).toEqual(['images/duplicate-name']);
  });

  it('reports an invalid image name (after lower-casing) and leaves it out', async () => {
    const yml = 'images:\n  - name: "bad name"\n    context: a\n  - name: ok\n    context: a\n';
    const root = tree({ '.portarium-infra.yml': yml, 'a/Dockerfile': DF });
    const plan = await planImages({ root, registry: 'ghcr.io/Acme', images: [{ name: 'bad name', context: 'a' }, { name: 'ok', context: 'a' }] });
    expect(plan.images.map((i) => i.image)).toEqual(['ghcr.io/acme/ok']);
    expect(plan.findings).toEqual([expect.objectContaining({ rule: 'images/invalid-name', file: '.portarium-infra.yml', line: 2 })]);
    expect(plan.findings[0]!.message).toContain('ghcr.io/acme/bad name');
  });

  it('reports a missing Dockerfile or context at the config entry', async () => {
    const yml = 'images:\n  - name: api\n    context: a\n    dockerfile: Dockerfile.prod\n  - name: gone\n    context: nowhere\n';
    const root = tree({ '.portarium-infra.yml': yml, 'a/Dockerfile': DF });
    const plan = await planImages({ root, images: parseConfig(yml, 'x').checks.images.images });
    expect(plan.images).toEqual([]);
    expect(plan.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['images/missing-dockerfile', 2, 'image "api": Dockerfile a/Dockerfile.prod does not exist'],
      ['images/missing-dockerfile', 5, 'image "gone": build context nowhere does not exist'],
    ]);
    const lint = await lintDockerfiles({ root, images: parseConfig(yml, 'x').checks.images.images });
    expect(lint.findings.map((f) => f.rule)).toEqual(['images/missing-dockerfile', 'images/missing-dockerfile']);
  });

  it('selects images by name for one matrix leg; an unknown name is a usage error', async () => {
    const plan = await planImages({ root: EXAMPLE, only: ['execution-plane'] });
    expect(plan.images.map((i) => i.name)).toEqual(['execution-plane']);
    await expect(planImages({ root: EXAMPLE, only: ['nope'] })).rejects.toThrow(UsageError);
  });

  it('malformed config entries are usage errors', async () => {
    await expect(planImages({ root: EXAMPLE, images: 'control-plane' })).rejects.toThrow(UsageError);
    await expect(planImages({ root: EXAMPLE, images: [{ context: 'x' }] })).rejects.toThrow(/"name" is required/);
    await expect(planImages({ root: EXAMPLE, images: [{ name: 'a', platform: 'x' }] })).rejects.toThrow(/unknown key "platform"/);
    expect(() => parseConfig('images:\n  registy: x\n', 'cfg.yml')).toThrow(/^cfg\.yml:2:3: unknown setting "images\.registy" \(did you mean "registry"\?\)/);
  });

  it('a root without infra/docker plans nothing', async () => {
    const plan = await planImages({ root: tree({ 'README.md': '' }) });
    expect(plan).toMatchObject({ images: [], matrix: { include: [] }, findings: [] });
  });
});
