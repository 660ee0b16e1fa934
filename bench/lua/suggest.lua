-- Suggestions as someone types: every prefix of a few names, from two letters on.
local words = { "libreoffice", "postgresql", "firefox", "wordpress", "ministere", "tableur",
  "gestion", "navigateur", "qgis", "keepass", "moodle", "drupal", "sante", "transports", "geo" }
local prefixes = {}
for _, w in ipairs(words) do
  for n = 2, #w do prefixes[#prefixes + 1] = w:sub(1, n) end
end
local i = 0
request = function()
  i = i % #prefixes + 1
  return wrk.format("GET", "/api/v1/suggest?q=" .. prefixes[i])
end
