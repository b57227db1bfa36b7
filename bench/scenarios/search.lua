-- Full-text search as a signed-in member, best match first, with highlighting, facets and the
-- visibility rules (the index holds only what every member may see). Queries mix inflections,
-- compounds, ASCII spellings of æøå, typos, system names, phrases and filters.
local queries = {
  "journal", "pasientjournalen", "journalsystem tilgang", "dips arena", "DIPS", "e-resept",
  "eresept fornyelse", "trygghetsalarm", "trygghetsalarmer test", "hjemmeoppfolging",
  "opplæring superbrukere", "opplaering nyansatte", "medisindispenser varsel", "nettbrett",
  "\"digitalt tilsyn\"", "kjernejournal", "helseplattformen", "Epic", "sykehjem wifi",
  "pasord", "journl", "velferdsteknologi tilskudd", "plo meldinger", "avvik", "logg kontroll",
}
local filters = { "", "&kind=QUESTION", "&solved=true", "&sort=date", "&kind=STORY&kind=TRAINING" }
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- BENCH_SEARCH_UNIQUE=1 makes every request a search not asked before, so none is answered from
-- the server's result cache (ADR 0453): the same words and filters, followed by punctuation that
-- differs per request ("journal !?;( ).:*"). The analysis drops punctuation, so the search does the
-- same work as the words alone, as a member's first search for them would; its text, the cache's
-- key, is new. BENCH_SEARCH_UNIQUE=range makes them unique as before 2026-12-07 instead: a
-- start-date range that differs per request and holds every topic (from a day in 1000-1899, to a
-- day in 2100-9999); that adds a filter clause the words must be joined with, a cost of its own.
local unique = os.getenv("BENCH_SEARCH_UNIQUE")
-- A day as yyyy-mm-dd from a number (28 days a month: every number gives a valid, distinct day).
local function day(first_year, n)
  return string.format("%04d-%02d-%02d", first_year + math.floor(n / 336), math.floor(n / 28) % 12 + 1, n % 28 + 1)
end
-- A number spelt in punctuation (base 12), which the analysis drops.
local marks = "!?;:,.()[]*+"
local function spelt(n)
  local out = ""
  repeat
    local d = n % 12
    out = marks:sub(d + 1, d + 1) .. out
    n = math.floor(n / 12)
  until n == 0
  return out
end
local run_id
local counter = 0
function request()
  counter = counter + 1
  local text = queries[counter % #queries + 1]
  local f = filters[math.floor(counter / #queries) % #filters + 1]
  if unique then
    -- The run (its start second) and the thread tell runs on one server apart; the request the rest.
    run_id = run_id or ((os.time() % 1300000) * 2 + (thread_id or 1)) % 2654400
  end
  if unique == "range" then
    -- The run and the thread name the "to" day; the request names the "from" day.
    f = f .. "&from=" .. day(1000, counter % 302400) .. "&to=" .. day(2100, run_id)
  elseif unique then
    text = text .. " " .. spelt(run_id) .. " " .. spelt(counter)
  end
  return wrk.format("GET", "/api/v1/search?q=" .. encode(text) .. f)
end
