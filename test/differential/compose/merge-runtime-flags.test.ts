/**
 * The one compose-go merge triple we do not match (Test_mergeYamlModelsRuntimeFlagsMerge, disabled
 * upstream; see test/conformance/compose/merge.test.ts) put to the real `docker compose config`: the
 * CLI appends the override's `runtime_flags` to the base's, as our merge does, so the triple's
 * expectation (override replaces) is not what Docker Compose prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCompose } from '../../../src/checks/compose/index.js';
import { mergeModels } from '../../../src/checks/compose/merge.js';
import { CONFORMANCE, conformanceAvailable } from '../../helpers/paths.js';
import { findTool } from '../../helpers/tools.js';
import { tempDir } from '../../unit/kubernetes/temp.js';

interface Case {
  test: string;
  base: string;
  override: string;
  expected: string;
}

const compose = findTool('docker-compose');

describe.runIf(compose && conformanceAvailable())('compose-go merge triple disabled upstream, against docker compose config', () => {
  it('runtime_flags: ours and Docker Compose both append; the upstream expectation replaces', async () => {
    const data = JSON.parse(readFileSync(path.join(CONFORMANCE, 'compose', 'compose-merge-cases.json'), 'utf8')) as { cases: Case[] };
    const c = data.cases.find((x) => x.test === 'Test_mergeYamlModelsRuntimeFlagsMerge')!;
    const root = tempDir('compose-runtime-flags');
    // `config` drops models no service uses, so the triple's service is given the model.
    const useModel = (yaml: string) => yaml.replace('    image: foo\n', '    image: foo\n    models: [llm]\n');
    writeFileSync(path.join(root, 'base.yaml'), useModel(c.base));
    writeFileSync(path.join(root, 'override.yaml'), useModel(c.override));
    const files = ['base.yaml', 'override.yaml'];

    // YAML, not `--format json`: v2.40.3's JSON output leaves `models` out.
    const cli = execFileSync(compose!, ['-f', files[0]!, '-f', files[1]!, 'config'], {
      cwd: root,
      env: { PATH: '/usr/bin:/bin', HOME: root, DOCKER_CONFIG: root },
      encoding: 'utf8',
    });
    const theirs = (parse(cli) as { models: { llm: { runtime_flags: string[] } } }).models.llm.runtime_flags;

    const ours = await runCompose({ root, files });
    expect(ours.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Our model mirrors `--format json`, which has no `models` either: compare the merge itself.
    const model = mergeModels(parse(useModel(c.base)) as Record<string, unknown>, parse(useModel(c.override)) as Record<string, unknown>) as {
      models: { llm: { runtime_flags: string[] } };
    };

    expect(theirs).toEqual(['--gpu', '--batch-size=32', '--fp16', '--batch-size=64']);
    expect(model.models.llm.runtime_flags).toEqual(theirs);
    expect(theirs).not.toEqual((parse(c.expected) as { models: { llm: { runtime_flags: string[] } } }).models.llm.runtime_flags);
  }, 60_000);
});
