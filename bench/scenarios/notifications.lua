-- The notification centre: every other request the list (newest 30), the others the unread count
-- (the header's bell on every page).
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", "/api/v1/notifications?size=30")
  end
  return wrk.format("GET", "/api/v1/notifications/unread-count")
end
