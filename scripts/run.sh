#!/usr/bin/env bash
# `make run`: Keycloak (8180), the backend with embedded PostgreSQL (8080) and the web app (5173).
# Ctrl-C stops all three. Logs go to .data/logs/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
BACKEND_PORT=${BACKEND_PORT:-8080}
WEB_PORT=${WEB_PORT:-5173}
SMTP_PORT=${SMTP_PORT:-2525}
MAIL_API_PORT=${MAIL_API_PORT:-8025}
LOGS="$ROOT/.data/logs"
mkdir -p "$LOGS"

for port in "$KEYCLOAK_PORT" "$BACKEND_PORT" "$WEB_PORT" "$SMTP_PORT" "$MAIL_API_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "Port $port is already in use: is Värna already running? Stop it first."; exit 1
  fi
done

pids=()
stop_all() {
  trap - EXIT INT TERM
  log "Stopping…"
  stop_processes "${pids[@]}"
  log "Stopped."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

"$ROOT/scripts/build.sh"

log "Starting Keycloak on $KEYCLOAK_PORT (first start takes about a minute)…"
start_keycloak "$KEYCLOAK_PORT" "$LOGS/keycloak.log"
pids+=($!)

log "Starting the web app on $WEB_PORT…"
(cd "$ROOT/frontend" && VARNA_API_URL="http://127.0.0.1:$BACKEND_PORT" exec ./node_modules/.bin/vite --port "$WEB_PORT" --strictPort) > "$LOGS/frontend.log" 2>&1 &
pids+=($!)

wait_for_keycloak "$KEYCLOAK_PORT" "${pids[0]}" "$LOGS/keycloak.log"

# The backend validates tokens against Keycloak, so it starts once Keycloak answers. Without
# QUARKUS_DATASOURCE_JDBC_URL it runs an embedded PostgreSQL whose data stays in .data/postgres.
log "Starting the backend on $BACKEND_PORT…"
QUARKUS_MAILER_PORT="$SMTP_PORT" BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS-$(run_java_opts "$ROOT/.data/backend.jsa")}" start_backend "$LOGS/backend.log" "$BACKEND_PORT" \
  "${QUARKUS_OIDC_AUTH_SERVER_URL:-http://localhost:$KEYCLOAK_PORT/realms/varna}" \
  "${VARNA_WEB_ORIGIN:-http://localhost:$WEB_PORT}" \
  "${VARNA_EMBEDDED_POSTGRES_DATA_DIR:-$ROOT/.data/postgres}" "${VARNA_EMBEDDED_POSTGRES_PORT:-54329}"
pids+=($!)
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 180 Backend "${pids[2]}" "$LOGS/backend.log"
wait_for_url "http://localhost:$WEB_PORT/" 60 "Web app" "${pids[1]}" "$LOGS/frontend.log"
log "Starting the local mail server (SMTP $SMTP_PORT, inboxes on $MAIL_API_PORT)…"
start_greenmail "$SMTP_PORT" "$MAIL_API_PORT" "$LOGS/mail.log"
pids+=($!)
wait_for_url "http://localhost:$MAIL_API_PORT/api/service/readiness" 60 "Mail server" "${pids[3]}" "$LOGS/mail.log"

cat <<INFO

  Värna is running.

    Web app       http://localhost:$WEB_PORT/
    API           http://localhost:$BACKEND_PORT/api/v1/goals
    Swagger UI    http://localhost:$BACKEND_PORT/q/swagger-ui
    Keycloak      http://localhost:$KEYCLOAK_PORT/admin  (admin / admin)
    Mail (SMTP $SMTP_PORT)  http://localhost:$MAIL_API_PORT/api/user/redaktor-skola@example.org/messages/INBOX
                  the reminder digests each user got (docs/tasks.md)

  Demo users (password = user name), realm "varna":
    samordnare       coordinator  Hållbarhetsenheten
    redaktor-kff     editor       Kultur-, idrotts- och fritidsförvaltningen
    redaktor-skola   editor       Barn- och utbildningsförvaltningen
    lasare           viewer       Kommunstyrelsen
  Partner client: polisen-api / polisen-demo-secret (client credentials, role partner)

  Logs: .data/logs/   Ctrl-C stops everything.

INFO

# Stop everything as soon as one of them stops (Ctrl-C stops them all through the trap).
wait -n "${pids[@]}" || true
for pid in "${pids[@]}"; do
  kill -0 "$pid" 2>/dev/null || { log "A service stopped (see .data/logs/); stopping the others."; break; }
done
