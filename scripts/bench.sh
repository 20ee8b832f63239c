#!/usr/bin/env bash
# `make bench`: the benchmarks of the service, side by side in one run, in bench/results/latest.md
# (docs/benchmarks.md). Three parts, each also runnable alone (BENCH_ONLY="crime reads cluster",
# the default being all three, or the make targets bench-crime, bench-reads, bench-cluster):
#   crime    Keycloak and the packaged backend on a benchmark database of its own (kept in
#            .data/bench/ so the 10-million-row data set is built once), plus a second backend on
#            the same database with its answer cache off; bench/crime-statistics.mjs builds or
#            checks the data set, measures the dashboard query through the API (cache hits and
#            misses) against the plain SQL GROUP BY, and a 1-million-row import through the API
#            against PostgreSQL COPY of the same file (bench/results/crime.md);
#   reads    scripts/reads-bench.sh: wrk against the backend with the demo data and against nginx,
#            pinned to separate cores, its memory, its start and the web app's first dashboard
#            (bench/results/reads.md);
#   cluster  scripts/cluster-bench.sh: two prod replicas behind nginx (bench/results/cluster.md).
# BENCH_CRIME_ONLY=import runs only the crime part's import against COPY (step c).
# Ports of the crime part: BENCH_KEYCLOAK_PORT (46180; +1000 for its management),
# BENCH_BACKEND_PORT (46080; the cache-less one +1), BENCH_POSTGRES_PORT (46432); it stops when one
# is taken. The reads and cluster parts name theirs in their own scripts.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
PARTS=${BENCH_ONLY:-crime reads cluster}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
for part in $PARTS; do rm -f "$RESULTS/$part.md"; done
packaged=0
package() {
  [ "$packaged" = 1 ] && return
  log "Packaging the backend…"
  (cd "$ROOT/backend" && ./mvnw -B -ntp -q -DskipTests package)
  packaged=1
}

crime() {
KEYCLOAK_PORT=${BENCH_KEYCLOAK_PORT:-46180}
BACKEND_PORT=${BENCH_BACKEND_PORT:-46080}
MISS_PORT=$((BACKEND_PORT + 1))
POSTGRES_PORT=${BENCH_POSTGRES_PORT:-46432}
for port in "$KEYCLOAK_PORT" "$(keycloak_management_port "$KEYCLOAK_PORT")" "$BACKEND_PORT" "$MISS_PORT" "$POSTGRES_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "Port $port is taken: set BENCH_KEYCLOAK_PORT, BENCH_BACKEND_PORT or BENCH_POSTGRES_PORT."; exit 1
  fi
done
DATA="$ROOT/.data/bench"
mkdir -p "$DATA"
command -v psql >/dev/null || { log "psql is needed (apt-get install postgresql-client)"; exit 1; }

pids=()
trap 'stop_processes "${pids[@]}"' EXIT

package

start_keycloak "$KEYCLOAK_PORT" "$DATA/keycloak.log"
pids+=($!)
wait_for_keycloak "$KEYCLOAK_PORT" "${pids[0]}" "$DATA/keycloak.log"

# No demo figures: the benchmark builds its own data set.
VARNA_DEMO_DATA=false start_backend "$DATA/backend.log" "$BACKEND_PORT" \
  "http://localhost:$KEYCLOAK_PORT/realms/varna" "http://localhost:$BACKEND_PORT" "$DATA/postgres" "$POSTGRES_PORT"
pids+=($!)
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 180 Backend "${pids[1]}" "$DATA/backend.log"
# The same service on the same database with its answer cache off: the dashboard's misses.
# crime-statistics.mjs stops it once measured, so it takes no import job. BENCH_CRIME_ONLY=import
# measures the import against COPY alone, without it.
miss_url=""
if [ "${BENCH_CRIME_ONLY:-}" != import ]; then
VARNA_DEMO_DATA=false VARNA_ANSWER_CACHE_ENABLED=false \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$POSTGRES_PORT/varna" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  start_backend "$DATA/backend-nocache.log" "$MISS_PORT" \
  "http://localhost:$KEYCLOAK_PORT/realms/varna" "http://localhost:$MISS_PORT" "$DATA/postgres-unused" "$POSTGRES_PORT"
pids+=($!)
wait_for_url "http://localhost:$MISS_PORT/q/health/ready" 180 "Backend without answer cache" "${pids[2]}" "$DATA/backend-nocache.log"
miss_url="http://localhost:$MISS_PORT"
fi

cd "$ROOT"
BENCH_API_URL="http://localhost:$BACKEND_PORT" \
BENCH_API_MISS_URL="$miss_url" BENCH_API_MISS_PID="${pids[2]:-}" \
BENCH_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT/realms/varna" \
BENCH_PG="postgresql://postgres:postgres@localhost:$POSTGRES_PORT/varna" \
BENCH_WORK="$DATA" \
BENCH_DISCLOSURE_SECRET="${VARNA_DISCLOSURE_SECRET:-$LOCAL_DISCLOSURE_SECRET}" \
  node bench/crime-statistics.mjs
stop_processes "${pids[@]}"
pids=()
}

for part in $PARTS; do
  case "$part" in
    crime) crime ;;
    reads) package; BENCH_PACKAGED=1 "$ROOT/scripts/reads-bench.sh" ;;
    cluster) package; "$ROOT/scripts/cluster-bench.sh" ;;
    *) log "Unknown part $part (BENCH_ONLY takes crime, reads, cluster)"; exit 1 ;;
  esac
done

# One file with every part of this run, and the machine's load beside the figures.
{
  echo "# Benchmarks (\`make bench\`)"
  echo
  echo "Started $started, ended $(date -u +%Y-%m-%dT%H:%M:%SZ), parts: $PARTS; $(nproc) cores. Load average (1, 5, 15 min)"
  echo "$load_start at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end: other work on the machine slows every figure."
  for part in $PARTS; do
    [ -f "$RESULTS/$part.md" ] && { echo; sed 's/^# /## /' "$RESULTS/$part.md"; }
  done
} > "$RESULTS/latest.md"
log "Figures in $RESULTS/latest.md"
