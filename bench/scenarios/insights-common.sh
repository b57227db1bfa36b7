# Shared by the insights scenarios (sourced by load.sh's scenario scripts): a coordinator's token
# and figures that are built. The generated coordinators have no second factor, so load.sh starts
# the bench server with HELSEBRO_AUTH_COORDINATOR_SECOND_FACTOR_REQUIRED=false.
insights_coordinator_token() {
  sign_in "$(sql "SELECT email FROM members WHERE email LIKE 'bench-%' AND coordinator ORDER BY id LIMIT 1")"
}

# Rebuilds the figures once (POST /insights/refresh) and waits until the dashboard says they are
# newer than the request (the rebuild reads every post: about a minute at the full size).
insights_ensure_built() {
  local token=$1 started
  started=$(date -u +%Y-%m-%dT%H:%M:%S)
  curl -sf -X POST -H "Authorization: Bearer $token" "$BASE/api/v1/insights/refresh" >/dev/null
  for _ in $(seq 1 600); do
    local at
    at=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/insights/health" | jq -r '.updatedAt // ""')
    if [ -n "$at" ] && [[ "$at" > "$started" ]]; then echo "insights figures built at $at" >&2; return 0; fi
    sleep 1
  done
  echo "insights figures were not built within 10 minutes" >&2
  return 1
}
