-- Signing in with e-mail and password (Argon2id verification is the cost). BENCH_EMAILS gives the
-- members (space-separated); each request signs one of them in.
local emails = {}
for e in string.gmatch(os.getenv("BENCH_EMAILS"), "%S+") do
  emails[#emails + 1] = e
end
local counter = 0
function request()
  counter = counter + 1
  local body = '{"email":"' .. emails[counter % #emails + 1] .. '","password":"bench-password-2026"}'
  return wrk.format("POST", "/api/v1/auth/sign-in", {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["X-Helsebro-Csrf"] = "1"
  }, body)
end
