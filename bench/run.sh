#!/usr/bin/env bash
# Every benchmark, one after the other (about 12 minutes on a 2-core machine):
# in process (JMH search and rebuild, heap footprint), then over HTTP (wrk): the JSON
# search, then the portal's pages beside it (on the package http.sh built).
# See bench/README.md for what each measures and the latest figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pbench test
bash bench/http.sh
SKIP_PACKAGE=1 bash bench/portal.sh
