#!/usr/bin/env bash
# The crime-statistics benchmark (`make bench`): starts Keycloak and the packaged backend on a
# benchmark database of its own (kept in .data/bench/ so the 10-million-row data set is built
# once), then bench/crime-statistics.mjs builds or checks the data set, measures the dashboard
# query through the API against the plain SQL GROUP BY, and a 1-million-row import through the
# API against PostgreSQL COPY of the same file, and writes bench/results/latest.md.
# Ports: BENCH_KEYCLOAK_PORT (46180; +1000 for its management), BENCH_BACKEND_PORT (46080),
# BENCH_POSTGRES_PORT (46432); the script stops when one is taken.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
KEYCLOAK_PORT=${BENCH_KEYCLOAK_PORT:-46180}
BACKEND_PORT=${BENCH_BACKEND_PORT:-46080}
POSTGRES_PORT=${BENCH_POSTGRES_PORT:-46432}
for port in "$KEYCLOAK_PORT" "$(keycloak_management_port "$KEYCLOAK_PORT")" "$BACKEND_PORT" "$POSTGRES_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "Port $port is taken: set BENCH_KEYCLOAK_PORT, BENCH_BACKEND_PORT or BENCH_POSTGRES_PORT."; exit 1
  fi
done
DATA="$ROOT/.data/bench"
mkdir -p "$DATA" "$ROOT/bench/results"
command -v psql >/dev/null || { log "psql is needed (apt-get install postgresql-client)"; exit 1; }

pids=()
trap 'stop_processes "${pids[@]}"' EXIT

log "Packaging the backend…"
(cd "$ROOT/backend" && ./mvnw -B -ntp -q -DskipTests package)

start_keycloak "$KEYCLOAK_PORT" "$DATA/keycloak.log"
pids+=($!)
wait_for_keycloak "$KEYCLOAK_PORT" "${pids[0]}" "$DATA/keycloak.log"

# No demo figures: the benchmark builds its own data set.
VARNA_DEMO_DATA=false start_backend "$DATA/backend.log" "$BACKEND_PORT" \
  "http://localhost:$KEYCLOAK_PORT/realms/varna" "http://localhost:$BACKEND_PORT" "$DATA/postgres" "$POSTGRES_PORT"
pids+=($!)
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 180 Backend "${pids[1]}" "$DATA/backend.log"

cd "$ROOT"
BENCH_API_URL="http://localhost:$BACKEND_PORT" \
BENCH_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT/realms/varna" \
BENCH_PG="postgresql://postgres:postgres@localhost:$POSTGRES_PORT/varna" \
BENCH_WORK="$DATA" \
BENCH_DISCLOSURE_SECRET="${VARNA_DISCLOSURE_SECRET:-$LOCAL_DISCLOSURE_SECRET}" \
  node bench/crime-statistics.mjs
