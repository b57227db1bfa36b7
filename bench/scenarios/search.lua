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
local counter = 0
function request()
  counter = counter + 1
  local q = encode(queries[counter % #queries + 1])
  local f = filters[math.floor(counter / #queries) % #filters + 1]
  return wrk.format("GET", "/api/v1/search?q=" .. q .. f)
end
