import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { annotationText } from './log.js';
import { discardSchemaCache, verifySchemaCache, writeSchemaCacheManifest } from '../checks/kubernetes/schema-cache-integrity.js';

/**
 * Events whose runs may save the cache. GitHub scopes a cache to the ref that saved it, and a
 * default-branch run reads only default-branch caches — but pull_request_target, workflow_run and
 * issue_comment runs *are* default-branch runs while handling someone else's content, and a
 * pull_request save only helps that pull request. So only runs of the repository's own code on its
 * own refs write; pull requests still read what the default branch saved (verified on restore).
 */
const SAVING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'merge_group', 'release']);

export function mayWriteSchemaCache(eventName: string | undefined): boolean {
  return eventName !== undefined && SAVING_EVENTS.has(eventName);
}

/** `v2`: caches saved before the manifest existed never match, rather than being rejected every run. */
export function schemaCacheKey(versions: string[], locations: string[]): string {
  return `portarium-k8s-schemas-v2-${createHash('sha256').update(JSON.stringify({ versions, locations })).digest('hex').slice(0, 16)}`;
}

export interface CacheBackend {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], key: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * Downloaded Kubernetes schemas kept across runs with @actions/cache, keyed by the versions and
 * locations asked for, so CI does not hit a schema host (and its rate limits) on every run. The cache
 * lives in a directory of its own under RUNNER_TEMP, so a restore is judged on exactly what the cache
 * held.
 */
export function actionsSchemaCache(
  versions: string[],
  locations: string[],
  deps: { backend?: CacheBackend; log?: Log; eventName?: string; dir?: string } = {},
) {
  const backend = deps.backend ?? cache;
  const log = deps.log ?? core;
  const eventName = deps.eventName ?? process.env['GITHUB_EVENT_NAME'];
  const key = schemaCacheKey(versions, locations);
  const dir = deps.dir ?? path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'portarium-schema-cache');
  let hit = false;
  let rejected = false;
  return {
    dir,
    restore: async (into: string) => {
      if (!backend.isFeatureAvailable()) return;
      await discardSchemaCache(into);
      await mkdir(into, { recursive: true });
      let matched: string | undefined;
      try {
        matched = await backend.restoreCache([into], key);
      } catch (e) {
        log.warning(annotationText(`schema cache restore failed: ${(e as Error).message}`));
        return;
      }
      if (matched === undefined) {
        log.info(`no schema cache ${key} yet`);
        return;
      }
      const verdict = await verifySchemaCache(into);
      if (!verdict.ok) {
        rejected = true;
        await discardSchemaCache(into);
        log.warning(`schema cache ${key} rejected: ${verdict.problem}; discarded, the schemas are downloaded again`);
        return;
      }
      hit = true;
      log.info(`schemas restored from cache ${key} (${verdict.files} file(s) verified)`);
    },
    save: async (from: string, downloaded: number) => {
      // A rejected entry keeps its key (entries are immutable): saving again would only fail.
      if (hit || rejected || downloaded === 0 || !backend.isFeatureAvailable()) return;
      if (!mayWriteSchemaCache(eventName)) {
        log.info(`schema cache not saved: a ${eventName ?? 'unknown'} run does not write caches other runs read`);
        return;
      }
      try {
        const m = await writeSchemaCacheManifest(from);
        await backend.saveCache([from], key);
        log.info(`schema cache ${key} saved (${m.files} file(s))`);
      } catch (e) {
        log.warning(annotationText(`schema cache save failed: ${(e as Error).message}`));
      }
    },
  };
}
