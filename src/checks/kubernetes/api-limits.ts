import type { BuiltResource } from './manifests.js';
import type { PolicyHit } from './policies.js';


/**
 * Size limits the API server (and etcd behind it) enforces, so an object that would be refused at
 * apply time is a finding at review time. Values from k8s.io/kubernetes pkg/apis/core/validation and
 * apimachinery ValidateAnnotationsSize; etcd's default --max-request-bytes.
 */
export const API_LIMITS = {
  /** core.MaxSecretSize: ConfigMap data+binaryData values, Secret data values. */
  dataBytes: 1024 * 1024,
  /** TotalAnnotationSizeLimitB: keys + values. */
  annotationBytes: 256 * 1024,
  /** etcd's default request limit, 1.5 MiB. */
  objectBytes: 1.5 * 1024 * 1024,
} as const;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Decoded length of base64 text without decoding it (what Go's []byte field holds). */
export function base64DecodedLength(s: string): number {
  const t = s.replace(/[\s]/g, '');
  const pad = t.endsWith('==') ? 2 : t.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((t.length * 3) / 4) - pad);
}

function map(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Sizes the API server would refuse in one built resource. */
export function apiLimitHits(res: BuiltResource): PolicyHit[] {
  const hits: PolicyHit[] = [];
  const o = res.object;
  const core = res.apiVersion === 'v1';
  if (core && res.kind === 'ConfigMap') {
    let total = 0;
    for (const v of Object.values(map(o.data))) total += utf8(str(v));
    for (const v of Object.values(map(o.binaryData))) total += base64DecodedLength(str(v));
    if (total > API_LIMITS.dataBytes) {
      const field = Object.keys(map(o.data)).length > 0 ? 'data' : 'binaryData';
      hits.push({
        rule: 'kubernetes/configmap-too-large',
        resource: res,
        pointer: [field],
        message: `data and binaryData hold ${total} bytes (${mib(total)}); the API server refuses a ConfigMap over 1 MiB (1,048,576 bytes)`,
      });
    }
  }
  if (core && res.kind === 'Secret') {
    const data = map(o.data);
    const stringData = map(o.stringData);
    let total = 0;
    // stringData is merged over data before validation: a key in both counts once, as stringData.
    for (const [k, v] of Object.entries(data)) if (!Object.hasOwn(stringData, k)) total += base64DecodedLength(str(v));
    for (const v of Object.values(stringData)) total += utf8(str(v));
    if (total > API_LIMITS.dataBytes) {
      hits.push({
        rule: 'kubernetes/secret-too-large',
        resource: res,
        pointer: [Object.keys(data).length > 0 ? 'data' : 'stringData'],
        message: `data and stringData hold ${total} bytes decoded (${mib(total)}); the API server refuses a Secret over 1 MiB (1,048,576 bytes)`,
      });
    }
  }
  const annotations = map(map(o.metadata).annotations);
  let annotationBytes = 0;
  for (const [k, v] of Object.entries(annotations)) annotationBytes += utf8(k) + utf8(str(v));
  if (annotationBytes > API_LIMITS.annotationBytes) {
    hits.push({
      rule: 'kubernetes/annotations-too-large',
      resource: res,
      pointer: ['metadata', 'annotations'],
      message: `annotations total ${annotationBytes} bytes (${kib(annotationBytes)}, keys and values); the API server refuses more than 256 KiB (262,144 bytes)`,
    });
  }
  const objectBytes = utf8(res.json);
  if (objectBytes > API_LIMITS.objectBytes) {
    hits.push({
      rule: 'kubernetes/object-too-large',
      resource: res,
      pointer: ['kind'],
      message: `the object is ${objectBytes} bytes as JSON (${mib(objectBytes)}); etcd refuses requests over 1.5 MiB (1,572,864 bytes)`,
    });
  }
  return hits;
}
