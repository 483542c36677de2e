// Tags, OCI labels and annotations for an image, computed only from an injected context: the
// engine never looks at the environment, so the same inputs give the same tags in a push, a pull
// request, a workflow_dispatch or a workflow_call, and in tests.
import { UsageError } from '../report/finding.js';
import { sanitizeTag, tagProblem } from '../checks/images/reference.js';

/** What the caller knows about the run. In an action: the GitHub context and the step's inputs. */
export interface BuildContext {
  /** `github.event_name`: push, pull_request, workflow_dispatch, ... (`local` for a CLI run). */
  eventName: string;
  /** `github.ref`: refs/heads/main, refs/tags/v1.2.3, refs/pull/12/merge. */
  ref: string;
  /** `github.sha`: for a pull request this is the merge commit GitHub made, not the PR's head. */
  sha: string;
  /** `github.event.pull_request.head.sha`: the commit the author pushed. Preferred when set. */
  prHeadSha?: string;
  /** The repository's default branch (`github.event.repository.default_branch`). */
  defaultBranch?: string;
  /** `https://github.com/owner/repo`, for org.opencontainers.image.source. */
  repositoryUrl?: string;
  /** RFC 3339 time for org.opencontainers.image.created (commit time keeps rebuilds cacheable). */
  created: string;
  inputs?: MetadataInputs;
}

export interface MetadataInputs {
  /** Release version (`1.2.3` or `v1.2.3`): semver tags under any event, not only tag pushes. */
  version?: string;
  /** Opt-in: also tag `latest`, and only for the default branch. */
  latest?: boolean;
  /** Extra tags, used as given (validated). */
  tags?: string[];
  /** SPDX expression for org.opencontainers.image.licenses. */
  licenses?: string;
  /** Characters of the short SHA tag. Default 7. */
  shortShaLength?: number;
}

export interface ImageMetadata {
  /** Tag names (no repository), most specific first, no duplicates. */
  tags: string[];
  /** The version the image carries in org.opencontainers.image.version. */
  version: string;
  /** The commit the image was built from (the PR head for pull requests). */
  revision: string;
  labels: Record<string, string>;
  /** Same keys as the OCI labels, for the image manifest. */
  annotations: Record<string, string>;
}

interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  build?: string;
}

const SEMVER_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseSemver(text: string): SemVer | undefined {
  const m = SEMVER_RE.exec(text.trim());
  if (!m) return undefined;
  const v: SemVer = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  if (m[4] !== undefined) v.prerelease = m[4];
  if (m[5] !== undefined) v.build = m[5];
  return v;
}

function semverTags(v: SemVer): string[] {
  const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
  // Build metadata (+...) is not allowed in a tag; "+" becomes "_" by convention.
  const tags = [v.build ? `${full}_${v.build}` : full];
  if (!v.prerelease) {
    tags.push(`${v.major}.${v.minor}`);
    // 0.x makes no compatibility promise, so a bare "0" tag would mislead.
    if (v.major > 0) tags.push(String(v.major));
  }
  return tags;
}

export function computeMetadata(ctx: BuildContext, image: { name: string; title?: string }): ImageMetadata {
  const inputs = ctx.inputs ?? {};
  const revision = (ctx.prHeadSha && ctx.prHeadSha.trim()) || ctx.sha.trim();
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) throw new UsageError(`the commit SHA "${revision}" is not a hexadecimal commit id`);
  const shortLen = inputs.shortShaLength ?? 7;
  if (!Number.isInteger(shortLen) || shortLen < 4 || shortLen > 40) throw new UsageError('the short SHA length must be between 4 and 40');

  const tags: string[] = [];
  let version: string | undefined;

  if (inputs.version !== undefined && inputs.version.trim() !== '') {
    const v = parseSemver(inputs.version);
    if (!v) throw new UsageError(`version "${inputs.version}" is not a semantic version (1.2.3, v1.2.3, 1.2.3-rc.1)`);
    tags.push(...semverTags(v));
    version = tags[0];
  }

  const ref = ctx.ref.trim();
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  if (ref.startsWith('refs/tags/')) {
    const name = ref.slice('refs/tags/'.length);
    const v = parseSemver(name);
    if (v && version === undefined) {
      tags.push(...semverTags(v));
      version = tags[0];
    } else if (!v) {
      const t = sanitizeTag(name);
      if (t) {
        tags.push(t);
        version ??= t;
      }
    }
  } else if (pr !== undefined) {
    tags.push(`pr-${pr}`);
    version ??= `pr-${pr}`;
  } else if (branch !== undefined) {
    const t = sanitizeTag(branch);
    if (t) {
      tags.push(t);
      version ??= t;
    }
  }

  const short = revision.slice(0, shortLen).toLowerCase();
  tags.push(`sha-${short}`, `sha-${revision.toLowerCase()}`);
  version ??= `sha-${short}`;

  if (inputs.latest === true && branch !== undefined && ctx.defaultBranch !== undefined && branch === ctx.defaultBranch) {
    tags.push('latest');
  }
  for (const t of inputs.tags ?? []) {
    const problem = tagProblem(t);
    if (problem) throw new UsageError(`tag ${problem}`);
    tags.push(t);
  }

  const labels: Record<string, string> = {
    'org.opencontainers.image.created': ctx.created,
    'org.opencontainers.image.revision': revision,
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.title': image.title ?? image.name,
  };
  if (ctx.repositoryUrl) {
    labels['org.opencontainers.image.source'] = ctx.repositoryUrl;
    labels['org.opencontainers.image.url'] = ctx.repositoryUrl;
  }
  if (inputs.licenses) labels['org.opencontainers.image.licenses'] = inputs.licenses;
  if (Number.isNaN(Date.parse(ctx.created))) throw new UsageError(`created time "${ctx.created}" is not an RFC 3339 date`);

  return { tags: [...new Set(tags)], version, revision, labels, annotations: { ...labels } };
}
