// `kubectl diff --server-side` without kubectl: each object's live state against what the
// server-side dry-run apply returned, both written as kubectl writes its LIVE and MERGED files
// (managedFields left out, Secret values masked, keys sorted, sequences not indented) and
// compared as `diff -u -N` would, then read by the same parser as kubectl's output.
import { structuredPatch } from 'diff';
import { stringify } from 'yaml';
import { diffFileName, parseDiff, type DiffOutcome } from '../diff.js';
import { keyOf, type K8sObject } from '../objects.js';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

function withoutManagedFields(o: K8sObject): K8sObject {
  const { managedFields: _m, ...metadata } = o.metadata;
  void _m;
  return { ...o, metadata: metadata as K8sObject['metadata'] };
}

/** kubectl diff's masker: Secret values become *** (or *** (before)/(after) where they differ). */
function maskSecrets(live: K8sObject | undefined, merged: K8sObject): [K8sObject | undefined, K8sObject] {
  if (merged.kind !== 'Secret' || merged.apiVersion !== 'v1') return [live, merged];
  const mask = (o: K8sObject | undefined, other: K8sObject | undefined, which: 'before' | 'after'): K8sObject | undefined => {
    if (!o) return o;
    const data = o['data'] as Record<string, string> | undefined;
    if (!data) return o;
    const theirs = (other?.['data'] as Record<string, string> | undefined) ?? {};
    const masked = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, k in theirs && theirs[k] !== v ? `*** (${which})` : '***']));
    return { ...o, data: masked };
  };
  return [mask(live, merged, 'before'), mask(merged, live, 'after')!];
}

function yamlText(o: K8sObject | undefined): string {
  if (!o) return '';
  return stringify(sortKeys(o), { lineWidth: 0, indentSeq: false });
}

/** GNU diff's range: `start,count`, just `start` for one line, the line before for none. */
function range(start: number, count: number): string {
  if (count === 0) return `${Math.max(start - 1, 0)},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

export function diffObjects(objects: readonly K8sObject[], live: readonly K8sObject[], applied: ReadonlyArray<{ object: K8sObject; result: K8sObject }>): DiffOutcome {
  const liveByKey = new Map(live.map((l) => [keyOf(l), l]));
  const mergedByKey = new Map(applied.map((a) => [keyOf(a.object), a.result]));
  const out: string[] = [];
  for (const o of objects) {
    const mergedRaw = mergedByKey.get(keyOf(o));
    if (!mergedRaw) continue;
    const liveRaw = liveByKey.get(keyOf(o));
    const [l, m] = maskSecrets(liveRaw && withoutManagedFields(liveRaw), withoutManagedFields({ ...mergedRaw, apiVersion: o.apiVersion, kind: o.kind }));
    const liveTyped = l && { ...l, apiVersion: o.apiVersion, kind: o.kind };
    // Most objects of a deployed release are unchanged: compare as JSON before writing YAML.
    if (liveTyped && JSON.stringify(sortKeys(liveTyped)) === JSON.stringify(sortKeys(m))) continue;
    const before = yamlText(liveTyped);
    const after = yamlText(m);
    if (before === after) continue;
    const file = diffFileName(o);
    const p = structuredPatch(`LIVE/${file}`, `MERGED/${file}`, before, after, '', '', { context: 3 });
    out.push(`diff -u -N LIVE/${file} MERGED/${file}`, `--- LIVE/${file}`, `+++ MERGED/${file}`);
    for (const h of p.hunks) {
      out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`);
      out.push(...h.lines.filter((x) => !x.startsWith('\\')));
    }
  }
  if (!out.length) return { changed: [], text: '' };
  return parseDiff(out.join('\n') + '\n', objects);
}
