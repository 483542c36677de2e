/**
 * The pinned Compose Specification schema with the load-time adjustments listed in schema/README.md.
 * Kept apart from the validator so the build can compile it ahead of time.
 */
import rawSchema from './schema/compose-spec.json' with { type: 'json' };

type Json = Record<string, unknown>;

export function composeSchema(): Json {
  const s = structuredClone(rawSchema) as Json;
  s['$schema'] = 'http://json-schema.org/draft-07/schema#';
  const defs = s['definitions'] as Record<string, Json>;
  const service = defs['service']!['properties'] as Record<string, Json>;
  const buildObject = (service['build']!['oneOf'] as Json[]).find((b) => b['type'] === 'object');
  const buildProps = buildObject?.['properties'] as Record<string, unknown> | undefined;
  if (buildProps) {
    buildProps['provenance'] ??= { type: ['string', 'boolean'], description: 'Add a provenance attestation' };
    buildProps['sbom'] ??= { type: ['string', 'boolean'], description: 'Add a SBOM attestation' };
  }
  const watch = (defs['development']?.['properties'] as Record<string, Json> | undefined)?.['watch'];
  const watchProps = (watch?.['items'] as Json | undefined)?.['properties'] as Record<string, unknown> | undefined;
  if (watchProps) watchProps['initial_sync'] ??= { type: 'boolean' };
  const models = service['models'];
  const modelsObject = (models?.['oneOf'] as Json[] | undefined)?.find((m) => m['type'] === 'object');
  const pp = modelsObject?.['patternProperties'] as Record<string, Json> | undefined;
  if (pp) for (const k of Object.keys(pp)) pp[k] = { oneOf: [pp[k], { type: 'null' }] };
  return s;
}

