import path from 'node:path';
import * as core from '@actions/core';
import { info } from '../../github/log.js';
import * as github from '@actions/github';
import type { SettingsOverlay } from '../../settings/config.js';
import { RULES, imageOptions, lintDockerfiles, planImages } from '../../checks/images/index.js';
import { type BuildContext, type BuildxCache, buildImages, createBuilder } from '../../images/index.js';
import { UsageError } from '../../report/index.js';
import { type CheckAction, runCheckAction } from '../../github/action.js';
import { booleanInput, input, listInput, optionalInput, optionalList } from '../../github/inputs.js';
import { runnerTempDir } from '../../github/workspace.js';

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

/** The inputs that replace `images:` settings. */
export function imagesInputs(): SettingsOverlay {
  return { images: { registry: optionalInput('registry'), platforms: optionalList('platforms') } };
}

export const buildImagesAction: CheckAction = {
  title: 'Images',
  rules: RULES,
  inputs: imagesInputs,
  run: async ({ root, workspace, config }) => {
    const options = { ...imageOptions(config.checks.images), workspace };
    const only = listInput('images');
    if (only.length) options.only = only;
    const plan = await planImages({ root, ...options });
    core.setOutput('matrix', JSON.stringify(plan.matrix));
    const lint = await lintDockerfiles({ root, ...options, plan });
    // The workflow's plan job: the matrix and the Dockerfile rules, no builder needed.
    if (booleanInput('plan-only', false)) return [lint];

    const push = booleanInput('push', false);
    const password = input('password');
    if (password) core.setSecret(password);
    const username = input('username');
    if (push && !options.registry) throw new UsageError('push: true needs a registry (input registry or images.registry in .portarium-infra.yml)');

    const builderKind = input('builder') || 'buildah';
    const tempDir = runnerTempDir('images');
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
        ...(push && password ? { credentials: [{ registry: (options.registry ?? '').split('/')[0]!, username, password }] } : {}),
        insecureRegistries: listInput('insecure-registries'),
        tempDir,
        manifestPath: manifestFile,
        log: (line) => info(line),
      }),
    );
    core.setOutput('manifest', JSON.stringify(built.manifest));
    core.setOutput('manifest-file', manifestFile);
    core.setOutput('digests', Object.entries(built.manifest.images).map(([name, e]) => `${name}=${e.image}@${e.digest}`).join('\n'));
    const findings = [...lint.findings, ...built.findings.filter((f) => !lint.findings.includes(f))];
    return [{ ...built.checkResult, findings, stats: { ...lint.stats, ...built.checkResult.stats } }];
  },
};

export const run = () => runCheckAction(buildImagesAction);
