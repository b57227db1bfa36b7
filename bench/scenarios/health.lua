-- The health endpoint (checks the database on every call).
wrk.method = "GET"
