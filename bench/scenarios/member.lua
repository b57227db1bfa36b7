-- Signed in: every request carries the bench member's access token (load.sh signs in with curl
-- and passes the token in BENCH_TOKEN). BENCH_TOKENS (space-separated) gives one token per member
-- for scenarios that act as several members.
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
