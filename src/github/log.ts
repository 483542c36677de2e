import * as core from '@actions/core';
import { commandText, logText } from '../report/escape.js';

/**
 * core.info for anything that may quote a checked file or a tool's output: control characters
 * shown, and no line can start a workflow command (core.info itself prints raw).
 */
export function info(s: string): void {
  core.info(logText(s));
}

/** core.warning / setFailed data: @actions/core keeps it inside the command; this keeps controls visible. */
export const annotationText = commandText;
