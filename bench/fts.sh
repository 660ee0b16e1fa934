#!/usr/bin/env bash
# PostgreSQL full-text search beside ours (issue #15 part 6), in one JVM, on the same records and
# the same 27 queries as SearchBenchmark: the seed (519 records), then 10,000 and 100,000 synthetic
# records. Needs a PostgreSQL on 127.0.0.1:5432 (database test, user postgres, trust auth; FTS_URL
# for another JDBC URL). Works in a schema of its own, fts_bench, dropped at the end.
# About 20 minutes on a 2-core machine. See bench/README.md, "Beside PostgreSQL full-text search".
#
#   SIZES='seed 10000'   sizes to run (default: seed 10000 100000)
#   ROUNDS=… WARMUP=…    measured and warm-up rounds of the 27 queries per engine (default per size)
#   PG_SET=…             PostgreSQL session settings, comma-separated (default: jit=off)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
out="bench/results/fts-$(date +%Y%m%d-%H%M%S).txt"
samples="$(mktemp)"
jvm="-Dfts.pg.set=${PG_SET-jit=off}"
[ -n "${ROUNDS:-}" ] && jvm="$jvm -Dfts.rounds=$ROUNDS"
[ -n "${WARMUP:-}" ] && jvm="$jvm -Dfts.warmup=$WARMUP"
[ -n "${FTS_URL:-}" ] && jvm="$jvm -Dfts.url=$FTS_URL"

# The load average every 30 s while the comparison runs (the machine may be shared).
( while sleep 30; do echo "$(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$samples"; done ) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true; rm -f "$samples"' EXIT

{
  echo "PostgreSQL full-text search beside ours, $(date -Iseconds), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (uncommitted changes)')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "load average before: $(cat /proc/loadavg)"
  ./mvnw -B -ntp -q -Pbench test-compile exec:exec@fts -Dbench.fts.args="${SIZES:-seed 10000 100000}" -Dbench.fts.jvm="$jvm"
  echo "load average after: $(cat /proc/loadavg)"
  if [ -s "$samples" ]; then
    echo "load average (1 min) every 30 s during the run:"
    awk '{ printf "%s %s\n", $1, $2 }' "$samples" | paste -sd' ' | fold -s -w 120
    awk 'NR == 1 || $2 < min { min = $2 } NR == 1 || $2 > max { max = $2 } { sum += $2 } END { printf "1-min load: min %.2f, mean %.2f, max %.2f over %d samples\n", min, sum / NR, max, NR }' "$samples"
  fi
} 2>&1 | tee "$out"
echo "kept in $out"
