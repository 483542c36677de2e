import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crdToSchemas, crdsInText } from '../../../src/checks/kubernetes/crd-schemas.js';
import { CONFORMANCE, conformanceAvailable } from '../../helpers/paths.js';

const REGISTRY = path.join(CONFORMANCE, 'kubeconform', 'fixtures', 'registry');
const sortKeys = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

describe('schemas from CustomResourceDefinitions (openapi2jsonschema logic)', () => {
  it.runIf(conformanceAvailable())('reproduces the schema kubeconform ships for its sagemaker TrainingJob CRD fixture', () => {
    const crds = crdsInText(readFileSync(path.join(REGISTRY, 'sagemaker.aws.amazon.com_trainingjobs.yaml'), 'utf8'));
    const [schema] = crdToSchemas(crds[0]!, true);
    expect(schema!.file).toBe('trainingjob-sagemaker-v1.json');
    expect(sortKeys(schema!.schema)).toBe(sortKeys(JSON.parse(readFileSync(path.join(REGISTRY, 'trainingjob-sagemaker-v1.json'), 'utf8'))));
  });

  const crd = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    spec: {
      group: 'portarium.io',
      names: { kind: 'Agent' },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1alpha1',
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: {
                spec: {
                  type: 'object',
                  properties: { replicas: { type: 'integer' }, port: { format: 'int-or-string' }, extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: { type: 'string' } } } },
                },
              },
            },
          },
        },
        { name: 'v1', schema: { openAPIV3Schema: { type: 'object' } } },
      ],
    },
  };

  it('writes one schema per version, named like {{ .ResourceKind }}{{ .KindSuffix }}', () => {
    expect(crdToSchemas(crd, true).map((s) => s.file)).toEqual(['agent-portarium-v1alpha1.json', 'agent-portarium-v1.json']);
  });

  it('strict closes nested objects with properties, not the root nor preserve-unknown-fields objects', () => {
    const s = crdToSchemas(crd, true)[0]!.schema as { additionalProperties?: boolean; properties: { spec: { additionalProperties: boolean; properties: Record<string, Record<string, unknown>> } } };
    expect(s.additionalProperties).toBeUndefined();
    expect(s.properties.spec.additionalProperties).toBe(false);
    expect(s.properties.spec.properties.extra!.additionalProperties).toBeUndefined();
    expect(s.properties.spec.properties.port).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
    const loose = crdToSchemas(crd, false)[0]!.schema as { properties: { spec: { additionalProperties?: boolean } } };
    expect(loose.properties.spec.additionalProperties).toBeUndefined();
  });
});
