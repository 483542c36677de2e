import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { pathGuard } from '../path-guard.js';
import { type FailOn, UsageError } from '../report/finding.js';
import type { RuleSetting } from '../report/rules.js';

export const CONFIG_FILE = '.portarium-infra.yml';

/** `.portarium-infra.yml`: one file configures the CLI, the actions and the workflows alike. */
export interface ProjectConfig {
  file?: string;
  failOn?: FailOn;
  rules: Record<string, RuleSetting>;
  /** Per-check settings, kept as parsed YAML for each check's own option reader. */
  checks: Record<string, Record<string, unknown>>;
}

const SECTIONS = ['compose', 'terraform', 'kubernetes', 'images', 'deploy'] as const;
const SETTINGS = new Set(['off', 'error', 'warning', 'notice']);

/**
 * Loads PATH/.portarium-infra.yml (or an explicit file); a missing default file is an empty config.
 * With `workspace` (the actions) a file whose real path is outside it is refused; a special file
 * (`/proc/self/environ` committed as a symlink, a FIFO) is refused always. Neither is read, so no
 * message can quote it.
 */
export async function loadConfig(root: string, explicit?: string, workspace?: string): Promise<ProjectConfig> {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  const refused = pathGuard(workspace)(file);
  if (refused) throw new UsageError(`${file}: the configuration file ${refused.reason}; it is not read`);
  let text: string;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new UsageError(`${file}: the configuration file is not a regular file`);
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') return { rules: {}, checks: {} };
    throw new UsageError(`${file}: cannot read the configuration file (${(e as Error).message})`);
  }
  return parseConfig(text, path.relative(process.cwd(), file) || file);
}

export function parseConfig(text: string, file: string): ProjectConfig {
  try {
    return readConfig(text, file);
  } catch (e) {
    // The yaml parser and toJSON recurse once per nesting level: thousands of levels exhaust the stack.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new UsageError(`${file}:1:1: invalid YAML: nested too deeply to read`);
    throw e;
  }
}

function readConfig(text: string, file: string): ProjectConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const where = (node: Node | null | undefined) => {
    const off = node?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const p = lc.linePos(err.pos[0]);
    throw new UsageError(`${file}:${p.line}:${p.col}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const config: ProjectConfig = { file, rules: {}, checks: {} };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new UsageError(`${where(doc.contents)}: the configuration must be a mapping`);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'fail-on') {
      const v = isScalar(value) ? String(value.value) : '';
      if (v !== 'error' && v !== 'warning' && v !== 'never') throw new UsageError(`${where(value)}: fail-on must be error, warning or never`);
      config.failOn = v;
    } else if (key === 'rules') {
      if (value === null) continue;
      if (!isMap(value)) throw new UsageError(`${where(value)}: rules must map a rule id to off, error, warning or notice`);
      for (const rp of value.items) {
        const id = isScalar(rp.key) ? String(rp.key.value) : '';
        const setting = isScalar(rp.value) ? String(rp.value.value) : '';
        if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) throw new UsageError(`${where(rp.key as Node)}: "${id}" is not a rule id (check/rule-name)`);
        if (!SETTINGS.has(setting)) throw new UsageError(`${where(rp.value as Node)}: rule ${id} must be off, error, warning or notice (got "${setting}")`);
        config.rules[id] = setting as RuleSetting;
      }
    } else if ((SECTIONS as readonly string[]).includes(key)) {
      const js = value === null ? {} : sectionValue(value, doc, where);
      if (typeof js !== 'object' || js === null || Array.isArray(js)) {
        // `images` may be a list of image definitions; every other section is a mapping.
        if (key === 'images' && Array.isArray(js)) {
          config.checks[key] = { images: js };
          continue;
        }
        throw new UsageError(`${where(value)}: ${key} must be a mapping`);
      }
      config.checks[key] = js as Record<string, unknown>;
    } else {
      throw new UsageError(`${where(pair.key as Node)}: unknown setting "${key}" (expected fail-on, rules, ${SECTIONS.join(', ')})`);
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

/** Reads a list setting that may be written as a YAML list or a single string. */
export function stringList(section: Record<string, unknown> | undefined, key: string): string[] | undefined {
  const v = section?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  throw new UsageError(`${key} must be a string or a list of strings`);
}
