import jsYaml from 'js-yaml';

/*
 * Scalar resolution of go-yaml v2 (the decoder behind sigs.k8s.io/yaml, which kubeconform and
 * kubectl use), as a js-yaml schema. It is YAML 1.1-ish and differs from both YAML 1.2 and the
 * `yaml` package's 1.1 mode: y/n/on/off are booleans, 0755 is octal, `_` is ignored in numbers,
 * sexagesimal (1:20) and timestamps stay strings, `08` is the float 8.
 */
const { Type, FAILSAFE_SCHEMA } = jsYaml;

const BOOL: Record<string, boolean> = Object.create(null);
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOL[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOL[s] = false;

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOAT: Record<string, number> = Object.assign(Object.create(null), {
  '.nan': NaN,
  '.NaN': NaN,
  '.NAN': NaN,
  '.inf': Infinity,
  '.Inf': Infinity,
  '.INF': Infinity,
  '+.inf': Infinity,
  '+.Inf': Infinity,
  '+.INF': Infinity,
  '-.inf': -Infinity,
  '-.Inf': -Infinity,
  '-.INF': -Infinity,
});

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|(0[0-7]*)|([1-9][0-9]*))$/;

/** strconv.ParseInt(s, 0, 64) / ParseUint, as a JS number (undefined when Go would fail). */
function goParseInt(plain: string): number | undefined {
  const m = GO_INT.exec(plain);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const [hex, bin, oct, leadingZero, dec] = [m[2], m[3], m[4], m[5], m[6]];
  let v: number;
  if (hex !== undefined) v = parseInt(hex, 16);
  else if (bin !== undefined) v = parseInt(bin, 2);
  else if (oct !== undefined) v = parseInt(oct, 8);
  else if (leadingZero !== undefined) v = leadingZero.length > 1 ? parseInt(leadingZero.slice(1), 8) : 0;
  else v = parseInt(dec!, 10);
  // Beyond uint64 Go gives up on integers (and then tries a float).
  if (v > 2 ** 64 - 1) return undefined;
  return sign * v;
}

// go-yaml's resolve table: only scalars starting with a digit or a sign can be numbers.
const startsNumeric = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45;
};

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => NULLS.has(s),
  construct: () => null,
  predicate: (v: unknown) => v === null,
  represent: () => 'null',
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => Object.hasOwn(BOOL, s),
  construct: (s: string) => BOOL[s],
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: object) => String(v),
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => startsNumeric(s) && goParseInt(s.includes('_') ? s.replace(/_/g, '') : s) !== undefined,
  construct: (s: string) => goParseInt(s.includes('_') ? s.replace(/_/g, '') : s),
  predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  represent: (v: object) => String(v),
});

function goFloat(s: string): number | undefined {
  if (Object.hasOwn(SPECIAL_FLOAT, s)) return SPECIAL_FLOAT[s];
  const c = s.charCodeAt(0);
  if (c !== 46 && !startsNumeric(s)) return undefined;
  if (s.startsWith('.')) return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) ? Number(s) : undefined;
  if (!startsNumeric(s)) return undefined;
  const plain = s.replace(/_/g, '');
  return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : undefined;
}

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => goFloat(s) !== undefined,
  construct: (s: string) => goFloat(s),
  predicate: (v: unknown) => typeof v === 'number',
  represent: (v: object) => String(v),
});

// go-yaml decodes !!binary into a Go string; JSON then sees that string.
const binaryType = new Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: (s: string) => /^[A-Za-z0-9+/=\s]*$/.test(s),
  construct: (s: string) => Buffer.from(s.replace(/\s/g, ''), 'base64').toString('utf8'),
});

export const GO_YAML_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, (jsYaml as unknown as { types: { merge: InstanceType<typeof Type> } }).types.merge],
  explicit: [binaryType],
});
