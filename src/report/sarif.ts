import type { CheckResult, Severity } from './finding.js';
import { type RuleDef, docsUrl } from './rules.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  toolVersion: string;
  rules: readonly RuleDef[];
  /** URI of the scanned root as the repository sees it (for %SRCROOT%), e.g. "examples/portarium/". */
  srcRoot?: string;
  informationUri?: string;
}

/** SARIF 2.1.0 for GitHub code scanning: one run, one tool, rules with their default levels. */
export function renderSarif(results: readonly CheckResult[], opts: SarifOptions): object {
  const findings = results.flatMap((r) => [...r.findings, ...(r.suppressed ?? [])]);
  const ruleIds = [...new Set([...opts.rules.map((r) => r.id), ...findings.map((f) => f.rule)])].sort();
  const known = new Map(opts.rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'portarium-infra',
            version: opts.toolVersion,
            informationUri: opts.informationUri ?? 'https://github.com/portarium/infra-actions',
            rules: ruleIds.map((id) => {
              const def = known.get(id);
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
                shortDescription: { text: def?.description ?? id },
                helpUri: docsUrl(id),
                defaultConfiguration: { level: LEVEL[def?.severity ?? 'warning'] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: opts.srcRoot ?? '' } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.help ? `${f.message}\n${f.help}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: Math.max(1, f.line),
                  startColumn: Math.max(1, f.column),
                  ...(f.endLine ? { endLine: f.endLine } : {}),
                  ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
          partialFingerprints: {
            primaryLocationLineHash: `${f.rule}:${f.file}:${f.line}`,
            ...(f.fingerprint ? { 'portariumInfraFingerprint/v1': f.fingerprint } : {}),
          },
          ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind, status: 'accepted', justification: f.suppression.justification }] } : {}),
        })),
      },
    ],
  };
}
