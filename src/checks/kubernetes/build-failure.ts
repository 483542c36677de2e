import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../path-guard.js';
import type { At, FindingSink } from './findings.js';
import { kustomizationFile, type Kustomization } from './kustomization.js';

import { overlayFile, type Target } from './targets.js';
import { loadYaml } from './yaml-source.js';

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
function blame(message: string, root: string, t: Target, all: Map<string, Kustomization>): { at: At; detail: (cause: string) => string } | undefined {
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
      // kustomize's YAML line is where go-yaml noticed; our parser names the line that is wrong.
      const src = loadYaml(p);
      const own = src?.docs.flatMap((d) => d.errors)[0]?.linePos?.[0];
      const at = src?.encodingError
        ? { line: src.encodingError.line, column: src.encodingError.column }
        : own
          ? { line: own.line, column: own.col }
          : { line: line || 1, column: 1 };
      return { at: { file: p, ...at }, detail: (cause) => `kustomize build failed here: ${cause}` };
    }
    if (!isFile && !existsSync(p)) {
      for (const k of [...t.tree, ...all.values()]) {
        const e = [...k.resources, ...k.components, ...k.files].find((x) => path.resolve(k.dir, x.value) === p);
        if (e) return { at: { file: k.file, line: e.line, column: e.column }, detail: () => `${e.value} does not exist` };
      }
    }
  }
  return undefined;
}

/**
 * One finding per failed build: at the file or entry the error is about when there is one, else at
 * the overlay's kustomization. kustomize's own words are quoted once, in the help, and only when
 * they say more than the cause the message already gives.
 */
export function buildFailureFindings(sink: FindingSink, t: Target, message: string, root: string, all: Map<string, Kustomization>): void {
  const full = message.split(root + path.sep).join('');
  const cause = rootCause(full);
  const found = blame(message, root, t, all);
  const detail = found ? found.detail(cause) : `kustomize build failed: ${cause}`;
  const help = detail.endsWith(full) ? undefined : `kustomize said: ${full}`;
  sink.add('kubernetes/build-failed', found?.at ?? overlayFile(t), '', detail, { overlay: t.rel, ...(help ? { help } : {}) });
}
