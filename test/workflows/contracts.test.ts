import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkflowContracts } from '../../src/checks/workflows/contracts.js';
import { REPO_ROOT } from '../helpers/paths.js';

const CALLEE = `name: deploy
on:
  workflow_call:
    inputs:
      environment: {type: string, required: true}
      dry-run: {type: boolean, default: false}
      replicas: {type: number, default: 1}
    secrets:
      registry-token: {required: false}
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: \${{ inputs.environment }}
    permissions:
      contents: read
      id-token: write
    concurrency:
      group: deploy-\${{ inputs.environment }}
    steps:
      - run: echo "$KUBECONFIG_DATA" | wc -c
        env:
          KUBECONFIG_DATA: \${{ secrets.KUBECONFIG }}
`;

function repo(caller: string, callee = CALLEE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-wf-'));
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'workflows', 'caller.yml'), caller);
  writeFileSync(path.join(dir, '.github', 'workflows', 'deploy.yml'), callee);
  return dir;
}

const GOOD_CALLER = `name: release
on: [push]
permissions:
  contents: read
jobs:
  call:
    uses: ./.github/workflows/deploy.yml
    permissions:
      contents: read
      id-token: write
    with:
      environment: staging
      dry-run: true
    secrets: inherit
`;

async function rules(dir: string) {
  return (await checkWorkflowContracts({ root: dir })).findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
}

describe('workflow contract checks', () => {
  it('a correct caller and callee pass', async () => {
    expect(await rules(repo(GOOD_CALLER))).toEqual([]);
  });

  it.each([
    ['a string literal for a boolean input', GOOD_CALLER.replace('dry-run: true', 'dry-run: "yes"'), 'workflows/input-type@.github/workflows/caller.yml:13'],
    [
      'github.event.inputs (always a string) for a boolean input',
      GOOD_CALLER.replace('dry-run: true', 'dry-run: ${{ github.event.inputs.dry-run }}'),
      'workflows/input-type@.github/workflows/caller.yml:13',
    ],
    ['text for a number input', GOOD_CALLER.replace('dry-run: true', 'replicas: two'), 'workflows/input-type@.github/workflows/caller.yml:13'],
    ['an undeclared input', GOOD_CALLER.replace('dry-run: true', 'colour: blue'), 'workflows/unknown-input@.github/workflows/caller.yml:13'],
    ['a missing required input', GOOD_CALLER.replace('      environment: staging\n', ''), 'workflows/missing-input@.github/workflows/caller.yml:7'],
    ['a permission the caller does not grant', GOOD_CALLER.replace('      id-token: write\n', ''), 'workflows/permission-exceeds-caller@.github/workflows/caller.yml:8'],
    ['environment secrets without secrets: inherit', GOOD_CALLER.replace('    secrets: inherit\n', ''), 'workflows/secrets-inherit-required@.github/workflows/caller.yml:7'],
  ])('%s is reported at the caller', async (_name, caller, want) => {
    expect(await rules(repo(caller))).toEqual([want]);
  });

  it('a concurrency group shared by caller and callee is a deadlock, reported at the callee', async () => {
    const caller = GOOD_CALLER.replace('permissions:\n  contents: read\njobs:', 'permissions:\n  contents: read\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\njobs:');
    const callee = CALLEE.replace('group: deploy-${{ inputs.environment }}', 'group: ${{github.workflow}}-${{ github.ref }}');
    expect(await rules(repo(caller, callee))).toEqual(['workflows/concurrency-deadlock@.github/workflows/deploy.yml:20']);
  });

  it('an input a local action does not declare', async () => {
    const dir = repo(GOOD_CALLER);
    mkdirSync(path.join(dir, 'actions', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'actions', 'x', 'action.yml'), 'name: x\ndescription: x\ninputs:\n  a:\n    description: a\nruns:\n  using: node24\n  main: i.js\n');
    writeFileSync(path.join(dir, '.github', 'workflows', 'steps.yml'), 'on: push\njobs:\n  j:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: ./actions/x\n        with:\n          a: 1\n          b: 2\n');
    expect(await rules(dir)).toEqual(['workflows/unknown-action-input@.github/workflows/steps.yml:9']);
  });

  it("this repository's own workflows satisfy every contract", async () => {
    expect(await rules(REPO_ROOT)).toEqual([]);
  });
});
