import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { pathGuard } from '../path-guard.js';
import { type FailOn, UsageError } from '../report/finding.js';
import type { RuleSetting } from '../report/rules.js';
import { type CheckSettings, MOVED, type NodeReader, movedWarning, SECTIONS, emptySettings, parseCompose, parseImages, parseKubernetes, parseOtel, parseTerraform } from './sections.js';
import { didYouMean } from './suggest.js';

export type { CheckSettings, ComposeSettings, ImagesSettings, KubernetesSettings, OtelSettings, TerraformSettings } from './sections.js';

export const CONFIG_FILE = '.portarium-infra.yml';

/** `.portarium-infra.yml`: one file configures the CLI, the actions and the workflows alike. */
export interface ProjectConfig {
  file?: string;
  failOn?: FailOn;
  /** `baseline:` — the baseline file (relative to the root), or false for none; `baselineAt` is where it is written. */
  baseline?: string | false;
  baselineAt?: string;
  rules: Record<string, RuleSetting>;
  /** Where each rule id of `rules:` is written (file:line:col), for errors found once the checks are known. */
  ruleAt: Record<string, string>;
  /** Each check's section, typed; an absent section is empty. */
  checks: CheckSettings;
  /** Settings that still work but should be changed, each at its file:line:col. */
  warnings: string[];
}

const emptyConfig = (): ProjectConfig => ({ rules: {}, ruleAt: {}, checks: emptySettings(), warnings: [] });

const TOP_LEVEL = ['fail-on', 'rules', 'baseline', ...SECTIONS];
const SETTINGS = new Set(['off', 'error', 'warning', 'notice']);

/**
 * Loads PATH/.portarium-infra.yml (or an explicit file); a missing default file is an empty config.
 * With `workspace` (the actions) a file whose real path is outside it is refused; a special file
 * (`/proc/self/environ` committed as a symlink, a FIFO) is refused always. Neither is read, so no
 * message can quote it.
 */
export async function loadConfig(root: string, explicit?: string, workspace?: string, ruleIds?: Iterable<string>): Promise<ProjectConfig> {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  const refused = pathGuard(workspace)(file);
  if (refused) throw new UsageError(`${file}: the configuration file ${refused.reason}; it is not read`);
  let text: string;
  // Read synchronously: node:fs/promises would load Node's streams and readline on every CLI start.
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${file}: the configuration file is not a regular file`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') return emptyConfig();
    throw new UsageError(`${file}: cannot read the configuration file (${(e as Error).message})`);
  }
  return parseConfig(text, path.relative(process.cwd(), file) || file, ruleIds);
}

/** With `ruleIds` (every rule a setting may name), an unknown rule id is an error at its line. */
export function parseConfig(text: string, file: string, ruleIds?: Iterable<string>): ProjectConfig {
  try {
    const config = readConfig(text, file);
    if (ruleIds) checkRuleIds(config, ruleIds);
    return config;
  } catch (e) {
    // The yaml parser and toJSON recurse once per nesting level: thousands of levels exhaust the stack.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new UsageError(`${file}:1:1: invalid YAML: nested too deeply to read`);
    throw e;
  }
}

function readConfig(text: string, file: string): ProjectConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const where = (node: unknown) => {
    const off = (node as Node | null | undefined)?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const p = lc.linePos(err.pos[0]);
    throw new UsageError(`${file}:${p.line}:${p.col}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const config: ProjectConfig = { file, ...emptyConfig() };
  const reader: NodeReader = { doc, where, warnings: config.warnings };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new UsageError(`${where(doc.contents)}: the configuration must be a mapping`);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    // `compose: *shared` names its section by alias.
    const value = (isAlias(pair.value) ? pair.value.resolve(doc) : pair.value) as Node | null;
    if (key === 'fail-on') {
      const v = isScalar(value) ? String(value.value) : '';
      if (v !== 'error' && v !== 'warning' && v !== 'never') throw new UsageError(`${where(value)}: fail-on must be error, warning or never`);
      config.failOn = v;
    } else if (key === 'baseline') {
      const v = isScalar(value) ? value.value : undefined;
      if (v === false) config.baseline = false;
      else if (typeof v === 'string' && v.trim() !== '' && !path.isAbsolute(v)) config.baseline = v;
      else throw new UsageError(`${where(value)}: baseline must be a file path relative to the checked root, or false`);
      config.baselineAt = where(value);
    } else if (key === 'rules') {
      if (value === null) continue;
      if (!isMap(value)) throw new UsageError(`${where(value)}: rules must map a rule id to off, error, warning or notice`);
      for (const rp of value.items) {
        const id = isScalar(rp.key) ? String(rp.key.value) : '';
        const setting = isScalar(rp.value) ? String(rp.value.value) : '';
        if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) throw new UsageError(`${where(rp.key as Node)}: "${id}" is not a rule id (check/rule-name)`);
        if (!SETTINGS.has(setting)) throw new UsageError(`${where(rp.value as Node)}: rule ${id} must be off, error, warning or notice (got "${setting}")`);
        config.rules[id] = setting as RuleSetting;
        config.ruleAt[id] = where(rp.key as Node);
      }
    } else if ((SECTIONS as readonly string[]).includes(key)) {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      // Checked whole first: the typed readers below follow aliases, which must be bounded and acyclic.
      const js = sectionValue(value, doc, where);
      if (key === 'images') config.checks.images = parseImages(reader, value, js);
      else if (!isMap(value)) throw new UsageError(`${where(value)}: ${key} must be a mapping`);
      else if (key === 'compose') config.checks.compose = parseCompose(reader, value);
      else if (key === 'terraform') config.checks.terraform = parseTerraform(reader, value);
      else if (key === 'otel') config.checks.otel = parseOtel(reader, value);
      else config.checks.kubernetes = parseKubernetes(reader, value);
    } else if (MOVED[key]) {
      config.warnings.push(movedWarning(where(pair.key as Node), key));
    } else {
      throw new UsageError(`${where(pair.key as Node)}: unknown setting "${key}"${didYouMean(key, TOP_LEVEL)}; the file takes ${TOP_LEVEL.join(', ')}`);
    }
  }
  return config;
}

/**
 * A section as plain data. Aliases are counted as yaml's own toJS counts them: a billion-laughs
 * section would otherwise come back as shared references that the first reader to walk it expands.
 */
function sectionValue(value: Node, doc: Document, where: (node: Node) => string): unknown {
  let js: unknown;
  try {
    js = value.toJS(doc, { maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof ReferenceError) throw new UsageError(`${where(value)}: too many YAML aliases (${e.message})`);
    throw e;
  }
  // `r: &r [*r]` comes back as a list that contains itself: every reader walking it would loop.
  if (isCircular(js, new Set())) throw new UsageError(`${where(value)}: a YAML alias refers to a node that contains it`);
  return js;
}

function isCircular(v: unknown, ancestors: Set<unknown>): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (ancestors.has(v)) return true;
  ancestors.add(v);
  const children = v instanceof Map ? [...v.values()] : Object.values(v);
  const found = children.some((c) => isCircular(c, ancestors));
  ancestors.delete(v);
  return found;
}

/** Values laid over the file's sections: CLI flags, action inputs, the planner's narrowing. */
export type SettingsOverlay = { [K in keyof CheckSettings]?: { [P in keyof CheckSettings[K]]?: CheckSettings[K][P] | undefined } };

/**
 * The one place where something else wins over .portarium-infra.yml. An undefined value (a flag not
 * given, an empty input) keeps the file's setting.
 */
export function overlaySettings(config: ProjectConfig, over: SettingsOverlay): ProjectConfig {
  const checks = { ...config.checks };
  for (const name of Object.keys(over) as Array<keyof CheckSettings>) {
    const given = Object.entries(over[name] ?? {}).filter(([, v]) => v !== undefined);
    if (given.length) checks[name] = { ...checks[name], ...Object.fromEntries(given) } as never;
  }
  return { ...config, checks };
}

/**
 * Every id under `rules:` must name a rule: a misspelt id would otherwise turn nothing off. The
 * known ids are handed in because the checks that own them sit above this layer.
 */
export function checkRuleIds(config: ProjectConfig, ruleIds: Iterable<string>): void {
  const known = new Set(ruleIds);
  for (const id of Object.keys(config.rules)) {
    if (known.has(id)) continue;
    const at = config.ruleAt[id] ?? config.file ?? CONFIG_FILE;
    throw new UsageError(`${at}: unknown rule "${id}"${didYouMean(id, known)}`);
  }
}
