#!/usr/bin/env bash
# Read and write throughput of the cluster started by bench/cluster.sh: one Helsebro node (app1
# directly) against two (round robin through HAProxy), both over the same Galera cluster with one
# writer. Prints one RESULT line per scenario and node count. Run alone on the machine (the
# lead runs it at the end); smoke it with BENCH_DURATION=2s BENCH_WARMUP=1s.
#
#   bench/cluster.sh start && bench/cluster.sh bench
#
# Scenarios: topic (a topic's first page, signed in; 32 connections) and reply (new replies with
# idempotency keys to 8 topics; 16 connections, as bench/load.sh's reply scenario).
# Environment: BENCH_DURATION (20s), BENCH_WARMUP (5s), BENCH_THREADS (2), BENCH_CONNECTIONS (32),
# BENCH_REPLY_CONNECTIONS (16).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bench/cluster.sh env)"
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
reply_connections=${BENCH_REPLY_CONNECTIONS:-16}

json() { curl -sf -H 'X-Helsebro-Csrf: 1' -H 'Content-Type: application/json' "$@"; }

token=$(json -X POST "$CLUSTER_HTTP/api/v1/auth/sign-in" \
  -d "{\"email\":\"$CLUSTER_COORDINATOR_EMAIL\",\"password\":\"$CLUSTER_COORDINATOR_PASSWORD\"}" | jq -r .accessToken)
category=$(json -H "Authorization: Bearer $token" "$CLUSTER_HTTP/api/v1/categories" | jq -r '.[0].id')
topics=()
for i in 1 2 3 4 5 6 7 8; do
  topics+=("$(json -X POST -H "Authorization: Bearer $token" -H "Idempotency-Key: cluster-bench-$$-$i" \
    "$CLUSTER_HTTP/api/v1/topics" \
    -d "{\"categoryId\":$category,\"kind\":\"DISCUSSION\",\"title\":\"Klyngemåling $i\",\"body\":\"Et emne for målingen.\"}" \
    | jq -r .topicId)")
done
first=${topics[0]}

run() { # run <scenario> <nodes> <url> <connections> <wrk args...>
  local scenario=$1 nodes=$2 url=$3 conns=$4; shift 4
  wrk -t"$threads" -c"$conns" -d"$warmup" "$@" "$url" >/dev/null 2>&1 || true
  local out; out=$(wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" "$url" 2>&1)
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "RESULT cluster-$scenario nodes=$nodes req/s=$rps p99=$p99 non-2xx=${errors:-0} connections=$conns duration=$duration"
}

topic_lua=$(mktemp /tmp/cluster-bench-XXXX.lua)
reply_lua=$(mktemp /tmp/cluster-bench-XXXX.lua)
trap 'rm -f "$topic_lua" "$reply_lua"' EXIT
# Galera hands out auto-increment ids in steps of the cluster size: pick from the real ids.
cat >"$reply_lua" <<LUA
local topics = { $(IFS=,; echo "${topics[*]}") }
local counter = 0
function request()
  counter = counter + 1
  local topic = topics[math.random(1, #topics)]
  return wrk.format("POST", "/api/v1/topics/" .. topic .. "/posts", {
    ["Authorization"] = "Bearer $token",
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("cluster-%d-%d-%d", os.time(), counter, math.random(1, 1e9))
  }, '{"body":"Vi prøvde det samme, og det hjalp med en sjekkliste (' .. counter .. ')."}')
end
LUA
cat >"$topic_lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Accept"] = "application/json"
wrk.path = "/api/v1/topics/$first"
LUA

for nodes in 1 2; do
  url=$CLUSTER_APP1
  [ "$nodes" = 2 ] && url=$CLUSTER_HTTP
  run topic "$nodes" "$url" "$connections" -s "$topic_lua"
  run reply "$nodes" "$url" "$reply_connections" -s "$reply_lua"
done
