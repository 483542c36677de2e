import { execFileSync } from 'node:child_process';
import type { BuildContext } from '../images/index.js';

/**
 * The build context of a laptop run, read from git: the commit time as `created` keeps rebuilds of
 * the same commit byte-identical and cacheable.
 */
export function localBuildContext(root: string, inputs: BuildContext['inputs']): BuildContext {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  return {
    eventName: 'local',
    ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
    sha: git('rev-parse', 'HEAD') || '0000000000000000000000000000000000000000',
    created: git('log', '-1', '--format=%cI') || new Date().toISOString(),
    ...(inputs ? { inputs } : {}),
  };
}
