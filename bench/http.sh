#!/usr/bin/env bash
# HTTP benchmark: search throughput against a trivial JSON endpoint of the same
# service, same client (wrk), same connections, same run. See bench/README.md.
#
#   bash bench/http.sh                 # package, start on a fresh H2 database, measure
#   DURATION=30s CONNECTIONS=32 bash bench/http.sh
#
# Needs wrk (Debian: apt-get install wrk). Writes bench/results/http-<date>.txt.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [[ ! -f target/quarkus-app/quarkus-run.jar || "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.5
done
curl -fs "$base/q/health/ready" >/dev/null || { echo "service not ready" >&2; cat "$work/service.log"; exit 1; }

# Searches cycle through typed-in-a-hurry queries; every answer carries its five facets and highlights.
cat >"$work/search.lua" <<'LUA'
local queries = {
  "q=tableur", "q=courriel", "q=wordpres", "q=minist%C3%A8re%20des%20transports",
  "q=outil%20de%20sondage", "q=gestion%20documentaire", "q=base%20de%20donn%C3%A9es",
  "q=navigateur", "q=editeur%20de%20texte", "q=spreadsheet", "q=survey%20tool",
  "q=postgre", "q=serveur%20web", "q=libreoffice&kind=software", "",
  "category=suite-bureautique-et-collaboration", "q=carte&licence=GPL-3.0-or-later", "q=sig&osiApproved=true",
  "organization=mtess&sort=-usageCount", "q=plateforme&kind=solution",
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/search?" .. queries[i])
end
LUA

# Distinct searches: two or three common catalogue words drawn at random, one time in three with a
# letter dropped (a typo), so that the answer cache of the index snapshot cannot carry the figure.
cat >"$work/distinct.lua" <<'LUA'
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
-- One random sequence per wrk thread (each has its own Lua state).
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
init = function(args)
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
  return wrk.format("GET", "/api/v1/search?q=" .. q)
end
LUA

out=bench/results/http-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
{
  echo "# $(date -Is) commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  echo "# nproc $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg), records: $(curl -fs "$base/api/v1/search?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/me" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$work/search.lua" "$base" >/dev/null
  echo "## trivial JSON endpoint: GET /api/v1/me"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base/api/v1/me"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$work/distinct.lua" "$base" >/dev/null
  echo "## search: GET /api/v1/search (20 queries in turn, facets and highlights)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/search.lua" "$base"
  echo "## distinct searches: GET /api/v1/search (random pairs and triples of common words, some with a typo)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/distinct.lua" "$base"
  echo "## trivial JSON endpoint again: GET /api/v1/me"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base/api/v1/me"
  echo "# RSS of the service after the run: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')"
} | tee "$out"

# The trivial endpoint ran before and after the searches: the mean of both is the reference.
trivial=$(grep -A20 '^## trivial' "$out" | awk '/Requests\/sec/ {s += $2; n++} END {print s / n}')
search=$(grep -A20 '^## search' "$out" | awk '/Requests\/sec/ {print $2; exit}')
distinct=$(grep -A20 '^## distinct' "$out" | awk '/Requests\/sec/ {print $2; exit}')
awk -v t="$trivial" -v s="$search" -v d="$distinct" 'BEGIN {
  printf "popular searches / trivial throughput: %.0f / %.0f = %.2f (target >= 0.50)\n", s, t, s / t
  printf "distinct searches / trivial throughput: %.0f / %.0f = %.2f (target >= 0.25)\n", d, t, d / t }' | tee -a "$out"
