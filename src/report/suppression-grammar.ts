/** The marker every inline suppression starts with, in a comment or in the object annotation. */
export const IGNORE_MARKER = 'portarium-infra-ignore';

/** The annotation that suppresses findings on a whole rendered Kubernetes object. */
export const IGNORE_ANNOTATION = 'portarium-infra.dev/ignore';

/** `<rule>[, <rule>…]: <reason>` read: the rule ids as written, and the reason ('' when missing). */
export interface SuppressionSpec {
  rules: string[];
  reason: string;
}

/**
 * Reads what follows the marker (or an annotation's whole value). Rule ids contain no `:`, so the
 * first `:` ends the list; a reason is whatever non-blank text follows it.
 */
export function parseSuppressionSpec(text: string): SuppressionSpec {
  const colon = text.indexOf(':');
  const list = colon < 0 ? text : text.slice(0, colon);
  const reason = colon < 0 ? '' : text.slice(colon + 1).trim();
  const rules = list
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { rules, reason };
}
