#!/usr/bin/env bash
# A real Kubernetes control plane on 127.0.0.1 for the deploy integration tests and the deploy bench:
# etcd + kube-apiserver (+ kube-controller-manager running only the service-account and namespace
# controllers), all built/installed by scripts/tools/install-{kube-apiserver,etcd}.sh.
#
#   scripts/k8s-test-server.sh start [DIR]   start in DIR (default: a new temp dir); prints the env
#   scripts/k8s-test-server.sh env DIR       print KEY=value lines for a running server
#   scripts/k8s-test-server.sh stop DIR      stop the processes started in DIR and remove DIR
#
# There is no kubelet, so no pod ever runs, and the workload controllers (deployment, replicaset,
# statefulset, daemonset, job) are deliberately off: the tests play those controllers by writing
# workload status through the API, and a running deployment controller would overwrite it.
#
# Certificates come from openssl: a CA, a serving certificate for 127.0.0.1, an admin client
# certificate in system:masters, an EXPIRED client certificate (NotAfter in 2020) for the
# credential-failure tests, a service-account signing key, and a static bearer token (tokens.csv,
# --token-auth-file) for the in-process client's token tests. Authorization is RBAC, anonymous
# requests are refused. etcd keeps its data in /dev/shm when that exists (fsync is the slow part).
set -euo pipefail

TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
BIN_DIR="$TOOLS_DIR/bin"
APISERVER="${KUBE_APISERVER:-$BIN_DIR/kube-apiserver}"
CONTROLLER_MANAGER="${KUBE_CONTROLLER_MANAGER:-$BIN_DIR/kube-controller-manager}"
ETCD="${ETCD:-$BIN_DIR/etcd}"
READY_TIMEOUT="${K8S_TEST_SERVER_TIMEOUT:-90}"

die() { echo "k8s-test-server: $*" >&2; exit 1; }

free_ports() {
  # Bind all at once so the ports differ; the kernel picks ports that are free right now.
  python3 -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks: s.close()' "$1"
}

make_certs() {
  local d="$1/pki"
  mkdir -p "$d"
  (
    cd "$d"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt \
      -days 3650 -subj "/CN=portarium-test-ca" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default.svc,IP:10.96.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n' > serving.ext
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout serving.key -out serving.csr \
      -subj "/CN=kube-apiserver" 2>/dev/null
    openssl x509 -req -in serving.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
      -extfile serving.ext -out serving.crt 2>/dev/null

    printf 'extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n' > client.ext
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout admin.key -out admin.csr \
      -subj "/O=system:masters/CN=portarium-admin" 2>/dev/null
    openssl x509 -req -in admin.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
      -extfile client.ext -out admin.crt 2>/dev/null

    # `openssl x509 -days` takes no negative numbers; `openssl ca` takes explicit dates.
    mkdir -p ca-db && : > ca-db/index.txt && echo 1000 > ca-db/serial
    cat > ca.cnf <<'EOF'
[ ca ]
default_ca = local
[ local ]
database = ca-db/index.txt
new_certs_dir = ca-db
serial = ca-db/serial
default_md = sha256
policy = any
unique_subject = no
[ any ]
organizationName = optional
commonName = supplied
EOF
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout expired.key -out expired.csr \
      -subj "/O=system:masters/CN=portarium-admin-expired" 2>/dev/null
    openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -in expired.csr -out expired.crt \
      -startdate 20200101000000Z -enddate 20200102000000Z -extfile client.ext -notext -preserveDN 2>/dev/null

    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null

    # A static bearer token for the token-auth tests (kube-apiserver --token-auth-file):
    # token,user,uid,"groups"; the token alone in admin.token.
    openssl rand -hex 24 > admin.token
    printf '%s,portarium-token-admin,portarium-token-admin,"system:masters"\n' "$(cat admin.token)" > tokens.csv
    chmod 600 admin.token tokens.csv
  )
}

b64() { base64 -w0 < "$1"; }

write_kubeconfig() { # file server cert key context
  cat > "$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: portarium-test
  cluster:
    server: $2
    certificate-authority-data: $(b64 "$DIR/pki/ca.crt")
users:
- name: $4
  user:
    client-certificate-data: $(b64 "$3.crt")
    client-key-data: $(b64 "$3.key")
contexts:
- name: $4
  context:
    cluster: portarium-test
    user: $4
current-context: $4
EOF
  chmod 600 "$1"
}

spawn() { # name cmd...
  local name="$1"; shift
  # setsid: the processes outlive this script and have their own group; their pids are recorded
  # so that `stop` ends exactly these processes.
  setsid "$@" > "$DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$DIR/$name.pid"
}

wait_for() { # description command...
  local desc="$1"; shift
  local deadline=$((SECONDS + READY_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS > deadline )); then
      echo "k8s-test-server: $desc not ready after ${READY_TIMEOUT}s; last log lines:" >&2
      tail -n 30 "$DIR"/*.log >&2 || true
      stop_processes
      exit 1
    fi
    sleep 0.3
  done
}

print_env() {
  # shellcheck disable=SC1091
  source "$DIR/server.env"
  cat "$DIR/server.env"
}

stop_processes() {
  local pids=() f
  for f in "$DIR"/kube-controller-manager.pid "$DIR"/kube-apiserver.pid "$DIR"/etcd.pid; do
    [[ -f "$f" ]] && pids+=("$(cat "$f")")
  done
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    local alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.2
  done
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  rm -f "$DIR"/*.pid
  if [[ -f "$DIR/etcd-data-dir" ]]; then rm -rf "$(cat "$DIR/etcd-data-dir")"; fi
}

cmd="${1:-}"
case "$cmd" in
  start)
    for b in "$APISERVER" "$CONTROLLER_MANAGER" "$ETCD"; do
      [[ -x "$b" ]] || die "$b is missing; run scripts/tools/install-kube-apiserver.sh and scripts/tools/install-etcd.sh"
    done
    DIR="${2:-$(mktemp -d "${TMPDIR:-/tmp}/portarium-k8s.XXXXXX")}"
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    if [[ -d /dev/shm && -w /dev/shm ]]; then data="$(mktemp -d /dev/shm/portarium-etcd.XXXXXX)"; else data="$DIR/etcd"; fi
    echo "$data" > "$DIR/etcd-data-dir"
    make_certs "$DIR"
    read -r ETCD_PORT PEER_PORT API_PORT < <(free_ports 3)

    spawn etcd "$ETCD" --name portarium-test --data-dir "$data" \
      --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
      --listen-peer-urls "http://127.0.0.1:$PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$PEER_PORT" \
      --initial-cluster "portarium-test=http://127.0.0.1:$PEER_PORT" --log-level warn
    wait_for etcd curl -fsS "http://127.0.0.1:$ETCD_PORT/health"

    pki="$DIR/pki"
    spawn kube-apiserver "$APISERVER" \
      --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
      --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$API_PORT" \
      --tls-cert-file "$pki/serving.crt" --tls-private-key-file "$pki/serving.key" \
      --client-ca-file "$pki/ca.crt" \
      --token-auth-file "$pki/tokens.csv" \
      --authorization-mode RBAC --anonymous-auth=false \
      --service-account-issuer https://kubernetes.default.svc.cluster.local \
      --service-account-key-file "$pki/sa.pub" --service-account-signing-key-file "$pki/sa.key" \
      --service-cluster-ip-range 10.96.0.0/16 \
      --enable-priority-and-fairness=false \
      --allow-privileged=true \
      --v 1
    SERVER="https://127.0.0.1:$API_PORT"
    write_kubeconfig "$DIR/kubeconfig" "$SERVER" "$pki/admin" portarium-test
    write_kubeconfig "$DIR/kubeconfig-expired" "$SERVER" "$pki/expired" portarium-test-expired
    wait_for kube-apiserver curl -fsS --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" "$SERVER/readyz"

    spawn kube-controller-manager "$CONTROLLER_MANAGER" \
      --kubeconfig "$DIR/kubeconfig" --leader-elect=false --secure-port 0 \
      --controllers serviceaccount-controller,serviceaccount-token-controller,namespace-controller,root-ca-certificate-publisher-controller \
      --service-account-private-key-file "$pki/sa.key" --root-ca-file "$pki/ca.crt" \
      --use-service-account-credentials=false --v 1
    # Pods need the namespace's `default` ServiceAccount (admission); its appearance in `default`
    # shows the controller manager is working.
    wait_for kube-controller-manager curl -fsS --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" \
      "$SERVER/api/v1/namespaces/default/serviceaccounts/default"

    version="$("$APISERVER" --version | awk '{print $2}')"
    cat > "$DIR/server.env" <<EOF
K8S_TEST_DIR=$DIR
K8S_TEST_SERVER=$SERVER
K8S_TEST_VERSION=$version
K8S_TEST_KUBECONFIG=$DIR/kubeconfig
K8S_TEST_CONTEXT=portarium-test
K8S_TEST_EXPIRED_KUBECONFIG=$DIR/kubeconfig-expired
K8S_TEST_EXPIRED_CONTEXT=portarium-test-expired
K8S_TEST_PKI=$pki
EOF
    print_env
    ;;
  env)
    DIR="${2:?usage: $0 env DIR}"
    [[ -f "$DIR/server.env" ]] || die "no server in $DIR"
    print_env
    ;;
  stop)
    DIR="${2:?usage: $0 stop DIR}"
    [[ -d "$DIR" ]] || exit 0
    DIR="$(cd "$DIR" && pwd)"
    stop_processes
    # Only remove a directory this script made (it holds its pki and logs).
    if [[ -d "$DIR/pki" ]]; then rm -rf "$DIR"; fi
    ;;
  *)
    echo "usage: $0 start [DIR] | env DIR | stop DIR" >&2
    exit 2
    ;;
esac
