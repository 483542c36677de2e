// The markdown an approver (plan) or the deploy job's summary (apply, rollback) shows.
import { mdCode, mdFence, mdText } from '../report/escape.js';
import type { PinnedContainer } from './pin.js';
import type { ReleaseRecord } from './release-store.js';
import type { Changes, DeployResult } from './types.js';

export interface SummaryInput {
  kind: 'plan' | 'apply' | 'rollback';
  result: Omit<DeployResult, 'summaryMarkdown'>;
  diff?: { text: string; truncated: boolean; file?: string };
  /** Revisions recorded, newest first (for the history table). */
  history?: Array<{ revision: number; status: string; commit?: string; time: string; rollbackOf?: number }>;
}

const STATUS_WORDS: Record<DeployResult['status'], string> = {
  planned: 'plan ready for review',
  deployed: 'deployed',
  unchanged: 'no change (already deployed)',
  failed: 'FAILED',
  interrupted: 'INTERRUPTED (cancelled before it finished)',
  'rolled-back': 'FAILED, rolled back to the previous release',
  'rollback-failed': 'FAILED, and the rollback failed too',
};

// Findings quote kubectl and the API server, which quote the manifests: all of it is untrusted.
const esc = mdText;

function list(title: string, items: readonly string[], max = 50): string {
  if (!items.length) return '';
  const shown = items.slice(0, max).map((i) => `- ${mdCode(i)}`);
  if (items.length > max) shown.push(`- … and ${items.length - max} more`);
  return `<details><summary>${title} (${items.length})</summary>\n\n${shown.join('\n')}\n\n</details>\n`;
}

function imagesTable(images: readonly PinnedContainer[]): string {
  if (!images.length) return '';
  const rows = images.map((i) => `| \`${esc(i.object)}\` | ${esc(i.container)} | \`${esc(i.image.split('@')[0] ?? i.image)}\` | ${i.digest ? `\`${i.digest}\`` : '**not pinned**'} |`);
  return ['| Object | Container | Image | Digest |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** Release records as the summary's history table lists them. */
export function historyRows(records: ReadonlyArray<Pick<ReleaseRecord, 'revision' | 'status' | 'meta'>>): NonNullable<SummaryInput['history']> {
  return records.map((h) => ({ revision: h.revision, status: h.status, time: h.meta.time, ...(h.meta.commit ? { commit: h.meta.commit } : {}), ...(h.meta.rollbackOf ? { rollbackOf: h.meta.rollbackOf } : {}) }));
}

export function changeCounts(c: Changes): string {
  return `${c.created.length} to create, ${c.changed.length} to change, ${c.pruned.length} to prune, ${c.unchanged.length} unchanged`;
}

/** The deploy section of a job summary: report/summary's renderSummary appends it after the findings. */
export function renderDeploySection(s: SummaryInput): string {
  const r = s.result;
  const out: string[] = [];
  const verb = s.kind === 'plan' ? 'Deploy plan' : s.kind === 'rollback' ? 'Rollback' : 'Deploy';
  out.push(`### ${verb}: \`${esc(r.environment)}\` — ${STATUS_WORDS[r.status]}`, '');
  // A half-applied release is the first thing a reviewer must know.
  for (const f of r.findings.filter((x) => x.rule === 'deploy/unfinished-revision')) out.push(`> ⚠️ **${esc(f.message)}**`, '');
  const facts: Array<[string, string | undefined]> = [
    ['Release', r.release ? `\`${esc(r.release)}\`${r.revision ? ` revision ${r.revision}` : ''}` : undefined],
    ['Namespace', r.namespace ? `\`${esc(r.namespace)}\`` : undefined],
    ['API server', r.server ? `${esc(r.server)}${r.serverVersion ? ` (${esc(r.serverVersion)})` : ''}` : undefined],
    ['Manifests', r.manifestSha256 ? `sha256 \`${r.manifestSha256.slice(0, 16)}…\`` : undefined],
  ];
  out.push('| | |', '|---|---|', ...facts.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`), '');
  const c = r.changes;
  const verbs = s.kind === 'plan' ? changeCounts(c) : `${c.created.length} created, ${c.changed.length} changed, ${c.pruned.length} pruned, ${c.unchanged.length} unchanged`;
  out.push(`**Changes:** ${verbs}`, '');
  out.push(list(s.kind === 'plan' ? 'To create' : 'Created', c.created), list(s.kind === 'plan' ? 'To change' : 'Changed', c.changed), list(s.kind === 'plan' ? 'To prune' : 'Pruned', c.pruned));
  if (r.rollback) {
    out.push(`**Rollback:** ${esc(r.rollback.message)}`, '');
  }
  const errors = r.findings.filter((f) => f.severity !== 'notice' && f.rule !== 'deploy/unfinished-revision');
  if (errors.length) {
    out.push('**Problems:**', '', ...errors.slice(0, 20).map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} \`${f.rule}\`: ${esc(f.message)}`), '');
  }
  const images = imagesTable(r.images);
  if (images) out.push('**Images**', '', images);
  if (s.history?.length) {
    out.push('<details><summary>Release history</summary>\n', '| Revision | Status | Commit | Time |', '|---:|---|---|---|');
    for (const h of s.history) out.push(`| ${h.revision}${h.rollbackOf ? ` (rollback to ${h.rollbackOf})` : ''} | ${h.status} | ${h.commit ? `\`${esc(h.commit.slice(0, 12))}\`` : ''} | ${h.time} |`);
    out.push('\n</details>', '');
  }
  if (s.diff && s.diff.text) {
    out.push('<details><summary>Diff</summary>\n', mdFence(s.diff.text.trimEnd(), 'diff'));
    if (s.diff.truncated) out.push('', `_The diff is cut here; the full diff is in ${s.diff.file ? `\`${esc(s.diff.file)}\`` : 'the diff file'}._`);
    out.push('\n</details>', '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
