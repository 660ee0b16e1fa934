-- The 20 popular searches: typed-in-a-hurry queries in turn; every answer carries its
-- five facets and highlights. The answer cache of the index snapshot serves repeats.
-- With a path argument (`wrk ... -- /recherche`) they are portal results pages, minus the
-- parameters the portal does not take (sort, osiApproved).
local queries = {
  "q=tableur", "q=courriel", "q=wordpres", "q=minist%C3%A8re%20des%20transports",
  "q=outil%20de%20sondage", "q=gestion%20documentaire", "q=base%20de%20donn%C3%A9es",
  "q=navigateur", "q=editeur%20de%20texte", "q=spreadsheet", "q=survey%20tool",
  "q=postgre", "q=serveur%20web", "q=libreoffice&kind=software", "",
  "category=suite-bureautique-et-collaboration", "q=carte&licence=GPL-3.0-or-later", "q=sig&osiApproved=true",
  "organization=mtess&sort=-usageCount", "q=plateforme&kind=solution",
}
local path = "/api/v1/search"
init = function(args)
  if args[1] then
    path = args[1]
    local kept = {}
    for _, q in ipairs(queries) do
      if not (q:find("sort=") or q:find("osiApproved=")) then kept[#kept + 1] = q end
    end
    queries = kept
  end
end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", path .. "?" .. queries[i])
end
