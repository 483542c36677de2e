// The kubeconfig of a deploy step: from a secret input, written where only this job can read it and
// removed by the post step; or the runner's own (KUBECONFIG, ~/.kube/config). Every credential in
// it is masked before anything else happens, so no later log line can carry one.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../report/finding.js';
import { urlUserinfo } from '../report/url-credentials.js';
import { type SettingName, actionInput } from './wording.js';

/** Keys whose values are URLs that may carry `user:password@` (clusters). */
const URL_KEYS = new Set(['server', 'proxy-url']);

/** Keys whose values are credentials, wherever they appear (users, auth-provider config, exec env). */
const CREDENTIAL_KEYS = new Set([
  'client-key-data',
  'client-certificate-data',
  'token',
  'password',
  'access-token',
  'refresh-token',
  'id-token',
  'client-secret',
  'idp-certificate-authority-data',
]);

/** Prefix of the directory holding a written kubeconfig; the post step removes only such directories. */
export const KUBECONFIG_DIR_PREFIX = 'portarium-kubeconfig-';

/**
 * Parses kubeconfig text (YAML, JSON, or either base64-encoded, as many teams store the secret).
 * Returns the text kubectl will read.
 */
export function decodeKubeconfig(content: string): { text: string; doc: Record<string, unknown> } {
  const tryParse = (text: string): Record<string, unknown> | undefined => {
    try {
      const d = parse(text) as unknown;
      return d && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const trimmed = content.trim();
  let doc = tryParse(trimmed);
  let text = trimmed;
  if (!doc && /^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
    text = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8').trim();
    doc = tryParse(text);
  }
  // Never echo the content in the message: it is a secret.
  if (!doc) throw new UsageError('input kubeconfig is not a kubeconfig (YAML, JSON or base64 of either)');
  if (!Array.isArray(doc['clusters']) || !Array.isArray(doc['contexts'])) {
    throw new UsageError('input kubeconfig has no clusters or contexts; expected a kubeconfig file (kind: Config)');
  }
  return { text: text + '\n', doc };
}

/** Every credential string in a kubeconfig: the values to mask, and decoded forms of the base64 ones. */
export function kubeconfigSecrets(doc: unknown): string[] {
  const out = new Set<string>();
  const visit = (v: unknown, key?: string) => {
    if (Array.isArray(v)) {
      v.forEach((x) => visit(x));
      return;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      // exec plugins: env values can be tokens; args too (`--token`, cloud secrets).
      if (key === 'exec') {
        for (const e of Array.isArray(o['env']) ? o['env'] : []) visit((e as { value?: unknown })?.value, 'token');
        for (const a of Array.isArray(o['args']) ? o['args'] : []) if (typeof a === 'string' && a.length >= 16) out.add(a);
      }
      for (const [k, x] of Object.entries(o)) visit(x, k);
      return;
    }
    if (typeof v === 'string' && key && URL_KEYS.has(key)) {
      for (const part of userinfoParts(v)) out.add(part);
      return;
    }
    if (typeof v !== 'string' || !key || !CREDENTIAL_KEYS.has(key) || v.length < 4) return;
    out.add(v);
    if (key.endsWith('-data')) {
      // The decoded PEM too: a tool that prints the key would print these lines.
      const pem = Buffer.from(v, 'base64').toString('utf8');
      for (const line of pem.split(/\r?\n/)) if (line.length >= 16 && !line.startsWith('-----')) out.add(line);
    }
  };
  visit(doc);
  return [...out];
}

/**
 * The userinfo of a server or proxy URL as the log could show it: `user:password`, each part, and
 * their percent-decoded forms. Parts under 4 characters are left out (a mask of "a" would blank
 * every "a" in the log); they are never printed anyway, since every printed URL is redacted.
 */
function userinfoParts(url: string): string[] {
  const u = urlUserinfo(url);
  if (!u) return [];
  const raw = [u.userinfo, u.user, ...(u.password !== undefined ? [u.password] : [])];
  const decoded = raw.map((x) => {
    try {
      return decodeURIComponent(x);
    } catch {
      return x;
    }
  });
  return [...new Set([...raw, ...decoded])].filter((x) => x.length >= 4);
}

export interface WrittenKubeconfig {
  file: string;
  dir: string;
}

/**
 * Writes the kubeconfig to a fresh directory under RUNNER_TEMP (0700) as a 0600 file. `beforeWrite`
 * receives the path before the file exists, so the post step can remove it even when this step
 * dies half-way.
 */
export function writeKubeconfig(text: string, o: { runnerTemp?: string; beforeWrite?: (w: WrittenKubeconfig) => void } = {}): WrittenKubeconfig {
  const base = o.runnerTemp || process.env['RUNNER_TEMP'] || os.tmpdir();
  const dir = path.join(base, `${KUBECONFIG_DIR_PREFIX}${randomBytes(8).toString('hex')}`);
  const file = path.join(dir, 'config');
  o.beforeWrite?.({ file, dir });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { file, dir };
}

/**
 * Removes a kubeconfig written by writeKubeconfig. Refuses anything else: the path comes from step
 * state, and the post step must never delete a directory it did not create.
 */
export function removeKubeconfig(file: string, runnerTemp = process.env['RUNNER_TEMP'] || os.tmpdir()): boolean {
  const dir = path.dirname(path.resolve(file));
  const rel = path.relative(path.resolve(runnerTemp), dir);
  if (rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep) || !rel.startsWith(KUBECONFIG_DIR_PREFIX) || path.basename(file) !== 'config') {
    throw new Error(`refusing to remove ${file}: not a kubeconfig this action wrote under ${runnerTemp}`);
  }
  const existed = existsSync(dir);
  rmSync(dir, { recursive: true, force: true });
  return existed;
}

/** The runner's kubeconfig when no input was given: the first KUBECONFIG entry that exists, else ~/.kube/config. */
export function runnerKubeconfig(env: Record<string, string | undefined> = process.env, setting: SettingName = actionInput): string {
  const entries = (env['KUBECONFIG'] ?? '').split(path.delimiter).filter(Boolean);
  for (const e of entries) if (existsSync(e)) return e;
  const home = path.join(env['HOME'] || os.homedir(), '.kube', 'config');
  if (existsSync(home)) return home;
  throw new UsageError(
    entries.length
      ? `KUBECONFIG names no existing file (${entries.join(', ')}); pass ${setting('kubeconfig')} or set up the cluster context first`
      : `no kubeconfig: pass ${setting('kubeconfig')}, or set up a cluster context first (KUBECONFIG or ~/.kube/config)`,
  );
}
