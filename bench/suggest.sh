#!/usr/bin/env bash
# Suggestions over HTTP beside the trivial endpoint: GET /api/v1/suggest?q=lib against
# GET /api/v1/me, same client (wrk), same connections, rounds interleaved so that a change
# of load on a shared machine hits both. See bench/README.md ("Suggestions").
#
#   bash bench/suggest.sh                       # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 APP=/other/target/quarkus-app ROUNDS=3 bash bench/suggest.sh
#
# Needs wrk (Debian: apt-get install wrk). Writes bench/results/suggest-<date>.txt.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18097}
APP=${APP:-target/quarkus-app}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$APP/quarkus-run.jar" >"$work/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.5
done

out=bench/results/suggest-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
rate() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | tee -a "$out.raw" | awk '/Requests\/sec/ {print $2}'; }
{
  echo "# $(date -Is) $APP wrk -t$THREADS -c$CONNECTIONS -d$DURATION x $ROUNDS rounds; nproc $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# answer: $(curl -fs "$base/api/v1/suggest?q=lib" | head -c 300)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/me" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/suggest?q=lib" >/dev/null
  for round in $(seq 1 "$ROUNDS"); do
    me=$(rate "$base/api/v1/me")
    suggest=$(rate "$base/api/v1/suggest?q=lib")
    awk -v r="$round" -v m="$me" -v s="$suggest" 'BEGIN { printf "round %d: /api/v1/me %.0f req/s, /api/v1/suggest?q=lib %.0f req/s, ratio %.2f\n", r, m, s, s / m }'
  done
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
