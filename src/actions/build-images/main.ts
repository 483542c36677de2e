import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { info } from '../../github/log.js';
import * as github from '@actions/github';
import { loadConfig } from '../../settings/config.js';
import { RULES, imageOptionsFromConfig, lintDockerfiles, planImages } from '../../checks/images/index.js';
import { type BuildContext, type BuildxCache, buildImages, createBuilder } from '../../images/index.js';
import { UsageError, applyRuleSettings, parseFailOn } from '../../report/index.js';
import { booleanInput, input, listInput } from '../../github/inputs.js';
import { reportToGitHub } from '../../github/report.js';
import { workingDirectory, workspaceRoot } from '../../github/workspace.js';

/** The run as the metadata rules need it: the PR's head commit, not GitHub's merge commit. */
function buildContext(version: string, latest: boolean, tags: string[]): BuildContext {
  const { context } = github;
  const payload = context.payload as { pull_request?: { head?: { sha?: string } }; repository?: { default_branch?: string }; head_commit?: { timestamp?: string } };
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    ...(payload.pull_request?.head?.sha ? { prHeadSha: payload.pull_request.head.sha } : {}),
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    ...(process.env['GITHUB_REPOSITORY'] ? { repositoryUrl: `${context.serverUrl}/${process.env['GITHUB_REPOSITORY']}` } : {}),
    created: payload.head_commit?.timestamp ?? new Date().toISOString(),
    inputs: { ...(version ? { version } : {}), latest, ...(tags.length ? { tags } : {}) },
  };
}

function cacheInput(value: string): BuildxCache | undefined {
  if (value === '' || value === 'none') return undefined;
  if (value === 'gha') return { type: 'gha' };
  return { type: 'registry', ref: value };
}

export async function run(): Promise<void> {
  const root = workingDirectory(input('working-directory'));
  const config = await loadConfig(root, undefined, workspaceRoot(root));
  const options = imageOptionsFromConfig(config.checks['images']);
  const registry = input('registry');
  if (registry) options.registry = registry;
  const only = listInput('images');
  if (only.length) options.only = only;
  const platforms = listInput('platforms');
  if (platforms.length) options.platforms = platforms;

  options.workspace = workspaceRoot(root);
  const plan = await planImages({ root, ...options });
  core.setOutput('matrix', JSON.stringify(plan.matrix));
  const lint = await lintDockerfiles({ root, ...options, plan });
  const failOn = parseFailOn(input('fail-on'), config.failOn ?? 'error');
  if (booleanInput('plan-only', false)) {
    // The workflow's plan job: the matrix and the Dockerfile rules, no builder needed.
    await reportToGitHub([{ ...lint, findings: applyRuleSettings(lint.findings, config.rules) }], { title: 'Images', failOn, rules: RULES, root });
    return;
  }
  const push = booleanInput('push', false);
  const password = input('password');
  if (password) core.setSecret(password);
  const username = input('username');
  if (push && !registry && !options.registry) throw new UsageError('push: true needs a registry (input registry or images.registry in .portarium-infra.yml)');

  const builderKind = input('builder') || 'buildah';
  const tempDir = path.join(process.env['RUNNER_TEMP'] || root, 'portarium-infra', 'images');
  mkdirSync(tempDir, { recursive: true });
  let builder;
  if (builderKind === 'buildah') builder = createBuilder({ kind: 'buildah' });
  else if (builderKind === 'docker') {
    const provenance = input('provenance') || 'false';
    if (!['false', 'min', 'max'].includes(provenance)) throw new UsageError('provenance must be false, min or max');
    const cache = cacheInput(input('cache'));
    builder = createBuilder({
      kind: 'docker',
      provenance: provenance === 'false' ? false : (provenance as 'min' | 'max'),
      sbom: booleanInput('sbom', false),
      ...(cache ? { cache } : {}),
      env: process.env,
    });
  } else throw new UsageError(`builder must be buildah or docker (got "${builderKind}")`);

  const manifestFile = path.resolve(root, input('manifest-file') || path.join(tempDir, 'build-manifest.json'));
  const built = await core.group('build', () =>
    buildImages({
      root,
      ...options,
      plan,
      builder,
      context: buildContext(input('version'), booleanInput('latest', false), listInput('tags')),
      push,
      ...(push && password ? { credentials: [{ registry: (registry || options.registry || '').split('/')[0]!, username, password }] } : {}),
      insecureRegistries: listInput('insecure-registries'),
      tempDir,
      manifestPath: manifestFile,
      log: (line) => info(line),
    }),
  );
  core.setOutput('manifest', JSON.stringify(built.manifest));
  core.setOutput('manifest-file', manifestFile);
  core.setOutput('digests', Object.entries(built.manifest.images).map(([name, e]) => `${name}=${e.image}@${e.digest}`).join('\n'));

  const findings = applyRuleSettings([...lint.findings, ...built.findings.filter((f) => !lint.findings.includes(f))], config.rules);
  await reportToGitHub([{ ...built.checkResult, findings, stats: { ...lint.stats, ...built.checkResult.stats } }], {
    title: 'Images',
    failOn,
    rules: RULES,
    root,
  });
}
