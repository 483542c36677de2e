// Grafana datasource provisioning, as Grafana reads it at start-up: every file a Grafana service loads
// from /etc/grafana/provisioning/datasources is one set, so uids, defaults and the uids that
// datasources name in their jsonData (trace-to-logs links, the service map, …) are checked across them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, type Node } from 'yaml';
import type { OtelRuleId } from './rules.js';
import { type OtelSource, type Position, deref, entries, positionOf, scalarText } from './source.js';

export const DATASOURCES_DIR = '/etc/grafana/provisioning/datasources';

export interface DatasourceProblem {
  rule: OtelRuleId;
  file: string;
  at: Position;
  message: string;
}

/** A datasource URL to follow to the service it names. */
export interface DatasourceUrl {
  src: OtelSource;
  node: Node | null;
  text: string;
  name: string;
  type: string | undefined;
}

/** Datasource types that reach a server and so need a url. */
const URL_TYPES = new Set(['tempo', 'prometheus', 'loki', 'jaeger', 'zipkin', 'elasticsearch', 'influxdb', 'graphite', 'alertmanager', 'opentsdb']);

/**
 * The datasource plugins Grafana ships (public/app/plugins/datasource, by plugin id, with the ids older
 * releases used). Any other type must be an installed plugin, whose id ends in -datasource.
 */
const CORE_TYPES = new Set([
  'alertmanager',
  'cloudwatch',
  'dashboard',
  'elasticsearch',
  'grafana',
  'grafana-azure-monitor-datasource',
  'grafana-postgresql-datasource',
  'grafana-pyroscope-datasource',
  'grafana-testdata-datasource',
  'graphite',
  'influxdb',
  'jaeger',
  'loki',
  'mixed',
  'mssql',
  'mysql',
  'opentsdb',
  'parca',
  'postgres',
  'prometheus',
  'stackdriver',
  'tempo',
  'testdata',
  'zipkin',
]);
const PLUGIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-datasource$/;

/** Grafana's util.IsValidShortUID and MaxUIDLength. */
const UID = /^[a-zA-Z0-9_-]*$/;
const MAX_UID_LENGTH = 40;

/** Grafana expands $VAR and ${VAR} from its environment when it reads the file: such values are not judged. */
const interpolated = (text: string) => text.includes('$');

/** The datasource provisioning files a bind mount gives Grafana: the file itself, or the YAML files of the directory that lands there. */
export function provisioningFiles(source: string, target: string): string[] {
  const t = target.replace(/\/+$/, '');
  if (!existsSync(source)) return [];
  if (statSync(source).isFile()) return t.startsWith(DATASOURCES_DIR + '/') && /\.ya?ml$/i.test(source) ? [source] : [];
  // Grafana reads the directory itself, not below it.
  if (t !== DATASOURCES_DIR && !DATASOURCES_DIR.startsWith(t + '/')) return [];
  const dir = path.join(source, path.posix.relative(t, DATASOURCES_DIR));
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** Checks the provisioning files of one Grafana service together; returns the URLs to follow. */
export function checkDatasources(files: readonly OtelSource[], add: (p: DatasourceProblem) => void): DatasourceUrl[] {
  const urls: DatasourceUrl[] = [];
  const uids = new Map<string, { file: string; line: number }>();
  const defaults = new Map<string, string>();
  const references: Array<{ src: OtelSource; node: Node; uid: string; name: string }> = [];
  const generated = new Set<string>();
  const at = (src: OtelSource, node: unknown) => ({ file: src.file, at: positionOf(src, node) });
  for (const src of files) {
    if (!src.doc) continue;
    const top = entries(src, src.doc.contents as Node | null);
    if (!top.length) continue;
    const version = top.find((e) => e.key === 'apiVersion');
    const v = scalarText(version?.value ?? null);
    // Without apiVersion (or 0) Grafana reads the old format (configsV0), whose keys are snake_case
    // and which has no uid: uid, jsonData, isDefault and orgId are then silently ignored.
    const V0 = 'Grafana reads it as the version 0 format, which ignores uid, jsonData, isDefault, orgId and the other camelCase keys; write apiVersion: 1';
    if (!version) add({ rule: 'otel/datasource-api-version', ...at(src, src.doc.contents), message: `the provisioning file has no apiVersion: ${V0}` });
    else if (v !== '1') {
      const n = Number(v);
      const why = Number.isInteger(n) && n > 1 ? `there is no provisioning format ${n} (Grafana reads it as 1); write apiVersion: 1` : V0;
      add({ rule: 'otel/datasource-api-version', ...at(src, version.value), message: `apiVersion is ${v ?? 'not a number'}: ${why}` });
    }

    const list = deref(src, top.find((e) => e.key === 'datasources')?.value ?? null);
    for (const ds of isSeq(list) ? list.items : []) {
      const node = deref(src, ds);
      const es = entries(src, node);
      const value = (key: string) => es.find((e) => e.key === key)?.value ?? null;
      const name = scalarText(value('name')) ?? '?';
      for (const required of ['name', 'type']) {
        if (!es.some((e) => e.key === required && scalarText(e.value) !== undefined)) add({ rule: 'otel/invalid-datasource', ...at(src, node), message: `a datasource without ${required}: Grafana refuses the provisioning file` });
      }
      const type = scalarText(value('type'));
      if (type !== undefined && !interpolated(type) && !CORE_TYPES.has(type) && !PLUGIN_ID.test(type)) {
        add({ rule: 'otel/unknown-datasource-type', ...at(src, value('type')), message: `datasource "${name}" has type "${type}", which is no datasource Grafana ships and no plugin id (<org>-<name>-datasource)` });
      }

      const uidNode = value('uid');
      const uid = scalarText(uidNode);
      if (uid !== undefined && !interpolated(uid)) {
        if (!UID.test(uid) || uid.length > MAX_UID_LENGTH) {
          add({ rule: 'otel/invalid-datasource-uid', ...at(src, uidNode), message: `datasource uid "${uid}" is not one Grafana accepts: at most ${MAX_UID_LENGTH} letters, digits, - and _` });
        }
        const first = uids.get(uid);
        if (first) {
          const where = first.file === src.file ? `line ${first.line}` : `${path.basename(first.file)}:${first.line}`;
          add({ rule: 'otel/duplicate-datasource-uid', ...at(src, uidNode), message: `datasource uid "${uid}" is also the uid of the datasource at ${where}: dashboards and links would reach only one of them` });
        } else uids.set(uid, { file: src.file, line: positionOf(src, uidNode).line });
      } else if (uid === undefined && name !== '?') {
        // Grafana gives a datasource without a uid one made from its name (safeUIDFromName); a link may name it.
        generated.add(generatedUid(name));
      }

      const isDefault = value('isDefault');
      if (scalarText(isDefault) === 'true') {
        const org = scalarText(value('orgId')) ?? '1';
        const other = defaults.get(org);
        if (other !== undefined) add({ rule: 'otel/invalid-datasource', ...at(src, isDefault), message: `datasource "${name}" is marked default, as "${other}" already is in organisation ${org}: Grafana refuses the provisioning ("Only one datasource per organization can be marked as default")` });
        else defaults.set(org, name);
      }

      const urlNode = value('url');
      const url = scalarText(urlNode);
      if (type && URL_TYPES.has(type) && !es.some((e) => e.key === 'url')) add({ rule: 'otel/invalid-datasource', ...at(src, node), message: `datasource of type ${type} has no url` });
      if (url !== undefined && !interpolated(url)) {
        const why = urlProblem(url);
        if (why && type && URL_TYPES.has(type)) add({ rule: 'otel/invalid-datasource-url', ...at(src, urlNode), message: `datasource "${name}" has url "${url}", ${why}` });
        else urls.push({ src, node: urlNode, text: url, name, type });
      }

      collectReferences(src, value('jsonData'), (n, ref) => references.push({ src, node: n, uid: ref, name }));
    }
  }
  for (const r of references) {
    if (interpolated(r.uid) || uids.has(r.uid) || generated.has(r.uid)) continue;
    add({ rule: 'otel/unknown-datasource-uid', ...at(r.src, r.node), message: `datasource "${r.name}" links to datasource uid "${r.uid}", which no provisioned datasource has${uids.size ? ` (uids: ${[...uids.keys()].join(', ')})` : ''}` });
  }
  return urls;
}

/** Grafana's safeUIDFromName: "P" and the first 8 bytes of the name's SHA-256 in hex, upper case. */
export function generatedUid(name: string): string {
  return `P${createHash('sha256').update(name).digest('hex').slice(0, 16)}`.toUpperCase();
}

/**
 * Why Grafana could not use the URL, or undefined. Grafana's proxy prefixes http:// to a URL without
 * a scheme (datasource.ValidateURL), so `tempo:3200` is fine; the HTTP client speaks only http and https.
 */
function urlProblem(text: string): string | undefined {
  const withScheme = /^[^:]*:\/\//.test(text) ? text : `http://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return 'which is not a URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `whose scheme ${u.protocol.replace(/:$/, '')} Grafana's HTTP client does not speak (http or https)`;
  if (!u.hostname) return 'which names no host';
  return undefined;
}

/** Every `datasourceUid` below jsonData: tracesToLogs(V2), tracesToMetrics, tracesToProfiles, serviceMap, lokiSearch, derivedFields, exemplarTraceIdDestinations. */
function collectReferences(src: OtelSource, node: Node | null, found: (node: Node, uid: string) => void, depth = 0): void {
  const n = deref(src, node);
  if (!n || depth > 16) return;
  if (isSeq(n)) {
    for (const item of n.items) collectReferences(src, item as Node, found, depth + 1);
    return;
  }
  if (!isMap(n)) return;
  for (const e of entries(src, n)) {
    const text = scalarText(e.value);
    if (e.key === 'datasourceUid' && text !== undefined && text !== '') found(e.value!, text);
    else collectReferences(src, e.value, found, depth + 1);
  }
}
