import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments, visit, type YAMLError } from 'yaml';
import { isInside } from '../../path-guard.js';
import type { At, FindingSink } from './findings.js';
import { kustomizationFile, type Kustomization } from './kustomization.js';
import { aliasNamed, entryCulprit, type Culprit } from './kustomization-entry.js';
import { overlayFile, type Target } from './targets.js';
import { loadYaml, positionOf, type Position, type YamlSource } from './yaml-source.js';

/** Paths mentioned in a kustomize error: quoted absolute paths and `in File: x` (relative to the last directory named). */
function pathsInMessage(message: string): string[] {
  const out: string[] = [];
  let lastDir: string | undefined;
  const re = /'(\/[^']+)'|in File: (\S+)/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    if (m[1]) {
      out.push(m[1]);
      try {
        if (statSync(m[1]).isDirectory()) lastDir = m[1];
      } catch {
        // a missing path is still worth reporting
      }
    } else if (m[2] && lastDir) out.push(path.resolve(lastDir, m[2]));
  }
  return out;
}

/** The innermost cause of kustomize's nested "accumulating resources" chain. */
export function rootCause(message: string): string {
  const yaml = /MalformedYAMLError: (.*?)(?:' *:|$)/.exec(message);
  if (yaml) return yaml[1]!.trim();
  const causes = [...message.matchAll(/(?:accumulating|merging) resources from '[^']*': (.*?)': (?:must build at directory|recursed)/g)].map((m) => m[1]!);
  const inner = causes[causes.length - 1];
  if (inner && !inner.includes("must resolve to a file")) return inner.replace(/^evalsymlink failure on '[^']*' : /, '').trim();
  return message.replace(/^(accumulating resources: )+/, '').trim();
}

/** The file or `resources:` entry the error is about, when it is inside the repository. */
function blame(message: string, root: string, t: Target, all: Map<string, Kustomization>): Culprit | undefined {
  const line = Number(/yaml: line (\d+)/.exec(message)?.[1] ?? 0);
  for (const p of [...new Set(pathsInMessage(message))].reverse()) {
    if (!isInside(root, p)) continue;
    let isFile = false;
    try {
      isFile = statSync(p).isFile();
    } catch {
      // missing: find who lists it
    }
    if (isFile && !kustomizationFile(path.dirname(p))?.endsWith(path.basename(p))) {
      const src = loadYaml(p);
      const anchor = /unknown anchor '([^']+)'/.exec(message)?.[1];
      const at = src?.encodingError ?? (src && anchor ? aliasNamed(src, anchor) : undefined) ?? (src ? yamlErrorAt(src, line) : undefined) ?? { line: line || 1, column: 1 };
      return { at: { file: p, line: at.line, column: at.column }, detail: (cause) => `kustomize build failed here: ${cause}` };
    }
    if (!isFile && !existsSync(p)) {
      for (const k of [...t.tree, ...all.values()]) {
        const e = [...k.resources, ...k.components, ...k.files].find((x) => path.resolve(k.dir, x.value) === p);
        if (e) return { at: { file: k.file, line: e.line, column: e.column }, detail: (cause) => `${e.value} does not exist (kustomize: ${cause})` };
      }
    }
  }
  return undefined;
}

/**
 * Where our parser finds the file's YAML error. go-yaml counts kustomize's `line N` from the start
 * of the document it read (kustomize splits a file at `---`), and it names the line where it
 * noticed: when that line falls inside our error's span (a key indented too far on the next line),
 * it is the line to change; otherwise our parser's start of the error is.
 */
function yamlErrorAt(src: YamlSource, kustomizeLine: number): Position | undefined {
  const errors = src.docs.flatMap((d) => d.errors).filter((e) => e.linePos);
  if (!errors.length) return undefined;
  const lines = src.text.split('\n');
  const starts = [1, ...lines.flatMap((l, i) => (/^---(\s|$)/.test(l) ? [i + 2] : []))];
  const open = unclosedFlow(src, errors[0]!);
  if (open) return open;
  for (const e of errors) {
    const [from, to] = [e.linePos![0], e.linePos![1] ?? e.linePos![0]];
    const hit = kustomizeLine ? starts.map((s) => s + kustomizeLine - 1).find((l) => l > from.line && l <= to.line) : undefined;
    if (hit !== undefined) return { line: hit, column: lines[hit - 1]!.length - lines[hit - 1]!.trimStart().length + 1 };
  }
  return { line: errors[0]!.linePos![0].line, column: errors[0]!.linePos![0].col };
}

/**
 * A `[` or `{` never closed: both parsers notice only where the text runs out (the next key, the end
 * of the file), but the bracket to close is where the collection opens.
 */
function unclosedFlow(src: YamlSource, error: YAMLError): Position | undefined {
  const close = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (!close) return undefined;
  let start: number | undefined;
  for (const doc of src.docs) {
    visit(doc, {
      Collection(_, node) {
        const [from, to] = node.range ?? [];
        if (node.flow && from !== undefined && from < error.pos[0] && !src.text.slice(from, to).trimEnd().endsWith(close)) start = from;
      },
    });
  }
  return start === undefined ? undefined : positionOf(src, start);
}

/**
 * One finding per failed build: at the file or entry the error is about when there is one, else at
 * the overlay's kustomization. kustomize's own words are quoted once, in the help, and only when
 * they say more than the cause the message already gives.
 */
export function buildFailureFindings(sink: FindingSink, t: Target, message: string, root: string, all: Map<string, Kustomization>): void {
  const full = message.split(root + path.sep).join('');
  const cause = rootCause(full);
  const kustomizationAt = (dir: string) => all.get(dir) ?? t.tree.find((k) => k.dir === dir);
  const found = entryCulprit(message, root, kustomizationAt) ?? blame(message, root, t, all) ?? yamlCulprit(message, t);
  const suspects = found ? [] : yamlFilesOf(t).map((f) => path.relative(root, f).split(path.sep).join('/'));
  const from = suspects.length ? ` (kustomize does not say which file; it reads ${listed(suspects)})` : '';
  const detail = found ? found.detail(cause) : `kustomize build failed: ${cause}${from}`;
  const help = detail.endsWith(full) ? undefined : `kustomize said: ${full}`;
  sink.add('kubernetes/build-failed', found?.at ?? overlayFile(t), '', detail, { overlay: t.rel, ...(help ? { help } : {}) });
}

/** The YAML files an overlay's tree reads (resources that are files, patch files), in tree order. */
function yamlFilesOf(t: Target): string[] {
  const files = new Set<string>();
  for (const k of t.tree) {
    for (const e of k.resources) {
      const p = path.resolve(k.dir, e.value);
      if (/\.(ya?ml|json)$/i.test(p) && existsSync(p) && statSync(p).isFile()) files.add(p);
    }
    for (const patch of k.patches) if (patch.file && existsSync(patch.file)) files.add(patch.file);
  }
  return [...files];
}

/**
 * kustomize names no file for some YAML errors (`yaml: unmarshal errors: line 7: mapping key "A"
 * already defined at line 6`). The tree's files are read with the rules that error comes from
 * (go-yaml v3 refuses duplicate keys, tabs as indentation, broken syntax); the file with such an
 * error at the line kustomize names, else the only file with one, is the culprit.
 */
function yamlCulprit(message: string, t: Target): Culprit | undefined {
  if (!/yaml: /.test(message)) return undefined;
  const line = Number(/line (\d+)/.exec(message)?.[1] ?? 0);
  const hits: Array<At & { why: string }> = [];
  for (const file of yamlFilesOf(t)) {
    const src = loadYaml(file);
    if (!src) continue;
    const errors = parseAllDocuments(src.text, { uniqueKeys: true, version: '1.1', lineCounter: new LineCounter() }).flatMap((d) => d.errors);
    for (const e of errors) {
      const pos = src.lines.linePos(e.pos[0]);
      hits.push({ file, line: pos.line, column: pos.col, why: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
    }
  }
  const hit = hits.find((h) => h.line === line) ?? (new Set(hits.map((h) => h.file)).size === 1 ? hits[0] : undefined);
  if (!hit) return undefined;
  // kustomize's line numbers count in its own stream of the tree's files, not in this file.
  return { at: { file: hit.file, line: hit.line, column: hit.column }, detail: (cause) => `kustomize build failed here: ${hit.why} (kustomize: ${cause})` };
}

function listed(files: string[]): string {
  return files.length > 6 ? `${files.slice(0, 6).join(', ')} and ${files.length - 6} more` : files.join(', ');
}
