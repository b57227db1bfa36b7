#!/usr/bin/env bash
# Load runner: starts the packaged jar with -Xmx256m (against BENCH_DB_URL, default the external
# MariaDB database helsebro_bench on 127.0.0.1:3306, or the embedded one with BENCH_DB_URL=embedded),
# then runs each named scenario with wrk on the same machine and prints one RESULT line per scenario.
#
#   bench/load.sh [scenario ...]
#
# Scenarios (default: all):
#   health shell                anonymous: /health, the SPA shell
#   category latest             topic lists as the signed-in bench member (unread markers included)
#   topic-first topic-last      first and last page of the bench's 500-reply topic, signed in
#   reply                       posting replies, 16 members on -c16 (BENCH_REPLY_CONNECTIONS)
#   signin                      signing in with e-mail and password (Argon2id; BENCH_SIGNIN_CONNECTIONS)
#   directory                   member directory searched by name, signed in (BENCH_DIRECTORY_CONNECTIONS)
#   search similar              full-text search with filters, highlighting and facets; similar
#                               questions while typing a title (signed in; BENCH_SEARCH_CONNECTIONS=16);
#                               first waits until the server's search index is built and prints
#                               SEARCH_INDEX topics= bytes= rebuild_ms= (the rebuild at first start)
#   search-unique similar-unique  the same, every request one not asked before (BENCH_SEARCH_UNIQUE=1 in
#                               the scripts): no answer from the server's result cache (ADR 0453)
#   search-unique-range         search-unique made unique by a date range instead of punctuation, as
#                               before 2026-12-07 (a filter clause more per search; not in the default list)
#   insights-dashboard          community health, a year by week (and by region), as a coordinator
#   insights-radar              the isolation radar's first page, as a coordinator
#   insights-report             a year's contribution report as PDF, the bench member's own
#                               (the insights scenarios: bench/scenarios/insights-*.sh, BENCH_INSIGHTS_CONNECTIONS=4;
#                               not in the default list: name them)
#   notifications               the notification list and unread count, the bench member's 2,000
#                               (bench/scenarios/notifications.sh; BENCH_NOTIFICATIONS_CONNECTIONS)
# The signed-in scenarios need the data of bench/generate.sh (the database is read with the
# mariadb client to find the bench member, a category and the big topic) and sign in with curl
# before each scenario; the bench server gets HELSEBRO_AUTH_ACCESS_TOKEN_TTL=1h (an existing
# setting, default 10m) so no token expires during a run.
#
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (20s), BENCH_WARMUP (10s),
# BENCH_FIRST_WARMUP (40s, the first scenario's warm-up),
# BENCH_PORT (18182), BENCH_KEEP_SERVER=1 to reuse a running server on BENCH_PORT, BENCH_DB
# (helsebro_bench), BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root),
# BENCH_DB_PASSWORD (empty), BENCH_SERVER_PID (with BENCH_KEEP_SERVER=1, for the JVM's CPU time),
# BENCH_MARIADB_PID (default: the /usr/sbin/mariadbd process). Each RESULT line ends with the CPU
# milliseconds per request of the JVM, mariadbd and wrk, and the 1-minute load average before and
# after the run (the machine is shared: compare it with the 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/helsebro.jar
port=${BENCH_PORT:-18182}
base="http://127.0.0.1:$port"
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
# The first scenario after a start also warms the JIT for everything the scenarios share (security,
# JSON, Netty): without a longer first warm-up it measured ~30 % slower than the same run later.
first_warmup=${BENCH_FIRST_WARMUP:-40s}
warmed=0
db_url=${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/helsebro_bench}
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(health shell category latest topic-first topic-last reply directory signin)
db_name=${BENCH_DB:-helsebro_bench}
sql() {
  mariadb -h "${BENCH_DB_HOST:-127.0.0.1}" -P "${BENCH_DB_PORT:-3306}" -u "${BENCH_DB_USER:-root}" \
    ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} -N -B "$db_name" -e "$1"
}
load1() { cut -d' ' -f1 /proc/loadavg; }

server_pid=""
cleanup() { # stop our server and wait until it is gone, so the next run can bind the port
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    while kill -0 "$server_pid" 2>/dev/null; do sleep 0.1; done
  fi
}
trap cleanup EXIT

if [ "${BENCH_KEEP_SERVER:-0}" != 1 ]; then
  if curl -s -o /dev/null "$base/health"; then
    echo "something already answers on port $port: stop it or set BENCH_PORT" >&2; exit 1
  fi
  data=$(mktemp -d /tmp/helsebro-load-XXXX)
  # Generated coordinators have no second factor: the insights scenarios sign one in without it.
  env_args=(HELSEBRO_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" HELSEBRO_AUTH_ACCESS_TOKEN_TTL=1h
    HELSEBRO_AUTH_COORDINATOR_SECOND_FACTOR_REQUIRED=false)
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

# CPU seconds (user + system, in clock ticks) a process has used so far; 0 when unknown.
ticks() { if [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
mariadb_pid=${BENCH_MARIADB_PID:-$(pgrep -f '^/usr/sbin/mariadbd' | head -1 || true)}

# Runs a scenario: a warm-up, then the measured run. Besides wrk's figures, the RESULT line gives
# the CPU milliseconds per request spent by the JVM, by mariadbd and by wrk itself (so the cost of
# a request can be compared between runs on a busy machine), and the 1-minute load average.
run() {
  local name=$1 path=$2 script=$3 c=${4:-$connections}
  local t=$threads; [ "$c" -lt "$t" ] && t=$c
  local w=$warmup; [ "$warmed" = 0 ] && w=$first_warmup; warmed=1
  wrk -t"$t" -c"$c" -d"$w" -s "$script" "$base$path" >/dev/null
  local before; before=$(load1)
  local j0 m0; j0=$(ticks "${server_pid:-${BENCH_SERVER_PID:-}}"); m0=$(ticks "$mariadb_pid")
  local out; out=$(/usr/bin/time -f 'WRKCPU %U %S' wrk -t"$t" -c"$c" -d"$duration" --latency -s "$script" "$base$path" 2>&1)
  local j1 m1; j1=$(ticks "${server_pid:-${BENCH_SERVER_PID:-}}"); m1=$(ticks "$mariadb_pid")
  local n; n=$(echo "$out" | sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p')
  local cpu; cpu=$(echo "$out" | awk -v n="${n:-0}" -v j=$((j1 - j0)) -v m=$((m1 - m0)) '/^WRKCPU/ && n > 0 {
    printf "jvm_cpu_ms=%.3f mariadb_cpu_ms=%.3f wrk_cpu_ms=%.3f", j * 10 / n, m * 10 / n, ($2 + $3) * 1000 / n }')
  echo "$out" | grep '^RESULT' | sed "s/^RESULT/RESULT scenario=$name c=$c/; s/\$/ $cpu load_before=$before load_after=$(load1)/"
}

combined() { # thread numbering, a scenario's own settings, the shared reporter (and member.lua if asked)
  local tmp; tmp=$(mktemp /tmp/helsebro-wrk-XXXX.lua)
  if [ "${2:-}" = member ]; then
    cat bench/scenarios/threads.lua bench/scenarios/member.lua "bench/scenarios/$1.lua" bench/scenarios/report.lua > "$tmp"
  else
    cat bench/scenarios/threads.lua "bench/scenarios/$1.lua" bench/scenarios/report.lua > "$tmp"
  fi
  echo "$tmp"
}

# Signs a member in (password of the generated members) and prints the access token.
sign_in() {
  curl -sf -X POST "$base/api/v1/auth/sign-in" -H 'Content-Type: application/json' -H 'X-Helsebro-Csrf: 1' \
    -d "{\"email\":\"$1\",\"password\":\"bench-password-2026\"}" | jq -r .accessToken
}

# The bench member is the first generated member (an advisor whose account is 1,000 days old).
bench_member() { sql "SELECT email FROM members WHERE email LIKE 'bench-%' ORDER BY id LIMIT 1"; }
# Waits until the server's search index is built (a fresh data directory rebuilds it from the
# database in the background at start) and prints its size and rebuild time as one line.
search_ready() {
  local token status
  token=$(sign_in "$(sql "SELECT email FROM members WHERE email LIKE 'bench-%' AND coordinator ORDER BY id LIMIT 1")")
  for _ in $(seq 1 1800); do
    status=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/search/status" || true)
    if [ -n "$status" ] && [ "$(echo "$status" | jq -r .rebuilding)" = false ]; then
      echo "$status" | jq -r '"SEARCH_INDEX topics=\(.topics) bytes=\(.bytes) rebuild_ms=\(.lastRebuildMillis // "none") rebuilt_topics=\(.lastRebuildTopics // "none")"'
      return 0
    fi
    sleep 1
  done
  echo "the search index was not built within 30 minutes" >&2
  return 1
}
big_topic() { sql "SELECT id FROM forum_topics WHERE reply_count >= 500 ORDER BY id LIMIT 1"; }
member_token() { sign_in "$(bench_member)"; }

for scenario in "${scenarios[@]}"; do
  case "$scenario" in
    health) run health /health "$(combined health)" ;;
    shell) run shell /forum/latest "$(combined shell)" ;;
    category)
      slug=$(sql "SELECT slug FROM forum_categories ORDER BY topic_count DESC LIMIT 1")
      BENCH_TOKEN=$(member_token) run category "/api/v1/topics?category=$slug&sort=activity" "$(combined category member)" ;;
    latest) BENCH_TOKEN=$(member_token) run latest "/api/v1/topics?sort=activity" "$(combined latest member)" ;;
    topic-first) BENCH_TOKEN=$(member_token) run topic-first "/api/v1/topics/$(big_topic)?page=0" "$(combined topic-first member)" ;;
    topic-last)
      topic=$(big_topic)
      last=$(sql "SELECT last_post_number FROM forum_topics WHERE id = $topic")
      BENCH_TOKEN=$(member_token) run topic-last "/api/v1/topics/$topic?post=$last" "$(combined topic-last member)" ;;
    reply)
      # 16 members (old accounts), one token each; replies go to any topic but the big ones.
      tokens=""
      for email in $(sql "SELECT email FROM members WHERE email LIKE 'bench-%' AND NOT coordinator ORDER BY id LIMIT 16"); do
        tokens="$tokens $(sign_in "$email")"
      done
      BENCH_TOKENS="$tokens" BENCH_TOKEN=x \
        BENCH_TOPIC_FIRST=$(sql "SELECT MIN(id) FROM forum_topics WHERE reply_count < 500") \
        BENCH_TOPIC_LAST=$(sql "SELECT MAX(id) FROM forum_topics") \
        run reply / "$(combined reply)" "${BENCH_REPLY_CONNECTIONS:-16}" ;;
    signin)
      BENCH_EMAILS=$(sql "SELECT email FROM members WHERE email LIKE 'bench-%' AND NOT coordinator ORDER BY id LIMIT 200" | tr '\n' ' ') \
        run signin / "$(combined signin)" "${BENCH_SIGNIN_CONNECTIONS:-$connections}" ;;
    directory) BENCH_TOKEN=$(member_token) run directory / "$(combined directory member)" "${BENCH_DIRECTORY_CONNECTIONS:-$connections}" ;;
    search) search_ready; BENCH_TOKEN=$(member_token) run search / "$(combined search member)" "${BENCH_SEARCH_CONNECTIONS:-16}" ;;
    similar) search_ready; BENCH_TOKEN=$(member_token) run similar / "$(combined similar member)" "${BENCH_SEARCH_CONNECTIONS:-16}" ;;
    search-unique) search_ready; BENCH_SEARCH_UNIQUE=1 BENCH_TOKEN=$(member_token) run search-unique / "$(combined search member)" "${BENCH_SEARCH_CONNECTIONS:-16}" ;;
    search-unique-range) search_ready; BENCH_SEARCH_UNIQUE=range BENCH_TOKEN=$(member_token) run search-unique-range / "$(combined search member)" "${BENCH_SEARCH_CONNECTIONS:-16}" ;;
    similar-unique) search_ready; BENCH_SEARCH_UNIQUE=1 BENCH_TOKEN=$(member_token) run similar-unique / "$(combined similar member)" "${BENCH_SEARCH_CONNECTIONS:-16}" ;;
    *) if [ -f "bench/scenarios/$scenario.sh" ]; then
         # shellcheck source=/dev/null
         BASE="$base" . "bench/scenarios/$scenario.sh"
       else
         echo "unknown scenario $scenario" >&2; exit 2
       fi ;;
  esac
done
