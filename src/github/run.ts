import * as core from '@actions/core';
import { UsageError } from '../report/finding.js';
import { annotationText } from './log.js';

/**
 * The one place an action's errors become a failed step: a user mistake is one clear line, anything
 * else is an internal error whose stack goes to the debug log only.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof UsageError) {
      core.setFailed(annotationText(e.message));
    } else {
      core.setFailed(annotationText(`internal error: ${(e as Error)?.message ?? String(e)}`));
      core.debug((e as Error)?.stack ?? '');
    }
  }
}
