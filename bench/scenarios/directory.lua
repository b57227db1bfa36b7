-- The member directory searched by name (first names and surnames from the generator), signed in.
local names = { "Kari", "Hansen", "Ola", "Nilsen", "Ingrid", "Berg", "Lars", "Haugen", "Fatima",
  "Nguyen", "Øyvind", "Sæther", "Ådne", "Lie", "Marit Olsen", "Per", "Solveig", "Kowalski" }
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local counter = 0
function request()
  counter = counter + 1
  local q = encode(names[counter % #names + 1])
  return wrk.format("GET", "/api/v1/members?q=" .. q)
end
