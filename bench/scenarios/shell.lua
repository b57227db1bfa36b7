-- The SPA shell as a browser asks for it.
wrk.method = "GET"
wrk.headers["Accept"] = "text/html,application/xhtml+xml"
wrk.headers["Accept-Encoding"] = "gzip"
