#!/usr/bin/env bash
# Whole-catalogue exports and statistics at the seed size: how long the first build of
# catalogue.json and software.csv takes, a build after a write, an answer from the built
# file (plain, gzip, 304), 200 harvesters at once after a write, and GET /statistics.
#
#   bash bench/exports.sh                 # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 bash bench/exports.sh  # reuse target/quarkus-app
#
# Writes bench/results/exports-<date>.txt. Needs curl.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
KEY=bench-exports-admin-key

if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY=$KEY \
  java -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  sleep 0.5
done

t() { curl -s -o /dev/null -w "%{http_code} %{time_total}s %{size_download}B" "$@"; echo; }
write() {
  curl -sf -o /dev/null -X POST "$base/api/v1/software" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Mesure des exports $RANDOM$RANDOM\",\"description\":{\"fr\":\"Une fiche pour déplacer le journal.\"}}"
}

out="bench/results/exports-$(date +%Y%m%d-%H%M).txt"
mkdir -p bench/results
{
  echo "exports, h2, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
  for f in catalogue.json software.csv; do
    echo "== $f"
    echo -n "first request (builds): "; t "$base/api/v1/export/$f"
    for i in 1 2 3 4 5; do echo -n "from the file: "; t "$base/api/v1/export/$f"; done
    echo -n "from the file, gzip: "; t -H 'Accept-Encoding: gzip' "$base/api/v1/export/$f"
    tag=$(curl -s -D - -o /dev/null "$base/api/v1/export/$f" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
    echo -n "If-None-Match: "; t -H "If-None-Match: $tag" "$base/api/v1/export/$f"
  done
  for round in 1 2 3; do
    write
    for f in catalogue.json software.csv; do echo -n "after a write, $f (builds again): "; t "$base/api/v1/export/$f"; done
  done
  write
  builds=$(grep -c "Built catalogue.json" "$work/service.log")
  start=$(date +%s%N)
  codes=$(seq 200 | xargs -P 20 -I{} curl -s -o /dev/null -w "%{http_code}\n" "$base/api/v1/export/catalogue.json" | sort | uniq -c | tr -s ' ')
  echo "200 requests for catalogue.json after a write, 20 at a time: $(( ($(date +%s%N) - start) / 1000000 )) ms, codes:$codes"
  echo "builds of catalogue.json for those 200: $(( $(grep -c "Built catalogue.json" "$work/service.log") - builds ))"
  echo "== statistics"
  echo -n "first computation: "; t "$base/api/v1/statistics"
  echo -n "from the cache: "; t "$base/api/v1/statistics"
  write
  echo -n "after a write: "; t "$base/api/v1/statistics"
  echo "== build log"
  grep "Built " "$work/service.log" | sed -E 's/^[0-9:]+ INFO +\[[^]]*\] +//'
} | tee "$out"
