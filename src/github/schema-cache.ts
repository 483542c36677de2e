import { createHash } from 'node:crypto';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { annotationText, info } from './log.js';

/**
 * Downloaded Kubernetes schemas kept across runs with @actions/cache, keyed by the versions and
 * locations asked for, so CI does not hit a schema host (and its rate limits) on every run.
 */
export function actionsSchemaCache(versions: string[], locations: string[]) {
  const key = `portarium-k8s-schemas-${createHash('sha256').update(JSON.stringify({ versions, locations })).digest('hex').slice(0, 16)}`;
  let hit = false;
  return {
    restore: async (dir: string) => {
      if (!cache.isFeatureAvailable()) return;
      try {
        hit = (await cache.restoreCache([dir], key)) !== undefined;
        info(hit ? `schemas restored from cache ${key}` : `no schema cache ${key} yet`);
      } catch (e) {
        core.warning(annotationText(`schema cache restore failed: ${(e as Error).message}`));
      }
    },
    save: async (dir: string, downloaded: number) => {
      if (hit || downloaded === 0 || !cache.isFeatureAvailable()) return;
      try {
        await cache.saveCache([dir], key);
      } catch (e) {
        core.warning(annotationText(`schema cache save failed: ${(e as Error).message}`));
      }
    },
  };
}
