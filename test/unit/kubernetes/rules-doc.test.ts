import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/checks/kubernetes/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';

describe('kubernetes rules documentation', () => {
  it('every rule has a table row and a section in docs/rules/kubernetes.md with its default severity', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'kubernetes.md'), 'utf8');
    for (const r of RULES) {
      expect(doc, r.id).toMatch(new RegExp(`^\\| \\[\`${r.id}\`\\]\\(#[^)]+\\) \\| ${r.severity} \\|`, 'm'));
      const section = doc.split(`\n## ${r.id}\n`)[1]?.split('\n## ')[0];
      expect(section, r.id).toBeDefined();
      expect(section!.trim().startsWith(`**${r.severity}**`), r.id).toBe(true);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
