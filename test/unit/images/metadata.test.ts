import { describe, expect, it } from 'vitest';
import { repositoryProblem, splitReference } from '../../../src/checks/images/index.js';
import { computeMetadata, type BuildContext } from '../../../src/images/index.js';
import { UsageError } from '../../../src/report/finding.js';

const MERGE = 'f'.repeat(40);
const HEAD = '0123456789abcdef0123456789abcdef01234567';
const base: BuildContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: HEAD,
  defaultBranch: 'main',
  repositoryUrl: 'https://github.com/portarium/portarium',
  created: '2026-11-26T12:00:00Z',
};

describe('image metadata', () => {
  it('pull request: tags and revision use the PR head SHA, not the merge commit', () => {
    const m = computeMetadata({ ...base, eventName: 'pull_request', ref: 'refs/pull/42/merge', sha: MERGE, prHeadSha: HEAD }, { name: 'control-plane' });
    expect(m.tags).toEqual(['pr-42', 'sha-0123456', `sha-${HEAD}`]);
    expect(m.revision).toBe(HEAD);
    expect(m.labels['org.opencontainers.image.revision']).toBe(HEAD);
    expect(JSON.stringify(m)).not.toContain(MERGE);
  });

  it('workflow_dispatch with a version input gives semver tags on a branch ref', () => {
    const m = computeMetadata({ ...base, eventName: 'workflow_dispatch', ref: 'refs/heads/release', inputs: { version: 'v1.4.2' } }, { name: 'execution-plane' });
    expect(m.tags).toEqual(['1.4.2', '1.4', '1', 'release', 'sha-0123456', `sha-${HEAD}`]);
    expect(m.version).toBe('1.4.2');
    expect(m.labels['org.opencontainers.image.version']).toBe('1.4.2');
  });

  it('workflow_call passes the version the same way (no dependence on a tag push)', () => {
    const m = computeMetadata({ ...base, eventName: 'workflow_call', inputs: { version: '2.0.0-rc.1' } }, { name: 'x' });
    expect(m.tags).toEqual(['2.0.0-rc.1', 'main', 'sha-0123456', `sha-${HEAD}`]);
  });

  it('tag push v1.2.3 gives 1.2.3, 1.2, 1; a 0.x version gets no bare major tag', () => {
    expect(computeMetadata({ ...base, ref: 'refs/tags/v1.2.3' }, { name: 'x' }).tags).toEqual(['1.2.3', '1.2', '1', 'sha-0123456', `sha-${HEAD}`]);
    expect(computeMetadata({ ...base, ref: 'refs/tags/v0.9.0' }, { name: 'x' }).tags.slice(0, 2)).toEqual(['0.9.0', '0.9']);
    expect(computeMetadata({ ...base, ref: 'refs/tags/nightly/2026-11' }, { name: 'x' }).tags[0]).toBe('nightly-2026-11');
  });

  it('latest only by opt-in, and only on the default branch', () => {
    expect(computeMetadata(base, { name: 'x' }).tags).not.toContain('latest');
    expect(computeMetadata({ ...base, inputs: { latest: true } }, { name: 'x' }).tags).toContain('latest');
    expect(computeMetadata({ ...base, ref: 'refs/heads/feature/x', inputs: { latest: true } }, { name: 'x' }).tags).not.toContain('latest');
    expect(computeMetadata({ ...base, ref: 'refs/tags/v1.0.0', inputs: { latest: true } }, { name: 'x' }).tags).not.toContain('latest');
    const { defaultBranch: _drop, ...noDefault } = base;
    expect(computeMetadata({ ...noDefault, inputs: { latest: true } }, { name: 'x' }).tags).not.toContain('latest');
  });

  it('sanitises branch names into valid tags', () => {
    const m = computeMetadata({ ...base, ref: 'refs/heads/feature/Add_thing#2' }, { name: 'x' });
    expect(m.tags[0]).toBe('feature-Add_thing-2');
  });

  it('OCI labels and annotations carry source, revision, created, version, title, licenses', () => {
    const m = computeMetadata({ ...base, inputs: { licenses: 'Apache-2.0' } }, { name: 'control-plane' });
    expect(m.labels).toEqual({
      'org.opencontainers.image.created': '2026-11-26T12:00:00Z',
      'org.opencontainers.image.revision': HEAD,
      'org.opencontainers.image.version': 'main',
      'org.opencontainers.image.title': 'control-plane',
      'org.opencontainers.image.source': 'https://github.com/portarium/portarium',
      'org.opencontainers.image.url': 'https://github.com/portarium/portarium',
      'org.opencontainers.image.licenses': 'Apache-2.0',
    });
    expect(m.annotations).toEqual(m.labels);
  });

  it('rejects a bad version input, a bad extra tag and a non-hex SHA as usage errors', () => {
    expect(() => computeMetadata({ ...base, inputs: { version: '1.2' } }, { name: 'x' })).toThrow(UsageError);
    expect(() => computeMetadata({ ...base, inputs: { tags: ['-bad'] } }, { name: 'x' })).toThrow(UsageError);
    expect(() => computeMetadata({ ...base, sha: 'not-a-sha' }, { name: 'x' })).toThrow(UsageError);
  });

  it('the same context gives the same metadata (no clock, no environment)', () => {
    const before = { ...process.env };
    process.env['GITHUB_SHA'] = MERGE;
    process.env['GITHUB_REF'] = 'refs/tags/v9.9.9';
    try {
      expect(computeMetadata(base, { name: 'x' })).toEqual(computeMetadata(base, { name: 'x' }));
      expect(computeMetadata(base, { name: 'x' }).tags).toEqual(['main', 'sha-0123456', `sha-${HEAD}`]);
    } finally {
      process.env = before;
    }
  });
});

describe('image names', () => {
  it('accepts valid repositories, with a registry host and port', () => {
    for (const n of ['control-plane', 'ghcr.io/portarium/control-plane', '127.0.0.1:5000/portarium/exec_plane', 'localhost/a__b.c-d', '[::1]:5000/x']) {
      expect(repositoryProblem(n), n).toBeUndefined();
    }
  });

  it('rejects invalid ones with a reason', () => {
    expect(repositoryProblem('ghcr.io/Portarium/app')).toMatch(/not a valid repository path/);
    expect(repositoryProblem('app:1.0')).toMatch(/tag or digest/);
    expect(repositoryProblem('a..b')).toMatch(/not a valid repository path/);
    expect(repositoryProblem('-lead')).toMatch(/not a valid repository path/);
    expect(repositoryProblem('')).toMatch(/empty/);
    expect(repositoryProblem('x/' + 'a'.repeat(260))).toMatch(/longer than 255/);
  });

  it('splits references like docker does', () => {
    expect(splitReference('127.0.0.1:5000/p/app:v1')).toEqual({ domain: '127.0.0.1:5000', path: 'p/app', tag: 'v1' });
    expect(splitReference('busybox')).toEqual({ path: 'busybox' });
    expect(splitReference('library/busybox@sha256:abc')).toEqual({ path: 'library/busybox', digest: 'sha256:abc' });
  });
});
