#!/usr/bin/env bash
# The HTTP benchmark of issue #15, in one run: every kind of request beside the trivial
# endpoint of the same service, same client (wrk), same connections, in interleaved rounds
# so that a change in the machine's load touches them all alike. See bench/README.md.
#
#   bash bench/http.sh                            # package, start on a fresh H2 database, measure
#   SKIP_PACKAGE=1 ROUNDS=2 DURATION=10s bash bench/http.sh
#
# Needs wrk (Debian: apt-get install wrk). Writes bench/results/http-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-10s}
# Long enough for the JIT to finish its work on each path: C2 compiled for more than a minute after start.
WARMUP=${WARMUP:-20s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}

require_wrk
package_unless_skipped
start_service -Xmx512m

# name | wrk arguments after the address's base (a script and its arguments, or a path)
workloads=(
  "me|/api/v1/me"
  "search, 20 popular queries|-s bench/lua/popular.lua"
  "search, distinct queries|-s bench/lua/distinct.lua"
  "suggestions as one types|-s bench/lua/suggest.lua"
  "one record|/api/v1/software/libreoffice"
  "a list of 20|/api/v1/software?limit=20"
  "portal results page, popular queries|-s bench/lua/popular.lua -- /recherche"
  "portal results page, distinct queries|-s bench/lua/distinct.lua -- /recherche"
)

# Answers sent from the snapshot's caches against answers written anew, since start-up.
written() { curl -fs -H 'Accept: text/plain' "$base/q/metrics" | awk '/^catalogue_search_written_cached_total/ {c = $2} /^catalogue_search_written_computed_total/ {w = $2} END {print c + 0, w + 0}'; }

measure() { # wrk arguments as a string; prints "req/s p50 non-2xx cached-share"
  local spec=$1 args
  if [[ $spec == /* ]]; then args=("$base$spec"); else read -r -a args <<<"$spec"; args=("${args[@]:0:2}" "$base" "${args[@]:2}"); fi
  local before after
  before=$(written)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${args[@]}" >"$work/wrk.txt"
  after=$(written)
  awk -v b="$before" -v a="$after" '/^ +50%/ {p50 = $2} /Requests\/sec/ {rps = $2} /Non-2xx/ {bad = $NF}
    END {split(b, x, " "); split(a, y, " "); c = y[1] - x[1]; w = y[2] - x[2]
         print rps, p50, (bad == "" ? 0 : bad), (c + w > 0 ? sprintf("%.2f", c / (c + w)) : "-")}' "$work/wrk.txt"
}

out=bench/results/http-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
{
  echo "# $(date -Is) commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds"
  echo "# nproc $(nproc), load before: $(load), records: $(curl -fs "$base/api/v1/search?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  for entry in "${workloads[@]}"; do
    IFS='|' read -r name spec <<<"$entry"
    if [[ $spec == /* ]]; then wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base$spec" >/dev/null
    else read -r -a a <<<"$spec"; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${a[@]:0:2}" "$base" "${a[@]:2}" >/dev/null; fi
  done
  for round in $(seq 1 "$ROUNDS"); do
    for entry in "${workloads[@]}"; do
      IFS='|' read -r name spec <<<"$entry"
      echo "round $round|$name|$(measure "$spec")"
    done
    echo "# load after round $round: $(load)"
  done
  echo "# RSS of the service after the run: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')"
} | tee "$out"

# Each kind against the trivial endpoint of the same round (interleaved rounds: a change in the machine's
# load touches both), the median over the rounds; "cached" is the share of search answers, suggestions
# and results pages sent as already written, per round.
echo "== summary (median over the rounds of req/s, and of the ratio to /api/v1/me in the same round; share of answers sent from the cache)" | tee -a "$out"
awk -F'|' '/^round/ { split($3, f, " "); if ($2 == "me") me[$1] = f[1]
           n[$2]++; r[$2, n[$2]] = f[1]; p[$2, n[$2]] = f[2]; q[$2, n[$2]] = (me[$1] > 0 ? f[1] / me[$1] : 0); bad[$2] += f[3]
           hit[$2] = hit[$2] " " f[4]; if (!($2 in seen)) { seen[$2] = 1; name[++k] = $2 } }
     function median(a, key, m,   i, j, t, v) { for (i = 1; i <= m; i++) v[i] = a[key, i]
       for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
       return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2 }
     END {
       targets["search, 20 popular queries"] = "0.50"; targets["search, distinct queries"] = "0.25"
       targets["suggestions as one types"] = "0.80"; targets["portal results page, popular queries"] = "0.20"
       targets["portal results page, distinct queries"] = "0.20"
       for (i = 1; i <= k; i++) { w = name[i]; m = n[w]
         printf "%-40s %9.0f req/s  p50 %9s  ratio %5.2f  cached%-16s %s%s\n", w, median(r, w, m), p[w, m], median(q, w, m),
           hit[w], (w in targets ? "target >= " targets[w] : ""), (bad[w] ? "  (non-2xx: " bad[w] ")" : "") } }' "$out" | tee -a "$out"
