import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CONTROLS } from '../../../src/checks/kubernetes/pod-security/controls.js';
import { evaluatePod, forbiddenDetail } from '../../../src/checks/kubernetes/pod-security/evaluate.js';
import type { PodSecurityLevel, PolicyVersion } from '../../../src/checks/kubernetes/pod-security/levels.js';
import { podTemplateOf } from '../../../src/checks/kubernetes/pod-security/pod-templates.js';
import { apiServerAvailable, startApiServer, type TestApiServer } from '../../helpers/apiserver.js';
import { EXAMPLE } from '../../helpers/paths.js';
import { findTool } from '../../helpers/tools.js';
import { KINDS, MUTATIONS, RESOURCES, generatePod, prng, templatePod, wrap, type Kind } from './pod-security-cases.js';

/*
 * Our Pod Security evaluation against the real kube-apiserver's PodSecurity admission (the test
 * server, v1.33). Pods — and the Pod each workload's template makes — by dry-run create into
 * namespaces that enforce a level and version (the refusal's message); workload objects by dry-run
 * create into namespaces that warn (the Warning header), one object per request. Agreement is the
 * verdict and the whole `reason (detail), …` text, per object, level and version. The server's
 * `latest` is its own minor, so it is compared with our v1.33.
 */
const LEVELS: Exclude<PodSecurityLevel, 'privileged'>[] = ['baseline', 'restricted'];
const VERSIONS: PolicyVersion[] = ['latest', 'v1.33', 'v1.31', 'v1.29', 'v1.27', 'v1.25', 'v1.23', 'v1.18'];
const SERVER_MINOR = 'v1.33';
const IN_FLIGHT = 8;

const run = apiServerAvailable() ? describe : describe.skip;

interface Connection {
  agent: https.Agent;
  server: string;
}

interface Reply {
  status: number;
  message: string;
  warnings: string[];
}

function connect(kubeconfig: string): Connection {
  const text = readFileSync(kubeconfig, 'utf8');
  const field = (k: string) => Buffer.from(new RegExp(`${k}: (\\S+)`).exec(text)![1]!, 'base64');
  return {
    server: /server: (\S+)/.exec(text)![1]!,
    agent: new https.Agent({ ca: field('certificate-authority-data'), cert: field('client-certificate-data'), key: field('client-key-data'), keepAlive: true, maxSockets: IN_FLIGHT }),
  };
}

/** `299 - "text"`: the text, unescaped. */
function warningText(v: string): string {
  const m = /^\d{3} \S+ "(.*)"/.exec(v);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : v;
}

function post(c: Connection, urlPath: string, body: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(`${c.server}${urlPath}`, { method: 'POST', agent: c.agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (data += d));
      res.on('end', () => {
        const warnings: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) if (res.rawHeaders[i]!.toLowerCase() === 'warning') warnings.push(warningText(res.rawHeaders[i + 1]!));
        let message = '';
        try {
          message = String((JSON.parse(data) as { message?: unknown }).message ?? '');
        } catch {
          message = data;
        }
        resolve({ status: res.statusCode ?? 0, message, warnings });
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function pool<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

const nsName = (mode: 'enforce' | 'warn', level: string, version: string) => `pss-${mode[0]}-${level}-${version.replace('.', '-')}`;

interface Question {
  object: number;
  label: string;
  mode: 'enforce' | 'warn';
  level: Exclude<PodSecurityLevel, 'privileged'>;
  version: PolicyVersion;
  kind: Kind;
  body: Record<string, unknown>;
  ours: string;
  /** Our failed check ids. */
  ids: string[];
}

/** What the server says: '' for allowed, else the `reason (detail), …` text; undefined when the object is invalid. */
function serverDetail(q: Question, r: Reply): string | undefined {
  const policy = `PodSecurity "${q.level}:${q.version}": `;
  if (q.mode === 'enforce') {
    if (r.status === 201) return '';
    const at = r.message.indexOf(`violates ${policy}`);
    if (r.status === 403 && at >= 0) return r.message.slice(at + `violates ${policy}`.length);
    return undefined;
  }
  if (r.status !== 201) return undefined;
  const w = r.warnings.find((x) => x.startsWith(`would violate ${policy}`));
  return w ? w.slice(`would violate ${policy}`.length) : '';
}

function ours(level: Exclude<PodSecurityLevel, 'privileged'>, version: PolicyVersion, apiVersion: string, kind: string, object: Record<string, unknown>): { ours: string; ids: string[] } {
  const t = podTemplateOf(apiVersion, kind, object);
  if (!t) return { ours: '', ids: [] };
  const results = evaluatePod(level, version === 'latest' ? SERVER_MINOR : version, t.view);
  return { ours: forbiddenDetail(results), ids: results.map((r) => r.id) };
}

/**
 * A Pod at every level and version given; a workload's object likewise, and the Pod its template
 * makes at every level and the versions `podVersions` names.
 */
function questionsFor(object: number, label: string, kind: Kind, body: Record<string, unknown>, versions: PolicyVersion[], podVersions = versions): Question[] {
  const qs: Question[] = [];
  const { apiVersion } = RESOURCES[kind];
  const pod = kind === 'Pod' ? body : templatePod(kind, String((body.metadata as { name: string }).name), body);
  for (const level of LEVELS) {
    for (const version of versions) {
      if (kind !== 'Pod') qs.push({ object, label, mode: 'warn', level, version, kind, body, ...ours(level, version, apiVersion, kind, body) });
      if (kind === 'Pod' || podVersions.includes(version)) {
        qs.push({ object, label: kind === 'Pod' ? label : `${label} (its pod)`, mode: 'enforce', level, version, kind: 'Pod', body: pod, ...ours(level, version, 'v1', 'Pod', pod) });
      }
    }
  }
  return qs;
}

function urlOf(q: Question): string {
  const { apiVersion, plural } = RESOURCES[q.kind];
  const base = apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`;
  return `${base}/namespaces/${nsName(q.mode, q.level, q.version)}/${plural}?dryRun=All`;
}

/** The example's rendered workloads, each overlay's. */
function exampleWorkloads(): { label: string; kind: Kind; body: Record<string, unknown> }[] {
  const kustomize = findTool('kustomize');
  if (!kustomize) return [];
  const overlays = path.join(EXAMPLE, 'infra', 'kubernetes', 'overlays');
  const out: { label: string; kind: Kind; body: Record<string, unknown> }[] = [];
  for (const o of readdirSync(overlays)) {
    const yaml = execFileSync(kustomize, ['build', path.join(overlays, o)], { encoding: 'utf8' });
    const docs = parseAllDocuments(yaml).map((d) => d.toJS() as Record<string, unknown>);
    for (const d of docs) {
      if (!d || !(KINDS as readonly string[]).includes(String(d.kind))) continue;
      const meta = { ...(d.metadata as Record<string, unknown>) };
      delete meta.namespace;
      out.push({ label: `example ${o} ${String(d.kind)} ${String(meta.name)}`, kind: d.kind as Kind, body: { ...d, metadata: meta } });
    }
  }
  return out;
}

run('Pod Security evaluation vs kube-apiserver PodSecurity admission', () => {
  let server: TestApiServer;
  let conn: Connection;

  beforeAll(async () => {
    server = await startApiServer();
    conn = connect(server.kubeconfig);
    for (const mode of ['enforce', 'warn'] as const) {
      for (const level of LEVELS) {
        for (const version of VERSIONS) {
          const name = nsName(mode, level, version);
          const r = await post(conn, '/api/v1/namespaces', {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name, labels: { [`pod-security.kubernetes.io/${mode}`]: level, [`pod-security.kubernetes.io/${mode}-version`]: version } },
          });
          if (r.status !== 201) throw new Error(`namespace ${name}: ${r.status} ${r.message}`);
        }
      }
    }
  }, 180_000);

  afterAll(async () => {
    conn?.agent.destroy();
    await server?.stop();
  });

  it('agrees on every generated workload and the example, per level and version', async () => {
    const rand = prng(1504);
    const questions: Question[] = [];
    const names = Object.keys(MUTATIONS);
    const objects: { label: string; applied: string[] }[] = [];
    const TOTAL = 1300;
    for (let i = 0; i < TOTAL; i++) {
      // Every setting forced into a fair share of the cases, the rest free mixes.
      const forced = i < names.length * 12 ? names[i % names.length] : undefined;
      const { parts, applied } = generatePod(rand, forced);
      const kind = KINDS[i % KINDS.length]!;
      const name = `gen-${i}`;
      const body = wrap(kind, name, JSON.parse(JSON.stringify(parts)) as typeof parts);
      const versions: PolicyVersion[] = ['latest', VERSIONS[1 + (i % (VERSIONS.length - 1))]!];
      objects.push({ label: `${kind} ${name} [${applied.join(' ')}]`, applied });
      questions.push(...questionsFor(i, `${kind} ${name} [${applied.join(' ')}]`, kind, body, versions, [versions[i % 2]!]));
    }
    const example = exampleWorkloads();
    example.forEach((e, j) => questions.push(...questionsFor(TOTAL + j, e.label, e.kind, e.body, VERSIONS)));
    // The example's pods run as their own ServiceAccounts, which must exist for a Pod to be admitted.
    const accounts = new Set(questions.filter((q) => q.kind === 'Pod').map((q) => (q.body.spec as { serviceAccountName?: string }).serviceAccountName).filter((a): a is string => !!a));
    for (const level of LEVELS) {
      for (const version of VERSIONS) {
        for (const name of accounts) await post(conn, `/api/v1/namespaces/${nsName('enforce', level, version)}/serviceaccounts`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } });
      }
    }

    const invalid = new Map<number, string>();
    const answers: (string | undefined)[] = new Array(questions.length);
    const started = Date.now();
    await pool([...questions.keys()], IN_FLIGHT, async (i) => {
      const q = questions[i]!;
      const r = await post(conn, urlOf(q), q.body);
      const d = serverDetail(q, r);
      answers[i] = d;
      if (d === undefined && !invalid.has(q.object)) invalid.set(q.object, `${q.label}: ${r.status} ${r.message}`);
    });
    const seconds = (Date.now() - started) / 1000;

    const disagreements: string[] = [];
    const tally: Record<string, { same: number; total: number }> = {};
    const failing = new Set<string>();
    const fired: Record<string, number> = {};
    questions.forEach((q, i) => {
      if (invalid.has(q.object)) return;
      const theirs = answers[i]!;
      const t = (tally[`${q.mode} ${q.level}`] ??= { same: 0, total: 0 });
      t.total++;
      if (theirs === q.ours) t.same++;
      else disagreements.push(`${q.label} ${q.mode} ${q.level}:${q.version}\n  server: ${theirs || '(allowed)'}\n  ours:   ${q.ours || '(allowed)'}`);
      if (theirs) for (const m of objects[q.object]?.applied ?? []) failing.add(m);
      for (const id of q.ids) fired[id] = (fired[id] ?? 0) + 1;
    });
    const valid = objects.filter((_, i) => !invalid.has(i)).length;
    const exampleCompared = questions.filter((q) => q.object >= TOTAL && !invalid.has(q.object)).length;
    console.log(
      `PodSecurity differential: ${valid} valid generated objects (${invalid.size} refused as invalid), ${example.length} example workloads (${exampleCompared} answers), ` +
        `${questions.length} requests in ${seconds.toFixed(1)}s; agreement ${Object.entries(tally).map(([k, v]) => `${k} ${v.same}/${v.total}`).join(', ')}`,
    );
    console.log(
      `example: ${questions.filter((q) => q.object >= TOTAL && q.ours !== '').length} answers with violations (${[...new Set(questions.filter((q) => q.object >= TOTAL && q.ours).map((q) => `${q.label} ${q.level}:${q.version}`))].slice(0, 3).join('; ')})`,
    );
    if (invalid.size) console.log(`invalid (first 5):\n${[...invalid.values()].slice(0, 5).join('\n')}`);
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(valid).toBeGreaterThanOrEqual(1000);
    expect(example.length).toBeGreaterThan(0);
    expect([...invalid.entries()].filter(([i]) => i >= TOTAL).map(([, why]) => why)).toEqual([]);
    console.log(`checks failed (object × level × version): ${Object.entries(fired).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    // Every setting was in an object the server refused, and every check the server knows failed many times.
    expect(names.filter((m) => !failing.has(m))).toEqual([]);
    const known = CONTROLS.filter((c) => c.versions[0]!.since <= 33).map((c) => c.id);
    expect(known.filter((id) => (fired[id] ?? 0) < 5)).toEqual([]);
  }, 300_000);
});
