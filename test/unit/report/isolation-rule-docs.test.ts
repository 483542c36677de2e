/**
 * The secret-delivery and isolation rules (issue 15 §5) are documented with a default severity, a
 * fixture that fires and one that does not: both fixtures are read from the docs page and run
 * through the CLI, so the page cannot drift from what the rule does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { COMPOSE_RULES } from '../../../src/checks/compose/rules.js';
import { KUBERNETES_RULES } from '../../../src/checks/kubernetes/rules.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const RULES = [
  'compose/secret-literal',
  'compose/privileged',
  'compose/docker-socket',
  'compose/host-network',
  'compose/database-port-exposed',
  'kubernetes/secret-literal',
  'kubernetes/secret-committed',
  'kubernetes/service-account-token',
  'kubernetes/ingress-not-denied',
  'kubernetes/egress-not-denied',
] as const;

/** The entry of a rule on its page: from its heading to the next rule's. */
function entry(rule: string): string {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${rule.split('/')[0]}.md`), 'utf8');
  const start = text.indexOf(`\n## ${rule}\n`);
  expect(start, `docs entry for ${rule}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + 4);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The YAML block right after a line saying `label` (its own paragraph). */
function fixture(text: string, label: string): string {
  const m = new RegExp(`\\n${label}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n`).exec(text);
  expect(m, `"${label}" fixture`).not.toBeNull();
  return m![1]!;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The rules a fixture makes fire, run as a user runs the check on a folder holding it. */
async function rulesFired(rule: string, yaml: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-rule-docs-'));
  dirs.push(dir);
  const compose = rule.startsWith('compose/');
  if (compose) writeFileSync(path.join(dir, 'compose.yaml'), yaml);
  else {
    mkdirSync(path.join(dir, 'k8s'));
    writeFileSync(path.join(dir, 'k8s', 'kustomization.yaml'), 'resources:\n  - manifest.yaml\n');
    writeFileSync(path.join(dir, 'k8s', 'manifest.yaml'), yaml);
  }
  let stdout = '';
  let stderr = '';
  await main([compose ? 'compose' : 'kustomize', '.', '--format', 'json'], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd: dir,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORTARIUM_TOOLS_DIR: process.env['PORTARIUM_TOOLS_DIR'] },
  });
  expect(stderr).toBe('');
  return (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string }> }).findings.map((f) => `${f.rule} ${f.file}`);
}

describe('secret and isolation rules: documented with a severity and fixtures that fire and do not', () => {
  it.each(RULES)('%s', async (rule) => {
    const text = entry(rule);
    const set = rule.startsWith('compose/') ? COMPOSE_RULES : KUBERNETES_RULES;
    expect(text).toContain(`**Default severity:** ${set.severity(rule as never)}`);
    const file = rule.startsWith('compose/') ? 'compose.yaml' : 'k8s/manifest.yaml';
    expect(await rulesFired(rule, fixture(text, 'Fires:'))).toContain(`${rule} ${file}`);
    expect((await rulesFired(rule, fixture(text, 'Does not fire:'))).filter((f) => f.startsWith(`${rule} `))).toEqual([]);
  });
});
