// Post step: remove the kubeconfig main.ts wrote from the input. Runs even when main failed
// (post-if: always()), and removes only the directory main recorded in its state.
import * as core from '@actions/core';
import { removeKubeconfig } from '../../github/kubeconfig.js';
import { STATE_KUBECONFIG } from './main.js';

export async function post(): Promise<void> {
  const file = core.getState(STATE_KUBECONFIG);
  if (!file) {
    core.info('no kubeconfig was written by the deploy step; nothing to remove');
    return;
  }
  try {
    const removed = removeKubeconfig(file);
    core.info(removed ? `removed the kubeconfig ${file}` : `the kubeconfig ${file} was already gone`);
  } catch (e) {
    core.warning((e as Error).message);
  }
}
