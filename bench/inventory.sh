#!/usr/bin/env bash
# An inventory upload at scale: how long POST /organizations/{id}/inventory takes to
# propose a 20,000-line CSV (and to apply it), on a fresh service with the seed catalogue.
#
#   bash bench/inventory.sh                 # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 bash bench/inventory.sh  # reuse target/quarkus-app
#   DB=postgresql bash bench/inventory.sh   # on the local PostgreSQL (database bench_inventory, dropped and created)
#
# The file mixes what inventories hold: display names with versions and architectures
# of catalogue software, package names, and names the catalogue does not hold (which go
# through the search fallback); many repeat, one line per computer. Writes
# bench/results/inventory-<date>.txt. Needs curl and python3.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

PORT=${PORT:-18082}
DB=${DB:-h2}
KEY=bench-inventory-admin-key
LINES=${LINES:-20000}

if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  if [[ "$DB" == postgresql ]]; then ./mvnw -B -ntp -q package -DskipTests -Ppostgresql; else ./mvnw -B -ntp -q package -DskipTests; fi
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ "$DB" == postgresql ]]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS bench_inventory WITH (FORCE)" -c "CREATE DATABASE bench_inventory"
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bench_inventory QUARKUS_DATASOURCE_USERNAME=postgres
fi
CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY=$KEY \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  sleep 0.5
done

python3 - "$LINES" >"$work/inventory.csv" <<'PY'
import json, random, sys
random.seed(20261205)
lines = int(sys.argv[1])
software = json.load(open("data/software.json"))
names = [r["name"] for r in software] + [a for r in software for a in r["aliases"]]
arch = ["", " (x64)", " (64-bit)", " (x64 fr)", " x86", ""]
unknown = ["Outil interne %d" % i for i in range(1500)] + ["Pilote d'imprimante modèle %d" % i for i in range(500)]
rows = ["Nom;Version;Nombre"]
for i in range(lines):
    if random.random() < 0.8:
        name = random.choice(names)
        version = "%d.%d.%d" % (random.randint(1, 30), random.randint(0, 20), random.randint(0, 99))
        rows.append("%s %s%s;%s;%d" % (name, version, random.choice(arch), version, random.randint(1, 40)))
    else:
        rows.append("%s;;%d" % (random.choice(unknown), random.randint(1, 5)))
print("\n".join(rows))
PY

out="bench/results/inventory-$(date +%Y%m%d-%H%M).txt"
mkdir -p bench/results
{
  echo "inventory upload, $DB, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
  echo "file: $LINES lines, $(wc -c <"$work/inventory.csv") bytes"
  for pass in propose propose apply; do
    query=$([[ $pass == apply ]] && echo "?apply=merge" || echo "")
    result=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -X POST "$base/api/v1/organizations/mern/inventory$query" \
      -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$work/inventory.csv")
    counts=$(python3 -c "import json; a = json.load(open('$work/answer.json')); print(a.get('counts'), a.get('applied'))")
    echo "$pass: HTTP ${result% *}, ${result#* } s, answer $(wc -c <"$work/answer.json") bytes, $counts"
  done
} | tee "$out"
