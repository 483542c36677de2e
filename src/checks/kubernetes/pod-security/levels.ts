// Pod Security Standards levels and policy versions, spelled as the API server's
// `pod-security.kubernetes.io/<mode>` and `<mode>-version` namespace labels spell them.

import type { PodSecurityLevel } from '../../../settings/sections.js';

export type { PodSecurityLevel };

export const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];

/**
 * The newest policy version whose checks we know (k8s.io/pod-security-admission at Kubernetes
 * 1.37). `latest` means this one, as it means the API server's own minor on a server.
 */
export const LATEST_MINOR = 37;

/** A policy version: `latest` or a 1.N minor. */
export type PolicyVersion = 'latest' | `v1.${number}`;

export const VERSION_LABEL_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;

export function isLevel(s: string): s is PodSecurityLevel {
  return (LEVELS as readonly string[]).includes(s);
}

/** `latest` or `v1.N`, as the API server accepts in the `-version` labels; undefined otherwise. */
export function parseVersion(s: string): PolicyVersion | undefined {
  if (s === 'latest') return 'latest';
  return VERSION_LABEL_PATTERN.test(s) ? (s as PolicyVersion) : undefined;
}

/** The minor the checks run at: `latest`, and versions newer than we know, run at LATEST_MINOR. */
export function minorOf(v: PolicyVersion): number {
  if (v === 'latest') return LATEST_MINOR;
  return Math.min(Number(v.slice(3)), LATEST_MINOR);
}

/** How much a level forbids, for choosing the stricter of two. */
export function strictness(l: PodSecurityLevel): number {
  return LEVELS.indexOf(l);
}

/** `restricted:latest`, as the API server names a policy in its messages. */
export function policyName(level: PodSecurityLevel, version: PolicyVersion): string {
  return `${level}:${version}`;
}
