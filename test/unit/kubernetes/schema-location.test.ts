import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/report/finding.js';
import { checkKubernetesVersion, expandLocation, normalizeLocation, templateValues } from '../../../src/checks/kubernetes/schema-location.js';
import { resolveSchemaVersion } from '../../../src/tools/schemas.js';

// Worked examples from kubeconform's pkg/registry/registry_test.go.
describe('schema location templates (kubeconform registry.schemaPath)', () => {
  const tpl = normalizeLocation('https://kubernetesjsonschema.dev');
  it('appends the standalone layout to a location that does not end in json', () => {
    expect(tpl).toBe('https://kubernetesjsonschema.dev/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json');
    expect(normalizeLocation('./x/{{ .ResourceKind }}.json')).toBe('./x/{{ .ResourceKind }}.json');
  });
  it.each([
    ['Deployment', 'apps/v1', '1.16.0', true, 'https://kubernetesjsonschema.dev/v1.16.0-standalone-strict/deployment-apps-v1.json'],
    ['Service', 'v1', 'master', false, 'https://kubernetesjsonschema.dev/master-standalone/service-v1.json'],
    ['RoleBinding', 'rbac.authorization.k8s.io/v1', '1.37.0', false, 'https://kubernetesjsonschema.dev/v1.37.0-standalone/rolebinding-rbac-v1.json'],
  ])('%s %s %s strict=%s', (kind, apiVersion, version, strict, want) => {
    expect(expandLocation(tpl, templateValues(kind, apiVersion, version, strict))).toBe(want);
  });
  it('fills Group and ResourceAPIVersion like kubeconform (core v1 has Group "v1")', () => {
    const crd = '{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json';
    expect(expandLocation(crd, templateValues('TrainingJob', 'sagemaker.aws.amazon.com/v1', 'master', true))).toBe('sagemaker.aws.amazon.com/trainingjob_v1.json');
    expect(expandLocation(crd, templateValues('Service', 'v1', 'master', true))).toBe('v1/service_v1.json');
  });
  it('refuses templates kubeconform cannot execute', () => {
    expect(() => normalizeLocation('foo {{ .Foo }}')).toThrow(UsageError);
    expect(() => normalizeLocation('foo {{ .Foo }}')).toThrow(/^failed initialising schema location registry/);
    expect(() => normalizeLocation('x/{{ .ResourceKind .json')).toThrow(UsageError);
  });
  it('accepts master or x.y.z as Kubernetes version, nothing else', () => {
    expect(checkKubernetesVersion('master')).toBe('master');
    expect(checkKubernetesVersion('1.30.2')).toBe('1.30.2');
    expect(() => checkKubernetesVersion('1.25')).toThrow(/1.25 is not a valid version/);
    expect(() => checkKubernetesVersion('v1.25.0')).toThrow(UsageError);
  });
});

describe('offline schema version resolution (kubernetes-validate rule)', () => {
  const available = ['1.25.0', '1.30.0', '1.37.0'];
  it.each([
    ['1.30.2', '1.30.0'],
    ['1.31.0', '1.30.0'],
    ['1.37.0', '1.37.0'],
    ['1.40.1', '1.37.0'],
    ['master', '1.37.0'],
    ['1.24.9', undefined],
  ])('%s -> %s', (req, want) => expect(resolveSchemaVersion(req, available)).toBe(want));
});
