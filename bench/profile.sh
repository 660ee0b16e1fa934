#!/usr/bin/env bash
# Where the CPU goes over HTTP: starts the package with a JFR recording from the JVM's first
# instant (a recording attached later slowed search 11x for 40 s), drives one workload with
# wrk, then prints the share of CPU samples per method of ours (inclusive) and per leaf frame.
#
#   bash bench/profile.sh distinct            # lua/distinct.lua against /api/v1/search
#   WORKLOAD=popular DURATION=60s bash bench/profile.sh
#   bash bench/profile.sh portal              # distinct queries as portal results pages
#   bash bench/profile.sh suggest
#
# Writes bench/results/profile-<workload>-<date>.{jfr,txt}.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
WORKLOAD=${1:-${WORKLOAD:-distinct}}
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-20s}
require_wrk
package_unless_skipped
mkdir -p bench/results
stamp=bench/results/profile-$WORKLOAD-$(date +%Y%m%d-%H%M%S)
jfr="$(pwd)/$stamp.jfr"
start_service -Xmx512m "-XX:StartFlightRecording=settings=profile,filename=$jfr,dumponexit=true"

case "$WORKLOAD" in
  popular) args=(-s bench/lua/popular.lua "$base") ;;
  distinct) args=(-s bench/lua/distinct.lua "$base") ;;
  portal) args=(-s bench/lua/distinct.lua "$base" -- /recherche) ;;
  suggest) args=(-s bench/lua/suggest.lua "$base") ;;
  *) echo "workload: popular, distinct, portal or suggest" >&2; exit 2 ;;
esac
wrk -t2 -c16 -d"$WARMUP" "${args[@]}" >/dev/null
# Only the measured window counts: the samples are read from this instant on.
from=$(date -u +%s)
wrk -t2 -c16 -d"$DURATION" --latency "${args[@]}" | tee "$stamp.txt"
kill "$pid"; wait "$pid" 2>/dev/null || true
jfr print --json --events jdk.ExecutionSample --stack-depth 96 "$jfr" \
  | python3 bench/jfr-breakdown.py "$from" | tee -a "$stamp.txt"
