-- Posting replies: each request a new reply with a new Idempotency-Key, to a random topic among
-- BENCH_TOPIC_FIRST .. BENCH_TOPIC_LAST, as one of the members whose tokens are in BENCH_TOKENS
-- (old accounts, so the new-member rate limit does not apply). Run with -c16.
local tokens = {}
for t in string.gmatch(os.getenv("BENCH_TOKENS") or os.getenv("BENCH_TOKEN"), "%S+") do
  tokens[#tokens + 1] = t
end
local first = tonumber(os.getenv("BENCH_TOPIC_FIRST"))
local last = tonumber(os.getenv("BENCH_TOPIC_LAST"))
local counter = 0
function init(args)
  math.randomseed(os.time() * 1000 + thread_id)
end

local bodies = {
  "Vi hadde det samme problemet i fjor. Det som hjalp var en kort sjekkliste ved medisinrommet.",
  "Sjekk at rollen i EPJ har riktige tilganger. Hos oss manglet vikarene tilgang til kurven.",
  "Vi løste det med faste superbrukertimer hver tirsdag, også på kveldsvakt.",
  "Takk for tipset! Vi prøver det neste uke og melder tilbake hvordan det gikk."
}

function request()
  counter = counter + 1
  local token = tokens[((thread_id - 1) * 97 + counter) % #tokens + 1]
  local topic = math.random(first, last)
  local body = '{"body":"' .. bodies[counter % #bodies + 1] .. ' (' .. counter .. ')"}'
  return wrk.format("POST", "/api/v1/topics/" .. topic .. "/posts", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", os.time(), thread_id, counter, math.random(1, 1e9))
  }, body)
end
