/** The bundled default schemas compiled ahead of time by scripts/gen-k8s-validators.mjs. */
export declare const identity: { packageVersion: string; kubernetesVersion: string; strict: boolean; digest: string };
/** [name, chunk, offset, length, dependencies (unit indexes)] per unit, dependencies first. */
export declare const units: Array<[string, number, number, number, number[]]>;
/** Packaged file name (`deployment-apps-v1.json`) → the unit of its validate function. */
export declare const kinds: Record<string, number>;
/** Brotli-compressed, base64 unit code, concatenated in unit order. */
export declare const chunks: string[];
