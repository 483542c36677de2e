import type { BuildContext } from '../images/index.js';
import { outputOf } from '../tools/process.js';

/**
 * The build context of a laptop run, read from git: the commit time as `created` keeps rebuilds of
 * the same commit byte-identical and cacheable.
 */
export function localBuildContext(root: string, inputs: BuildContext['inputs']): BuildContext {
  const git = (...args: string[]) => outputOf('git', args, { cwd: root }) ?? '';
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  return {
    eventName: 'local',
    ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
    sha: git('rev-parse', 'HEAD') || '0000000000000000000000000000000000000000',
    created: git('log', '-1', '--format=%cI') || new Date().toISOString(),
    ...(inputs ? { inputs } : {}),
  };
}
