// The Pod Security Standards controls, each returning the reason and detail the API server's
// PodSecurity admission prints (k8s.io/pod-security-admission/policy) and the fields to blame.
// Written from the standard's definitions and that package's observable behaviour.
import type { PodSecurityLevel } from './levels.js';

/** A pod as the admission sees it: the Pod's (or the template's) metadata and spec. */
export interface PodView {
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

/** A failed control: the API server's reason and detail, and the fields (pointers into PodView) at fault. */
export interface ControlFailure {
  reason: string;
  detail: string;
  /** First the field a person should change; `missing` when the field must be added. */
  at: string[][];
  missing?: boolean;
}

export type ControlFn = (pod: PodView) => ControlFailure | undefined;

export interface ControlVersion {
  /** First policy minor (1.N) this behaviour applies to. */
  since: number;
  run: ControlFn;
  /** Baseline controls this restricted one replaces. */
  overrides?: string[];
}

export interface Control {
  id: string;
  level: Exclude<PodSecurityLevel, 'privileged'>;
  versions: ControlVersion[];
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

const plural = (one: string, many: string, n: number) => (n === 1 ? one : many);
const quoted = (items: string[]) => (items.length === 0 ? '' : `"${items.join('", "')}"`);
/** Go's sets.String List(): distinct, sorted by bytes. */
const sortedSet = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const containersPhrase = (names: string[]) => `${plural('container', 'containers', names.length)} ${quoted(names)}`;

interface ContainerRef {
  c: Record<string, unknown>;
  name: string;
  path: string[];
  sc: Record<string, unknown> | undefined;
}

const seen = new WeakMap<Record<string, unknown>, ContainerRef[]>();

/** Init containers, containers, then ephemeral containers: the order the messages list them in. */
function containers(spec: Record<string, unknown>): ContainerRef[] {
  // Every control walks them: list them once per pod.
  const known = seen.get(spec);
  if (known) return known;
  const out: ContainerRef[] = [];
  seen.set(spec, out);
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    arr(spec[field]).forEach((item, i) => {
      const c = obj(item) ?? {};
      out.push({ c, name: text(c.name), path: ['spec', field, String(i)], sc: obj(c.securityContext) });
    });
  }
  return out;
}

const podSC = (pod: PodView) => obj(pod.spec.securityContext);
const isWindows = (pod: PodView) => obj(pod.spec.os)?.name === 'windows';
const inUserNamespace = (pod: PodView) => pod.spec.hostUsers === false;

function fail(reason: string, detail: string, at: string[][], missing = false): ControlFailure {
  return missing ? { reason, detail, at, missing } : { reason, detail, at };
}

// --- baseline ---------------------------------------------------------------------------------

const hostNamespaces: ControlFn = (pod) => {
  const set = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => pod.spec[k] === true);
  if (set.length === 0) return undefined;
  return fail('host namespaces', set.map((k) => `${k}=true`).join(', '), set.map((k) => ['spec', k]));
};

const privileged: ControlFn = (pod) => {
  const bad = containers(pod.spec).filter((r) => r.sc?.privileged === true);
  if (bad.length === 0) return undefined;
  return fail('privileged', `${containersPhrase(bad.map((r) => r.name))} must not set securityContext.privileged=true`, bad.map((r) => [...r.path, 'securityContext', 'privileged']));
};

const DEFAULT_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

const capabilitiesBaseline: ControlFn = (pod) => {
  const bad: ContainerRef[] = [];
  const at: string[][] = [];
  const caps = new Set<string>();
  for (const r of containers(pod.spec)) {
    const capabilities = obj(r.sc?.capabilities);
    if (!capabilities) continue;
    let ok = true;
    arr(capabilities.add).forEach((cap, i) => {
      if (DEFAULT_CAPABILITIES.has(text(cap))) return;
      ok = false;
      caps.add(text(cap));
      at.push([...r.path, 'securityContext', 'capabilities', 'add', String(i)]);
    });
    if (!ok) bad.push(r);
  }
  if (bad.length === 0) return undefined;
  return fail('non-default capabilities', `${containersPhrase(bad.map((r) => r.name))} must not include ${quoted(sortedSet(caps))} in securityContext.capabilities.add`, at);
};

const hostPathVolumes: ControlFn = (pod) => {
  const bad: { name: string; at: string[] }[] = [];
  arr(pod.spec.volumes).forEach((v, i) => {
    const vol = obj(v);
    if (vol && vol.hostPath !== undefined && vol.hostPath !== null) bad.push({ name: text(vol.name), at: ['spec', 'volumes', String(i), 'hostPath'] });
  });
  if (bad.length === 0) return undefined;
  return fail('hostPath volumes', `${plural('volume', 'volumes', bad.length)} ${quoted(bad.map((b) => b.name))}`, bad.map((b) => b.at));
};

const hostPorts: ControlFn = (pod) => {
  const bad: string[] = [];
  const ports = new Set<string>();
  const at: string[][] = [];
  for (const r of containers(pod.spec)) {
    let ok = true;
    arr(r.c.ports).forEach((p, i) => {
      const hostPort = obj(p)?.hostPort;
      if (typeof hostPort !== 'number' || hostPort === 0) return;
      ok = false;
      ports.add(String(hostPort));
      at.push([...r.path, 'ports', String(i), 'hostPort']);
    });
    if (!ok) bad.push(r.name);
  }
  if (bad.length === 0) return undefined;
  return fail(
    'hostPort',
    `${containersPhrase(bad)} ${plural('uses', 'use', bad.length)} ${plural('hostPort', 'hostPorts', ports.size)} ${sortedSet(ports).join(', ')}`,
    at,
  );
};

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
const allowedAppArmorType = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
const allowedAppArmorAnnotation = (v: string) => v === '' || v === 'runtime/default' || v.startsWith('localhost/');

const appArmorProfile: ControlFn = (pod) => {
  const setters: string[] = [];
  const values = new Set<string>();
  const at: string[][] = [];
  const podProfile = obj(podSC(pod)?.appArmorProfile);
  if (podProfile && !allowedAppArmorType(podProfile.type)) {
    setters.push('pod');
    values.add(text(podProfile.type));
    at.push(['spec', 'securityContext', 'appArmorProfile', 'type']);
  }
  const bad: string[] = [];
  for (const r of containers(pod.spec)) {
    const profile = obj(r.sc?.appArmorProfile);
    if (profile && !allowedAppArmorType(profile.type)) {
      bad.push(r.name);
      values.add(text(profile.type));
      at.push([...r.path, 'securityContext', 'appArmorProfile', 'type']);
    }
  }
  if (bad.length > 0) setters.push(containersPhrase(bad));
  const annotations: string[] = [];
  for (const [k, v] of Object.entries(obj(pod.metadata.annotations) ?? {})) {
    if (k.startsWith(APPARMOR_ANNOTATION) && !allowedAppArmorAnnotation(text(v))) {
      annotations.push(`${k}=${goQuote(text(v))}`);
      at.push(['metadata', 'annotations', k]);
    }
  }
  const list = sortedSet(values);
  if (annotations.length > 0) {
    list.push(...annotations.sort());
    setters.push(plural('annotation', 'annotations', annotations.length));
  }
  if (setters.length === 0) return undefined;
  return fail(plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length), `${setters.join(' and ')} must not set AppArmor profile type to ${quoted(list)}`, at);
};

function seLinuxOptions(allowed: Set<string>): ControlFn {
  return (pod) => {
    const types = new Set<string>();
    let user = false;
    let role = false;
    const at: string[][] = [];
    const valid = (opts: Record<string, unknown>, base: string[]): boolean => {
      let ok = true;
      const type = text(opts.type);
      if (!allowed.has(type)) {
        ok = false;
        types.add(type);
        at.push([...base, 'type']);
      }
      if (text(opts.user) !== '') {
        ok = false;
        user = true;
        at.push([...base, 'user']);
      }
      if (text(opts.role) !== '') {
        ok = false;
        role = true;
        at.push([...base, 'role']);
      }
      return ok;
    };
    const setters: string[] = [];
    const podOpts = obj(podSC(pod)?.seLinuxOptions);
    if (podOpts && !valid(podOpts, ['spec', 'securityContext', 'seLinuxOptions'])) setters.push('pod');
    const bad: string[] = [];
    for (const r of containers(pod.spec)) {
      const opts = obj(r.sc?.seLinuxOptions);
      if (opts && !valid(opts, [...r.path, 'securityContext', 'seLinuxOptions'])) bad.push(r.name);
    }
    if (bad.length > 0) setters.push(containersPhrase(bad));
    if (setters.length === 0) return undefined;
    const data: string[] = [];
    if (types.size > 0) data.push(`${plural('type', 'types', types.size)} ${quoted(sortedSet(types))}`);
    if (user) data.push('user may not be set');
    if (role) data.push('role may not be set');
    return fail('seLinuxOptions', `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`, at);
  };
}

const SELINUX_TYPES_1_0 = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const SELINUX_TYPES_1_31 = new Set([...SELINUX_TYPES_1_0, 'container_engine_t']);

function procMount(relaxForUserNamespace: boolean): ControlFn {
  return (pod) => {
    if (relaxForUserNamespace && inUserNamespace(pod)) return undefined;
    const bad: string[] = [];
    const types = new Set<string>();
    const at: string[][] = [];
    for (const r of containers(pod.spec)) {
      const pm = r.sc?.procMount;
      if (pm === undefined || pm === null || pm === 'Default') continue;
      bad.push(r.name);
      types.add(text(pm));
      at.push([...r.path, 'securityContext', 'procMount']);
    }
    if (bad.length === 0) return undefined;
    return fail('procMount', `${containersPhrase(bad)} must not set securityContext.procMount to ${quoted(sortedSet(types))}`, at);
  };
}

const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';
const validSeccompType = (t: unknown) => t === 'Localhost' || t === 'RuntimeDefault';
const validSeccompAnnotation = (v: string) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');

const seccompBaselineAnnotations: ControlFn = (pod) => {
  const annotations = obj(pod.metadata.annotations) ?? {};
  const forbidden = new Set<string>();
  const at: string[][] = [];
  const judge = (key: string) => {
    if (!Object.hasOwn(annotations, key)) return;
    const v = text(annotations[key]);
    if (validSeccompAnnotation(v)) return;
    forbidden.add(`${key}=${goQuote(v)}`);
    at.push(['metadata', 'annotations', key]);
  };
  judge(SECCOMP_POD_ANNOTATION);
  for (const r of containers(pod.spec)) judge(SECCOMP_CONTAINER_ANNOTATION + r.name);
  if (forbidden.size === 0) return undefined;
  return fail('seccompProfile', `forbidden ${plural('annotation', 'annotations', forbidden.size)} ${sortedSet(forbidden).join(', ')}`, at);
};

/** The seccomp control of baseline (explicit bad types only) and restricted (a type required). */
function seccompFields(required: boolean, windowsExempt: boolean): ControlFn {
  return (pod) => {
    if (windowsExempt && isWindows(pod)) return undefined;
    const setters: string[] = [];
    const values = new Set<string>();
    const at: string[][] = [];
    let podSet = false;
    const podProfile = obj(podSC(pod)?.seccompProfile);
    if (podProfile) {
      if (!validSeccompType(podProfile.type)) {
        setters.push('pod');
        values.add(text(podProfile.type));
        at.push(['spec', 'securityContext', 'seccompProfile', 'type']);
      } else podSet = true;
    }
    const explicit: string[] = [];
    const implicit: ContainerRef[] = [];
    for (const r of containers(pod.spec)) {
      const profile = obj(r.sc?.seccompProfile);
      if (profile) {
        if (!validSeccompType(profile.type)) {
          explicit.push(r.name);
          values.add(text(profile.type));
          at.push([...r.path, 'securityContext', 'seccompProfile', 'type']);
        }
      } else if (!podSet) implicit.push(r);
    }
    if (explicit.length > 0) setters.push(containersPhrase(explicit));
    if (setters.length > 0) return fail('seccompProfile', `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${quoted(sortedSet(values))}`, at);
    if (required && implicit.length > 0) {
      return fail(
        'seccompProfile',
        `pod or ${containersPhrase(implicit.map((r) => r.name))} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
        implicit.map((r) => [...r.path, 'name']),
        true,
      );
    }
    return undefined;
  };
}

const SYSCTLS_1_0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [...SYSCTLS_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS_1_37 = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

/** The sysctls each policy version allows, newest first (exported for the docs and tests). */
export const ALLOWED_SYSCTLS: readonly { since: number; names: readonly string[] }[] = [
  { since: 37, names: SYSCTLS_1_37 },
  { since: 32, names: SYSCTLS_1_32 },
  { since: 29, names: SYSCTLS_1_29 },
  { since: 27, names: SYSCTLS_1_27 },
  { since: 0, names: SYSCTLS_1_0 },
];

function sysctls(allowed: readonly string[]): ControlFn {
  const ok = new Set(allowed);
  return (pod) => {
    const bad: string[] = [];
    const at: string[][] = [];
    arr(podSC(pod)?.sysctls).forEach((s, i) => {
      const name = text(obj(s)?.name);
      if (ok.has(name)) return;
      bad.push(name);
      at.push(['spec', 'securityContext', 'sysctls', String(i), 'name']);
    });
    if (bad.length === 0) return undefined;
    return fail('forbidden sysctls', bad.join(', '), at);
  };
}

const windowsHostProcess: ControlFn = (pod) => {
  const at: string[][] = [];
  const setters: string[] = [];
  if (obj(podSC(pod)?.windowsOptions)?.hostProcess === true) {
    setters.push('pod');
    at.push(['spec', 'securityContext', 'windowsOptions', 'hostProcess']);
  }
  const bad: string[] = [];
  for (const r of containers(pod.spec)) {
    if (obj(r.sc?.windowsOptions)?.hostProcess === true) {
      bad.push(r.name);
      at.push([...r.path, 'securityContext', 'windowsOptions', 'hostProcess']);
    }
  }
  if (bad.length > 0) setters.push(containersPhrase(bad));
  if (setters.length === 0) return undefined;
  return fail('hostProcess', `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`, at);
};

const hostProbesAndHostLifecycle: ControlFn = (pod) => {
  const bad = new Set<string>();
  const hosts = new Set<string>();
  const at: string[][] = [];
  for (const r of containers(pod.spec)) {
    const handlers: [unknown, string[]][] = [
      [r.c.livenessProbe, ['livenessProbe']],
      [r.c.readinessProbe, ['readinessProbe']],
      [r.c.startupProbe, ['startupProbe']],
      [obj(r.c.lifecycle)?.postStart, ['lifecycle', 'postStart']],
      [obj(r.c.lifecycle)?.preStop, ['lifecycle', 'preStop']],
    ];
    for (const [h, where] of handlers) {
      for (const kind of ['httpGet', 'tcpSocket']) {
        const host = text(obj(obj(h)?.[kind])?.host);
        if (host === '') continue;
        bad.add(r.name);
        hosts.add(host);
        at.push([...r.path, ...where, kind, 'host']);
      }
    }
  }
  if (bad.size === 0) return undefined;
  const names = sortedSet(bad);
  return fail(
    'probe or lifecycle host',
    `${containersPhrase(names)} ${plural('uses', 'use', names.length)} ${plural('probe or lifecycle host', 'probe or lifecycle hosts', hosts.size)} ${quoted(sortedSet(hosts))}`,
    at,
  );
};

// --- restricted -------------------------------------------------------------------------------

function allowPrivilegeEscalation(windowsExempt: boolean): ControlFn {
  return (pod) => {
    if (windowsExempt && isWindows(pod)) return undefined;
    const bad = containers(pod.spec).filter((r) => r.sc?.allowPrivilegeEscalation !== false);
    if (bad.length === 0) return undefined;
    return fail(
      'allowPrivilegeEscalation != false',
      `${containersPhrase(bad.map((r) => r.name))} must set securityContext.allowPrivilegeEscalation=false`,
      bad.map((r) => (r.sc && r.sc.allowPrivilegeEscalation !== undefined ? [...r.path, 'securityContext', 'allowPrivilegeEscalation'] : [...r.path, r.sc ? 'securityContext' : 'name'])),
      bad.every((r) => r.sc?.allowPrivilegeEscalation === undefined),
    );
  };
}

function capabilitiesRestricted(windowsExempt: boolean): ControlFn {
  return (pod) => {
    if (windowsExempt && isWindows(pod)) return undefined;
    const missingDrop: ContainerRef[] = [];
    const adding: string[] = [];
    const caps = new Set<string>();
    const at: string[][] = [];
    for (const r of containers(pod.spec)) {
      const capabilities = obj(r.sc?.capabilities);
      if (!capabilities) {
        missingDrop.push(r);
        at.push([...r.path, r.sc ? 'securityContext' : 'name']);
        continue;
      }
      if (!arr(capabilities.drop).includes('ALL')) {
        missingDrop.push(r);
        at.push([...r.path, 'securityContext', 'capabilities', 'drop']);
      }
      let forbidden = false;
      arr(capabilities.add).forEach((cap, i) => {
        if (cap === 'NET_BIND_SERVICE') return;
        forbidden = true;
        caps.add(text(cap));
        at.push([...r.path, 'securityContext', 'capabilities', 'add', String(i)]);
      });
      if (forbidden) adding.push(r.name);
    }
    const details: string[] = [];
    if (missingDrop.length > 0) details.push(`${containersPhrase(missingDrop.map((r) => r.name))} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding.length > 0) details.push(`${containersPhrase(adding)} must not include ${quoted(sortedSet(caps))} in securityContext.capabilities.add`);
    if (details.length === 0) return undefined;
    return fail('unrestricted capabilities', details.join('; '), at, adding.length === 0);
  };
}

function runAsNonRoot(relaxForUserNamespace: boolean): ControlFn {
  return (pod) => {
    if (relaxForUserNamespace && inUserNamespace(pod)) return undefined;
    const setters: string[] = [];
    const at: string[][] = [];
    let podNonRoot = false;
    const podValue = podSC(pod)?.runAsNonRoot;
    if (podValue !== undefined && podValue !== null) {
      if (podValue !== true) {
        setters.push('pod');
        at.push(['spec', 'securityContext', 'runAsNonRoot']);
      } else podNonRoot = true;
    }
    const explicit: string[] = [];
    const implicit: ContainerRef[] = [];
    for (const r of containers(pod.spec)) {
      const v = r.sc?.runAsNonRoot;
      if (v !== undefined && v !== null) {
        if (v !== true) {
          explicit.push(r.name);
          at.push([...r.path, 'securityContext', 'runAsNonRoot']);
        }
      } else if (!podNonRoot) implicit.push(r);
    }
    if (explicit.length > 0) setters.push(containersPhrase(explicit));
    if (setters.length > 0) return fail('runAsNonRoot != true', `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`, at);
    if (implicit.length > 0) {
      return fail(
        'runAsNonRoot != true',
        `pod or ${containersPhrase(implicit.map((r) => r.name))} must set securityContext.runAsNonRoot=true`,
        implicit.map((r) => [...r.path, 'name']),
        true,
      );
    }
    return undefined;
  };
}

function runAsUser(relaxForUserNamespace: boolean): ControlFn {
  return (pod) => {
    if (relaxForUserNamespace && inUserNamespace(pod)) return undefined;
    const setters: string[] = [];
    const at: string[][] = [];
    if (podSC(pod)?.runAsUser === 0) {
      setters.push('pod');
      at.push(['spec', 'securityContext', 'runAsUser']);
    }
    const bad: string[] = [];
    for (const r of containers(pod.spec)) {
      if (r.sc?.runAsUser === 0) {
        bad.push(r.name);
        at.push([...r.path, 'securityContext', 'runAsUser']);
      }
    }
    if (bad.length > 0) setters.push(containersPhrase(bad));
    if (setters.length === 0) return undefined;
    return fail('runAsUser=0', `${setters.join(' and ')} must not set runAsUser=0`, at);
  };
}

const ALLOWED_VOLUME_SOURCES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
/** Restricted volume sources in the order the API server names the first one it finds. */
const RESTRICTED_VOLUME_SOURCES = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
  'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos',
];

const present = (v: Record<string, unknown>, k: string) => v[k] !== undefined && v[k] !== null;

const restrictedVolumes: ControlFn = (pod) => {
  const bad: string[] = [];
  const types = new Set<string>();
  const at: string[][] = [];
  arr(pod.spec.volumes).forEach((item, i) => {
    const v = obj(item) ?? {};
    if (ALLOWED_VOLUME_SOURCES.some((k) => present(v, k))) return;
    bad.push(text(v.name));
    const type = RESTRICTED_VOLUME_SOURCES.find((k) => present(v, k));
    types.add(type ?? 'unknown');
    at.push(['spec', 'volumes', String(i), ...(type ? [type] : [])]);
  });
  if (bad.length === 0) return undefined;
  return fail(
    'restricted volume types',
    `${plural('volume', 'volumes', bad.length)} ${quoted(bad)} ${plural('uses', 'use', bad.length)} ${plural('restricted volume type', 'restricted volume types', types.size)} ${quoted(sortedSet(types))}`,
    at,
  );
};

/** Go's %q for the strings the messages quote. */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => `\\x${h}`).replace(/[\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Every control with the policy versions its behaviour changed at. The checks run in the API
 * server's order: baseline ids sorted, then restricted ids sorted.
 */
export const CONTROLS: readonly Control[] = [
  { id: 'appArmorProfile', level: 'baseline', versions: [{ since: 0, run: appArmorProfile }] },
  { id: 'capabilities_baseline', level: 'baseline', versions: [{ since: 0, run: capabilitiesBaseline }] },
  { id: 'hostNamespaces', level: 'baseline', versions: [{ since: 0, run: hostNamespaces }] },
  { id: 'hostPathVolumes', level: 'baseline', versions: [{ since: 0, run: hostPathVolumes }] },
  { id: 'hostPorts', level: 'baseline', versions: [{ since: 0, run: hostPorts }] },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ since: 34, run: hostProbesAndHostLifecycle }] },
  { id: 'privileged', level: 'baseline', versions: [{ since: 0, run: privileged }] },
  { id: 'procMount', level: 'baseline', versions: [{ since: 0, run: procMount(false) }, { since: 35, run: procMount(true) }] },
  { id: 'seLinuxOptions', level: 'baseline', versions: [{ since: 0, run: seLinuxOptions(SELINUX_TYPES_1_0) }, { since: 31, run: seLinuxOptions(SELINUX_TYPES_1_31) }] },
  { id: 'seccompProfile_baseline', level: 'baseline', versions: [{ since: 0, run: seccompBaselineAnnotations }, { since: 19, run: seccompFields(false, false) }] },
  {
    id: 'sysctls',
    level: 'baseline',
    versions: [
      { since: 0, run: sysctls(SYSCTLS_1_0) },
      { since: 27, run: sysctls(SYSCTLS_1_27) },
      { since: 29, run: sysctls(SYSCTLS_1_29) },
      { since: 32, run: sysctls(SYSCTLS_1_32) },
      { since: 37, run: sysctls(SYSCTLS_1_37) },
    ],
  },
  { id: 'windowsHostProcess', level: 'baseline', versions: [{ since: 0, run: windowsHostProcess }] },
  { id: 'allowPrivilegeEscalation', level: 'restricted', versions: [{ since: 8, run: allowPrivilegeEscalation(false) }, { since: 25, run: allowPrivilegeEscalation(true) }] },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    versions: [
      { since: 22, run: capabilitiesRestricted(false), overrides: ['capabilities_baseline'] },
      { since: 25, run: capabilitiesRestricted(true), overrides: ['capabilities_baseline'] },
    ],
  },
  { id: 'procMount_restricted', level: 'restricted', versions: [{ since: 35, run: procMount(false), overrides: ['procMount'] }] },
  { id: 'restrictedVolumes', level: 'restricted', versions: [{ since: 0, run: restrictedVolumes, overrides: ['hostPathVolumes'] }] },
  { id: 'runAsNonRoot', level: 'restricted', versions: [{ since: 0, run: runAsNonRoot(false) }, { since: 35, run: runAsNonRoot(true) }] },
  { id: 'runAsUser', level: 'restricted', versions: [{ since: 23, run: runAsUser(false) }, { since: 35, run: runAsUser(true) }] },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    versions: [
      { since: 19, run: seccompFields(true, false), overrides: ['seccompProfile_baseline'] },
      { since: 25, run: seccompFields(true, true), overrides: ['seccompProfile_baseline'] },
    ],
  },
];
