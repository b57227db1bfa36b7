# A year's PDF report < 1 s (issue 13): the bench member's own, one request at a time and a few.
member=$(sql "SELECT id FROM members WHERE email LIKE 'bench-%' ORDER BY id LIMIT 1")
from=$(date -d '-364 days' +%F)
to=$(date +%F)
BENCH_TOKEN=$(member_token) run insights-report \
  "/api/v1/contribution-reports/$member?from=$from&to=$to&format=pdf" \
  "$(combined insights-report member)" "${BENCH_INSIGHTS_CONNECTIONS:-4}"
