import type { ErrorObject } from 'ajv';

/** The Compose schema, compiled ahead of time by scripts/gen-compose-validator.mjs. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
