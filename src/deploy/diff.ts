// `kubectl diff --server-side`: what the API server would change, as a unified diff per object.
// kubectl diffs LIVE and MERGED trees of temporary files named
// `[<group>.]<version>.<Kind>.<namespace>.<name>`; sections are mapped back to the rendered objects
// and the temporary paths replaced by stable `live/…` and `merged/…` names.
import { groupVersion, keyOf, qualifiedName, type K8sObject } from './objects.js';
import { ANNOTATION_COMMIT, ANNOTATION_RELEASE, ANNOTATION_RUN } from './annotate.js';

export interface ObjectDiff {
  key: string;
  object: string;
  created: boolean;
  text: string;
}

export interface DiffOutcome {
  /** Objects with a real change (created or changed beyond the provenance annotations). */
  changed: ObjectDiff[];
  /** The whole diff of those objects, with stable file names. */
  text: string;
  /** Objects whose only difference is the provenance annotations: the run (and commit) that applies them. */
  provenanceOnly?: string[];
}

// Every run stamps the objects it applies with its run URL; a section changing nothing else is not
// something a reviewer has to approve.
const PROVENANCE_LINE = new RegExp(`^[-+]\\s+(${[ANNOTATION_RUN, ANNOTATION_COMMIT, ANNOTATION_RELEASE].map((a) => a.replace(/[./]/g, '\\$&')).join('|')}):`);

// The API server bumps a Deployment's metadata.generation on any annotation change (it has since
// the rollback annotation); with the pod template unchanged no new ReplicaSet follows.
const GENERATION_LINE = /^[-+] {2}generation: \d+$/;

function onlyProvenance(body: readonly string[]): boolean {
  const edits = body.filter((l) => (l.startsWith('+') || l.startsWith('-')) && !l.startsWith('+++ ') && !l.startsWith('--- '));
  return edits.some((l) => PROVENANCE_LINE.test(l)) && edits.every((l) => PROVENANCE_LINE.test(l) || GENERATION_LINE.test(l));
}

/** kubectl diff's file name for an object. */
export function diffFileName(o: K8sObject): string {
  const { group, version } = groupVersion(o.apiVersion);
  return `${group ? `${group}.` : ''}${version}.${o.kind}.${o.metadata.namespace ?? ''}.${o.metadata.name}`;
}

export function parseDiff(output: string, objects: readonly K8sObject[]): DiffOutcome {
  const byFile = new Map(objects.map((o) => [diffFileName(o), o]));
  const sections: string[][] = [];
  for (const line of output.split('\n')) {
    if (line.startsWith('diff ') || !sections.length) sections.push([]);
    sections[sections.length - 1]!.push(line);
  }
  const changed: ObjectDiff[] = [];
  const texts: string[] = [];
  const provenanceOnly: string[] = [];
  for (const lines of sections) {
    const plus = lines.find((l) => l.startsWith('+++ '));
    if (!plus) continue;
    const file = plus.slice(4).split('\t')[0]!.split('/').pop() ?? '';
    const obj = byFile.get(file) ?? objects.find((o) => file.endsWith(`.${o.kind}.${o.metadata.namespace ?? ''}.${o.metadata.name}`));
    const name = obj ? qualifiedName(obj) : file;
    const body = lines
      .filter((l) => !l.startsWith('diff '))
      .map((l) => (l.startsWith('--- ') ? `--- live/${name}` : l.startsWith('+++ ') ? `+++ merged/${name}` : l));
    while (body.length && body[body.length - 1] === '') body.pop();
    const text = body.join('\n') + '\n';
    const firstHunk = body.find((l) => l.startsWith('@@ '));
    if (onlyProvenance(body)) {
      provenanceOnly.push(name);
      continue;
    }
    changed.push({ key: obj ? keyOf(obj) : file, object: name, created: !!firstHunk && /^@@ -0,0 /.test(firstHunk), text });
    texts.push(text);
  }
  return { changed, text: texts.join(''), ...(provenanceOnly.length && { provenanceOnly }) };
}

/** Cuts text to at most maxBytes (UTF-8), at a line boundary. */
export function capText(text: string, maxBytes: number): { text: string; truncated: boolean } {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return { text, truncated: false };
  let cut = buf.subarray(0, maxBytes).toString('utf8');
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl + 1);
  return { text: cut, truncated: true };
}
