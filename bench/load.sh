#!/usr/bin/env bash
# Load runner: starts the packaged jar with -Xmx256m (against BENCH_DB_URL, default the external
# MariaDB database helsebro_bench on 127.0.0.1:3306, or the embedded one with BENCH_DB_URL=embedded),
# then runs each named scenario with wrk on the same machine and prints one RESULT line per scenario.
#
#   bench/load.sh [scenario ...]      scenarios: health shell   (later issues add more)
#
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (20s), BENCH_WARMUP (10s),
# BENCH_PORT (18182), BENCH_KEEP_SERVER=1 to reuse a running server on BENCH_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/helsebro.jar
port=${BENCH_PORT:-18182}
base="http://127.0.0.1:$port"
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
db_url=${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/helsebro_bench}
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(health shell)

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ "${BENCH_KEEP_SERVER:-0}" != 1 ]; then
  data=$(mktemp -d /tmp/helsebro-load-XXXX)
  env_args=(HELSEBRO_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port")
  if [ "$db_url" != embedded ]; then
    env_args+=(DATASOURCES_DEFAULT_URL="$db_url" DATASOURCES_DEFAULT_USERNAME="${BENCH_DB_USER:-root}" DATASOURCES_DEFAULT_PASSWORD="${BENCH_DB_PASSWORD:-}")
  fi
  env "${env_args[@]}" java -Xmx256m -jar "$jar" >/tmp/helsebro-load.log 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited, see /tmp/helsebro-load.log" >&2; exit 1; }
    sleep 0.2
  done
fi

run() {
  local name=$1 path=$2 script=$3
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$base$path" >/dev/null
  local out; out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$base$path")
  echo "$out" | grep '^RESULT' | sed "s/^RESULT/RESULT scenario=$name/"
}

combined() { # a scenario's own settings followed by the shared reporter
  local tmp; tmp=$(mktemp /tmp/helsebro-wrk-XXXX.lua)
  cat "bench/scenarios/$1.lua" bench/scenarios/report.lua > "$tmp"
  echo "$tmp"
}

for scenario in "${scenarios[@]}"; do
  case "$scenario" in
    health) run health /health "$(combined health)" ;;
    shell) run shell /forum/latest "$(combined shell)" ;;
    *) if [ -f "bench/scenarios/$scenario.sh" ]; then
         # shellcheck source=/dev/null
         BASE="$base" . "bench/scenarios/$scenario.sh"
       else
         echo "unknown scenario $scenario" >&2; exit 2
       fi ;;
  esac
done
