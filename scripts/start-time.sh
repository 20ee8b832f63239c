#!/usr/bin/env bash
# The backend's start time as `make run` starts it (profile local: embedded PostgreSQL, Flyway,
# demo data): starts it twice on a database of its own and prints, for each start, the seconds
# from launching java to the first 200 of /q/health/ready, with the machine's load average and
# the phases the log shows. The second start is the one that counts (the database exists then);
# docs/benchmarks.md keeps the figures. Keycloak is not needed: the backend starts without it.
#
#   scripts/start-time.sh              builds the jar when it is out of date, as make run does
#   JAR=path/quarkus-run.jar scripts/start-time.sh   times another build (e.g. an older one)
#   STARTS=3 scripts/start-time.sh     more starts (all but the first reuse the database)
#   START_TIME_JAVA_OPTS= scripts/start-time.sh   without make run's JVM options (run_java_opts
#                                      in lib.sh), as the backend started before issue 19
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
PORT=${START_TIME_PORT:-18090}
PG_PORT=${START_TIME_PG_PORT:-54339}
STARTS=${STARTS:-2}
JAR=${JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
WORK="$ROOT/.data/start-time"
if [ "$JAR" = "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] && { [ ! -f "$JAR" ] ||
    [ -n "$(find "$ROOT/backend/src" "$ROOT/backend/pom.xml" -newer "$JAR" -print -quit)" ]; }; then
  log "Building the backend…"
  (cd "$ROOT/backend" && ./mvnw -q -B package -DskipTests)
fi
rm -rf "$WORK"; mkdir -p "$WORK"
JAVA_OPTS=${START_TIME_JAVA_OPTS-$(run_java_opts "$WORK/backend.jsa")}
log "JVM options: ${JAVA_OPTS:-(none)}"

pid=""
trap '[ -n "$pid" ] && stop_processes "$pid"' EXIT
for start in $(seq 1 "$STARTS"); do
  logfile="$WORK/backend-$start.log"
  t0=$(date +%s.%N)
  printf 'start %d launched at %s\n' "$start" "$(date +%H:%M:%S.%3N)" > "$logfile"
  (cd "$WORK" && QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_LOG_CONSOLE_FORMAT='%d{HH:mm:ss.SSS} %-5p [%c{3.}] %s%e%n' \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:9/realms/varna" \
    VARNA_EMBEDDED_POSTGRES_DATA_DIR="$WORK/postgres" VARNA_EMBEDDED_POSTGRES_PORT="$PG_PORT" \
    VARNA_DISCLOSURE_SECRET="start-time-only-disclosure-secret" \
    exec "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR") >> "$logfile" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then log "The backend stopped (see $logfile)"; tail -n 30 "$logfile" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s.%N)
  seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  kind=$([ "$start" = 1 ] && echo "first start (database created)" || echo "start on the existing database")
  printf 'start %d, %s: %s s from launch to ready (load average %s, %s cores)\n' "$start" "$kind" "$seconds" "$load" "$(nproc)"
  # The phases, as the log stamps them: launch, embedded PostgreSQL up, Flyway done, Quarkus
  # started (its own figure counts from the JVM's start).
  grep -E 'launched at|Database: embedded|Successfully validated|up to date|Successfully applied|started in' "$logfile" \
    | sed -E 's/ \[[^]]*\] / /; s/ \(data in .*//; s/Listening on.*//' | cut -c1-120 | sed 's/^/    /'
  stop_processes "$pid"; pid=""
done
