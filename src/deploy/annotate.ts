// Traceability on the objects themselves: which release, commit and run applied them. Only object
// metadata is annotated, never pod templates, so a new run of the same commit does not restart pods.
import type { K8sObject } from './objects.js';

/** Server-side apply field manager of every write the deploy engine makes. */
export const FIELD_MANAGER = 'portarium-infra';

export const ANNOTATION_RELEASE = 'portarium-infra.dev/release';
export const ANNOTATION_COMMIT = 'portarium-infra.dev/commit';
export const ANNOTATION_RUN = 'portarium-infra.dev/run';

export interface Provenance {
  release: string;
  commit?: string | undefined;
  /** Run URL, or the run id when no URL is known. */
  run?: string | undefined;
}

/** Copies of the objects with provenance annotations (the originals stay as rendered). */
export function annotateObjects(objects: readonly K8sObject[], p: Provenance): K8sObject[] {
  return objects.map((o) => {
    const copy = structuredClone(o);
    const a: Record<string, string> = { ...(copy.metadata.annotations ?? {}) };
    a[ANNOTATION_RELEASE] = p.release;
    if (p.commit) a[ANNOTATION_COMMIT] = p.commit;
    if (p.run) a[ANNOTATION_RUN] = p.run;
    copy.metadata.annotations = a;
    return copy;
  });
}
