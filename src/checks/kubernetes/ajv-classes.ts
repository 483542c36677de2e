// ajv and its plugins are CommonJS with `exports.default`; under NodeNext the default import is the
// module object, so unwrap once here.
import ajvModule from 'ajv';
import ajv2019Module from 'ajv/dist/2019.js';
import ajv2020Module from 'ajv/dist/2020.js';
import ajvDraft04Module from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';

type Unwrap<T> = T extends { default: infer D } ? D : T;
const unwrap = <T>(m: T): Unwrap<T> => ((m as { default?: unknown }).default ?? m) as Unwrap<T>;

export const Ajv = unwrap(ajvModule);
export type Ajv = InstanceType<typeof Ajv>;
export const Ajv2019 = unwrap(ajv2019Module);
export const Ajv2020 = unwrap(ajv2020Module);
export const AjvDraft04 = unwrap(ajvDraft04Module);
export const addFormats = unwrap(ajvFormatsModule);
