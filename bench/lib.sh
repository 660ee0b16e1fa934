# Shared by the HTTP benchmarks: start the packaged service on a fresh H2 database and
# wait until it is ready. Source it, then call `start_service [java options...]`; it sets
# $pid, $base and $work, and stops the service and removes $work on exit.
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
APP=${APP:-target/quarkus-app}

require_wrk() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
}

package_unless_skipped() {
  if [[ ! -f "$APP/quarkus-run.jar" || "${SKIP_PACKAGE:-}" != 1 ]]; then
    ./mvnw -B -ntp -q package -DskipTests
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_service() {
  PORT=${PORT:-$(free_port)}
  work=$(mktemp -d)
  trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
  CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT \
    java "${@:--Xmx512m}" -jar "$APP/quarkus-run.jar" >"$work/service.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$PORT"
  for _ in $(seq 1 240); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
    sleep 0.5
  done
  echo "service not ready" >&2
  cat "$work/service.log"
  exit 1
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
