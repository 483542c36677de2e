// A small JSON-schema-like language for component settings, enough to say what the collector's strict
// unmarshal refuses: keys it does not know, and values it cannot decode into the field's type.

export type Schema =
  | { kind: 'object'; props: Readonly<Record<string, Schema>>; additional?: Schema }
  | { kind: 'string'; enum?: readonly string[] }
  | { kind: 'duration' }
  | { kind: 'int'; min?: number }
  | { kind: 'number'; min?: number }
  | { kind: 'bool' }
  | { kind: 'list'; items: Schema }
  | { kind: 'any' };

export const obj = (props: Record<string, Schema>, additional?: Schema): Schema => ({ kind: 'object', props, ...(additional && { additional }) });
export const str: Schema = { kind: 'string' };
export const oneOf = (...values: string[]): Schema => ({ kind: 'string', enum: values });
export const duration: Schema = { kind: 'duration' };
export const int: Schema = { kind: 'int' };
export const uint: Schema = { kind: 'int', min: 0 };
export const num: Schema = { kind: 'number' };
export const bool: Schema = { kind: 'bool' };
export const any: Schema = { kind: 'any' };
export const listOf = (items: Schema): Schema => ({ kind: 'list', items });
export const strings = listOf(str);
export const stringMap = obj({}, str);

/** Go's time.ParseDuration: a sequence of decimal numbers with a unit, optional sign; "0" alone. */
export function isGoDuration(s: string): boolean {
  return s === '0' || /^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))*$/.test(s);
}

/** `${env:VAR}`, `${VAR}`, `${file:path}`, … : resolved by the collector's providers before decoding. */
export function isProviderReference(s: string): boolean {
  return /\$\{[^}]*\}/.test(s);
}
