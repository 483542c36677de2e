/**
 * The variables compose interpolation may see in an action: only what the caller names in the
 * `variables` and `secret-variables` inputs. The action's own environment holds the runner's
 * credentials (INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_TOKEN, …), and a
 * pull request could print any of them through `${NAME}`; so none of it is visible, and a variable
 * not given is unset, as one missing from docker compose's environment is.
 */
import * as core from '@actions/core';
import { UsageError } from '../report/finding.js';

export interface ActionVariables {
  /** NAME → value, secret ones included. */
  env: Record<string, string>;
  /** The values of `secret-variables`, to be redacted from every output. */
  secrets: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `NAME=value` lines (blank lines and `# comments` skipped; the value is everything after the first
 * `=`, kept as written). An error names the input and line, never the line's text: it may hold a secret.
 */
export function parseVariables(text: string, inputName: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const name = eq < 0 ? line.trimEnd() : line.slice(0, eq).trimEnd();
    if (eq < 0 || !NAME.test(name)) {
      throw new UsageError(`${inputName}: line ${i + 1} is not NAME=value with NAME made of letters, digits and _ (the line is not shown: it may hold a secret)`);
    }
    out.push([name, line.slice(eq + 1)]);
  });
  return out;
}

/** Reads both inputs; each secret value is masked in the log from now on and returned for redaction. */
export function variablesFromInputs(): ActionVariables {
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of parseVariables(core.getInput('variables', { trimWhitespace: false }), 'variables')) env[k] = v;
  const secrets: string[] = [];
  for (const [k, v] of parseVariables(core.getInput('secret-variables', { trimWhitespace: false }), 'secret-variables')) {
    env[k] = v;
    if (v !== '') {
      core.setSecret(v);
      secrets.push(v);
    }
  }
  return { env, secrets };
}
