#!/usr/bin/env bash
# Every benchmark, one after the other (about 10 minutes on a 2-core machine):
# in process (JMH search and rebuild, heap footprint), then over HTTP (wrk).
# See bench/README.md for what each measures and the latest figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pbench test
bash bench/http.sh
