#!/usr/bin/env bash
# Bulk declarations at the documented sizes: how long one POST /usages/bulk takes for
# 1,000 and 5,000 items, creating the usages, then updating every one of them.
#
#   bash bench/bulk.sh                 # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 bash bench/bulk.sh  # reuse target/quarkus-app
#   DB=postgresql bash bench/bulk.sh   # on the local PostgreSQL (database bench_bulk, dropped and created)
#
# Writes bench/results/bulk-<date>.txt. Needs curl and python3.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
DB=${DB:-h2}
KEY=bench-bulk-admin-key

if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  if [[ "$DB" == postgresql ]]; then ./mvnw -B -ntp -q package -DskipTests -Ppostgresql; else ./mvnw -B -ntp -q package -DskipTests; fi
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ "$DB" == postgresql ]]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS bench_bulk WITH (FORCE)" -c "CREATE DATABASE bench_bulk"
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bench_bulk QUARKUS_DATASOURCE_USERNAME=postgres
fi
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY=$KEY \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  sleep 0.5
done

# 5,000 published software to declare (a curator's creations are published at once).
echo "creating 5,000 software records..."
seq -w 1 5000 | xargs -P 4 -I{} curl -sf -o /dev/null -X POST "$base/api/v1/software" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Banc de charge {}","description":{"fr":"Fiche de banc d’essai."}}'

items() { # count installations
  python3 - "$1" "$2" <<'PY'
import json, sys
count, installations = int(sys.argv[1]), sys.argv[2]
print(json.dumps({"mode": "merge", "usages": [{"software": "banc-de-charge-%04d" % (i + 1), "installations": installations,
                                              "status": "production", "versions": ["1.0"]} for i in range(count)]}))
PY
}

out="bench/results/bulk-$(date +%Y%m%d-%H%M).txt"
mkdir -p bench/results
{
  echo "bulk declarations, $DB, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
  for org in sct mern; do
    for count in 1000 5000; do
      [[ "$org" == sct && "$count" == 5000 ]] && continue
      [[ "$org" == mern && "$count" == 1000 ]] && continue
      for pass in create update; do
        installations=$([[ $pass == create ]] && echo "1-10" || echo "11-50")
        items "$count" "$installations" >"$work/body.json"
        result=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -X POST "$base/api/v1/organizations/$org/usages/bulk" \
          -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary @"$work/body.json")
        echo "$count items, $pass: HTTP ${result% *}, ${result#* } s, $(cat "$work/answer.json")"
      done
    done
  done
} | tee "$out"
