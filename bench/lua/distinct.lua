-- Distinct searches: two or three common catalogue words drawn at random, one time in
-- three with a letter dropped (a typo), so that the answer cache cannot carry the figure.
-- PATH=/recherche (set by the script through wrk's arguments) turns them into portal pages.
local words = {
  "gestion", "documents", "courriel", "serveur", "web", "donnees", "base", "carte", "geographique",
  "bureautique", "tableur", "traitement", "texte", "image", "video", "son", "securite", "reseau",
  "sauvegarde", "surveillance", "statistiques", "analyse", "developpement", "editeur", "code",
  "navigateur", "messagerie", "annuaire", "authentification", "virtualisation", "conteneurs",
  "formulaire", "sondage", "portail", "site", "contenu", "wiki", "projet", "tickets", "inventaire",
  "mail", "office", "database", "server", "map", "spreadsheet", "backup", "monitoring", "security",
  "network", "editor", "browser", "survey", "portal", "content", "project", "identity", "python",
  "java", "linux", "windows", "libre", "open", "source", "outil", "plateforme", "municipal", "sante",
}
local path = "/api/v1/search"
-- One random sequence per wrk thread (each has its own Lua state).
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
init = function(args)
  if args[1] then path = args[1] end
  math.randomseed(os.time() * 1000 + (id or 0))
end
local function typo(w)
  if #w < 5 or math.random(3) > 1 then return w end
  local k = math.random(2, #w - 1)
  return w:sub(1, k - 1) .. w:sub(k + 1)
end
request = function()
  local q = typo(words[math.random(#words)]) .. "%20" .. typo(words[math.random(#words)])
  if math.random(2) == 1 then q = q .. "%20" .. typo(words[math.random(#words)]) end
  return wrk.format("GET", path .. "?q=" .. q)
end
