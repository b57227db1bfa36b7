#!/usr/bin/env bash
# Measures Helsebro's start-up: time to the first 200 from /health (embedded first start with and
# without unpacked binaries, a restart on the same data, and with an external MariaDB), and the
# resident memory of the JVM and of the embedded mariadbd after start.
# Usage: bench/startup.sh [jar]   (default backend/target/helsebro.jar; build it first)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-backend/target/helsebro.jar}
port=${BENCH_PORT:-18181}
# Its own database (dropped and recreated): never the load benchmark's helsebro_bench.
startup_db=${BENCH_STARTUP_DB:-helsebro_startup}
external_url=jdbc:mariadb://127.0.0.1:3306/$startup_db

now_ms() { date +%s%3N; }

# Starts the jar with the given environment, prints ms until /health answers 200, leaves it running.
start_and_time() {
  local started; started=$(now_ms)
  env "$@" MICRONAUT_SERVER_PORT=$port java -jar "$jar" >/tmp/helsebro-bench-start.log 2>&1 &
  echo $! >/tmp/helsebro-bench.pid
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$(cat /tmp/helsebro-bench.pid)" 2>/dev/null; then
      echo "Helsebro exited; see /tmp/helsebro-bench-start.log" >&2; exit 1
    fi
    sleep 0.05
  done
  echo $(( $(now_ms) - started ))
}

stop() {
  kill "$(cat /tmp/helsebro-bench.pid)" 2>/dev/null || true
  while kill -0 "$(cat /tmp/helsebro-bench.pid)" 2>/dev/null; do sleep 0.1; done
}

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%d", $1/1024}'; }

data=$(mktemp -d /tmp/helsebro-bench-XXXX)
binaries=$(mktemp -d /tmp/helsebro-bench-bin-XXXX)

echo "jar: $(du -m "$jar" | cut -f1) MB"
t=$(start_and_time HELSEBRO_DATA_DIR="$data" HELSEBRO_BINARIES_DIR="$binaries")
echo "first start, embedded, binaries not yet unpacked: ${t} ms"
stop
rm -rf "$data"; data=$(mktemp -d /tmp/helsebro-bench-XXXX)
t=$(start_and_time HELSEBRO_DATA_DIR="$data" HELSEBRO_BINARIES_DIR="$binaries")
echo "first start, embedded, fresh data directory: ${t} ms"
stop
for i in 1 2 3; do
  t=$(start_and_time HELSEBRO_DATA_DIR="$data" HELSEBRO_BINARIES_DIR="$binaries")
  echo "restart on the same data ($i): ${t} ms"
  if [ "$i" = 3 ]; then
    sleep 2
    java_pid=$(cat /tmp/helsebro-bench.pid)
    db_pid=$(pgrep -f "mariadbd.*$data" | head -1)
    echo "RSS after start: JVM $(rss_mb "$java_pid") MB, mariadbd $(rss_mb "$db_pid") MB"
  fi
  stop
done

if mariadb -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $startup_db; CREATE DATABASE $startup_db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_danish_ai_ci" 2>/dev/null; then
  t=$(start_and_time HELSEBRO_DATA_DIR="$data" DATASOURCES_DEFAULT_URL="$external_url" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=)
  echo "cold start, external MariaDB (empty database, migrations run): ${t} ms"
  java_pid=$(cat /tmp/helsebro-bench.pid); sleep 2
  echo "RSS after start (external database): JVM $(rss_mb "$java_pid") MB"
  stop
  t=$(start_and_time HELSEBRO_DATA_DIR="$data" DATASOURCES_DEFAULT_URL="$external_url" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=)
  echo "start, external MariaDB (migrated database): ${t} ms"
  stop
  mariadb -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $startup_db"
fi
rm -rf "$data" "$binaries"
