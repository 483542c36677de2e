import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalRepository, parseImageRef } from '../../../src/checks/images/reference.js';
import type { K8sObject } from '../../../src/deploy/objects.js';
import { pinImages, pinsFromBuildManifest, pinsFromList } from '../../../src/deploy/pin.js';
import { digestOfImageId } from '../../../src/deploy/verify-digests.js';
import { UsageError } from '../../../src/report/finding.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

function deployment(name: string, images: Record<string, string>, init: Record<string, string> = {}): K8sObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'apps' },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          initContainers: Object.entries(init).map(([n, image]) => ({ name: n, image })),
          containers: Object.entries(images).map(([n, image]) => ({ name: n, image })),
        },
      },
    },
  };
}

function imageOf(o: K8sObject, list: 'containers' | 'initContainers', i = 0): string {
  const spec = (o.spec!['template'] as { spec: Record<string, Array<{ image: string }>> }).spec;
  return spec[list]![i]!.image;
}

describe('image references', () => {
  it('splits host:port registries from tags (the Azure/k8s-deploy first-colon bug)', () => {
    expect(parseImageRef('127.0.0.1:5000/app:v1')).toEqual({ repository: '127.0.0.1:5000/app', tag: 'v1' });
    expect(parseImageRef('127.0.0.1:5000/app')).toEqual({ repository: '127.0.0.1:5000/app' });
    expect(parseImageRef(`localhost:5000/team/app:v2@${D1}`)).toEqual({ repository: 'localhost:5000/team/app', tag: 'v2', digest: D1 });
    expect(parseImageRef('nginx')).toEqual({ repository: 'nginx' });
    expect(parseImageRef('nginx@sha256:short')).toBeUndefined();
    expect(parseImageRef('has space:1')).toBeUndefined();
    expect(parseImageRef('team/app:v1:v2')).toBeUndefined();
    expect(parseImageRef('/app')).toBeUndefined();
    expect(parseImageRef('ghcr.io/')).toBeUndefined();
    expect(parseImageRef(' ghcr.io/o/r:1.0 ')).toEqual({ repository: 'ghcr.io/o/r', tag: '1.0' });
  });

  it('treats docker.io short names as the same repository', () => {
    expect(canonicalRepository('nginx')).toBe('docker.io/library/nginx');
    expect(canonicalRepository('bitnami/redis')).toBe('docker.io/bitnami/redis');
    expect(canonicalRepository('ghcr.io/o/r')).toBe('ghcr.io/o/r');
    expect(canonicalRepository('localhost/app')).toBe('localhost/app');
  });

  it('reads the digest from every imageID form a kubelet reports', () => {
    expect(digestOfImageId(`docker-pullable://ghcr.io/o/r@${D1}`)).toBe(D1);
    expect(digestOfImageId(`ghcr.io/o/r@${D1}`)).toBe(D1);
    expect(digestOfImageId(D2)).toBe(D2);
    expect(digestOfImageId('')).toBeUndefined();
  });
});

describe('pinning images by digest', () => {
  it('rewrites only matching repositories, including host:port ones and init containers', () => {
    const objs = [
      deployment('web', { web: '127.0.0.1:5000/web:v1', side: 'ghcr.io/o/sidecar:1.0' }, { migrate: '127.0.0.1:5000/web:v1' }),
      deployment('other', { x: '127.0.0.1:5000/webhook:v1' }),
    ];
    const out = pinImages(objs, pinsFromList([`127.0.0.1:5000/web=127.0.0.1:5000/web@${D1}`]));
    expect(imageOf(objs[0]!, 'containers', 0)).toBe(`127.0.0.1:5000/web@${D1}`);
    expect(imageOf(objs[0]!, 'initContainers', 0)).toBe(`127.0.0.1:5000/web@${D1}`);
    expect(imageOf(objs[0]!, 'containers', 1)).toBe('ghcr.io/o/sidecar:1.0');
    // a repository that merely starts with the same text is not the same repository
    expect(imageOf(objs[1]!, 'containers', 0)).toBe('127.0.0.1:5000/webhook:v1');
    expect(out.unused).toEqual([]);
    expect(out.containers.filter((c) => c.digest).map((c) => `${c.object} ${c.container}`).sort()).toEqual(['apps/deployment.apps/web migrate', 'apps/deployment.apps/web web']);
  });

  it('takes the build manifest written by the images check, and a later list entry wins', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pin-'));
    const file = path.join(dir, 'images.json');
    writeFileSync(file, JSON.stringify({ images: { 'control-plane': { image: 'ghcr.io/portarium/control-plane', digest: D1, tags: ['0.1.0'], platforms: ['linux/amd64'] } } }));
    const objs = [deployment('cp', { cp: 'ghcr.io/portarium/control-plane:0.1.0' })];
    pinImages(objs, [...pinsFromBuildManifest(file), ...pinsFromList([`ghcr.io/portarium/control-plane@${D2}`])]);
    expect(imageOf(objs[0]!, 'containers')).toBe(`ghcr.io/portarium/control-plane@${D2}`);
  });

  it('reports pins that match nothing, and refuses entries without a digest', () => {
    const objs = [deployment('web', { web: 'nginx:1.27' })];
    const out = pinImages(objs, pinsFromList([`docker.io/library/nginx@${D1}`, `ghcr.io/x/unused@${D2}`]));
    expect(imageOf(objs[0]!, 'containers')).toBe(`docker.io/library/nginx@${D1}`);
    expect(out.unused.map((p) => p.match)).toEqual(['ghcr.io/x/unused']);
    expect(() => pinsFromList(['web=ghcr.io/o/web:v1'])).toThrow(UsageError);
    expect(() => pinsFromList(['web:v1=ghcr.io/o/web@' + D1])).toThrow(/without tag/);
  });

  it('refuses a build manifest that is not one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pin-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ images: { a: { image: 'ghcr.io/a', digest: 'latest' } } }));
    expect(() => pinsFromBuildManifest(file)).toThrow(/not sha256/);
    writeFileSync(file, '{');
    expect(() => pinsFromBuildManifest(file)).toThrow(UsageError);
  });
});
