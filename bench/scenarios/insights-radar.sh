# Radar p95 < 500 ms (issue 13): the first page of the isolation radar, all reasons.
. bench/scenarios/insights-common.sh
token=$(insights_coordinator_token)
insights_ensure_built "$token"
BENCH_TOKEN=$token run insights-radar "/api/v1/insights/radar" \
  "$(combined insights-radar member)" "${BENCH_INSIGHTS_CONNECTIONS:-4}"
