import { addFormats, type Ajv } from './ajv-classes.js';
import { isGoRegExp } from './go-regexp.js';

/*
 * Formats as kubeconform v0.7.0 asserts them (santhosh-tekuri/jsonschema v6 + kubeconform's duration):
 * only for draft-04/06/07 schemas; unknown formats (int-or-string, quantity, byte, int32, ...) are
 * annotations. Keeping the same set keeps verdicts identical to kubeconform.
 */

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/** RFC 3339 full-time, ported from santhosh-tekuri/jsonschema validateTime (with leap-second rule). */
function validTime(str: string): boolean {
  if (str.length < 9 || str[2] !== ':' || str[5] !== ':') return false;
  const hms = str.slice(0, 8).split(':');
  if (hms.length !== 3 || hms.some((t) => !/^[+-]?\d+$/.test(t))) return false;
  let [h, m] = [Number(hms[0]), Number(hms[1])];
  const s = Number(hms[2]);
  if (h! < 0 || m! < 0 || s < 0 || h! > 23 || m! > 59 || s > 60) return false;
  let rest = str.slice(8);
  if (rest.startsWith('.')) {
    const digits = /^\d*/.exec(rest.slice(1))![0].length;
    if (digits === 0) return false;
    rest = rest.slice(1 + digits);
  }
  if (rest !== 'z' && rest !== 'Z') {
    if (rest.length !== 6) return false;
    const sign = rest[0] === '+' ? -1 : rest[0] === '-' ? 1 : 0;
    if (sign === 0 || rest[3] !== ':') return false;
    const zh = rest.slice(1, 3);
    const zm = rest.slice(4, 6);
    if (!/^\d+$/.test(zh) || !/^\d+$/.test(zm)) return false;
    if (Number(zh) > 23 || Number(zm) > 59) return false;
    let hm = h! * 60 + m! + sign * (Number(zh) * 60 + Number(zm));
    if (hm < 0) hm += 24 * 60;
    h = Math.floor(hm / 60);
    m = hm % 60;
  }
  if (s >= 60 && (h !== 23 || m !== 59)) return false;
  return true;
}

function validDateTime(s: string): boolean {
  if (s.length < 20) return false;
  if (s[10] !== 't' && s[10] !== 'T') return false;
  return validDate(s.slice(0, 10)) && validTime(s.slice(11));
}

const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

/** kubeconform's validateDuration: a Go duration, or an ISO-8601 duration. */
export function validDuration(v: string): boolean {
  if (GO_DURATION.test(v)) return true;
  if (!v.startsWith('P')) return false;
  let s = v.slice(1);
  if (s === '') return false;
  if (s.endsWith('W')) {
    s = s.slice(0, -1);
    return s !== '' && /^\d+$/.test(s);
  }
  const allUnits = ['YMD', 'HMS'];
  const parts = s.split('T');
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i]!;
    if (i !== 0 && p === '') return false;
    if (i >= allUnits.length) return false;
    let units = allUnits[i]!;
    while (p !== '') {
      const digits = /^\d*/.exec(p)![0].length;
      if (digits === 0) return false;
      p = p.slice(digits);
      if (p === '') return false;
      const j = units.indexOf(p[0]!);
      if (j === -1) return false;
      units = units.slice(j + 1);
      p = p.slice(1);
    }
  }
  return true;
}

const ANNOTATION_ONLY = ['int-or-string', 'quantity', 'byte', 'binary', 'int32', 'int64', 'float', 'double', 'password', 'string'];

/** Registers the asserted formats on an ajv instance used for draft-04/06/07 schemas. */
export function addAssertedFormats(ajv: Ajv): void {
  addFormats(ajv, {
    mode: 'full',
    formats: ['ipv4', 'ipv6', 'hostname', 'email', 'uri', 'uri-reference', 'uri-template', 'json-pointer', 'relative-json-pointer', 'uuid', 'regex'],
  });
  // kubeconform asserts `regex` with Go's regexp.Compile.
  ajv.addFormat('regex', { type: 'string', validate: isGoRegExp });
  ajv.addFormat('date', { type: 'string', validate: validDate });
  ajv.addFormat('time', { type: 'string', validate: validTime });
  ajv.addFormat('date-time', { type: 'string', validate: validDateTime });
  ajv.addFormat('duration', { type: 'string', validate: validDuration });
  ajv.addFormat('period', { type: 'string', validate: (s: string) => s.split('/').length === 2 });
  ajv.addFormat('semver', { type: 'string', validate: (s: string) => /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(s) });
  for (const f of ANNOTATION_ONLY) ajv.addFormat(f, true);
}
