#!/usr/bin/env bash
# Every search benchmark of issue #15, one after the other (about 50 minutes on a 2-core
# machine): in process (JMH search at 10,000 and 100,000 synthetic records, rebuild, heap
# footprint), then over HTTP in one run (bench/http.sh: eight kinds of request beside the
# trivial endpoint, interleaved rounds), the resident memory after a minute of load with the
# README's options (bench/memory.sh), then PostgreSQL full-text search beside ours on the
# same records and queries (bench/fts.sh), when a PostgreSQL answers on 127.0.0.1:5432.
# See bench/README.md for what each measures and the latest figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pbench test
bash bench/http.sh
# The resident memory after a minute of mixed load, with the README's run command's options.
SKIP_PACKAGE=1 JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" bash bench/memory.sh
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  bash bench/fts.sh
else
  echo "PostgreSQL is not answering on 127.0.0.1:5432: bench/fts.sh skipped" >&2
fi
