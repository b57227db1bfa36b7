-- "Similar questions" while a member types a question's title (signed in): partial and whole
-- titles, as the composer sends them after a pause in typing.
local titles = {
  "Hvordan gir vi", "Hvordan gir vi vikarer tilgang til journalen", "Trygghetsalarm test",
  "Multidose blir ikke oppdatert når resepten fornyes", "Nettbrett mister wifi på sykehjem",
  "Opplæring før Helseplattformen", "PLO-meldinger kommer ikke fram", "Falske varsler fra",
  "Logge inn med ansattkort", "Hva gjør dere når EPJ er nede?",
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- BENCH_SEARCH_UNIQUE=1 makes every request a title not asked before, so none is answered from the
-- server's result cache (ADR 0453): three short made-up words are appended ("qj..", "qx..",
-- "zq.."). Similar topics need any one word, so words no topic holds change neither the matches nor
-- their order; under five letters they are not looked up as typos either.
local unique = os.getenv("BENCH_SEARCH_UNIQUE") == "1"
local letters = "abcdefghijklmnopqrstuvwxyz"
local function two(n)
  local a, b = math.floor(n / 26) % 26 + 1, n % 26 + 1
  return letters:sub(a, a) .. letters:sub(b, b)
end
local run_id
local counter = 0
function request()
  counter = counter + 1
  local title = titles[counter % #titles + 1]
  if unique then
    -- The run (its start second) and the thread name the first word; the request the other two.
    run_id = run_id or ((os.time() % 300) * 2 + (thread_id or 1)) % 676
    local n = counter % 456976
    title = title .. " qj" .. two(run_id) .. " qx" .. two(math.floor(n / 676)) .. " zq" .. two(n)
  end
  return wrk.format("GET", "/api/v1/search/similar?title=" .. encode(title))
end
