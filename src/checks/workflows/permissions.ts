/** GITHUB_TOKEN scopes a job may request (docs: workflow syntax, permissions). */
export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export type Level = 'none' | 'read' | 'write';
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** A resolved permission set; undefined means "not set here" (the caller's default applies). */
export type Permissions = Record<string, Level>;

/** `read-all`, `write-all`, `{}` or a scope map, as GitHub reads a `permissions:` value. */
export function resolvePermissions(value: unknown): Permissions | undefined {
  if (value === undefined || value === null) return undefined;
  const all = (level: Level) => Object.fromEntries(SCOPES.map((s) => [s, level])) as Permissions;
  if (value === 'read-all') return all('read');
  if (value === 'write-all') return all('write');
  if (typeof value === 'object' && !Array.isArray(value)) {
    // Any scope not named in a map is `none`.
    const out = all('none');
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === 'read' || v === 'write' || v === 'none') out[k] = v;
    }
    return out;
  }
  return undefined;
}

/** Scopes where `requested` asks for more than `granted` allows. */
export function exceeding(requested: Permissions, granted: Permissions): Array<{ scope: string; requested: Level; granted: Level }> {
  const out = [];
  for (const [scope, level] of Object.entries(requested)) {
    const g = granted[scope] ?? 'none';
    if (RANK[level] > RANK[g]) out.push({ scope, requested: level, granted: g });
  }
  return out;
}
