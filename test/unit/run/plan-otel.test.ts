import { describe, expect, it } from 'vitest';
import { planInfra } from '../../../src/checks/run/plan.js';
import { EXAMPLE } from '../../helpers/paths.js';

// ci-infra's plan decides whether the otel job runs (has-otel): every collector configuration, or none
// when a pull request touches nothing the otel check reads.
describe('the plan for the otel job', () => {
  const COLLECTOR = 'infra/otel/collector-config.yaml';

  it('lists the collector configurations it discovers', async () => {
    expect((await planInfra({ root: EXAMPLE })).otel).toEqual({ configs: [COLLECTOR] });
  });

  it.each([
    ['the collector configuration', COLLECTOR, [COLLECTOR]],
    ["Tempo's configuration beside it", 'infra/otel/tempo-config.yaml', [COLLECTOR]],
    ['a compose file whose services mount them', 'docker-compose.yml', [COLLECTOR]],
    ['a Terraform file', 'infra/terraform/aws/outputs.tf', []],
    ['an overlay', 'infra/kubernetes/overlays/prod/kustomization.yaml', []],
  ])('a change to %s runs it over %j', async (_what, changed, configs) => {
    expect((await planInfra({ root: EXAMPLE, changedFiles: new Set([changed]) })).otel.configs).toEqual(configs);
  });

  it('keeps a configured configuration that is missing, for the otel job to report, instead of failing the plan', async () => {
    const plan = await planInfra({ root: EXAMPLE, otelConfigs: ['infra/otel/missing.yaml'] });
    expect(plan.otel.configs).toEqual(['infra/otel/missing.yaml']);
    expect(plan.compose.projects.length).toBeGreaterThan(0);
  });
});
