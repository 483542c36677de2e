import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../path-guard.js';
import { KUSTOMIZATION_FILES, isRemote, loadKustomization, type Entry, type Kustomization } from './kustomization.js';

// Hidden directories (.git, caches) and node_modules hold no manifests of the repository.
const SKIP_DIRS = new Set(['node_modules']);

/** Visits every directory under root in name order with its entries, hidden ones and node_modules left out. */
export function walkTree(root: string, visit: (dir: string, entries: Dirent[]) => void): void {
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return;
    }
    visit(dir, entries);
    for (const e of entries) if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(path.join(dir, e.name));
  };
  walk(root);
}

export interface Discovery {
  /** Every kustomization under the root, by absolute directory. */
  all: Map<string, Kustomization>;
  /** Kustomizations (not Components) no other kustomization references: what users build. */
  overlays: string[];
}

/** Directories under root holding a kustomization file (kustomization.yaml, .yml, Kustomization). */
export function findKustomizationDirs(root: string): string[] {
  const out: string[] = [];
  walkTree(root, (dir, entries) => {
    if (entries.some((e) => e.isFile() && KUSTOMIZATION_FILES.includes(e.name))) out.push(dir);
  });
  return out;
}

function localDir(k: Kustomization, e: Entry): string | undefined {
  if (isRemote(e.value, k.dir)) return undefined;
  const p = path.resolve(k.dir, e.value);
  try {
    return statSync(p).isDirectory() ? p : undefined;
  } catch {
    return undefined;
  }
}

export function discover(root: string): Discovery {
  const all = new Map<string, Kustomization>();
  for (const dir of findKustomizationDirs(root)) {
    const k = loadKustomization(dir);
    if (k) all.set(dir, k);
  }
  const referenced = new Set<string>();
  for (const k of all.values()) {
    for (const e of [...k.resources, ...k.components]) {
      const d = localDir(k, e);
      if (d && d !== k.dir) referenced.add(d);
    }
  }
  const overlays = [...all.values()].filter((k) => k.kind === 'Kustomization' && !referenced.has(k.dir)).map((k) => k.dir);
  return { all, overlays: [...overlays, ...unreachedCycles(all, overlays)] };
}

/**
 * Kustomizations that reference only each other in a cycle (a → b → a) are all referenced, so none
 * would be built and the cycle would pass unseen: the first of each such cycle is built as an
 * overlay, and kustomize's cycle error is reported at the entry that closes it.
 */
function unreachedCycles(all: Map<string, Kustomization>, overlays: string[]): string[] {
  const reached = new Set<string>();
  for (const o of overlays) for (const k of buildTree(o, all)) reached.add(k.dir);
  const out: string[] = [];
  for (const k of [...all.values()]) {
    if (reached.has(k.dir) || k.kind !== 'Kustomization') continue;
    const tree = buildTree(k.dir, all);
    if (!tree.slice(1).some((d) => [...d.resources, ...d.components].some((e) => localDir(d, e) === k.dir))) continue;
    out.push(k.dir);
    for (const d of tree) reached.add(d.dir);
  }
  return out;
}

/** The kustomization and every local kustomization it reaches, the root first. */
export function buildTree(start: string, known: Map<string, Kustomization>): Kustomization[] {
  const out: Kustomization[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    let k = known.get(dir);
    if (!k) {
      k = loadKustomization(dir);
      if (!k) return;
      known.set(dir, k);
    }
    out.push(k);
    for (const e of [...k.resources, ...k.components]) {
      const d = localDir(k, e);
      if (d) visit(d);
    }
  };
  visit(start);
  return out;
}

export interface ReferenceProblem {
  rule: 'remote' | 'outside-root';
  kustomization: Kustomization;
  entry: Entry;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Entries that must stop a build before kustomize runs: remote bases/components (refused unless
 * allowed) and local paths that leave the repository (kustomize only restricts files, not bases).
 */
export function referenceProblems(tree: Kustomization[], root: string, allowRemote: boolean): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const realRoot = real(root);
  for (const k of tree) {
    for (const entry of [...k.resources, ...k.components, ...k.files]) {
      if (isRemote(entry.value, k.dir)) {
        if (!allowRemote) out.push({ rule: 'remote', kustomization: k, entry });
        continue;
      }
      const p = path.resolve(k.dir, entry.value);
      if (!isInside(root, p) || !isInside(realRoot, real(p))) out.push({ rule: 'outside-root', kustomization: k, entry });
    }
  }
  return out;
}
