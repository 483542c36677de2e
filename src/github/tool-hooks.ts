import * as tc from '@actions/tool-cache';
import type { DownloadHooks } from '../tools/install.js';

/** Tool downloads through @actions/tool-cache: src/tools verifies the SHA-256 before extracting. */
export const toolCacheHooks: DownloadHooks = {
  download: (url) => tc.downloadTool(url),
  extract: (archive) => tc.extractTar(archive),
  cache: (dir, tool, version) => tc.cacheDir(dir, tool, version),
  find: (tool, version) => tc.find(tool, version) || undefined,
};
