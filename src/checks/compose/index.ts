/**
 * The compose check: finds or takes compose projects, loads each one the way `docker compose config`
 * does (interpolation, merge, include, extends, profiles, schema, consistency) and reports every
 * problem at the file and line that has to change. Pure TypeScript: no Docker engine is needed.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type CheckResult, type Finding } from '../../report/finding.js';
import { mdCode } from '../../report/escape.js';
import { isInside, pathGuard } from '../../path-guard.js';
import { Deadline, DEFAULT_CHECK_TIMEOUT_MS } from '../deadline.js';
import { discoverProjects } from './discover.js';
import type { VariableUse as RawUse } from './interpolate.js';
import { Problems } from './problems.js';
import { loadProject, type ProjectOutput } from './project.js';
import { COMPOSE_RULES } from './rules.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NODES, Sources } from './yaml-load.js';

export { RULES, type RuleDef } from './rules.js';
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NODES } from './yaml-load.js';

export interface ComposeOptions {
  /** Directory scanned; finding paths are relative to it. */
  root: string;
  /** Compose files in `-f` order (relative to root, or absolute inside it). Omitted: discover projects. */
  files?: string[];
  /** `--env-file` files; they replace the project's `.env`. */
  envFiles?: string[];
  /** Active profiles; omitted: COMPOSE_PROFILES from the environment. `*` enables all. */
  profiles?: string[];
  /**
   * Every variable interpolation, `.env` files and `environment: [VAR]` can see — compose's "process
   * environment". The CLI passes the shell's; the actions only what the caller named (never the
   * runner's own variables). Omitted: none.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * When set (the actions), no file is read, and no build context or Dockerfile is accepted, whose real
   * path is outside this directory: each such reference is a `compose/path-outside-workspace` finding.
   * Special files (`/proc`, devices, FIFOs) are refused either way.
   */
  workspace?: string;
  /** Size limit of one file in bytes (default 8 MiB). */
  maxFileBytes?: number;
  /** Bound on YAML nodes after alias expansion (default 1,000,000). */
  maxYamlNodes?: number;
  /** The check's time limit (default 10 minutes): projects not reached by then get a finding. */
  timeoutMs?: number;
}

/** One reference to a variable, for the variables report: as interpolation saw it, paths relative to the root. */
export type VariableUse = Omit<RawUse, 'operator' | 'sourceLine'>;

export interface ComposeProjectResult {
  name: string;
  /** Compose files relative to root, in `-f` order. */
  files: string[];
  /** The merged, interpolated, normalised model, shaped like `docker compose config --format json`. */
  model?: Record<string, unknown>;
  variables: VariableUse[];
}

export interface ComposeResult extends CheckResult {
  projects: ComposeProjectResult[];
}

export async function runCompose(opts: ComposeOptions): Promise<ComposeResult> {
  const root = path.resolve(opts.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`compose: root ${opts.root} is not a directory`);
  const rel = (f: string): string => {
    const r = path.relative(root, f);
    return (r === '' ? '.' : r).split(path.sep).join('/');
  };
  const limits = {
    maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxNodes: opts.maxYamlNodes ?? DEFAULT_MAX_NODES,
    guard: pathGuard(opts.workspace),
  };
  if (!(limits.maxFileBytes > 0) || !(limits.maxNodes > 0)) throw new UsageError('compose: maxFileBytes and maxYamlNodes must be positive');
  const envFiles = (opts.envFiles ?? []).map((f) => {
    const p = path.resolve(root, f);
    const no = limits.guard(p);
    if (no) throw new UsageError(`compose: env file ${f} ${no.reason}; it is not read`);
    if (!existsSync(p)) throw new UsageError(`compose: env file ${f} not found`);
    return p;
  });

  let planned: Array<{ files: string[]; discovered: boolean }>;
  if (opts.files && opts.files.length > 0) {
    const files = opts.files.map((f) => {
      const p = path.resolve(root, f);
      if (!isInside(root, p)) throw new UsageError(`compose: file ${f} is outside the scanned directory ${root}`);
      if (!existsSync(p)) throw new UsageError(`compose: file ${f} not found`);
      return p;
    });
    planned = [{ files, discovered: false }];
  } else {
    planned = discoverProjects(root).map((d) => ({ files: d.files, discovered: true }));
  }

  const sources = new Sources();
  const loaded: Array<{ files: string[]; out: ProjectOutput }> = [];
  const deadline = new Deadline(opts.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS);
  for (const p of planned) {
    let out: ProjectOutput;
    if (deadline.expired()) {
      const problems = new Problems();
      problems.add('compose/deadline-exceeded', { file: p.files[0]!, line: 1, column: 1 }, `the check's time limit (${deadline.describe()}) ran out before this project was checked`);
      loaded.push({ files: p.files, out: { name: '', variables: [], problems, services: 0, filesRead: new Set() } });
      continue;
    }
    try {
      out = loadProject({
        files: p.files,
        processEnv: opts.env ?? {},
        envFiles,
        ...(opts.profiles?.length ? { profiles: opts.profiles } : {}),
        limits,
        sources,
        show: rel,
      });
    } catch (e) {
      // A bug of ours must not hide the other projects' results, nor print a stack trace at the user.
      const problems = new Problems();
      problems.add('compose/internal-error', { file: p.files[0]!, line: 1, column: 1 }, `internal error while checking this project: ${(e as Error).message}`);
      out = { name: '', variables: [], problems, services: 0, filesRead: new Set() };
    }
    loaded.push({ files: p.files, out });
  }

  // A discovered file that another project includes or extends is part of that project, not one of its own.
  const pulled = loaded.map((l) => new Set([...l.out.filesRead].filter((f) => !l.files.includes(f))));
  const kept =
    planned.length > 1
      ? loaded.filter((q, qi) => !loaded.some((p, pi) => pi !== qi && q.files.some((f) => pulled[pi]!.has(f)) && !p.files.some((f) => pulled[qi]!.has(f))))
      : loaded;

  const findings: Finding[] = [];
  const seen = new Set<string>();
  const projects: ComposeProjectResult[] = [];
  const filesRead = new Set<string>();
  const serviceKeys = new Set<string>();
  for (const { files, out } of kept) {
    for (const p of out.problems.list) {
      const file = p.loc.file || files[0]!;
      const f: Finding = {
        check: 'compose',
        rule: p.rule,
        severity: p.severity ?? COMPOSE_RULES.severity(p.rule),
        file: rel(file),
        line: p.loc.line,
        column: p.loc.column,
        message: p.message,
      };
      if (p.loc.endLine !== undefined && p.loc.endLine === p.loc.line && p.loc.endColumn !== undefined && p.loc.endColumn > p.loc.column) {
        f.endLine = p.loc.endLine;
        f.endColumn = p.loc.endColumn;
      }
      if (p.help) f.help = p.help;
      const key = `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
    for (const f of out.filesRead) filesRead.add(f);
    const model = out.model;
    if (model && typeof model['services'] === 'object' && model['services'] !== null) {
      for (const s of Object.keys(model['services'] as object)) serviceKeys.add(`${path.dirname(files[0]!)}\0${s}`);
    }
    projects.push({
      name: out.name,
      files: files.map(rel),
      ...(model ? { model } : {}),
      variables: out.variables.map((u) => publicUse(u, rel)),
    });
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const summaryMarkdown = variablesMarkdown(projects);
  return {
    check: 'compose',
    findings,
    // Every file read (includes, extends, env files too): their comments may suppress findings.
    sources: [...filesRead].filter((f) => isInside(root, f)).map(rel).sort(),
    artifacts: {},
    stats: { files: filesRead.size, services: serviceKeys.size, projects: projects.length },
    ...(summaryMarkdown !== undefined ? { summaryMarkdown } : {}),
    projects,
  };
}

function publicUse(u: RawUse, rel: (f: string) => string): VariableUse {
  return {
    name: u.name,
    file: rel(u.file),
    line: u.line,
    column: u.column,
    path: u.path,
    required: u.required,
    ...(u.default !== undefined ? { default: u.default } : {}),
    set: u.set,
    source: u.source,
    ...(u.sourceFile ? { sourceFile: rel(u.sourceFile) } : {}),
  };
}

const MAX_ROWS = 200;

function variablesMarkdown(projects: ComposeProjectResult[]): string | undefined {
  const rows = new Map<string, string>();
  for (const p of projects) {
    for (const u of p.variables) {
      const key = `${u.name}\0${u.file}\0${u.line}`;
      if (rows.has(key)) continue;
      const from =
        u.source === 'unset'
          ? u.required
            ? '**unset (required)**'
            : u.default !== undefined
              ? 'unset (default used)'
              : 'unset'
          : u.sourceFile
            ? `${u.source} (${mdCode(u.sourceFile)})`
            : u.source;
      rows.set(key, `| ${mdCode(u.name)} | ${mdCode(`${u.file}:${u.line}`)} | ${u.required ? 'yes' : 'no'} | ${u.default !== undefined ? mdCode(u.default) : ''} | ${from} |`);
    }
  }
  if (rows.size === 0) return undefined;
  const list = [...rows.values()];
  const shown = list.slice(0, MAX_ROWS);
  return [
    '### Compose variables',
    '',
    '| variable | used at | required | default | set from |',
    '| --- | --- | --- | --- | --- |',
    ...shown,
    ...(list.length > shown.length ? ['', `…and ${list.length - shown.length} more.`] : []),
    '',
  ].join('\n');
}
