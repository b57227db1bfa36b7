#!/usr/bin/env bash
# Creates (or recreates) a benchmark database, migrates it by starting the packaged jar once, and
# fills it with the generator. Sizes as arguments; defaults are the issue's national scale.
#
#   bench/generate.sh [--members 10000] [--topics 100000] [--replies 1000000] [--seed 42]
#
# Environment: BENCH_DB (helsebro_bench), BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306),
# BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty), BENCH_GEN_PORT (18199: the port of the one
# migrating start; another generate.sh at the same time needs another, or it waits on the wrong one).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-helsebro_bench}
host=${BENCH_DB_HOST:-127.0.0.1}
port=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
password=${BENCH_DB_PASSWORD:-}
url="jdbc:mariadb://$host:$port/$db"
jar=backend/target/helsebro.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

driver=$(find ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client -name 'mariadb-java-client-*.jar' | sort -V | tail -1)
[ -n "$driver" ] || { echo "no MariaDB driver in ~/.m2 (build the project first)" >&2; exit 1; }

echo "Recreating database $db on $host:$port"
mariadb -h "$host" -P "$port" -u "$user" ${password:+-p"$password"} -e \
  "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_danish_ai_ci"

echo "Migrating by starting Helsebro once"
data=$(mktemp -d /tmp/helsebro-gen-XXXX)
gen_port=${BENCH_GEN_PORT:-18199}
if curl -s -o /dev/null "http://127.0.0.1:$gen_port/health"; then
  echo "something already answers on port $gen_port: set BENCH_GEN_PORT" >&2; exit 1
fi
HELSEBRO_DATA_DIR="$data" MICRONAUT_SERVER_PORT=$gen_port DATASOURCES_DEFAULT_URL="$url" \
  DATASOURCES_DEFAULT_USERNAME="$user" DATASOURCES_DEFAULT_PASSWORD="$password" \
  java -jar "$jar" >"$data.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$gen_port/health"; do
  kill -0 $pid 2>/dev/null || { echo "Helsebro exited; see $data.log" >&2; exit 1; }
  sleep 0.3
done
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data" "$data.log"

# The hash of "bench-password-2026" is made by Helsebro's own hasher, so benchmark members can sign in.
hash_args=()
if [ -f bench/generator/password-hash.txt ]; then hash_args=(--password-hash "$(cat bench/generator/password-hash.txt)"); fi

echo "Generating"
time java -Xmx1g -cp "$driver" bench/generator/Generate.java --url "$url" --user "$user" --password "$password" "${hash_args[@]}" "$@"
mariadb -h "$host" -P "$port" -u "$user" ${password:+-p"$password"} "$db" -e "ANALYZE TABLE members, account_credentials, member_profiles, member_profile_terms, forum_topics, forum_posts, forum_reads, forum_member_stats, forum_topic_tags, forum_topic_systems" >/dev/null
