import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkflowContracts } from '../../src/checks/workflows/contracts.js';
import { suppressFindings } from '../../src/checks/run/suppressions.js';
import { parseConfig } from '../../src/settings/config.js';
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

/** The contracts' findings as a run reports them: past the suppression comments of the workflow files. */
async function rules(dir: string) {
  const [result] = suppressFindings([await checkWorkflowContracts({ root: dir })], dir, parseConfig('', 'none'), { kind: 'none' });
  return result!.findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
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

  it('a suppression comment with a reason accepts a finding on its line or the next; without one it is reported', async () => {
    const own = GOOD_CALLER.replace('      dry-run: true', '      # portarium-infra-ignore workflows/input-type: the callee reads it as text\n      dry-run: "yes"');
    expect(await rules(repo(own))).toEqual([]);
    const trailing = GOOD_CALLER.replace('      dry-run: true', '      dry-run: "yes" # portarium-infra-ignore workflows/input-type: read as text');
    expect(await rules(repo(trailing))).toEqual([]);
    const noReason = GOOD_CALLER.replace('      dry-run: true', '      dry-run: "yes" # portarium-infra-ignore workflows/input-type');
    expect(await rules(repo(noReason))).toEqual(['workflows/input-type@.github/workflows/caller.yml:13', 'report/suppression-without-reason@.github/workflows/caller.yml:13']);
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

/** A reusable workflow meant to be called several times per run: its group and artifact names carry `name`. */
const MULTI_CALLEE = `name: infra
on:
  workflow_call:
    inputs:
      name: {type: string, default: infra}
      dir: {type: string, default: .}
concurrency:
  group: infra-\${{ inputs.name }}-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  check:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - run: echo check > findings.json
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: findings.\${{ inputs.name }}
          path: findings.json
`;

function twoCalls(first: string, second: string): string {
  return `name: monorepo
on: [push]
permissions:
  contents: read
jobs:
  backend:
    uses: ./.github/workflows/infra.yml
    with:
      dir: backend
${first}  frontend:
    uses: ./.github/workflows/infra.yml
    with:
      dir: frontend
${second}`;
}

function multiRepo(caller: string, callee = MULTI_CALLEE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-wf-'));
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'workflows', 'caller.yml'), caller);
  writeFileSync(path.join(dir, '.github', 'workflows', 'infra.yml'), callee);
  return dir;
}

describe('a reusable workflow called several times in one run', () => {
  it('distinct name inputs keep the calls apart', async () => {
    expect(await rules(multiRepo(twoCalls('      name: backend\n', '      name: frontend\n')))).toEqual([]);
  });

  it('two calls with the same name share the concurrency group and the artifact names, reported at the second call', async () => {
    const findings = await checkWorkflowContracts({ root: multiRepo(twoCalls('      name: web\n', '      name: web\n')) });
    expect(findings.findings.map((f) => `${f.rule}@${f.file}:${f.line}`)).toEqual([
      'workflows/concurrency-collision@.github/workflows/caller.yml:15',
      'workflows/artifact-collision@.github/workflows/caller.yml:15',
    ]);
    expect(findings.findings[1]!.message).toContain('artifact name "findings.${{ inputs.name }}" of .github/workflows/infra.yml is the same for the calls "backend" and "frontend"');
  });

  it('two calls that both leave name at its default collide too, reported at the second call', async () => {
    expect(await rules(multiRepo(twoCalls('', '')))).toEqual([
      'workflows/concurrency-collision@.github/workflows/caller.yml:11',
      'workflows/artifact-collision@.github/workflows/caller.yml:11',
    ]);
  });

  it('a callee whose concurrency group has no input in it is reported at the callee when it is called twice', async () => {
    const callee = MULTI_CALLEE.replace('group: infra-${{ inputs.name }}-${{ github.ref }}', 'group: infra-${{ github.workflow }}-${{ github.ref }}');
    expect(await rules(multiRepo(twoCalls('      name: backend\n', '      name: frontend\n'), callee))).toEqual(['workflows/concurrency-collision@.github/workflows/infra.yml:8']);
    // Called once, the same callee is fine.
    const once = twoCalls('      name: backend\n', '').replace(/ {2}frontend:[\s\S]*$/, '');
    expect(await rules(multiRepo(once, callee))).toEqual([]);
  });

  it('an upload-artifact step without a name collides in every second call', async () => {
    const callee = MULTI_CALLEE.replace('          name: findings.${{ inputs.name }}\n', '');
    expect(await rules(multiRepo(twoCalls('      name: backend\n', '      name: frontend\n'), callee))).toEqual(['workflows/artifact-collision@.github/workflows/infra.yml:17']);
  });

  it('a matrix call needs a name built from the matrix', async () => {
    const matrixCaller = (name: string) => `name: monorepo
on: [push]
permissions:
  contents: read
jobs:
  infra:
    strategy:
      matrix:
        dir: [backend, frontend]
    uses: ./.github/workflows/infra.yml
    with:
      dir: \${{ matrix.dir }}
      name: ${name}
`;
    expect(await rules(multiRepo(matrixCaller('all')))).toEqual([
      'workflows/concurrency-collision@.github/workflows/caller.yml:13',
      'workflows/artifact-collision@.github/workflows/caller.yml:13',
    ]);
    expect(await rules(multiRepo(matrixCaller('${{ matrix.dir }}')))).toEqual([]);
  });

  it("this repository's ci-infra can be called twice with distinct names, and not with the same one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pia-wf-'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'workflows', 'ci-infra.yml'), readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'ci-infra.yml'), 'utf8'));
    const caller = (a: string, b: string) => `name: monorepo
on: [pull_request]
permissions:
  contents: read
  pull-requests: write
jobs:
  backend:
    uses: ./.github/workflows/ci-infra.yml
    with:
      working-directory: backend
${a}  platform:
    uses: ./.github/workflows/ci-infra.yml
    with:
      working-directory: platform
${b}`;
    writeFileSync(path.join(dir, '.github', 'workflows', 'caller.yml'), caller('      name: backend\n', '      name: platform\n'));
    expect(await rules(dir)).toEqual([]);
    writeFileSync(path.join(dir, '.github', 'workflows', 'caller.yml'), caller('', ''));
    const found = await rules(dir);
    expect(found).toContain('workflows/concurrency-collision@.github/workflows/caller.yml:12');
    expect(found).toContain('workflows/artifact-collision@.github/workflows/caller.yml:12');
  });
});

describe('packages: write and pull requests', () => {
  const workflow = (on: string, job: string) => `name: images
${on}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
${job}    steps:
      - run: echo build
`;
  const grant = '    permissions:\n      contents: read\n      packages: write\n';

  it.each([
    ['a job granted packages: write on pull_request', workflow('on: [pull_request, push]', grant), ['workflows/packages-write-on-pull-request@.github/workflows/images.yml:10']],
    ['a reusable workflow (its caller may run on a pull request)', workflow('on:\n  workflow_call:', grant), ['workflows/packages-write-on-pull-request@.github/workflows/images.yml:11']],
    [
      'write-all at the workflow level',
      workflow('on:\n  pull_request_target:', '').replace('permissions:\n  contents: read', 'permissions: write-all'),
      ['workflows/packages-write-on-pull-request@.github/workflows/images.yml:4'],
    ],
    ['a condition that excludes only pull_request, not pull_request_target', workflow('on:\n  workflow_call:', `    if: github.event_name != 'pull_request'\n${grant}`), ['workflows/packages-write-on-pull-request@.github/workflows/images.yml:12']],
    ['a condition that cannot exclude anything (||)', workflow('on: [pull_request]', `    if: github.event_name == 'push' || inputs.force\n${grant}`), ['workflows/packages-write-on-pull-request@.github/workflows/images.yml:11']],
    ['a job that publishes only on push', workflow('on: [pull_request, push]', `    if: \${{ github.event_name == 'push' }}\n${grant}`), []],
    ['a publish job that keeps pull request events out', workflow('on:\n  workflow_call:', `    if: inputs.push && !startsWith(github.event_name, 'pull_request')\n${grant}`), []],
    ['packages: write on push only', workflow('on: [push]', grant), []],
  ])('%s', async (_name, text, want) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pia-wf-'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'workflows', 'images.yml'), text);
    expect(await rules(dir)).toEqual(want);
  });
});
