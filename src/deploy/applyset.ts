// ApplySet pruning (KEP-3659) as kubectl implements it with KUBECTL_APPLYSET=true: a parent Secret
// in the release namespace lists the group-kinds of its members, members carry
// applyset.kubernetes.io/part-of=<id>. kubectl does the pruning (and, with --dry-run=server, says
// what it would prune, which is how a plan learns it: kubectl diff has no ApplySet support).
import { createHash } from 'node:crypto';

export const PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
export const ID_LABEL = 'applyset.kubernetes.io/id';
export const GROUP_KINDS_ANNOTATION = 'applyset.kubernetes.io/contains-group-kinds';
export const ADDITIONAL_NAMESPACES_ANNOTATION = 'applyset.kubernetes.io/additional-namespaces';

export function applysetParentName(release: string): string {
  return `portarium-applyset.${release}`;
}

/** `applyset-` + base64url(sha256(<name>.<namespace>.<Kind>.<group>)) + `-v1` (kubectl applyset.go). */
export function applysetId(name: string, namespace: string, kind = 'Secret', group = ''): string {
  const hash = createHash('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
  return `applyset-${hash}-v1`;
}

/** `--applyset=secrets/<name>` */
export function applysetFlag(release: string): string {
  return `--applyset=secrets/${applysetParentName(release)}`;
}
