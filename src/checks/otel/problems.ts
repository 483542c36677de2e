import type { Node } from 'yaml';
import type { OtelRuleId } from './rules.js';

/** A finding before it has a file: the rule, the node it is about, and what to say. */
export interface Problem {
  rule: OtelRuleId;
  node: Node | null | undefined;
  message: string;
}
