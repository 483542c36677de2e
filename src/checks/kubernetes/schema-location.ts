import { UsageError } from '../../report/finding.js';

/** kubeconform's default registry (used when a user asks for `kubeconform-default`). */
export const KUBECONFORM_DEFAULT_LOCATION =
  'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';

export const STANDALONE_SUFFIX = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';

const FIELDS = ['NormalizedKubernetesVersion', 'StrictSuffix', 'ResourceKind', 'ResourceAPIVersion', 'Group', 'KindSuffix'] as const;
type Field = (typeof FIELDS)[number];

export type TemplateValues = Record<Field, string>;

/**
 * A location as kubeconform's registry.New reads it: one that does not end in `json` gets the
 * standalone layout appended. Throws UsageError for a template kubeconform would refuse.
 */
export function normalizeLocation(location: string): string {
  const full = location.endsWith('json') ? location : location + STANDALONE_SUFFIX;
  parseTemplate(full);
  return full;
}

/** Template variables, computed like kubeconform's registry.schemaPath. */
export function templateValues(kind: string, apiVersion: string, k8sVersion: string, strict: boolean): TemplateValues {
  const groupParts = apiVersion.split('/');
  const versionParts = groupParts[0]!.split('.');
  let kindSuffix = '-' + versionParts[0]!.toLowerCase();
  if (groupParts.length > 1) kindSuffix += '-' + groupParts[1]!.toLowerCase();
  return {
    NormalizedKubernetesVersion: k8sVersion === 'master' ? 'master' : 'v' + k8sVersion,
    StrictSuffix: strict ? '-strict' : '',
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: groupParts[groupParts.length - 1]!,
    Group: groupParts[0]!,
    KindSuffix: kindSuffix,
  };
}

type Part = string | { field: Field };

const cache = new Map<string, Part[]>();

/** Parses the subset of Go text/template kubeconform templates use: `{{ .Field }}` actions. */
function parseTemplate(tpl: string): Part[] {
  const hit = cache.get(tpl);
  if (hit) return hit;
  const parts: Part[] = [];
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf('{{', i);
    if (open < 0) {
      parts.push(tpl.slice(i));
      break;
    }
    if (open > i) parts.push(tpl.slice(i, open));
    const close = tpl.indexOf('}}', open + 2);
    if (close < 0) throw locationError(tpl, 'unclosed action');
    // Go templates allow trim markers `{{-` / `-}}`; they eat adjacent whitespace we never have.
    const action = tpl.slice(open + 2, close).replace(/^-\s/, '').replace(/\s-$/, '').trim();
    const m = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(action);
    if (!m) throw locationError(tpl, `unsupported template action "{{${tpl.slice(open + 2, close)}}}"`);
    if (!(FIELDS as readonly string[]).includes(m[1]!)) {
      throw locationError(tpl, `template: tpl: executing "tpl" at <.${m[1]}>: can't evaluate field ${m[1]}`);
    }
    parts.push({ field: m[1] as Field });
    i = close + 2;
  }
  cache.set(tpl, parts);
  return parts;
}

function locationError(tpl: string, why: string): UsageError {
  return new UsageError(`failed initialising schema location registry: ${why} (in ${JSON.stringify(tpl)})`);
}

export function expandLocation(tpl: string, values: TemplateValues): string {
  return parseTemplate(tpl)
    .map((p) => (typeof p === 'string' ? p : values[p.field]))
    .join('');
}

/** kubeconform: `-kubernetes-version` must be `master` or a full x.y.z. */
export function checkKubernetesVersion(v: string): string {
  if (v === 'master' || /^\d+\.\d+\.\d+$/.test(v)) return v;
  throw new UsageError(
    `invalid value "${v}" for kubernetes version: ${v} is not a valid version. Valid values are "master" or full version x.y.z (e.g. "1.27.2")`,
  );
}
