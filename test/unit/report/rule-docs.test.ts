/**
 * Every rule id of every check — and every outcome of the deploy — has an entry on its docs page,
 * every entry on a page is a rule that exists, and the docs URL the code emits (SARIF helpUri) lands
 * on that entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPOSE_RULES } from '../../../src/checks/compose/rules.js';
import { IMAGES_RULES } from '../../../src/checks/images/rules.js';
import { KUBERNETES_RULES } from '../../../src/checks/kubernetes/rules.js';
import { OTEL_RULES } from '../../../src/checks/otel/rules.js';
import { TERRAFORM_RULES } from '../../../src/checks/terraform/rules.js';
import { WORKFLOWS_RULES } from '../../../src/checks/workflows/rules.js';
import { DEPLOY_RULES } from '../../../src/deploy/rules.js';
import { REPORT_RULES, type RuleDef, type RuleSet, docsPage, docsUrl, renderSarif } from '../../../src/report/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';

/** Rule sets whose findings the CLI and the actions filter through `.portarium-infra.yml` `rules:`. */
const CONFIGURABLE: readonly RuleSet<string>[] = [COMPOSE_RULES, TERRAFORM_RULES, KUBERNETES_RULES, IMAGES_RULES, OTEL_RULES, REPORT_RULES];
/** The workflow contracts run in the test suite only, and deploy outcomes are not lint rules: their pages say so once. */
const NOT_CONFIGURABLE: readonly RuleSet<string>[] = [WORKFLOWS_RULES, DEPLOY_RULES];
const ALL: readonly RuleDef[] = [...CONFIGURABLE, ...NOT_CONFIGURABLE].flatMap((s) => s.rules);

interface Page {
  file: string;
  text: string;
  /** Headings (`##`, `###`) that are a rule id of the page's prefix, with the entry below them. */
  entries: Map<string, string>;
  /** Every fragment a link can target: explicit `<a id>` and GitHub's slugs of the headings. */
  anchors: Set<string>;
}

/** GitHub's heading slug: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const pages = new Map<string, Page>();
function page(file: string): Page {
  const cached = pages.get(file);
  if (cached) return cached;
  const abs = path.join(REPO_ROOT, file);
  const text = existsSync(abs) ? readFileSync(abs, 'utf8') : '';
  const prefix = path.basename(file, '.md');
  const lines = text.split('\n');
  const entries = new Map<string, string>();
  const anchors = new Set<string>();
  let fence = false;
  const headings: { level: number; title: string; index: number }[] = [];
  lines.forEach((line, index) => {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence) return;
    for (const m of line.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]!);
    const h = /^(#{1,6}) (.+?)\s*$/.exec(line);
    if (h) headings.push({ level: h[1]!.length, title: h[2]!, index });
  });
  for (const [i, h] of headings.entries()) {
    anchors.add(githubSlug(h.title));
    if (!(h.level === 2 || h.level === 3) || !h.title.startsWith(`${prefix}/`)) continue;
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    entries.set(h.title, lines.slice(h.index + 1, next?.index ?? lines.length).join('\n'));
  }
  const p = { file, text, entries, anchors };
  pages.set(file, p);
  return p;
}

const fragment = (url: string) => url.slice(url.indexOf('#') + 1);
const pathPart = (url: string) => url.slice(0, url.indexOf('#'));

describe('rule documentation', () => {
  it('rule ids are unique across checks and each prefix names an existing docs page', () => {
    expect(new Set(ALL.map((r) => r.id)).size).toBe(ALL.length);
    for (const r of ALL) expect(existsSync(path.join(REPO_ROOT, docsPage(r.id))), `${docsPage(r.id)} for ${r.id}`).toBe(true);
  });

  it.each([...CONFIGURABLE, ...NOT_CONFIGURABLE].map((s) => [s.rules[0]!.id.split('/')[0]!, s] as const))(
    '%s: every rule has an entry with its default severity, and every entry is a rule',
    (_prefix, set) => {
      const file = docsPage(set.rules[0]!.id);
      const p = page(file);
      const missing = set.rules.filter((r) => !p.entries.has(r.id)).map((r) => r.id);
      expect(missing, `rules without an entry (a "## <id>" heading) in ${file}`).toEqual([]);
      const ids = new Set<string>(set.rules.map((r) => r.id));
      const stale = [...p.entries.keys()].filter((id) => !ids.has(id));
      expect(stale, `entries in ${file} for rules that do not exist`).toEqual([]);
      for (const r of set.rules) {
        const entry = p.entries.get(r.id)!;
        expect(entry, `${r.id}: default severity`).toContain(`**Default severity:** ${r.severity}`);
        expect(entry, `${r.id}: how to fix it`).toMatch(/\*\*Fix:\*\*/);
        if (CONFIGURABLE.includes(set)) expect(entry, `${r.id}: how to turn it off`).toContain(`${r.id}: off`);
      }
      if (NOT_CONFIGURABLE.includes(set)) expect(p.text, `${file} says that its rules cannot be turned off`).toMatch(/cannot be turned off/);
    },
  );

  it('the docs URL of every rule points at an anchor on its page, right before its entry', () => {
    for (const r of ALL) {
      const url = docsUrl(r.id);
      const p = page(pathPart(url));
      expect(p.anchors.has(fragment(url)), `${url}: no such anchor`).toBe(true);
      expect(p.text, `${url}: the anchor is not the entry's`).toMatch(new RegExp(`<a id="${fragment(url)}"></a>\\s*\\n#{2,3} ${r.id}\\n`));
    }
  });

  it('SARIF helpUri of every rule is that URL', () => {
    const sarif = renderSarif([], { toolVersion: '0', rules: ALL }) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(ALL.map((r) => r.id).sort());
    for (const r of rules) {
      expect(r.helpUri).toBe(docsUrl(r.id));
      expect(page(pathPart(r.helpUri)).anchors.has(fragment(r.helpUri)), r.helpUri).toBe(true);
    }
  });

  it('every in-page link of a rules page points at an anchor that exists', () => {
    for (const file of new Set(ALL.map((r) => docsPage(r.id)))) {
      const p = page(file);
      const broken = [...p.text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!).filter((a) => !p.anchors.has(a));
      expect(broken, file).toEqual([]);
    }
  });
});

describe('rule model', () => {
  it('a finding carries the check, the rule and its default severity, at 1:1 of a file given alone', () => {
    expect(DEPLOY_RULES.finding('deploy/locked', 'overlays/prod/kustomization.yaml', 'held', { help: 'wait' })).toEqual({
      check: 'deploy',
      rule: 'deploy/locked',
      severity: 'error',
      file: 'overlays/prod/kustomization.yaml',
      line: 1,
      column: 1,
      message: 'held',
      help: 'wait',
    });
    expect(KUBERNETES_RULES.finding('kubernetes/missing-schema', { file: 'a.yaml', line: 3, column: 5 }, 'm', { endLine: 3, endColumn: 9 })).toEqual({
      check: 'kustomize',
      rule: 'kubernetes/missing-schema',
      severity: 'warning',
      file: 'a.yaml',
      line: 3,
      column: 5,
      message: 'm',
      endLine: 3,
      endColumn: 9,
    });
  });

  it('settings turn a rule off or replace its severity', () => {
    expect(COMPOSE_RULES.severityUnder('compose/unset-variable', undefined)).toBe('warning');
    expect(COMPOSE_RULES.severityUnder('compose/unset-variable', { 'compose/unset-variable': 'error' })).toBe('error');
    expect(COMPOSE_RULES.severityUnder('compose/unset-variable', { 'compose/unset-variable': 'off' })).toBeUndefined();
  });

  it('a rule id that is not in the table does not compile, and throws if forced', () => {
    // @ts-expect-error: a typo in a rule id is a type error
    expect(() => COMPOSE_RULES.finding('compose/undefined-netwrok', 'compose.yaml', 'x')).toThrow(/unknown compose rule/);
    // @ts-expect-error: another check's rule id is a type error too
    expect(() => IMAGES_RULES.severity('compose/undefined-network')).toThrow(/unknown images rule/);
  });
});
