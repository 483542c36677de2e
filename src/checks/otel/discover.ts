import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../path-guard.js';
import { UsageError } from '../../report/finding.js';
import { walkTree } from '../kubernetes/discover.js';
import { readBounded } from '../../bounded-read.js';
import { MAX_CONFIG_BYTES } from './source.js';

// A cheap look at the text before any parse: a top-level `receivers:` or `exporters:` key, or a
// top-level `service:` with `pipelines:` in it (many applications' own settings have a `service:`).
const COMPONENTS_KEY = /^(receivers|exporters)\s*:/m;
const SERVICE_KEY = /^service\s*:/m;
const PIPELINES_KEY = /^\s+pipelines\s*:/m;
const looksLikeCollector = (text: string) => COMPONENTS_KEY.test(text) || (SERVICE_KEY.test(text) && PIPELINES_KEY.test(text));

/** The collector configurations to check: the configured ones, or every YAML file that looks like one. */
export function discoverConfigs(root: string, configured: readonly string[] | undefined): string[] {
  if (configured?.length) {
    return configured.map((f) => {
      const p = path.resolve(root, f);
      if (!isInside(root, p)) throw new UsageError(`otel: config ${f} is outside the scanned directory ${root}`);
      if (!existsSync(p)) throw new UsageError(`otel: config ${f} not found`);
      return p;
    });
  }
  const found: string[] = [];
  walkTree(root, (dir, entries) => {
    for (const e of entries) {
      if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
      const file = path.join(dir, e.name);
      const read = readBounded(file, MAX_CONFIG_BYTES);
      if (read.ok && looksLikeCollector(read.bytes.toString('utf8'))) found.push(file);
    }
  });
  return found;
}
