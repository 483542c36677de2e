// Generated workloads for the PodSecurity differential test: a seeded mix of every control's
// passing and failing settings, several at once, on every kind the admission judges.

type Obj = Record<string, unknown>;
type Container = Obj & { name: string; securityContext?: Obj; ports?: Obj[] };

export interface PodParts {
  metadata: Obj & { annotations?: Record<string, string> };
  spec: Obj & { containers: Container[]; initContainers?: Container[]; securityContext?: Obj; volumes?: Obj[] };
}

/** mulberry32: small, seeded, the same cases on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const all = (p: PodParts): Container[] => [...(p.spec.initContainers ?? []), ...p.spec.containers];
const sc = (c: Container): Obj => (c.securityContext ??= {});
const podSc = (p: PodParts): Obj => (p.spec.securityContext ??= {});
const anno = (p: PodParts): Record<string, string> => (p.metadata.annotations ??= {});

/** One setting of one control, passing or failing; `pick` chooses a container. */
type Mutation = (p: PodParts, pick: <T>(xs: T[]) => T) => void;

export const MUTATIONS: Record<string, Mutation> = {
  hostNetwork: (p) => (p.spec.hostNetwork = true),
  hostPID: (p) => (p.spec.hostPID = true),
  hostIPC: (p) => (p.spec.hostIPC = true),
  hostNetworkFalse: (p) => (p.spec.hostNetwork = false),
  privileged: (p, pick) => {
    const c = pick(all(p));
    sc(c).privileged = true;
    delete sc(c).allowPrivilegeEscalation;
  },
  privilegedFalse: (p, pick) => (sc(pick(all(p))).privileged = false),
  capAddDefault: (p, pick) => (sc(pick(all(p))).capabilities = { ...((sc(pick(all(p))).capabilities as Obj) ?? {}), add: ['CHOWN', 'KILL'] }),
  capAddNetBind: (p, pick) => {
    const c = pick(all(p));
    sc(c).capabilities = { ...((sc(c).capabilities as Obj) ?? {}), add: ['NET_BIND_SERVICE'] };
  },
  capAddNetAdmin: (p, pick) => {
    const c = pick(all(p));
    sc(c).capabilities = { ...((sc(c).capabilities as Obj) ?? {}), add: ['NET_ADMIN', 'NET_RAW'] };
  },
  capAddSysTime: (p, pick) => {
    const c = pick(all(p));
    sc(c).capabilities = { ...((sc(c).capabilities as Obj) ?? {}), add: ['SYS_TIME'] };
  },
  capDropAll: (p, pick) => {
    const c = pick(all(p));
    sc(c).capabilities = { ...((sc(c).capabilities as Obj) ?? {}), drop: ['ALL'] };
  },
  capDropSome: (p, pick) => {
    const c = pick(all(p));
    sc(c).capabilities = { ...((sc(c).capabilities as Obj) ?? {}), drop: ['NET_RAW'] };
  },
  capEmpty: (p, pick) => (sc(pick(all(p))).capabilities = {}),
  hostPathVolume: (p, pick) => {
    const name = pick(['host', 'data', 'var-run']);
    if ((p.spec.volumes ??= []).some((v) => v.name === name)) return;
    p.spec.volumes.push({ name, hostPath: { path: '/var/run' } });
  },
  nfsVolume: (p) => {
    if ((p.spec.volumes ??= []).some((v) => v.name === 'nfs')) return;
    p.spec.volumes.push({ name: 'nfs', nfs: { server: 'nfs.example', path: '/x' } });
  },
  gitRepoVolume: (p) => {
    if ((p.spec.volumes ??= []).some((v) => v.name === 'git')) return;
    p.spec.volumes.push({ name: 'git', gitRepo: { repository: 'https://example.com/r.git' } });
  },
  cephVolume: (p) => {
    if ((p.spec.volumes ??= []).some((v) => v.name === 'ceph')) return;
    p.spec.volumes.push({ name: 'ceph', cephfs: { monitors: ['10.0.0.1:6789'] } });
  },
  okVolumes: (p, pick) => {
    const v = pick([
      { name: 'tmp', emptyDir: {} },
      { name: 'cfg', configMap: { name: 'c' } },
      { name: 'sec', secret: { secretName: 's' } },
      { name: 'pvc', persistentVolumeClaim: { claimName: 'c' } },
      { name: 'dapi', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { name: 'proj', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } },
      { name: 'csi', csi: { driver: 'x.example.com' } },
    ]);
    if ((p.spec.volumes ??= []).some((x) => x.name === v.name)) return;
    p.spec.volumes.push(v);
  },
  hostPort: (p, pick) => {
    const c = pick(all(p));
    const port = pick([8080, 9090, 443]);
    if ((c.ports ??= []).some((x) => x.containerPort === port)) return;
    c.ports.push({ containerPort: port, hostPort: port, protocol: 'TCP' });
  },
  containerPort: (p, pick) => {
    const c = pick(all(p));
    const port = pick([3000, 8443]);
    if ((c.ports ??= []).some((x) => x.containerPort === port)) return;
    c.ports.push({ containerPort: port, protocol: 'TCP' });
  },
  appArmorPodUnconfined: (p) => (podSc(p).appArmorProfile = { type: 'Unconfined' }),
  appArmorPodRuntime: (p) => (podSc(p).appArmorProfile = { type: 'RuntimeDefault' }),
  appArmorContainerUnconfined: (p, pick) => (sc(pick(all(p))).appArmorProfile = { type: 'Unconfined' }),
  appArmorContainerLocalhost: (p, pick) => (sc(pick(all(p))).appArmorProfile = { type: 'Localhost', localhostProfile: 'k8s-default' }),
  appArmorAnnotationUnconfined: (p, pick) => {
    const c = pick(all(p));
    if (c.securityContext?.appArmorProfile) return;
    anno(p)[`container.apparmor.security.beta.kubernetes.io/${c.name}`] = 'unconfined';
  },
  appArmorAnnotationRuntime: (p, pick) => {
    const c = pick(all(p));
    if (c.securityContext?.appArmorProfile) return;
    anno(p)[`container.apparmor.security.beta.kubernetes.io/${c.name}`] = pick(['runtime/default', 'localhost/prof']);
  },
  seLinuxPodType: (p, pick) => (podSc(p).seLinuxOptions = { type: pick(['container_t', 'spc_t', 'container_engine_t', 'container_kvm_t']) }),
  seLinuxContainerType: (p, pick) => (sc(pick(all(p))).seLinuxOptions = { type: pick(['container_init_t', 'unconfined_t', 'container_engine_t']) }),
  seLinuxUserRole: (p, pick) => (sc(pick(all(p))).seLinuxOptions = pick([{ user: 'system_u' }, { role: 'system_r' }, { user: 'u', role: 'r', type: 'spc_t' }, { level: 's0:c1,c2' }])),
  procMountUnmasked: (p, pick) => {
    const c = pick(all(p));
    sc(c).procMount = 'Unmasked';
    p.spec.hostUsers = false;
    delete p.spec.hostNetwork;
    delete p.spec.hostPID;
    delete p.spec.hostIPC;
  },
  procMountDefault: (p, pick) => (sc(pick(all(p))).procMount = 'Default'),
  hostUsersFalse: (p) => {
    p.spec.hostUsers = false;
    delete p.spec.hostNetwork;
    delete p.spec.hostPID;
    delete p.spec.hostIPC;
  },
  seccompPodUnconfined: (p) => (podSc(p).seccompProfile = { type: 'Unconfined' }),
  seccompPodRuntime: (p) => (podSc(p).seccompProfile = { type: 'RuntimeDefault' }),
  seccompPodLocalhost: (p) => (podSc(p).seccompProfile = { type: 'Localhost', localhostProfile: 'profiles/audit.json' }),
  seccompContainerUnconfined: (p, pick) => (sc(pick(all(p))).seccompProfile = { type: 'Unconfined' }),
  seccompContainerRuntime: (p, pick) => (sc(pick(all(p))).seccompProfile = { type: 'RuntimeDefault' }),
  seccompPodRemove: (p) => delete podSc(p).seccompProfile,
  sysctlSafe: (p, pick) => addSysctl(p, pick(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ping_group_range'])),
  sysctlNewer: (p, pick) =>
    addSysctl(p, pick(['net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_notsent_lowat'])),
  sysctlUnsafe: (p, pick) => addSysctl(p, pick(['kernel.msgmax', 'net.core.somaxconn', 'vm.swappiness'])),
  allowPrivEscTrue: (p, pick) => {
    const c = pick(all(p));
    sc(c).allowPrivilegeEscalation = true;
  },
  allowPrivEscFalse: (p, pick) => {
    const c = pick(all(p));
    if (c.securityContext?.privileged === true) return;
    sc(c).allowPrivilegeEscalation = false;
  },
  allowPrivEscRemove: (p, pick) => delete sc(pick(all(p))).allowPrivilegeEscalation,
  runAsNonRootPodTrue: (p) => (podSc(p).runAsNonRoot = true),
  runAsNonRootPodFalse: (p) => (podSc(p).runAsNonRoot = false),
  runAsNonRootContainerFalse: (p, pick) => (sc(pick(all(p))).runAsNonRoot = false),
  runAsNonRootContainerTrue: (p, pick) => (sc(pick(all(p))).runAsNonRoot = true),
  runAsNonRootPodRemove: (p) => delete podSc(p).runAsNonRoot,
  runAsUserPodZero: (p) => {
    podSc(p).runAsUser = 0;
    delete podSc(p).runAsNonRoot;
  },
  runAsUserContainerZero: (p, pick) => {
    const c = pick(all(p));
    sc(c).runAsUser = 0;
  },
  runAsUserNonZero: (p, pick) => (sc(pick(all(p))).runAsUser = 1000),
  windowsOs: (p) => {
    p.spec.os = { name: 'windows' };
    // What Windows pods may not set.
    delete p.spec.hostPID;
    delete p.spec.hostIPC;
    delete p.spec.hostUsers;
    const psc = podSc(p);
    for (const k of ['seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'sysctls', 'runAsUser', 'runAsGroup', 'fsGroup', 'supplementalGroups', 'fsGroupChangePolicy']) delete psc[k];
    for (const c of all(p)) {
      const s = c.securityContext ?? {};
      for (const k of ['seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup']) delete s[k];
    }
    for (const k of Object.keys(p.metadata.annotations ?? {})) if (k.includes('apparmor') || k.includes('seccomp')) delete p.metadata.annotations![k];
  },
  windowsHostProcess: (p) => {
    MUTATIONS.windowsOs!(p, (xs) => xs[0]!);
    p.spec.hostNetwork = true;
    podSc(p).windowsOptions = { hostProcess: true };
    for (const c of all(p)) {
      delete c.ports;
      sc(c).windowsOptions = { hostProcess: true };
    }
    delete p.spec.volumes;
  },
  probeHost: (p, pick) => (pick(p.spec.containers).livenessProbe = { httpGet: { path: '/', port: 80, host: '10.0.0.1' } }),
  seccompAnnotationPod: (p, pick) => {
    // The old annotation must agree with the field when both are set.
    if (podSc(p).seccompProfile) return;
    anno(p)['seccomp.security.alpha.kubernetes.io/pod'] = pick(['runtime/default']);
  },
  extraContainer: (p, pick) => {
    const name = pick(['side', 'proxy', 'log']);
    if (all(p).some((c) => c.name === name)) return;
    p.spec.containers.push(clone(pick(p.spec.containers), name));
  },
  initContainer: (p, pick) => {
    const name = pick(['init', 'migrate']);
    if (all(p).some((c) => c.name === name)) return;
    (p.spec.initContainers ??= []).push(clone(pick(p.spec.containers), name));
  },
};

function addSysctl(p: PodParts, name: string) {
  const list = (podSc(p).sysctls ??= []) as Obj[];
  if (!list.some((s) => s.name === name)) list.push({ name, value: name.endsWith('range') ? '32768 60999' : name.includes('mem') ? '4096 87380 6291456' : '1' });
}

function clone(c: Container, name: string): Container {
  const copy = JSON.parse(JSON.stringify(c)) as Container;
  copy.name = name;
  delete copy.ports;
  return copy;
}

function restrictedPod(): PodParts {
  return {
    metadata: { labels: { app: 'gen' } },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'web', image: 'registry.example/web:1.0', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    },
  };
}

function barePod(): PodParts {
  return { metadata: { labels: { app: 'gen' } }, spec: { containers: [{ name: 'web', image: 'registry.example/web:1.0' }] } };
}

const NAMES = Object.keys(MUTATIONS);

/** A pod: restricted or bare to start, then 0 to 5 settings, one control at a time or several. */
export function generatePod(rand: () => number, forced?: string): { parts: PodParts; applied: string[] } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const parts = rand() < 0.5 ? restrictedPod() : barePod();
  const applied: string[] = [];
  const n = forced ? 1 + Math.floor(rand() * 2) : Math.floor(rand() * 6);
  if (forced) {
    MUTATIONS[forced]!(parts, pick);
    applied.push(forced);
  }
  for (let i = 0; i < n; i++) {
    const m = pick(NAMES);
    // Windows pods take few fields: keep them last, so the settings they strip stay stripped.
    if (m === 'windowsOs' || m === 'windowsHostProcess') continue;
    MUTATIONS[m]!(parts, pick);
    applied.push(m);
  }
  if (rand() < 0.08) {
    const m = rand() < 0.5 ? 'windowsOs' : 'windowsHostProcess';
    MUTATIONS[m]!(parts, pick);
    applied.push(m);
  }
  // A hostNetwork pod's host ports must equal its container ports; a user-namespace pod shares no host namespace.
  if (parts.spec.hostUsers === false) for (const k of ['hostNetwork', 'hostPID', 'hostIPC']) delete parts.spec[k];
  return { parts, applied };
}

export const KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController', 'PodTemplate'] as const;
export type Kind = (typeof KINDS)[number];

export const RESOURCES: Record<Kind, { apiVersion: string; plural: string }> = {
  Pod: { apiVersion: 'v1', plural: 'pods' },
  Deployment: { apiVersion: 'apps/v1', plural: 'deployments' },
  StatefulSet: { apiVersion: 'apps/v1', plural: 'statefulsets' },
  DaemonSet: { apiVersion: 'apps/v1', plural: 'daemonsets' },
  ReplicaSet: { apiVersion: 'apps/v1', plural: 'replicasets' },
  Job: { apiVersion: 'batch/v1', plural: 'jobs' },
  CronJob: { apiVersion: 'batch/v1', plural: 'cronjobs' },
  ReplicationController: { apiVersion: 'v1', plural: 'replicationcontrollers' },
  PodTemplate: { apiVersion: 'v1', plural: 'podtemplates' },
};

/** The object of a kind around a pod. */
export function wrap(kind: Kind, name: string, pod: PodParts): Obj {
  const { apiVersion } = RESOURCES[kind];
  const metadata = { name };
  const labels = { app: 'gen' };
  const template = (restartPolicy?: string) => ({ metadata: pod.metadata, spec: restartPolicy ? { ...pod.spec, restartPolicy } : pod.spec });
  switch (kind) {
    case 'Pod':
      return { apiVersion, kind, metadata: { ...pod.metadata, name }, spec: pod.spec };
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
      return { apiVersion, kind, metadata, spec: { selector: { matchLabels: labels }, template: template() } };
    case 'StatefulSet':
      return { apiVersion, kind, metadata, spec: { serviceName: 'gen', selector: { matchLabels: labels }, template: template() } };
    case 'Job':
      return { apiVersion, kind, metadata, spec: { template: template('Never') } };
    case 'CronJob':
      return { apiVersion, kind, metadata, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: template('OnFailure') } } } };
    case 'ReplicationController':
      return { apiVersion, kind, metadata, spec: { selector: labels, template: template() } };
    case 'PodTemplate':
      return { apiVersion, kind, metadata, template: template() };
  }
}

/** The Pod a workload's controller would create from its template. */
export function templatePod(kind: Kind, name: string, object: Obj): Obj {
  if (kind === 'Pod') return object;
  let t: unknown = kind === 'PodTemplate' ? object.template : kind === 'CronJob' ? ((object.spec as Obj).jobTemplate as Obj) : object;
  if (kind === 'CronJob') t = ((t as Obj).spec as Obj).template;
  else if (kind !== 'PodTemplate') t = (t as Obj & { spec: Obj }).spec.template;
  const tpl = t as { metadata: Obj; spec: Obj };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { ...tpl.metadata, name }, spec: tpl.spec };
}
