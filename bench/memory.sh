#!/usr/bin/env bash
# Resident memory of the packaged service under a minute of mixed load, with the JVM options
# given: started on a fresh H2 database (the seed), then wrk sends searches (20 queries in
# turn), lists, single records, suggestions and a portal results page, in turn, for DURATION;
# the RSS is read with ps every 5 s. See bench/README.md ("Memory").
#
#   JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" bash bench/memory.sh
#   SKIP_PACKAGE=1 DURATION=60s PORT=8094 JAVA_OPTS="…" bash bench/memory.sh
#   MALLOC_ARENA_MAX=2 … bash bench/memory.sh          # the environment reaches the JVM
#   NMT=1 … bash bench/memory.sh                        # also where the memory is, by the JVM's account
#
# Needs wrk (Debian: apt-get install wrk). Writes bench/results/memory-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# The memory of the work, not of refusals: without this, the rate limit answered nearly all of it with 429.
export CATALOGUE_RATE_LIMIT_ENABLED=false

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8094}
JAVA_OPTS=${JAVA_OPTS:-}
if [[ "${NMT:-}" == 1 ]]; then
  JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
fi

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [[ ! -f target/quarkus-app/quarkus-run.jar || "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; kill "$sampler" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
sampler=
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 480); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.5
done
curl -fs "$base/q/health/ready" >/dev/null || { echo "service not ready" >&2; cat "$work/service.log"; exit 1; }
mib() { ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}'; }

# What a portal and harvesters ask most: search with facets, lists, records, suggestions, a page.
cat >"$work/mix.lua" <<'LUA'
local paths = {
  "/api/v1/search?q=tableur", "/api/v1/software?limit=20", "/api/v1/software/libreoffice",
  "/api/v1/search?q=courriel", "/api/v1/suggest?q=lib", "/api/v1/solutions?limit=20",
  "/api/v1/search?q=wordpres", "/api/v1/organizations/mtess/usages", "/api/v1/software/firefox",
  "/api/v1/search?q=minist%C3%A8re%20des%20transports", "/recherche?q=logiciel", "/api/v1/software?limit=100&sort=-usageCount",
  "/api/v1/search?q=outil%20de%20sondage", "/api/v1/software/gimp/usages", "/api/v1/suggest?q=post",
  "/api/v1/search?q=gestion%20documentaire", "/api/v1/categories", "/api/v1/search?q=base%20de%20donn%C3%A9es",
  "/api/v1/search?q=navigateur", "/api/v1/search?q=spreadsheet", "/api/v1/search?q=survey%20tool",
  "/api/v1/search?q=postgre", "/api/v1/search?q=serveur%20web", "/api/v1/search?q=libreoffice&kind=software",
  "/api/v1/search?", "/api/v1/search?category=suite-bureautique-et-collaboration",
  "/api/v1/search?q=carte&licence=GPL-3.0-or-later", "/api/v1/search?q=sig&osiApproved=true",
  "/api/v1/search?organization=mtess&sort=-usageCount", "/api/v1/search?q=plateforme&kind=solution",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

out=bench/results/memory-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
ready=$(mib)
(while sleep 5; do mib; echo; done >"$work/samples" 2>/dev/null) &
sampler=$!
{
  echo "# $(date -Is) commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') wrk -t$THREADS -c$CONNECTIONS -d$DURATION (mix of $(grep -o '"/' "$work/mix.lua" | wc -l) paths)"
  echo "# JAVA_OPTS: ${JAVA_OPTS:-(none)}; MALLOC_ARENA_MAX: ${MALLOC_ARENA_MAX:-(unset)}; nproc $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# RSS once ready: $ready MiB"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/mix.lua" "$base" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors|requests in|  50%|  99%"
  kill "$sampler" 2>/dev/null || true
  echo "# RSS after the load: $(mib) MiB (highest sample during it: $(sort -n "$work/samples" | tail -1) MiB; samples every 5 s: $(tr '\n' ' ' <"$work/samples" | sed 's/ *$//'))"
  if command -v jcmd >/dev/null; then
    echo "# heap: $(jcmd "$pid" GC.heap_info 2>/dev/null | grep -E 'total' | tr -s ' ' | cut -d'[' -f1 | tr '\n' ';')"
    if [[ "${NMT:-}" == 1 ]]; then
      echo "# committed, by the JVM's account (MiB): $(jcmd "$pid" VM.native_memory summary scale=MB 2>/dev/null \
        | grep -E '^(Total|-)' | sed -E 's/^-? *([A-Za-z ]+[A-Za-z]) *\(reserved=[0-9]+MB, committed=([0-9]+)MB\).*/\1 \2/' | tr '\n' ';')"
    fi
  fi
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
