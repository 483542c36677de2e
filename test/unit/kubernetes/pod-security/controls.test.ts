import { describe, expect, it } from 'vitest';
import type { PodView } from '../../../../src/checks/kubernetes/pod-security/controls.js';
import { evaluatePod, forbiddenDetail } from '../../../../src/checks/kubernetes/pod-security/evaluate.js';
import type { PolicyVersion } from '../../../../src/checks/kubernetes/pod-security/levels.js';
import { podTemplateOf } from '../../../../src/checks/kubernetes/pod-security/pod-templates.js';

type Obj = Record<string, unknown>;

/** A pod that meets restricted, with changes to one part. */
function pod(change: { spec?: Obj; container?: Obj; containerSC?: Obj; podSC?: Obj; annotations?: Obj } = {}): PodView {
  return {
    metadata: change.annotations ? { annotations: change.annotations } : {},
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, ...change.podSC },
      containers: [{ name: 'web', image: 'x:1', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...change.containerSC }, ...change.container }],
      ...change.spec,
    },
  };
}

const run = (level: 'baseline' | 'restricted', p: PodView, version: PolicyVersion = 'latest') => evaluatePod(level, version, p);
const ids = (level: 'baseline' | 'restricted', p: PodView, version: PolicyVersion = 'latest') => run(level, p, version).map((r) => r.id);
const text = (level: 'baseline' | 'restricted', p: PodView, version: PolicyVersion = 'latest') => forbiddenDetail(run(level, p, version));

describe('Pod Security controls, each failing and passing, with the API server text', () => {
  it('a restricted pod passes both levels; an empty securityContext fails only restricted', () => {
    expect(ids('restricted', pod())).toEqual([]);
    const bare: PodView = { metadata: {}, spec: { containers: [{ name: 'web' }] } };
    expect(ids('baseline', bare)).toEqual([]);
    expect(text('restricted', bare)).toBe(
      'allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false), ' +
        'unrestricted capabilities (container "web" must set securityContext.capabilities.drop=["ALL"]), ' +
        'runAsNonRoot != true (pod or container "web" must set securityContext.runAsNonRoot=true), ' +
        'seccompProfile (pod or container "web" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
  });

  it.each<[string, Parameters<typeof pod>[0], string]>([
    ['hostNamespaces', { spec: { hostNetwork: true, hostIPC: true } }, 'host namespaces (hostNetwork=true, hostIPC=true)'],
    ['privileged', { containerSC: { privileged: true } }, 'privileged (container "web" must not set securityContext.privileged=true)'],
    ['capabilities_baseline', { containerSC: { capabilities: { add: ['SYS_ADMIN', 'CHOWN', 'NET_RAW'] } } }, 'non-default capabilities (container "web" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add)'],
    ['hostPathVolumes', { spec: { volumes: [{ name: 'h', hostPath: { path: '/' } }] } }, 'hostPath volumes (volume "h")'],
    ['hostPorts', { container: { ports: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 81, hostPort: 443 }] } }, 'hostPort (container "web" uses hostPorts 443, 8080)'],
    ['appArmorProfile', { podSC: { appArmorProfile: { type: 'Unconfined' } } }, 'forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")'],
    ['seLinuxOptions', { containerSC: { seLinuxOptions: { type: 'spc_t', user: 'u' } } }, 'seLinuxOptions (container "web" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set)'],
    ['procMount', { containerSC: { procMount: 'Unmasked' } }, 'procMount (container "web" must not set securityContext.procMount to "Unmasked")'],
    ['seccompProfile_baseline', { podSC: { seccompProfile: { type: 'Unconfined' } } }, 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")'],
    ['sysctls', { podSC: { sysctls: [{ name: 'kernel.msgmax', value: '1' }, { name: 'net.ipv4.tcp_syncookies', value: '1' }] } }, 'forbidden sysctls (kernel.msgmax)'],
    ['windowsHostProcess', { podSC: { windowsOptions: { hostProcess: true } } }, 'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)'],
    ['hostProbesAndHostLifecycle', { container: { readinessProbe: { tcpSocket: { port: 1, host: '10.0.0.1' } } } }, 'probe or lifecycle host (container "web" uses probe or lifecycle host "10.0.0.1")'],
  ])('baseline %s', (id, change, detail) => {
    expect(ids('baseline', pod(change))).toEqual([id]);
    expect(text('baseline', pod(change))).toBe(detail);
    expect(run('baseline', pod(change))[0]!.level).toBe('baseline');
  });

  it.each<[string, Parameters<typeof pod>[0]]>([
    ['hostNamespaces', { spec: { hostNetwork: false } }],
    ['capabilities_baseline', { containerSC: { capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'] } } }],
    ['hostPorts', { container: { ports: [{ containerPort: 80, hostPort: 0 }] } }],
    ['appArmorProfile', { podSC: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } }, annotations: { 'container.apparmor.security.beta.kubernetes.io/web': 'runtime/default' } }],
    ['seLinuxOptions', { containerSC: { seLinuxOptions: { type: 'container_init_t', level: 's0:c1' } } }],
    ['procMount', { containerSC: { procMount: 'Default' } }],
    ['seccompProfile_baseline', { podSC: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } }],
    ['sysctls', { podSC: { sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }] } }],
    ['windowsHostProcess', { podSC: { windowsOptions: { hostProcess: false } } }],
  ])('baseline %s passes', (_id, change) => {
    expect(ids('baseline', pod(change))).toEqual([]);
  });

  it.each<[string, Parameters<typeof pod>[0], string]>([
    ['allowPrivilegeEscalation', { containerSC: { allowPrivilegeEscalation: true } }, 'allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false)'],
    [
      'capabilities_restricted',
      { containerSC: { capabilities: { drop: ['NET_RAW'], add: ['NET_BIND_SERVICE', 'CHOWN'] } } },
      'unrestricted capabilities (container "web" must set securityContext.capabilities.drop=["ALL"]; container "web" must not include "CHOWN" in securityContext.capabilities.add)',
    ],
    ['restrictedVolumes', { spec: { volumes: [{ name: 'a', nfs: { server: 's', path: '/' } }, { name: 'b', emptyDir: {} }, { name: 'c', gitRepo: { repository: 'r' } }] } }, 'restricted volume types (volumes "a", "c" use restricted volume types "gitRepo", "nfs")'],
    ['runAsNonRoot', { podSC: { runAsNonRoot: false } }, 'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)'],
    ['runAsUser', { containerSC: { runAsUser: 0 } }, 'runAsUser=0 (container "web" must not set runAsUser=0)'],
    ['seccompProfile_restricted', { podSC: { seccompProfile: undefined }, containerSC: { seccompProfile: { type: 'RuntimeDefault' } }, container: {} }, ''],
  ])('restricted %s', (id, change, detail) => {
    if (!detail) {
      // Set on every container instead of the pod: allowed.
      expect(ids('restricted', pod(change))).toEqual([]);
      return;
    }
    expect(ids('restricted', pod(change))).toEqual([id]);
    expect(text('restricted', pod(change))).toBe(detail);
    expect(ids('baseline', pod(change))).toEqual([]);
  });

  it('restricted replaces the baseline checks it overrides, and keeps the baseline level of the others', () => {
    const p = pod({ spec: { hostNetwork: true, volumes: [{ name: 'h', hostPath: { path: '/' } }] } });
    expect(run('restricted', p).map((r) => [r.id, r.level])).toEqual([
      ['hostNamespaces', 'baseline'],
      ['restrictedVolumes', 'restricted'],
    ]);
  });

  it('names containers in init, app order, pluralised', () => {
    const p: PodView = { metadata: {}, spec: { initContainers: [{ name: 'i', securityContext: { privileged: true } }], containers: [{ name: 'a', securityContext: { privileged: true } }] } };
    expect(text('baseline', p)).toBe('privileged (containers "i", "a" must not set securityContext.privileged=true)');
  });
});

describe('Pod Security versions', () => {
  it('sysctls allowed grew in 1.27, 1.29, 1.32 and 1.37', () => {
    const withSysctl = (name: string) => pod({ podSC: { sysctls: [{ name, value: '1' }] } });
    expect(ids('baseline', withSysctl('net.ipv4.ip_local_reserved_ports'), 'v1.26')).toEqual(['sysctls']);
    expect(ids('baseline', withSysctl('net.ipv4.ip_local_reserved_ports'), 'v1.27')).toEqual([]);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_keepalive_time'), 'v1.28')).toEqual(['sysctls']);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_keepalive_time'), 'v1.29')).toEqual([]);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_rmem'), 'v1.31')).toEqual(['sysctls']);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_rmem'), 'v1.32')).toEqual([]);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_notsent_lowat'), 'v1.36')).toEqual(['sysctls']);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_notsent_lowat'), 'latest')).toEqual([]);
    expect(ids('baseline', withSysctl('net.ipv4.tcp_notsent_lowat'), 'v1.99')).toEqual([]);
  });

  it('container_engine_t from 1.31; probe hosts from 1.34; runAsUser from 1.23; capabilities from 1.22', () => {
    expect(ids('baseline', pod({ containerSC: { seLinuxOptions: { type: 'container_engine_t' } } }), 'v1.30')).toEqual(['seLinuxOptions']);
    expect(ids('baseline', pod({ containerSC: { seLinuxOptions: { type: 'container_engine_t' } } }), 'v1.31')).toEqual([]);
    const probe = pod({ container: { livenessProbe: { httpGet: { port: 80, host: 'h' } } } });
    expect(ids('baseline', probe, 'v1.33')).toEqual([]);
    expect(ids('baseline', probe, 'v1.34')).toEqual(['hostProbesAndHostLifecycle']);
    expect(ids('restricted', pod({ podSC: { runAsUser: 0 } }), 'v1.22')).toEqual([]);
    expect(ids('restricted', pod({ podSC: { runAsUser: 0 } }), 'v1.23')).toEqual(['runAsUser']);
    expect(ids('restricted', pod({ containerSC: { capabilities: {} } }), 'v1.21')).toEqual([]);
  });

  it('seccomp: annotations before 1.19, fields from 1.19; Windows pods exempt from the restricted ones from 1.25', () => {
    const annotated = pod({ podSC: { seccompProfile: undefined }, annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } });
    expect(text('baseline', annotated, 'v1.18')).toBe('seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined")');
    expect(ids('baseline', annotated, 'v1.19')).toEqual([]);
    const windows: PodView = { metadata: {}, spec: { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'w' }] } };
    expect(ids('restricted', windows, 'v1.24')).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted']);
    expect(ids('restricted', windows, 'v1.25')).toEqual([]);
  });

  it('hostUsers: false relaxes runAsNonRoot, runAsUser and baseline procMount from 1.35, not procMount_restricted', () => {
    const userns = pod({ spec: { hostUsers: false }, podSC: { runAsNonRoot: false, runAsUser: 0 }, containerSC: { procMount: 'Unmasked' } });
    expect(ids('restricted', userns, 'v1.34')).toEqual(['procMount', 'runAsNonRoot', 'runAsUser']);
    expect(ids('restricted', userns, 'v1.35')).toEqual(['procMount_restricted']);
    expect(ids('baseline', userns, 'v1.35')).toEqual([]);
  });
});

describe('the pod of each kind', () => {
  const template = { metadata: { labels: { a: 'b' } }, spec: { hostPID: true, containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } };
  it.each([
    ['apps/v1', 'Deployment', { spec: { template } }, ['spec', 'template']],
    ['batch/v1', 'CronJob', { spec: { jobTemplate: { spec: { template } } } }, ['spec', 'jobTemplate', 'spec', 'template']],
    ['v1', 'PodTemplate', { template }, ['template']],
    ['v1', 'ReplicationController', { spec: { template } }, ['spec', 'template']],
  ])('%s %s', (apiVersion, kind, object, prefix) => {
    const t = podTemplateOf(apiVersion, kind, object)!;
    expect(t.prefix).toEqual(prefix);
    expect(ids('baseline', t.view)).toEqual(['hostNamespaces']);
  });

  it('a ReplicationController without a template, and kinds of other groups, are not judged', () => {
    expect(podTemplateOf('v1', 'ReplicationController', { spec: {} })).toBeUndefined();
    expect(podTemplateOf('example.com/v1', 'Deployment', { spec: { template } })).toBeUndefined();
  });

  it('a Pod is judged as admitted: hostNetwork gives container ports host ports, AppArmor fields and annotations are synced', () => {
    const p = podTemplateOf('v1', 'Pod', {
      metadata: {},
      spec: { hostNetwork: true, containers: [{ name: 'c', ports: [{ containerPort: 80 }], securityContext: { appArmorProfile: { type: 'Unconfined' } } }] },
    })!;
    expect(text('baseline', p.view)).toBe(
      'forbidden AppArmor profiles (container "c" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/c="unconfined""), host namespaces (hostNetwork=true), hostPort (container "c" uses hostPort 80)',
    );
    // The same template in a Deployment: as the API server warns of it.
    const d = podTemplateOf('apps/v1', 'Deployment', { spec: { template: { metadata: {}, spec: p.view.spec } } })!;
    expect(ids('baseline', { metadata: {}, spec: { ...d.view.spec, containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } })).toEqual(['hostNamespaces']);
  });
});

describe('policy versions', () => {
  it('reads latest and v1.N as the API server does; newer than we know runs as latest', async () => {
    const { parseVersion, minorOf, LATEST_MINOR } = await import('../../../../src/checks/kubernetes/pod-security/levels.js');
    expect(['latest', 'v1.0', 'v1.33', 'v1.99', '1.33', 'v1.033', 'v2.0', 'v1.33.1'].map(parseVersion)).toEqual(['latest', 'v1.0', 'v1.33', 'v1.99', undefined, undefined, undefined, undefined]);
    expect([minorOf('latest'), minorOf('v1.33'), minorOf('v1.99')]).toEqual([LATEST_MINOR, 33, LATEST_MINOR]);
  });
});
