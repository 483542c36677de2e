/**
 * Durations as compose reads them: Go `time.ParseDuration` syntax plus the `d` (day) and `w` (week)
 * units of xhit/go-str2duration, which compose-go uses. Values are nanoseconds (as JS numbers).
 */

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
  d: 86400e9,
  w: 604800e9,
};

export class DurationError extends Error {}

const quote = (s: string): string => JSON.stringify(s);

/** Parses `1h30m`, `10s`, `1.5s`, `-2m`, `0`; throws DurationError with Go's message otherwise. */
export function parseDuration(input: string): number {
  const orig = input;
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new DurationError(`time: invalid duration ${quote(orig)}`);
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const intPart = num[1] ?? '';
    const fracPart = num[2];
    if (intPart === '' && (fracPart === undefined || fracPart === '')) throw new DurationError(`time: invalid duration ${quote(orig)}`);
    s = s.slice(num[0].length);
    const unitMatch = /^[^\d.]*/.exec(s)!;
    const unit = unitMatch[0];
    if (unit === '') throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
    const mult = UNITS[unit];
    if (mult === undefined) throw new DurationError(`time: unknown unit ${quote(unit)} in duration ${quote(orig)}`);
    s = s.slice(unit.length);
    total += Number(`${intPart || '0'}.${fracPart ?? '0'}`) * mult;
    if (total > 9.223372036854776e18) throw new DurationError(`time: invalid duration ${quote(orig)}`);
  }
  return neg ? -total : total;
}

/** Go `time.Duration.String()` of a number of nanoseconds. */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.round(Math.abs(ns));
  let out: string;
  if (u < 1e9) {
    let unit: string;
    let div: number;
    if (u < 1e3) return `${neg ? '-' : ''}${u}ns`;
    if (u < 1e6) {
      unit = 'µs';
      div = 1e3;
    } else {
      unit = 'ms';
      div = 1e6;
    }
    out = trimFraction(u / div) + unit;
  } else {
    const h = Math.floor(u / 3600e9);
    u -= h * 3600e9;
    const m = Math.floor(u / 60e9);
    u -= m * 60e9;
    const sec = trimFraction(u / 1e9) + 's';
    out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
  }
  return (neg ? '-' : '') + out;
}

function trimFraction(v: number): string {
  return v
    .toFixed(9)
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}
