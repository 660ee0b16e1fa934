#!/usr/bin/env bash
# The whole-catalogue exports at 100,000 published software records, over HTTP, on
# PostgreSQL: how long the first build of catalogue.json, software.csv, usages.csv and
# the DCAT-AP export (Turtle) takes, how long an answer from the cache takes, how large
# each is, and the service's resident memory after each. bench/exports.sh measures the
# same at the seed's size on H2; bench/dcat.sh the DCAT model and writers in process.
#
#   bash bench/exports-100k.sh                      # package, measure, drop the database
#   SKIP_PACKAGE=1 bash bench/exports-100k.sh       # reuse target/quarkus-app (built with -Ppostgresql)
#   XMX=2g bash bench/exports-100k.sh               # another heap (default 1g)
#   RECORDS=20000 USAGES=0 bash bench/exports-100k.sh
#   KEEP_DB=1 bash bench/exports-100k.sh            # keep the database afterwards, then:
#   REUSE_DB=1 EXPORTS=dcat XMX=2g bash bench/exports-100k.sh   # measure again on it, without rebuilding it
#
# How: the database bench_exports on 127.0.0.1:5432 (user postgres, trust) is dropped and
# created; the service starts on it once, so that Flyway migrates it and the seed loads,
# and stops. Then RECORDS (100,000) synthetic published software records are inserted
# with SQL, each a copy of a published seed record with a new pk, id (<id>-synth-<n>), name
# and normalized name and every other column as it is (copied row to row through jsonb,
# so that a column a later migration adds is copied too), with its categories
# (record_category) and SPDX ids (record_licence). With USAGES=1 (the default) each copy
# also gets copies of its source's usage declarations (the seed's ratio, about 5.5 a record,
# so some 550,000 usages), and keeps its usage_count; with USAGES=0 it gets none and a
# usage_count of 0. The sequences are moved past the new keys. The exports read the records
# themselves, page by page, and tag what they build with the change log's last sequence
# number (max(seq) of change_log): one change-log row (a "created" of one copy, actor
# "seed", label "bench/exports-100k.sh", patch {}) and change_sequence moved with it, so
# that the position, the ETags and Last-Modified move past the seed's as any write would
# make them. ANALYZE then, as autovacuum would. The service restarts (the search index is
# rebuilt from the database at start: slower at this size) and each export is asked for
# with curl: first request (builds), three from the cache, one gzipped. DCAT goes last: at
# this size it holds its model and its answer in memory, and may fail; whatever it answers
# (status, time, the log's error) is the result. The database is dropped at the end
# (KEEP_DB=1 keeps it).
#
# A request waits at most catalogue.export.wait (catalogue.dcat.wait for DCAT-AP), 20 s by
# default, for a build; past that it gets 503 with Retry-After and the build goes on, so that
# no caller sits on a connection the HTTP idle timeout (30 s) would close with an empty reply.
# To time the builds as one waiting client sees them, the bench raises both waits and the
# idle timeout (WAIT and IDLE_TIMEOUT, default 60m); WAIT=20s IDLE_TIMEOUT=30s shows what
# clients get from the service as configured. Either way the "Built <file> … in <ms>" lines
# of the log (copied at the end) give each build's own time.
#
# Writes bench/results/exports-100k-<date>.txt, and the service's log next to it (.log).
# Needs curl, psql and a PostgreSQL server on 127.0.0.1:5432. About 25 minutes on 2 cores,
# most of it building catalogue.json and usages.csv (8 minutes each with the usages);
# some 3 minutes with USAGES=0.
set -euo pipefail
# Benchmarks measure the service, not its rate limits (README, "Running in production").
export CATALOGUE_RATE_LIMIT_ENABLED=false
cd "$(dirname "$0")/.."

PORT=${PORT:-18095}
DB=bench_exports
KEY=bench-exports-100k-admin-key
RECORDS=${RECORDS:-100000}
USAGES=${USAGES:-1}
XMX=${XMX:-1g}
EXPORTS=${EXPORTS:-catalogue.json software.csv usages.csv dcat}
IDLE_TIMEOUT=${IDLE_TIMEOUT:-60m}
WAIT=${WAIT:-60m}
READY_TIMEOUT=${READY_TIMEOUT:-900}
REQUEST_TIMEOUT=${REQUEST_TIMEOUT:-3600}
base="http://127.0.0.1:$PORT"

if curl -s -o /dev/null "$base/q/health/ready"; then
  echo "Port $PORT is taken: set PORT" >&2
  exit 1
fi
if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -o -q package -DskipTests -Ppostgresql
fi

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
stamp=$(date +%Y%m%d-%H%M)
mkdir -p bench/results
out="bench/results/exports-100k-$stamp.txt"
log="bench/results/exports-100k-$stamp.log"
work=$(mktemp -d)
pid=
stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=
}
cleanup() {
  stop
  [[ -f "$work/service.log" ]] && cat "$work/service.log" >>"$log"
  rm -rf "$work"
  if [[ "${KEEP_DB:-}" != 1 ]]; then
    psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  fi
}
trap cleanup EXIT

# Starts the service on the bench database; returns once /q/health/ready answers 200.
start() {
  [[ -f "$work/service.log" ]] && cat "$work/service.log" >>"$log"
  CATALOGUE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_IDLE_TIMEOUT=$IDLE_TIMEOUT CATALOGUE_EXPORT_WAIT=$WAIT CATALOGUE_DCAT_WAIT=$WAIT CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY=$KEY \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    java -Xmx"$XMX" -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
  pid=$!
  local began=$SECONDS
  until curl -sf -o /dev/null "$base/q/health/ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The service stopped while starting:" >&2
      tail -50 "$work/service.log" >&2
      exit 1
    fi
    if (( SECONDS - began > READY_TIMEOUT )); then
      echo "Not ready after $READY_TIMEOUT s" >&2
      tail -50 "$work/service.log" >&2
      exit 1
    fi
    sleep 1
  done
  ready_after=$(( SECONDS - began ))
}

sql_seconds=reused
if [[ "${REUSE_DB:-}" != 1 ]]; then
# 1. Migrations and the seed.
psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
start
stop

# 2. The synthetic records.
sql_started=$SECONDS
psql_db -d $DB -v n="$RECORDS" -v usages="$USAGES" <<'SQL'
begin;
-- Which seed record each copy clones, its copy number and its new primary key.
create temp table synth on commit drop as
with published as (
    select pk, id from catalogue_record where kind = 'software' and status = 'published'
), numbered as (
    select p.pk as src_pk, p.id as src_id, g.copy
    from published p
    cross join generate_series(1, ceil(:n::numeric / (select count(*) from published))::int) as g(copy)
    order by g.copy, p.id
    limit :n
)
select src_pk, copy, (select max(pk) from catalogue_record) + row_number() over (order by copy, src_id) as pk
from numbered;
create index on synth (src_pk);

-- Every column as in the source row but these: copied through jsonb, so that no column
-- (NOT NULL or not, today's or a later migration's) is forgotten.
insert into catalogue_record
select (jsonb_populate_record(null::catalogue_record, to_jsonb(r) || jsonb_build_object(
    'pk', s.pk,
    'id', r.id || '-synth-' || s.copy,
    'name', left(r.name, 180) || ' (synth ' || s.copy || ')',
    'normalized_name', left(r.normalized_name, 180) || 'synth' || s.copy,
    'usage_count', case when :usages = 1 then r.usage_count else 0 end))).*
from catalogue_record r join synth s on s.src_pk = r.pk;

insert into record_category (record_pk, category_id)
select s.pk, c.category_id from synth s join record_category c on c.record_pk = s.src_pk;
insert into record_licence (record_pk, licence_id)
select s.pk, l.licence_id from synth s join record_licence l on l.record_pk = s.src_pk;

-- The source's usage declarations, each body declaring the copy as it declared the original.
insert into record_usage
select (jsonb_populate_record(null::record_usage, to_jsonb(u) || jsonb_build_object(
    'pk', (select max(pk) from record_usage) + row_number() over (order by s.pk, u.organization_id),
    'record_pk', s.pk))).*
from synth s join record_usage u on u.record_pk = s.src_pk
where :usages = 1;

-- Past the new keys, so that the service's next inserts do not collide with them.
\o /dev/null
select setval('catalogue_record_seq', (select max(pk) from catalogue_record) + 1000);
select setval('record_usage_seq', (select max(pk) from record_usage) + 1000);
\o

-- One change, so that the position (and with it the exports' ETags) moves past the seed's.
update change_sequence set last_seq = last_seq + 1 where id = 1;
insert into change_log (seq, occurred_at, record_kind, record_id, subject, action, revision, actor_organization, actor_role, actor_label, patch)
select q.last_seq, now(), 'software', (select max(id) from catalogue_record where id like '%-synth-%'), null, 'created', 1, null, 'seed',
       'bench/exports-100k.sh', '{}'
from change_sequence q where q.id = 1;
commit;
analyze;
SQL
sql_seconds="$(( SECONDS - sql_started )) s"
fi
counts=$(psql_db -d $DB -At -F ' ' -c "select
    (select count(*) from catalogue_record where kind = 'software' and status = 'published'),
    (select count(*) from catalogue_record where kind = 'solution' and status = 'published'),
    (select count(*) from record_usage where withdrawn_at is null),
    (select max(seq) from change_log),
    pg_size_pretty(pg_database_size(current_database()))")
read -r published_software published_solutions active_usages last_seq db_size <<<"$counts"

# 3. Restart on them, and measure.
start
rss() { echo "$(( $(ps -o rss= -p "$pid") / 1024 )) MiB"; }
t() { curl -s -o /dev/null --max-time "$REQUEST_TIMEOUT" -w "%{http_code} %{time_total}s %{size_download}B" "$@" || echo -n " (curl exit $?)"; }

{
  echo "exports at $RECORDS synthetic records (usages cloned: $USAGES), postgresql, $(nproc) cores, java -Xmx$XMX, idle timeout $IDLE_TIMEOUT, wait $WAIT, $(date -Iseconds)"
  echo "java: $(java -version 2>&1 | head -1); $(psql_db -d $DB -Atc 'select version()' | cut -d, -f1)"
  echo "load before: $(uptime)"
  echo "inserted by SQL in $sql_seconds: published software $published_software, published solutions $published_solutions," \
    "active usages $active_usages, change-log position $last_seq, database $db_size"
  echo "restart to ready: $ready_after s; $(grep -o 'Search index rebuilt.*' "$work/service.log" | head -1); RSS once ready: $(rss)"
  for f in $EXPORTS; do
    if [[ $f == dcat ]]; then
      echo "== dcat (Accept: text/turtle)"
      echo "load before: $(uptime)"
      echo "first request (builds): $(t -H 'Accept: text/turtle' "$base/api/v1/export/dcat")"
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "the service is gone: $(tail -1 "$work/service.log")"
        break
      fi
      echo "RSS after: $(rss)"
      for i in 1 2 3; do echo "again: $(t -H 'Accept: text/turtle' "$base/api/v1/export/dcat")"; done
      echo "again, gzip: $(t -H 'Accept: text/turtle' -H 'Accept-Encoding: gzip' "$base/api/v1/export/dcat"); RSS after: $(rss)"
      echo "afterwards: ready $(t "$base/q/health/ready")"
    else
      echo "== $f"
      echo "load before: $(uptime)"
      echo "first request (builds): $(t "$base/api/v1/export/$f"); RSS after: $(rss)"
      for i in 1 2 3; do echo "from the file: $(t "$base/api/v1/export/$f")"; done
      echo "from the file, gzip: $(t -H 'Accept-Encoding: gzip' "$base/api/v1/export/$f"); RSS after: $(rss)"
    fi
  done
  echo "load after: $(uptime)"
  echo "== the service's log: builds, and any error"
  grep -E "Built |Search index rebuilt|started in" "$work/service.log" | sed -E 's/^[0-9:,.-]+ +INFO +\[[^]]*\] +(\([^)]*\) +)?//' || true
  grep -E "ERROR|OutOfMemory|Exception" "$work/service.log" | cut -c1-400 | head -20 || true
} | tee "$out"
