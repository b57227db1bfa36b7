#!/usr/bin/env bash
# The production topology on one machine, without Docker (docs/operations.md, docs/adr/0014):
# three MariaDB Galera nodes (Debian's mariadb-server + galera-4), HAProxy in front of them (one
# writer, the others as backups) and in front of two Helsebro nodes (round robin), all on 127.0.0.1.
#
#   bench/cluster.sh start [jar]      start everything (default jar backend/target/helsebro.jar)
#   bench/cluster.sh stop             stop everything this script started, delete its data
#   bench/cluster.sh status           what runs, and Galera's view of the cluster
#   bench/cluster.sh kill-db N        kill -9 Galera node N (1-3); restart-db N brings it back
#   bench/cluster.sh kill-app N       kill -9 Helsebro node N (1-2); restart-app N brings it back
#   bench/cluster.sh env              prints the addresses as shell variables (for tests)
#   bench/cluster.sh bench            read and write throughput through HAProxy, 2 nodes vs 1
#
# Ports (CLUSTER_PORT_BASE, default 24000): HTTP through HAProxy +0, SQL through HAProxy +1,
# HAProxy stats +2, Galera node N SQL +10+N, group communication +20+N, IST +30+N, SST +40+N,
# Helsebro node N +50+N. Data, logs and pids live in CLUSTER_DIR (default /tmp/helsebro-cluster).
# Installs galera-4, haproxy, rsync and mariadb-backup with apt when they are missing. For tests
# and measurements only: fixed passwords, no second factor for coordinators, members trusted at
# once (no new-member rate limits). Edit the script while a start runs and bash reads garbage.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${CLUSTER_PORT_BASE:-24000}
dir=${CLUSTER_DIR:-/tmp/helsebro-cluster}
http_port=$base
sql_port=$((base + 1))
stats_port=$((base + 2))
db_port() { echo $((base + 10 + $1)); }
gcomm_port() { echo $((base + 20 + $1)); }
ist_port() { echo $((base + 30 + $1)); }
sst_port() { echo $((base + 40 + $1)); }
app_port() { echo $((base + 50 + $1)); }
db_name=helsebro
db_user=helsebro
db_password=${CLUSTER_DB_PASSWORD:-cluster-only-password}
jwt_secret=${CLUSTER_JWT_SECRET:-cluster-only-secret-cluster-only-secret-0123456789}
coordinator_email=${CLUSTER_COORDINATOR_EMAIL:-koordinator@cluster.test}
coordinator_password=${CLUSTER_COORDINATOR_PASSWORD:-Klynge-koordinator-2026!}

log() { printf '%s cluster: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

install_packages() {
  local need=()
  [ -f /usr/lib/galera/libgalera_smm.so ] || need+=(galera-4)
  command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
  command -v rsync >/dev/null 2>&1 || need+=(rsync)
  command -v mariadb-backup >/dev/null 2>&1 || need+=(mariadb-backup)
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

cluster_address() {
  echo "gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"
}

donors() { # SST donors in order of preference for node N (the writer is db1, then db2)
  case $1 in 1) echo "db3,db2," ;; 2) echo "db3,db1," ;; 3) echo "db2,db1," ;; esac
}

write_db_config() {
  local n=$1 d="$dir/db$1"
  mkdir -p "$d/data" "$d/tmp"
  chmod 755 "$dir"
  cat >"$d/my.cnf" <<EOF
[mariadbd]
# The mysql account, as packaged servers run: rsync's SST daemon drops root to nobody.
user=mysql
datadir=$d/data
tmpdir=$d/tmp
socket=$d/mariadbd.sock
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$(db_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_uca1400_danish_ai_ci
innodb_buffer_pool_size=96M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
max_connections=200
# Galera: row-based replication of InnoDB rows, interleaved auto-increment locks.
default_storage_engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
# Binary logging on, as for point-in-time recovery; the application user has no SUPER, so the
# audit log's triggers (V302) need the server to trust trigger creators (docs/adr/0014).
log_bin=$d/binlog
server_id=$n
log_slave_updates=ON
log_bin_trust_function_creators=ON
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=helsebro
wsrep_cluster_address=$(cluster_address)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=64M;pc.weight=1"
wsrep_sst_method=rsync
# An rsync donor blocks writes while it copies: prefer a node that is not likely the writer.
wsrep_sst_donor=$(donors "$n")
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
wsrep_slave_threads=2
EOF
  chown -R mysql:mysql "$d"
}

sql_on() { # sql_on N statement...
  local n=$1; shift
  mariadb --protocol=socket -S "$dir/db$n/mariadbd.sock" -uroot -N -B -e "$*"
}

wait_synced() {
  local n=$1
  for _ in $(seq 1 120); do
    if [ "$(sql_on "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = "Synced" ]; then
      return 0
    fi
    pid_alive "$dir/db$n.pid" || [ -f "$dir/db$n/starting" ] || die "db$n exited: see $dir/db$n/error.log"
    sleep 0.5
  done
  die "db$n did not reach Synced: see $dir/db$n/error.log"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_db() { # start_db N [--wsrep-new-cluster]
  local n=$1; shift
  log "starting Galera node db$n on 127.0.0.1:$(db_port "$n") $*"
  touch "$dir/db$n/starting"
  /usr/sbin/mariadbd --defaults-file="$dir/db$n/my.cnf" "$@" >>"$dir/db$n/stdout.log" 2>&1 &
  echo $! >"$dir/db$n.pid"
  sleep 1
  rm -f "$dir/db$n/starting"
  wait_synced "$n"
}

write_haproxy_config() {
  cat >"$dir/haproxy.cfg" <<EOF
global
  maxconn 2000
defaults
  timeout connect 2s
  timeout client 1h
  timeout server 1h
  timeout check 2s
  log global
# Stats page: http://127.0.0.1:$stats_port/
listen stats
  mode http
  bind 127.0.0.1:$stats_port
  stats enable
  stats uri /
# One writer (docs/adr/0014): every connection goes to the node in the one-entry stick table
# (db1 at first); when it fails, to the next healthy one, which then stays the writer even after
# the failed node is back (no fail-back to a node that may still be receiving its state transfer,
# and never two writers at once).
listen galera
  mode tcp
  bind 127.0.0.1:$sql_port
  balance first
  stick-table type integer size 1
  stick on int(1)
  option mysql-check user haproxy_check
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server db1 127.0.0.1:$(db_port 1) check
  server db2 127.0.0.1:$(db_port 2) check
  server db3 127.0.0.1:$(db_port 3) check
# Helsebro nodes, round robin; a node is taken out when /health fails.
listen helsebro
  mode http
  bind 127.0.0.1:$http_port
  balance roundrobin
  option httpchk GET /health
  option forwardfor
  default-server inter 1s fall 2 rise 2
  timeout client 60s
  timeout server 60s
  retry-on conn-failure empty-response
  retries 2
  option redispatch
  server app1 127.0.0.1:$(app_port 1) check
  server app2 127.0.0.1:$(app_port 2) check
EOF
}

start_haproxy() {
  log "starting HAProxy: HTTP 127.0.0.1:$http_port, SQL 127.0.0.1:$sql_port, stats 127.0.0.1:$stats_port"
  haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid" >>"$dir/haproxy.log" 2>&1
}

app_env() { # the environment of Helsebro node N, one VAR=value per line
  local n=$1
  cat <<EOF
MICRONAUT_SERVER_PORT=$(app_port "$n")
HELSEBRO_DATA_DIR=$dir/app$n
DATASOURCES_DEFAULT_URL=jdbc:mariadb://127.0.0.1:$sql_port/$db_name
DATASOURCES_DEFAULT_USERNAME=$db_user
DATASOURCES_DEFAULT_PASSWORD=$db_password
HELSEBRO_JWT_SECRET=$jwt_secret
HELSEBRO_BASE_URL=http://127.0.0.1:$http_port
HELSEBRO_WEB_TRUSTED_PROXIES=127.0.0.1
HELSEBRO_AUTH_SECURE_COOKIE=false
HELSEBRO_AUTH_COORDINATOR_SECOND_FACTOR_REQUIRED=false
HELSEBRO_BOOTSTRAP_COORDINATOR_EMAIL=$coordinator_email
HELSEBRO_BOOTSTRAP_COORDINATOR_PASSWORD=$coordinator_password
HELSEBRO_BOOTSTRAP_COORDINATOR_NAME=Klyngekoordinator
HELSEBRO_FORUM_TRUSTED_AFTER=0s
EOF
  # More settings for both nodes, one VAR=value per line (ClusterTest's short job schedule).
  [ -z "${CLUSTER_APP_ENV:-}" ] || printf '%s\n' "$CLUSTER_APP_ENV"
}

start_app() {
  local n=$1 jar=$2
  mkdir -p "$dir/app$n"
  log "starting Helsebro node app$n on 127.0.0.1:$(app_port "$n")"
  local vars=()
  mapfile -t vars < <(app_env "$n")
  # shellcheck disable=SC2086
  env "${vars[@]}" java -Xmx384m ${CLUSTER_JAVA_OPTS:-} -jar "$jar" >>"$dir/app$n/stdout.log" 2>&1 &
  echo $! >"$dir/app$n/java.pid"
  echo "$jar" >"$dir/jar"
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$(app_port "$n")/health" && return 0
    pid_alive "$dir/app$n/java.pid" || die "app$n exited: see $dir/app$n/stdout.log"
    sleep 0.5
  done
  die "app$n did not answer /health within 120 s: see $dir/app$n/stdout.log"
}

cmd_start() {
  local jar=${1:-backend/target/helsebro.jar}
  [ -f "$jar" ] || die "no $jar: build it first (./mvnw -q -B -ntp -DskipTests package)"
  jar=$(readlink -f "$jar")
  install_packages
  if [ -d "$dir" ]; then cmd_stop; fi
  mkdir -p "$dir"
  for n in 1 2 3; do write_db_config "$n"; done
  log "initialising db1"
  mariadb-install-db --defaults-file="$dir/db1/my.cnf" --user=mysql --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/db1/install.log" 2>&1 || die "mariadb-install-db failed: $dir/db1/install.log"
  start_db 1 --wsrep-new-cluster
  sql_on 1 "
    CREATE DATABASE $db_name CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_danish_ai_ci;
    CREATE USER '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
    GRANT ALL PRIVILEGES ON $db_name.* TO '$db_user'@'127.0.0.1';
    CREATE USER 'haproxy_check'@'127.0.0.1';"
  # Joiners start empty and receive a full copy (SST by rsync) from a synced node. (Seeding them
  # with a copy of db1 does not save it: Galera 4 counts the bootstrap's view change, so the copy
  # is behind and gets an SST all the same.)
  start_db 2
  start_db 3
  write_haproxy_config
  start_haproxy
  # One node migrates the schema (Flyway) before the other starts (docs/operations.md).
  start_app 1 "$jar"
  start_app 2 "$jar"
  log "ready: http://127.0.0.1:$http_port (app1 :$(app_port 1), app2 :$(app_port 2)), SQL 127.0.0.1:$sql_port"
}

stop_pid() {
  local file=$1
  if pid_alive "$file"; then
    local pid; pid=$(cat "$file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

cmd_stop() {
  [ -d "$dir" ] || return 0
  for n in 1 2; do stop_pid "$dir/app$n/java.pid"; done
  stop_pid "$dir/haproxy.pid"
  for n in 3 2 1; do stop_pid "$dir/db$n.pid"; done
  rm -rf "$dir"
  log "stopped"
}

cmd_status() {
  for n in 1 2 3; do
    if pid_alive "$dir/db$n.pid"; then
      echo "db$n: $(sql_on "$n" "SELECT CONCAT(VARIABLE_VALUE) FROM information_schema.global_status WHERE VARIABLE_NAME IN ('WSREP_LOCAL_STATE_COMMENT','WSREP_CLUSTER_SIZE') ORDER BY VARIABLE_NAME" | paste -sd' ')"
    else
      echo "db$n: down"
    fi
  done
  pid_alive "$dir/haproxy.pid" && echo "haproxy: up" || echo "haproxy: down"
  for n in 1 2; do
    if curl -sf -o /dev/null "http://127.0.0.1:$(app_port "$n")/health"; then echo "app$n: up"; else echo "app$n: down"; fi
  done
}

cmd_env() {
  cat <<EOF
CLUSTER_HTTP=http://127.0.0.1:$http_port
CLUSTER_APP1=http://127.0.0.1:$(app_port 1)
CLUSTER_APP2=http://127.0.0.1:$(app_port 2)
CLUSTER_JDBC=jdbc:mariadb://127.0.0.1:$sql_port/$db_name
CLUSTER_DB1=jdbc:mariadb://127.0.0.1:$(db_port 1)/$db_name
CLUSTER_DB2=jdbc:mariadb://127.0.0.1:$(db_port 2)/$db_name
CLUSTER_DB3=jdbc:mariadb://127.0.0.1:$(db_port 3)/$db_name
CLUSTER_DB_USER=$db_user
CLUSTER_DB_PASSWORD=$db_password
CLUSTER_COORDINATOR_EMAIL=$coordinator_email
CLUSTER_COORDINATOR_PASSWORD=$coordinator_password
CLUSTER_DIR=$dir
EOF
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  kill-db) [ -n "${2:-}" ] || die "kill-db N"; kill -9 "$(cat "$dir/db$2.pid")"; log "killed db$2" ;;
  restart-db) [ -n "${2:-}" ] || die "restart-db N"; start_db "$2" ;;
  kill-app) [ -n "${2:-}" ] || die "kill-app N"; kill -9 "$(cat "$dir/app$2/java.pid")"; log "killed app$2" ;;
  restart-app) [ -n "${2:-}" ] || die "restart-app N"; start_app "$2" "$(cat "$dir/jar")" ;;
  bench) shift; exec bench/cluster-bench.sh "$@" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
