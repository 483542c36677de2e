/**
 * Differential test: the real Docker Compose CLI (`docker-compose config --format json`, built by
 * scripts/tools/install-compose.sh) against our engine (`runCompose`) on the same projects.
 *
 * For every case both must give the same verdict (the CLI accepts the project / our engine reports no
 * error finding), and when both accept it, the merged models must agree on the fields listed in
 * normalize.ts after folding away the cosmetic differences documented there.
 *
 * Agreement is printed; `PORTARIUM_WRITE_RESULTS=1` also writes it to RESULTS.md beside this file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompose } from '../../../src/checks/compose/index.js';
import { CONFORMANCE, REPO_ROOT } from '../../helpers/paths.js';
import { findTool, REQUIRE_TOOLS } from '../../helpers/tools.js';
import { brokenCases, exampleCases, generatedCases, loaderTestdataCases, type DiffCase } from './cases.js';
import { removeDockerConfig, runComposeCli, type CliResult } from './compose-cli.js';
import { canonicalProject, diffProjects, unescapeDollars } from './normalize.js';

/**
 * Cases where we deliberately give another verdict than `docker compose config`: the CLI accepts the
 * project, we report errors, and every one of our errors must be of the listed rules.
 */
const MISSING_BUILD_FILES =
  '`config` never looks at the build context: `docker compose build`/`up` then fails because the ' +
  'context directory or its Dockerfile does not exist. We report it at the build line before anyone builds.';
const DELIBERATE: Record<string, { rules: string[]; reason: string }> = {
  'compose-broken/healthy-healthcheck-disabled': {
    rules: ['compose/healthcheck-required'],
    reason:
      '`config` accepts `condition: service_healthy` on a service whose healthcheck is disabled; `docker compose up` then fails ' +
      'waiting for it. We report it before anyone runs the stack.',
  },
  'compose-broken/invalid-volume-mode': {
    rules: ['compose/invalid-volume'],
    reason:
      'compose-go ignores unknown short-syntax volume options ("readonly"), so the mount silently ends up read-write; ' +
      'we report the option a person meant as `ro`.',
  },
  // compose-go's loader test data only exercises parsing, so its build contexts do not exist.
  'loader-testdata/combined/compose.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/combined/dir/extended.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/combined/dir/included.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/compose-test-with-version.yaml': { rules: ['compose/build-context-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/extends/nested.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/extends/sibling.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/include/compose.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
  'loader-testdata/include/included.yaml': { rules: ['compose/dockerfile-missing'], reason: MISSING_BUILD_FILES },
};

interface OurResult {
  valid: boolean;
  model?: unknown;
  errors: string[];
  errorRules: string[];
  threw?: string;
}

/** Isolation and secret policies: judgements `docker compose config` does not make, so not part of the verdict compared. */
const POLICY_RULES = new Set(['compose/secret-literal', 'compose/privileged', 'compose/docker-socket', 'compose/host-network', 'compose/database-port-exposed']);

async function runOurs(c: DiffCase): Promise<OurResult> {
  try {
    const r = await runCompose({ root: c.root, files: c.files, profiles: c.profiles, env: { ...c.env } });
    const errorFindings = r.findings.filter((f) => f.severity === 'error' && !POLICY_RULES.has(f.rule));
    const errors = errorFindings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`);
    const project = r.projects.find((p) => p.files.length === c.files.length) ?? r.projects[0];
    return { valid: errors.length === 0, model: project?.model, errors, errorRules: errorFindings.map((f) => f.rule) };
  } catch (err) {
    return { valid: false, errors: [], errorRules: [], threw: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

interface Outcome {
  c: DiffCase;
  cli: CliResult;
  ours: OurResult;
  modelDiff?: string[];
}

const bin = findTool('docker-compose');
const loaderCases = loaderTestdataCases();
const cases: DiffCase[] = [...exampleCases(), ...loaderCases, ...brokenCases(), ...(bin ? generatedCases() : [])];
const outcomes = new Map<string, Outcome>();
const firstLine = (s: string): string => s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

function summarise(): { verdict: string; model: string; markdown: string } {
  const done = cases.map((c) => outcomes.get(c.id)).filter((o): o is Outcome => o !== undefined);
  const agree = done.filter((o) => o.cli.valid === o.ours.valid).length;
  const bothValid = done.filter((o) => o.modelDiff !== undefined);
  const modelAgree = bothValid.filter((o) => o.modelDiff!.length === 0).length;
  const differ = done.filter((o) => o.cli.valid !== o.ours.valid);
  const explained = differ.filter((o) => DELIBERATE[o.c.id] !== undefined).length;
  const verdict =
    `verdict agreement ${agree}/${done.length}` +
    ` (${differ.length} differ: ${explained} deliberate, ${differ.length - explained} unexplained)`;
  const model = `model agreement ${modelAgree}/${bothValid.length} (projects both accept)`;
  // Machine paths in compose's messages would make the file differ per checkout.
  const cell = (s: string): string =>
    s
      .replaceAll(CONFORMANCE, '../shared/conformance')
      .replaceAll(REPO_ROOT + path.sep, '')
      .replaceAll('|', '\\|')
      .replaceAll('\n', ' ')
      .slice(0, 300);
  const rows = done.map((o) => {
    const v = (ok: boolean): string => (ok ? 'valid' : 'error');
    const same = o.cli.valid === o.ours.valid ? 'yes' : DELIBERATE[o.c.id] ? 'deliberate' : '**NO**';
    const m = o.modelDiff === undefined ? '' : o.modelDiff.length === 0 ? 'same' : `**${o.modelDiff.length} diff**`;
    const note = o.ours.threw
      ? `engine threw: ${firstLine(o.ours.threw)}`
      : [o.cli.valid ? '' : `compose: ${firstLine(o.cli.stderr)}`, o.ours.errors[0] ? `ours: ${o.ours.errors[0]}` : '']
          .filter((x) => x !== '')
          .join(' — ');
    return `| ${o.c.id} | ${v(o.cli.valid)} | ${v(o.ours.valid)} | ${same} | ${m} | ${cell(note)} |`;
  });
  const reasons = new Map<string, string[]>();
  for (const [id, d] of Object.entries(DELIBERATE)) reasons.set(d.reason, [...(reasons.get(d.reason) ?? []), id]);
  const deliberate = [...reasons].map(([reason, ids]) => `- ${ids.map((id) => `\`${id}\``).join(', ')}: ${reason}`);
  const markdown = [
    '# Compose differential results',
    '',
    'Written by `PORTARIUM_WRITE_RESULTS=1 npx vitest run test/differential/compose` (real `docker-compose config',
    '--format json`, installed by `scripts/tools/install-compose.sh`, against `runCompose`).',
    '',
    `- **${verdict}**`,
    `- **${model}**`,
    '',
    `Deliberate differences (${Object.keys(DELIBERATE).length}; counted as disagreements above, asserted as expected by the test;`,
    'docker compose accepts these projects and we report errors of the named rules):',
    '',
    ...deliberate,
    '',
    'Model comparison covers the project name, services\' image, build, command, entrypoint, environment,',
    'ports, volumes, depends_on, healthcheck, networks, restart, profiles and the top-level',
    'networks/volumes/secrets/configs names, after the normalisation documented in `normalize.ts`.',
    '',
    '| case | docker compose | ours | same verdict | model | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  return { verdict, model, markdown };
}

describe.skipIf(bin === undefined)('compose: docker-compose config vs runCompose', () => {
  afterAll(() => {
    removeDockerConfig();
    for (const c of cases) if (c.id.startsWith('generated/')) rmSync(c.root, { recursive: true, force: true });
    const s = summarise();
    console.log(`compose differential: ${s.verdict}; ${s.model}`);
    if (process.env['PORTARIUM_WRITE_RESULTS'] === '1') {
      const here = path.dirname(fileURLToPath(import.meta.url));
      writeFileSync(path.join(here, 'RESULTS.md'), s.markdown);
    }
  });

  it('reads compose-go loader test data from the shared conformance folder', () => {
    if (!REQUIRE_TOOLS && loaderCases.length === 0) return;
    expect(loaderCases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const [cli, ours] = await Promise.all([runComposeCli(bin!, c), runOurs(c)]);
    const outcome: Outcome = { c, cli, ours };
    outcomes.set(c.id, outcome);

    expect(ours.threw, 'runCompose must report bad content as findings, never throw').toBeUndefined();
    const deliberate = DELIBERATE[c.id];
    if (deliberate) {
      expect(cli.valid, `docker compose now rejects it (${cli.stderr}); revisit: ${deliberate.reason}`).toBe(true);
      expect(ours.valid, 'we report it on purpose').toBe(false);
      expect(ours.errorRules.filter((r) => !deliberate.rules.includes(r)), ours.errors.join('\n')).toEqual([]);
    } else {
      const why = cli.valid
        ? `docker compose accepts it; our errors:\n${ours.errors.join('\n')}`
        : `docker compose rejects it: ${cli.stderr}`;
      expect(ours.valid, why).toBe(cli.valid);
    }

    if (cli.valid && ours.valid) {
      if (ours.model === undefined) throw new Error('runCompose accepted the project but returned no model');
      const projectDir = path.resolve(c.root, path.dirname(c.files[0]!));
      const diff = diffProjects(canonicalProject(unescapeDollars(cli.model), projectDir), canonicalProject(ours.model, projectDir));
      outcome.modelDiff = diff;
      expect(diff, 'merged model differs from docker compose config').toEqual([]);
    }
  });
});
