import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIGURABLE_RULE_IDS } from '../../../src/checks/rule-ids.js';
import { ALL_RULES } from '../../../src/checks/registry.js';
import { planFromConfig } from '../../../src/checks/run/plan.js';
import { UsageError } from '../../../src/report/finding.js';
import { loadConfig, overlaySettings, parseConfig } from '../../../src/settings/config.js';
import { closest } from '../../../src/settings/suggest.js';

const parse = (text: string) => parseConfig(text, '.portarium-infra.yml', CONFIGURABLE_RULE_IDS);
const error = (text: string) => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('typed settings of .portarium-infra.yml', () => {
  it('reads every section into typed settings', () => {
    const c = parse(
      [
        'compose:',
        '  files: [compose.yaml, compose.prod.yaml]',
        '  env-files: .env.ci',
        '  profiles: debug',
        '  timeout: 90',
        'terraform:',
        '  paths: infra/terraform',
        '  include: ["*.tf"]',
        '  exclude: vendor/**',
        '  mode: diff',
        '  engine: tofu',
        '  terraform-version: 1.10',
        '  binary: /usr/bin/tofu',
        '  timeout: 1.5',
        'kubernetes:',
        '  paths: k8s/overlays/dev',
        '  kubernetes-versions: [1.30.0, 1.31.0]',
        '  engine: kubeconform',
        '  schema-locations: default',
        '  skip-kinds: CustomResourceDefinition',
        '  reject-kinds: [Secret]',
        '  ignore-missing-schemas: true',
        '  strict: false',
        '  allow-remote-bases: false',
        '  base-ref: origin/main',
        '  rendered-dir: out',
        '  concurrency: 4',
        '  timeout: 600',
        'images:',
        '  registry: ghcr.io/acme',
        '  docker-dir: docker',
        '  platforms: linux/amd64,linux/arm64',
        '  build-args: { NODE: 24, DEBUG: false }',
        '  timeout: 60',
        '  images:',
        '    - name: api',
        '',
      ].join('\n'),
    );
    expect(c.checks.compose).toEqual({ files: ['compose.yaml', 'compose.prod.yaml'], envFiles: ['.env.ci'], profiles: ['debug'], timeoutMs: 90_000 });
    expect(c.checks.terraform).toEqual({
      paths: ['infra/terraform'],
      include: ['*.tf'],
      exclude: ['vendor/**'],
      mode: 'diff',
      engine: 'tofu',
      // A version stays as written: 1.10 is not the number 1.1.
      terraformVersion: '1.10',
      binary: '/usr/bin/tofu',
      timeoutMs: 1500,
    });
    expect(c.checks.kubernetes).toEqual({
      paths: ['k8s/overlays/dev'],
      kubernetesVersions: ['1.30.0', '1.31.0'],
      engine: 'kubeconform',
      schemaLocations: ['default'],
      skipKinds: ['CustomResourceDefinition'],
      rejectKinds: ['Secret'],
      ignoreMissingSchemas: true,
      strict: false,
      allowRemoteBases: false,
      baseRef: 'origin/main',
      renderedDir: 'out',
      concurrency: 4,
      timeoutMs: 600_000,
    });
    expect(c.checks.images).toEqual({ registry: 'ghcr.io/acme', dockerDir: 'docker', platforms: ['linux/amd64', 'linux/arm64'], buildArgs: { NODE: '24', DEBUG: 'false' }, timeoutMs: 60_000, images: [{ name: 'api' }] });
    expect(c.warnings).toEqual([]);
  });

  it('every list setting accepts one string', () => {
    const c = parse('compose:\n  files: compose.yaml\nterraform:\n  paths: infra\nkubernetes:\n  kubernetes-versions: 1.31.0\n  skip-kinds: Secret\n');
    expect(c.checks.compose.files).toEqual(['compose.yaml']);
    expect(c.checks.terraform.paths).toEqual(['infra']);
    expect(c.checks.kubernetes.kubernetesVersions).toEqual(['1.31.0']);
    expect(c.checks.kubernetes.skipKinds).toEqual(['Secret']);
  });

  it('images: may be the list of images itself', () => {
    expect(parse('images:\n  - name: api\n').checks.images).toEqual({ images: [{ name: 'api' }] });
  });

  it('a key left empty keeps the default, and aliases are followed', () => {
    const c = parse('x-files: &files [a.yml, b.yml]\n'.replace('x-files', 'compose:\n  files') + 'kubernetes:\n  paths:\n');
    expect(c.checks.compose.files).toEqual(['a.yml', 'b.yml']);
    expect(c.checks.kubernetes).toEqual({});
  });

  it.each([
    ['compose:\n  file: compose.yaml\n', '.portarium-infra.yml:2:3: unknown setting "compose.file" (did you mean "files"?); compose takes files, env-files, profiles, timeout'],
    ['terraform:\n  pahts: infra\n', '.portarium-infra.yml:2:3: unknown setting "terraform.pahts" (did you mean "paths"?)'],
    ['kubernetes:\n  kubernetes-version: 1.31.0\n', '.portarium-infra.yml:2:3: unknown setting "kubernetes.kubernetes-version" (did you mean "kubernetes-versions"?)'],
    ['images:\n  build-arg: {}\n', '.portarium-infra.yml:2:3: unknown setting "images.build-arg" (did you mean "build-args"?)'],
    ['compose:\n  colour: blue\n', '.portarium-infra.yml:2:3: unknown setting "compose.colour"; compose takes files, env-files, profiles, timeout'],
    ['kubernets:\n  paths: x\n', '.portarium-infra.yml:1:1: unknown setting "kubernets" (did you mean "kubernetes"?); the file takes fail-on, rules, baseline, compose, terraform, kubernetes, images'],
  ])('an unknown key %j is an error at its line and column, with a suggestion', (text, message) => {
    expect(error(text)).toContain(message);
  });

  it.each([
    ['compose:\n  files: {a: 1}\n', '.portarium-infra.yml:2:10: compose.files must be a string or a list of strings'],
    ['compose:\n  files:\n    - a.yml\n    - [b.yml]\n', '.portarium-infra.yml:4:7: compose.files must be a string or a list of strings'],
    ['terraform:\n  mode: fix\n', '.portarium-infra.yml:2:9: terraform.mode must be check, diff or write (got "fix")'],
    ['terraform:\n  engine: opentofu\n', '.portarium-infra.yml:2:11: terraform.engine must be builtin, terraform or tofu (got "opentofu")'],
    ['kubernetes:\n  strict: maybe\n', '.portarium-infra.yml:2:11: kubernetes.strict must be true or false'],
    ['kubernetes:\n  concurrency: 0\n', '.portarium-infra.yml:2:16: kubernetes.concurrency must be a positive integer'],
    ['kubernetes:\n  engine: kubeval\n', '.portarium-infra.yml:2:11: kubernetes.engine must be builtin or kubeconform (got "kubeval")'],
    ['compose:\n  timeout: soon\n', '.portarium-infra.yml:2:12: compose.timeout must be a positive number of seconds'],
    ['images:\n  build-args: [A]\n', '.portarium-infra.yml:2:15: images.build-args must map names to values'],
    ['images:\n  build-args:\n    A: [1]\n', '.portarium-infra.yml:3:8: images.build-args.A must be a string, a number or a boolean'],
    ['images: 3\n', '.portarium-infra.yml:1:9: images must be a mapping or a list of images'],
  ])('a wrong type %j is an error at the value', (text, message) => {
    expect(error(text)).toBe(message);
  });

  it('an unknown rule id is an error at its line and column, with a suggestion', () => {
    expect(error('rules:\n  compose/image-latest-tag: off\n  compose/image-latest: warning\n')).toBe('.portarium-infra.yml:3:3: unknown rule "compose/image-latest" (did you mean "compose/image-latest-tag"?)');
    expect(error('rules:\n  nothing/like-it: off\n')).toBe('.portarium-infra.yml:2:3: unknown rule "nothing/like-it"');
  });

  it('every rule of every check may be configured', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect([...CONFIGURABLE_RULE_IDS].sort()).toEqual([...ids].sort());
    const c = parse(`rules:\n${ids.map((id) => `  ${id}: warning\n`).join('')}`);
    expect(Object.keys(c.rules)).toHaveLength(new Set(ids).size);
  });

  it('without the known rule ids, rule ids are only checked for their form', () => {
    expect(parseConfig('rules:\n  nothing/like-it: off\n', 'cfg.yml').rules).toEqual({ 'nothing/like-it': 'off' });
  });

  it('loadConfig checks rule ids too, naming the file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pia-settings-'));
    writeFileSync(path.join(root, '.portarium-infra.yml'), 'rules:\n  terraform/not-formated: off\n');
    await expect(loadConfig(root, undefined, undefined, CONFIGURABLE_RULE_IDS)).rejects.toThrow(/\.portarium-infra\.yml:2:3: unknown rule "terraform\/not-formated" \(did you mean "terraform\/not-formatted"\?\)/);
  });

  it('a deploy: section, never read, is a warning that says where deploy settings go', () => {
    const c = parse('deploy:\n  environments:\n    dev: {}\n');
    expect(c.warnings).toEqual([
      '.portarium-infra.yml:1:1: "deploy" is ignored: deploy settings are the flags of `portarium-infra deploy` and the inputs of the k8s-deploy action',
    ]);
  });

  it('a suggestion is offered only for a near miss', () => {
    expect(closest('file', ['files', 'profiles'])).toBe('files');
    expect(closest('colour', ['files', 'profiles'])).toBeUndefined();
  });
});

describe('settings laid over by flags and inputs', () => {
  it('a given value wins, an undefined one keeps the file', () => {
    const c = parse('compose:\n  files: a.yml\n  profiles: [x]\n');
    const over = overlaySettings(c, { compose: { files: ['b.yml'], profiles: undefined } });
    expect(over.checks.compose).toEqual({ files: ['b.yml'], profiles: ['x'] });
    expect(c.checks.compose.files).toEqual(['a.yml']);
  });
});

describe('the planner reads the same settings', () => {
  it('compose: files as one string plans that project (it crashed the plan before)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pia-plan-'));
    writeFileSync(path.join(root, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1\n');
    writeFileSync(path.join(root, 'main.tf'), 'terraform {}\n');
    const c = parse('compose:\n  files: compose.yaml\nterraform:\n  paths: main.tf\n');
    const plan = await planFromConfig(root, c);
    expect(plan.compose.projects).toEqual([['compose.yaml']]);
    expect(plan.terraform.files).toEqual(['main.tf']);
  });
});

describe('kubernetes.pod-security settings', () => {
  it('reads levels, version, namespaces and workload selectors', () => {
    const c = parse(
      [
        'kubernetes:',
        '  pod-security:',
        '    default: restricted',
        '    version: v1.33',
        '    namespaces: { tools: privileged }',
        '    workloads:',
        '      - selector: { portarium.io/workload: agent }',
        '        level: restricted',
        '        version: latest',
        '',
      ].join('\n'),
    );
    expect(c.checks.kubernetes.podSecurity).toEqual({
      default: 'restricted',
      version: 'v1.33',
      namespaces: { tools: 'privileged' },
      workloads: [{ selector: { 'portarium.io/workload': 'agent' }, level: 'restricted', version: 'latest' }],
    });
  });

  it.each([
    ['kubernetes:\n  pod-security:\n    defualt: baseline\n', '.portarium-infra.yml:3:5: unknown setting "kubernetes.pod-security.defualt" (did you mean "default"?); kubernetes.pod-security takes default, version, namespaces, workloads'],
    ['kubernetes:\n  pod-security:\n    default: strict\n', '.portarium-infra.yml:3:14: kubernetes.pod-security.default must be privileged, baseline or restricted (got "strict")'],
    ['kubernetes:\n  pod-security:\n    version: 1.33\n', '.portarium-infra.yml:3:14: kubernetes.pod-security.version must be latest or v1.N, as the pod-security.kubernetes.io/enforce-version label (got "1.33")'],
    ['kubernetes:\n  pod-security:\n    namespaces: { a: open }\n', '.portarium-infra.yml:3:22: kubernetes.pod-security.namespaces.a must be privileged, baseline or restricted (got "open")'],
    ['kubernetes:\n  pod-security:\n    workloads:\n      - selectr: { a: b }\n', '.portarium-infra.yml:4:9: unknown setting "kubernetes.pod-security.workloads[0].selectr" (did you mean "selector"?); kubernetes.pod-security.workloads[0] takes selector, level, version'],
    ['kubernetes:\n  pod-security:\n    workloads:\n      - selector: { a: b }\n', '.portarium-infra.yml:4:9: kubernetes.pod-security.workloads[0] needs a level (privileged, baseline or restricted)'],
  ])('%j is an error at its line', (text, message) => {
    expect(error(text)).toBe(message);
  });
});
