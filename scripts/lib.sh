# Shared helpers for the run and test scripts. Sourced, not executed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_HOME="$TOOLS/keycloak-$KEYCLOAK_VERSION"
GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.5}"
GREENMAIL_JAR="$TOOLS/greenmail-standalone-$GREENMAIL_VERSION.jar"

# A JDK of release 21 or newer: Quarkus 3.33 and Keycloak 26 need it; Debian's default is 17.
find_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && java_major "$JAVA_HOME/bin/java" >/dev/null; then echo "$JAVA_HOME"; return; fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && java_major "$candidate/bin/java" >/dev/null; then echo "$candidate"; return; fi
  done
  if command -v java >/dev/null && java_major "$(command -v java)" >/dev/null; then dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return; fi
  echo "No JDK 21 or newer found: install one and set JAVA_HOME." >&2
  return 1
}

# Prints the major version of the given java binary and succeeds when it is 21 or newer.
java_major() {
  local major
  major=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] && echo "$major"
}

log() { printf '\033[1m[värna]\033[0m %s\n' "$*" >&2; }

# wait_for_url URL SECONDS NAME [PID] [LOG]: polls until the URL answers 2xx; fails when the time
# runs out or PID dies, showing the end of LOG.
wait_for_url() {
  local url=$1 seconds=$2 name=$3 pid=${4:-} logfile=${5:-} waited=0 problem=""
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then problem="$name stopped before it answered on $url"
    elif [ "$waited" -ge "$seconds" ]; then problem="$name did not answer on $url within ${seconds}s"; fi
    if [ -n "$problem" ]; then
      log "$problem"
      if [ -n "$logfile" ]; then tail -n 40 "$logfile" >&2; fi
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  log "$name is up ($url, ${waited}s)"
}

# stop_processes PID…: stops background processes started by a script, and their children.
stop_processes() {
  local pid
  for pid in "$@"; do pkill -TERM -P "$pid" 2>/dev/null || true; kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

# Keycloak's management port (health) is its HTTP port + 1000.
keycloak_management_port() { echo $(($1 + 1000)); }

# start_keycloak PORT LOG: starts Keycloak with the realm in the background ($! is its pid).
start_keycloak() {
  "$ROOT/scripts/keycloak.sh" "$1" "$(keycloak_management_port "$1")" > "$2" 2>&1 &
}

# wait_for_keycloak PORT PID LOG
wait_for_keycloak() {
  wait_for_url "http://localhost:$(keycloak_management_port "$1")/health/ready" 300 Keycloak "$2" "$3"
}

# The disclosure secret of local runs (make run, the end-to-end tests, the benchmark): never a
# production one.
LOCAL_DISCLOSURE_SECRET=local-runs-only-disclosure-secret

# The JVM options of `make run`'s backend, for a quick start on a developer's machine (not for
# the benchmark or production, which start without them): a class-data archive of the
# backend's own classes, written when the backend stops and used from the next start on (the
# JVM writes a new one when the jar has changed), and the quick compiler only (C1), as
# `quarkus:dev` does. scripts/start-time.sh times the start with and without them.
run_java_opts() {
  echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$1 -XX:TieredStopAtLevel=1"
}

# The backend's memory limit (docs/operations.md#memory): a 256 MB heap, bounded metaspace and code
# cache, small thread stacks and the serial collector keep the process's resident memory under
# 400 MB with the answer cache full (64 MB by default) under `make bench`'s load, at the same speed
# (docs/benchmarks.md). VARNA_JAVA_OPTS replaces the whole set.
BACKEND_JAVA_OPTS_DEFAULT="-Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC"

# start_backend LOG PORT OIDC_URL WEB_ORIGIN POSTGRES_DIR POSTGRES_PORT: starts the packaged backend
# in the background ($! is its pid) in the local profile: on an embedded PostgreSQL kept in
# POSTGRES_DIR (unless QUARKUS_DATASOURCE_JDBC_URL names a server), with the demo figures. The
# reminder digest reads the realm's editors from the Keycloak of OIDC_URL (VARNA_KEYCLOAK_URL).
# (The packaged backend's own default, prod, starts no database and loads no demo data.)
# BACKEND_JAVA_OPTS, if set, are further options of the JVM (make run's: run_java_opts).
# BACKEND_CPUS (e.g. 1) pins it, and the embedded PostgreSQL it starts, to those cores (taskset).
start_backend() {
  local logfile=$1 pin=() opts
  [ -n "${BACKEND_CPUS:-}" ] && pin=(taskset -c "$BACKEND_CPUS")
  read -r -a opts <<< "${VARNA_JAVA_OPTS:-$BACKEND_JAVA_OPTS_DEFAULT}"
  # Neither profile has a disclosure secret of its own: local runs get this one unless
  # VARNA_DISCLOSURE_SECRET names another.
  (cd "$ROOT" && QUARKUS_PROFILE="${QUARKUS_PROFILE:-local}" QUARKUS_HTTP_PORT="$2" QUARKUS_OIDC_AUTH_SERVER_URL="$3" VARNA_WEB_ORIGIN="$4" \
    VARNA_EMBEDDED_POSTGRES_DATA_DIR="$5" VARNA_EMBEDDED_POSTGRES_PORT="$6" \
    VARNA_KEYCLOAK_URL="${VARNA_KEYCLOAK_URL:-${3%%/realms/*}}" \
    VARNA_DISCLOSURE_SECRET="${VARNA_DISCLOSURE_SECRET:-$LOCAL_DISCLOSURE_SECRET}" \
    exec "${pin[@]}" "$JAVA_HOME/bin/java" "${opts[@]}" ${BACKEND_JAVA_OPTS:-} -jar backend/target/quarkus-app/quarkus-run.jar) > "$logfile" 2>&1 &
}

# ensure_nginx: Debian's nginx (nginx-light) on the PATH, or a message saying how to get it.
ensure_nginx() {
  export PATH="$PATH:/usr/sbin"
  command -v nginx > /dev/null || { log "No nginx: apt-get install nginx-light"; exit 1; }
}

# front_proxy_start DIR PORT WEB_ROOT OIDC_ORIGIN BACKEND_PORT…: Debian's nginx on loopback PORT
# with deploy/nginx.conf, the same front proxy docker-compose runs (deploy/nginx/compose.conf is
# its container counterpart): the built web app in WEB_ROOT with the security headers, /api and
# /q/ to the backends on BACKEND_PORT…, OIDC_ORIGIN (Keycloak) in the Content-Security-Policy.
# Its configuration, pid file (nginx.pid) and logs (logs/) go into DIR; front_proxy_stop DIR ends it.
front_proxy_start() {
  local dir=$1 port=$2 web=$3 oidc_origin=$4 servers="" backend_port; shift 4
  for backend_port in "$@"; do
    servers+="        server 127.0.0.1:$backend_port max_fails=1 fail_timeout=2s;"$'\n'
  done
  ensure_nginx
  mkdir -p "$dir/logs" "$dir/nginx-tmp"
  cp "$ROOT/deploy/nginx.conf" "$ROOT/deploy/nginx/varna-headers.conf" "$ROOT/deploy/nginx/varna-proxy.conf" "$dir/"
  cat > "$dir/nginx-main.conf" <<CONF
# Written by scripts/lib.sh (front_proxy_start): the loopback counterpart of deploy/nginx/compose.conf.
daemon on;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $dir/logs/nginx-access.log;
    client_body_temp_path $dir/nginx-tmp/body;
    proxy_temp_path $dir/nginx-tmp/proxy;
    fastcgi_temp_path $dir/nginx-tmp/fastcgi;
    uwsgi_temp_path $dir/nginx-tmp/uwsgi;
    scgi_temp_path $dir/nginx-tmp/scgi;
    # Fixed loopback ports: nothing to re-resolve here.
    upstream varna_backend {
$servers        keepalive 16;
    }
    map \$host \$varna_oidc_origin { default "$oidc_origin"; }
    server {
        listen 127.0.0.1:$port;
        server_name _;
        root $web;
        include $dir/nginx.conf;
    }
}
CONF
  nginx -p "$dir" -c "$dir/nginx-main.conf" -e "$dir/logs/nginx-error.log"
}

front_proxy_stop() {
  [ -f "$1/nginx.pid" ] && kill -QUIT "$(cat "$1/nginx.pid")" 2>/dev/null || true
}

# Downloads Keycloak's distribution from Maven Central once (through the Maven wrapper, so it is
# also cached in the local Maven repository) and unpacks it under .tools/.
ensure_keycloak() {
  if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then return; fi
  log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~177 MB)…"
  mkdir -p "$TOOLS"
  (cd "$ROOT/backend" && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$TOOLS")
  (cd "$TOOLS" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
}

# Downloads GreenMail's standalone server (a local SMTP server with an HTTP API to read its
# inboxes, for the reminder digest of `make run`) from Maven Central once, to .tools/.
ensure_greenmail() {
  if [ -f "$GREENMAIL_JAR" ]; then return; fi
  log "Fetching GreenMail $GREENMAIL_VERSION from Maven Central (once, ~10 MB)…"
  mkdir -p "$TOOLS"
  (cd "$ROOT/backend" && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$TOOLS")
}

# start_greenmail SMTP_PORT API_PORT LOG: GreenMail on loopback in the background ($! is its pid):
# SMTP without authentication on SMTP_PORT, every inbox readable at
# http://localhost:API_PORT/api/user/<address>/messages/INBOX (docs/tasks.md).
start_greenmail() {
  "$JAVA_HOME/bin/java" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$1" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$2" -Dgreenmail.auth.disabled \
    -jar "$GREENMAIL_JAR" > "$3" 2>&1 &
}

# use_postgres: the connection of `make backup` and `make restore`, the embedded database of
# `make run` unless the standard libpq variables name another, and PG_BIN, the directory of a
# PostgreSQL client of the server's major version (scripts/postgres-client.sh).
use_postgres() {
  export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-54329} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-varna}
  PG_BIN=$("$ROOT/scripts/postgres-client.sh")
}
