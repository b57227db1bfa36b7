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
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/search/similar?title=" .. encode(titles[counter % #titles + 1]))
end
