/**
 * The settings loader on hostile `.portarium-infra.yml` text (a pull request controls it): parseConfig
 * returns a configuration or throws a UsageError naming the file, line and column; nothing else escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/settings/config.js';
import { UsageError } from '../../src/report/finding.js';
import { aliasBombs, anyText, fragments, mutated } from './mutate.js';
import { batch, params, timeout } from './support.js';

const SEEDS = [
  'fail-on: warning\nrules:\n  compose/image-latest: off\n  terraform-fmt/not-formatted: warning\ncompose:\n  files: [a.yml, b.yml]\n  profiles: ["*"]\n',
  'kubernetes:\n  schema-locations:\n    - default\n    - https://example.com/{{ .ResourceKind }}.json\n  kubernetes-version: 1.31.0\nterraform:\n  exclude: ["**/.terraform/**"]\n',
  'images:\n  - name: app\n    context: .\n    dockerfile: Dockerfile\n    build-args:\n      A: "1"\ndeploy:\n  environments:\n    dev:\n      namespace: dev\n',
  '# empty\n',
];
const DICT = [
  'fail-on: ', 'error', 'warning', 'never', 'rules:\n', '  a/b: ', 'off', 'notice', 'compose:\n', 'terraform:\n', 'kubernetes:\n', 'images:\n', 'deploy:\n',
  '  files: ', '[', ']', '{', '}', '- ', ': ', '? ', '&a ', '*a', '<<: *a', '!!binary ', '!!set ', '!!omap ', '!!pairs ', '!tag ', '__proto__: ', 'constructor: ',
  '~', 'null', '"', "'", '#', '|', '>', '---\n', '...\n', '%YAML 1.2\n---\n', '%TAG ! tag:x:\n---\n', '\t', '\n', '\r\n', '1e999', '0x', 'yes',
  ...aliasBombs(''),
  ...aliasBombs('  '),
];

describe('fuzz: settings loader', () => {
  const N = 2000;
  it(
    'parseConfig returns a configuration or a UsageError with file:line:column',
    () => {
      const b = batch('settings');
      const text = fc.oneof({ weight: 5, arbitrary: mutated(SEEDS, { dict: DICT, maxMutations: 6 }) }, { weight: 2, arbitrary: fragments(DICT, 40) }, { weight: 1, arbitrary: anyText });
      fc.assert(
        fc.property(text, (src) =>
          b.run(src, () => {
            try {
              const c = parseConfig(src, 'cfg.yml');
              // Every list setting comes back as a list of strings, whatever was written.
              const { compose, terraform, kubernetes } = c.checks;
              for (const list of [compose.files, terraform.exclude, compose.profiles, kubernetes.schemaLocations]) {
                if (list !== undefined) expect(list.every((x) => typeof x === 'string')).toBe(true);
              }
              JSON.stringify(c);
            } catch (e) {
              expect(e, String(e)).toBeInstanceOf(UsageError);
              expect((e as Error).message).toMatch(/^cfg\.yml:\d+:\d+: /);
            }
          }),
        ),
        params(N),
      );
      b.finish();
    },
    timeout(N, 20),
  );
});
