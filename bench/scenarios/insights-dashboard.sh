# Dashboard p95 < 300 ms (issue 13): a year by week with no filter, and the same by health region.
# Coordinators are few: BENCH_INSIGHTS_CONNECTIONS (4) concurrent requests.
. bench/scenarios/insights-common.sh
token=$(insights_coordinator_token)
insights_ensure_built "$token"
from=$(date -d '-364 days' +%F)
to=$(date +%F)
region=$(sql "SELECT id FROM taxonomy_terms WHERE kind = 'REGION' ORDER BY sort_order LIMIT 1")
BENCH_TOKEN=$token run insights-dashboard "/api/v1/insights/health?from=$from&to=$to&by=WEEK" \
  "$(combined insights-dashboard member)" "${BENCH_INSIGHTS_CONNECTIONS:-4}"
BENCH_TOKEN=$token run insights-dashboard-region "/api/v1/insights/health?from=$from&to=$to&by=WEEK&region=$region" \
  "$(combined insights-dashboard member)" "${BENCH_INSIGHTS_CONNECTIONS:-4}"
