import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageOptions, lintDockerfiles, planImages } from '../checks/images/index.js';
import { buildImages, createBuilder } from '../images/index.js';
import type { CheckContext } from '../checks/registry.js';
import { logLine } from '../report/escape.js';
import { type CheckResult, type Finding, UsageError } from '../report/finding.js';
import { localBuildContext } from './git-context.js';

export interface ImagesFlags {
  build: boolean;
  push?: string | undefined;
  builder?: string | undefined;
  image?: string[] | undefined;
  version?: string | undefined;
  manifest?: string | undefined;
  insecureRegistry?: string[] | undefined;
}

/** `portarium-infra images`: plan and lint by default; `--build` builds, `--push REGISTRY` also pushes. */
export async function runImages(ctx: CheckContext, flags: ImagesFlags, log: (s: string) => void): Promise<CheckResult> {
  // --push REGISTRY is already laid over images.registry (settings-flags.ts).
  const options = imageOptions(ctx.config.checks.images);
  if (flags.image?.length) options.only = flags.image;
  const plan = await planImages({ root: ctx.root, ...options });
  for (const t of plan.images) log(logLine(`image ${t.name}: ${t.image || '(invalid name)'} from ${t.dockerfile}${t.platforms.length ? ` [${t.platforms.join(', ')}]` : ''}`) + '\n');
  const lint = await lintDockerfiles({ root: ctx.root, ...options, plan });
  if (!flags.build && !flags.push) return lint;

  const kind = flags.builder ?? 'buildah';
  if (kind !== 'buildah' && kind !== 'docker') throw new UsageError(`--builder must be buildah or docker (got "${kind}")`);
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'portarium-images-'));
  try {
    const built = await buildImages({
      root: ctx.root,
      ...options,
      plan,
      builder: kind === 'buildah' ? createBuilder({ kind }) : createBuilder({ kind, provenance: false, sbom: false }),
      context: localBuildContext(ctx.root, flags.version ? { version: flags.version } : undefined),
      push: !!flags.push,
      insecureRegistries: flags.insecureRegistry ?? [],
      tempDir,
      ...(flags.manifest ? { manifestPath: path.resolve(flags.manifest) } : {}),
      // Build output is the pull request's (RUN steps print what they like).
      log: (line) => log(`  ${logLine(line)}\n`),
    });
    for (const r of built.results) log(logLine(`${r.status}${r.result?.cached ? ' (cached: inputs unchanged)' : ''} ${r.image}${r.result ? `@${r.result.digest}` : ''}`) + '\n');
    // The build repeats the plan's findings, which the lint already has: each finding once.
    const key = (f: Finding) => `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
    const linted = new Set(lint.findings.map(key));
    return { ...lint, findings: [...lint.findings, ...built.findings.filter((f) => !linted.has(key(f)))] };
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}
