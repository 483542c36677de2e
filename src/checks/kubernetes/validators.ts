import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { locateKubernetesSchemas } from '../../tools/schemas.js';
import { crdsInText, findCrdsInTree, writeCrdSchemas } from './crd-schemas.js';
import { createValidator, sharedSchemaState } from './engine.js';
import type { KustomizeOptions } from './options.js';
import type { HttpOptions } from './schema-fetch.js';
import type { Target } from './targets.js';
import type { Validator } from './validator.js';

export interface Validators {
  /** One per Kubernetes version. */
  byVersion: Map<string, Validator>;
  /** The CustomResourceDefinitions found, whose scopes the policies need. */
  crds: Array<Record<string, unknown>>;
  /** Hands the schemas downloaded during the run to the cache's save hook. */
  saveCache(): Promise<void>;
}

/**
 * A validator per Kubernetes version over the schema locations, plus schemas generated from the
 * repository's CustomResourceDefinitions (in `tmp`), sharing one schema loader and the disk cache.
 */
export async function createValidators(
  targets: Target[],
  opts: KustomizeOptions,
  run: { root: string; versions: string[]; locations: string[]; strict: boolean; http: HttpOptions & { cacheDir: string }; tmp: string; log: (m: string) => void },
): Promise<Validators> {
  const { root, locations, strict, http, log } = run;
  const crds = [...findCrdsInTree(root, opts.maxFileBytes)];
  for (const t of targets) for (const r of t.resources) if (r.kind === 'CustomResourceDefinition') crds.push(...crdsInText(r.json));
  const engineLocations = [...locations];
  if (crds.length > 0) {
    const crd = await writeCrdSchemas(crds, strict, path.join(run.tmp, 'crd-schemas'));
    if (crd.count > 0) engineLocations.push(crd.location);
    log(`schemas generated from ${crds.length} CustomResourceDefinition(s): ${crd.count}`);
  }
  const usesHttp = engineLocations.some((l) => /^https?:|^kubeconform-default$/.test(l));
  if (usesHttp) {
    await mkdir(http.cacheDir, { recursive: true });
    await opts.schemaCache?.restore?.(http.cacheDir);
  }
  const source = locations.includes('default') ? (opts.defaultSchemas ?? locateKubernetesSchemas()) : undefined;
  if (source) log(`offline schemas: ${source.description}`);
  const shared = sharedSchemaState(http);
  const byVersion = new Map<string, Validator>();
  for (const v of run.versions) {
    byVersion.set(
      v,
      await createValidator({
        engine: opts.engine ?? 'builtin',
        kubernetesVersion: v,
        strict,
        skipKinds: opts.skipKinds,
        rejectKinds: opts.rejectKinds,
        ignoreMissingSchemas: opts.ignoreMissingSchemas,
        schemaLocations: engineLocations,
        baseDir: root,
        defaultSource: source,
        http: usesHttp ? http : { ...http, cacheDir: false },
        kubeconformPath: opts.kubeconformPath,
        shared,
      }),
    );
  }
  const saveCache = async () => {
    const downloaded = shared.loader.downloaded.length;
    if (usesHttp && downloaded > 0) await opts.schemaCache?.save?.(http.cacheDir, downloaded);
  };
  return { byVersion, crds, saveCache };
}
