#!/usr/bin/env bash
# The DCAT-AP export at the seed's size and at 100,000 records: how long building
# the model (DcatModel.build) and writing it in each syntax take, in process, for
# synthetic records made from data/ (see src/test/java/ca/quebec/catalogue/dcat/DcatBench.java).
# This is what the service does on a cache miss, once the records are read.
#
#   bash bench/dcat.sh                 # the seed's size (519 records) and 100,000
#   bash bench/dcat.sh 1000 10000      # other sizes
#
# Writes bench/results/dcat-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $# -gt 0 ]] || set -- 519 100000
./mvnw -B -ntp -q -o test-compile
cp=$(./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/results
out="bench/results/dcat-$(date +%Y-%m-%d).txt"
{
  echo "# $(date -Iseconds), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1)"
  java -Xms4g -Xmx4g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$cp" ca.quebec.catalogue.dcat.DcatBench "$@"
} | tee "$out"
