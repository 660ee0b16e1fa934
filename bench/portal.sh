#!/usr/bin/env bash
# Portal page render over HTTP, beside the JSON search and a trivial JSON endpoint of the
# same service: same client (wrk), same connections, same run. See bench/README.md.
#
#   bash bench/portal.sh                  # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 bash bench/portal.sh   # reuse target/quarkus-app
#
# Needs wrk (Debian: apt-get install wrk). Writes bench/results/portal-<date>.txt.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [[ ! -f target/quarkus-app/quarkus-run.jar || "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

# A free port, unless one is given: the benchmark must not collide with a running service.
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

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

# name | path | Accept: the two portal pages (as a browser asks for them), the JSON search with
# the same text, and the trivial endpoint that bounds what HTTP alone costs.
endpoints=(
  "portal search page|/recherche?q=logiciel|text/html"
  "portal software page|/logiciels/libreoffice|text/html"
  "JSON search|/api/v1/search?q=logiciel|application/json"
  "trivial JSON|/api/v1/me|application/json"
)

out=bench/results/portal-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
{
  echo "# $(date -Is) commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP each)"
  echo "# nproc $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for entry in "${endpoints[@]}"; do
    IFS='|' read -r name path accept <<<"$entry"
    size=$(curl -fs -o /dev/null -w '%{http_code} %{size_download}' -H "Accept: $accept" "$base$path")
    echo "## $name: GET $path (status and bytes: $size)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Accept: $accept" "$base$path" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept: $accept" "$base$path"
  done
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); RSS of the service: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')"
} | tee "$out"

# One line per endpoint: requests/s and the latency percentiles wrk printed.
echo "== summary" | tee -a "$out"
awk '/^## /{sub(/^## /, ""); sub(/ \(status.*/, ""); name=$0} /^ +50%/{p50=$2} /^ +99%/{p99=$2}
     /Requests\/sec/{printf "%-60s %10s req/s  p50 %9s  p99 %9s\n", name, $2, p50, p99}' "$out" | tee -a "$out"
