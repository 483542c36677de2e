import { describe, expect, it } from 'vitest';
import { checkDeployAllowed, DeployRefused } from '../../../src/deploy/guard.js';
import { releaseName, releaseNamespace, withNamespace } from '../../../src/deploy/context.js';
import type { K8sObject } from '../../../src/deploy/objects.js';
import { UsageError } from '../../../src/report/finding.js';

describe('deploy refusals', () => {
  it('accepts the default environments and refuses others', () => {
    expect(() => checkDeployAllowed({ environment: 'dev' })).not.toThrow();
    expect(() => checkDeployAllowed({ environment: 'staging' })).not.toThrow();
    expect(() => checkDeployAllowed({ environment: 'production' })).toThrow(DeployRefused);
    expect(() => checkDeployAllowed({ environment: 'Prod' })).toThrow(/not allowed/);
    expect(() => checkDeployAllowed({ environment: 'dev; rm -rf /' })).toThrow(/expected one of: dev, staging, prod/);
    expect(() => checkDeployAllowed({ environment: 'qa', allowedEnvironments: ['qa'] })).not.toThrow();
  });

  it('takes only v* tags or the default branch for prod', () => {
    const prod = (ref?: string, defaultBranch?: string) => () => checkDeployAllowed({ environment: 'prod', ...(ref !== undefined ? { ref } : {}), ...(defaultBranch ? { defaultBranch } : {}) });
    expect(prod('refs/tags/v1.2.3')).not.toThrow();
    expect(prod('refs/heads/main')).not.toThrow();
    expect(prod('refs/heads/trunk', 'trunk')).not.toThrow();
    expect(prod('refs/heads/feature/x')).toThrow(/may not be deployed to prod/);
    expect(prod('refs/tags/release-1')).toThrow(DeployRefused);
    expect(prod('refs/heads/main', 'trunk')).toThrow(DeployRefused);
    expect(prod('refs/pull/1/merge')).toThrow(DeployRefused);
    expect(prod()).toThrow(/needs the git ref/);
    // non-protected environments take any ref
    expect(() => checkDeployAllowed({ environment: 'dev', ref: 'refs/heads/feature/x' })).not.toThrow();
  });

  it('never echoes control characters from an input into the message', () => {
    expect(() => checkDeployAllowed({ environment: 'dev\n::error::x' })).toThrow(/"dev\?::error::x"/);
  });

  it('refusals are usage errors (exit 2)', () => {
    expect(new DeployRefused('x')).toBeInstanceOf(UsageError);
  });
});

describe('release naming and namespace', () => {
  const cm = (name: string, namespace?: string): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...(namespace ? { namespace } : {}) } });

  it('derives the release name from the overlay directory', () => {
    expect(releaseName('examples/portarium/infra/kubernetes/overlays/prod')).toBe('prod');
    expect(releaseName('x/My_App.yaml')).toBe('my-app');
    expect(() => releaseName('x', 'Bad Name')).toThrow(UsageError);
  });

  it('finds the one namespace, and asks when there are several', () => {
    expect(releaseNamespace([cm('a', 'n1'), cm('b', 'n1')])).toBe('n1');
    expect(releaseNamespace([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'solo' } }])).toBe('solo');
    expect(() => releaseNamespace([cm('a', 'n1'), cm('b', 'n2')])).toThrow(/several namespaces \(n1, n2\)/);
    expect(releaseNamespace([cm('a', 'n1'), cm('b', 'n2')], 'n1')).toBe('n1');
  });

  it('puts namespaceless namespaced objects into the release namespace, but not cluster-scoped ones', () => {
    const out = withNamespace([cm('a'), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' } }], 'apps');
    expect(out.map((o) => o.metadata.namespace)).toEqual(['apps', undefined]);
  });
});
