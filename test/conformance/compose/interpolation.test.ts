import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidTemplateError, MissingRequiredError, substitute } from '../../../src/checks/compose/template.js';
import { CONFORMANCE, conformanceAvailable } from '../../helpers/paths.js';

interface Case {
  template: string;
  expected?: string;
  error?: string;
  errorType?: 'InvalidTemplateError' | 'MissingRequiredError';
}
interface Data {
  environment: Record<string, string>;
  cases: Case[];
}

const file = path.join(CONFORMANCE, 'compose', 'compose-interpolation-cases.json');

describe.runIf(conformanceAvailable())('compose-go template_test.go interpolation cases', () => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
  const env = data.environment;
  const mapping = (k: string): string | undefined => (Object.prototype.hasOwnProperty.call(env, k) ? env[k] : undefined);

  it('has all 69 cases', () => {
    expect(data.cases).toHaveLength(69);
  });

  for (const [i, c] of data.cases.entries()) {
    it(`#${i} ${JSON.stringify(c.template)}`, () => {
      if (c.error === undefined) {
        expect(substitute(c.template, mapping)).toBe(c.expected);
        return;
      }
      let thrown: unknown;
      try {
        substitute(c.template, mapping);
      } catch (e) {
        thrown = e;
      }
      const type = c.errorType === 'InvalidTemplateError' ? InvalidTemplateError : MissingRequiredError;
      expect(thrown).toBeInstanceOf(type);
      expect((thrown as Error).message).toContain(c.error);
      if (thrown instanceof InvalidTemplateError) expect(thrown.template).toBe(c.template);
    });
  }
});
