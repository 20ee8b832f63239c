#!/usr/bin/env bash
# End-to-end test: the real stack on its own ports (so it can run beside `make run`) — Keycloak
# with the realm, the packaged backend on a throwaway embedded PostgreSQL, the built web app —
# driven by Chromium through playwright-core, with axe-core scanning every page. The same build is
# also served by Debian's nginx with deploy/nginx.conf (E2E_PROXY_URL), so that a test sees the
# web app under the production Content-Security-Policy and security headers.
# E2E_FILES=e2e/policies.test.mjs runs one file; the E2E_*_PORT variables move the stack, so
# that two runs can go side by side.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
KEYCLOAK_PORT=${E2E_KEYCLOAK_PORT:-18180}
BACKEND_PORT=${E2E_BACKEND_PORT:-18080}
WEB_PORT=${E2E_WEB_PORT:-14173}
# The realm's varna-web client accepts the web port and the one after it (14173 and 14174, …).
PROXY_PORT=${E2E_PROXY_PORT:-$((WEB_PORT + 1))}
# A real SMTP server for the reminder digest (GreenMail, as `make run` has), inboxes read over HTTP.
SMTP_PORT=${E2E_SMTP_PORT:-13025}
MAIL_API_PORT=${E2E_MAIL_API_PORT:-18025}
ARTIFACTS="$ROOT/e2e/artifacts"
rm -rf "$ARTIFACTS"; mkdir -p "$ARTIFACTS"
work=$(mktemp -d)

pids=()
stop_all() {
  front_proxy_stop "$work/proxy"
  stop_processes "${pids[@]}"
  rm -rf "$work"
}
trap stop_all EXIT

"$ROOT/scripts/build.sh"
[ -d "$ROOT/node_modules/playwright-core" ] || (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)

# Debian's Chromium where present; elsewhere Playwright's own build (needs the internet once).
if [ -z "${E2E_CHROMIUM:-}" ]; then
  if [ -x /usr/bin/chromium ]; then E2E_CHROMIUM=/usr/bin/chromium
  else (cd "$ROOT" && npx playwright-core install chromium) && E2E_CHROMIUM=""; fi
fi
export E2E_CHROMIUM

start_keycloak "$KEYCLOAK_PORT" "$ARTIFACTS/keycloak.log"
pids+=($!)
ensure_greenmail
start_greenmail "$SMTP_PORT" "$MAIL_API_PORT" "$ARTIFACTS/mail.log"
mail_pid=$!
pids+=("$mail_pid")

# The web app is built for this Keycloak and served by Vite's preview server, which proxies /api.
# It is built into dist/ as make test builds it (arguments after `npm run build --` would reach
# the bundle-size check, the build script's last command, not Vite) and served from a copy.
(cd "$ROOT/frontend" && VITE_OIDC_AUTHORITY="http://localhost:$KEYCLOAK_PORT/realms/varna" \
  npm run --silent build && mkdir -p "$work/web" && cp -R dist/. "$work/web/") > "$ARTIFACTS/frontend-build.log" 2>&1 \
  || { cat "$ARTIFACTS/frontend-build.log"; exit 1; }
(cd "$ROOT/frontend" && VARNA_API_URL="http://127.0.0.1:$BACKEND_PORT" \
  exec ./node_modules/.bin/vite preview --port "$WEB_PORT" --strictPort --outDir "$work/web") > "$ARTIFACTS/web.log" 2>&1 &
web_pid=$!
pids+=("$web_pid")

wait_for_keycloak "$KEYCLOAK_PORT" "${pids[0]}" "$ARTIFACTS/keycloak.log"
wait_for_url "http://localhost:$MAIL_API_PORT/api/service/readiness" 60 "Mail server" "$mail_pid" "$ARTIFACTS/mail.log"

# A throwaway database: the test never touches the one `make run` keeps.
QUARKUS_MAILER_PORT="$SMTP_PORT" start_backend "$ARTIFACTS/backend.log" "$BACKEND_PORT" "http://localhost:$KEYCLOAK_PORT/realms/varna" \
  "http://localhost:$WEB_PORT" "$work/postgres" "${E2E_POSTGRES_PORT:-15432}"
backend_pid=$!
pids+=("$backend_pid")
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 Backend "$backend_pid" "$ARTIFACTS/backend.log"
wait_for_url "http://localhost:$WEB_PORT/" 60 "Web app" "$web_pid" "$ARTIFACTS/web.log"
# nginx's workers (as root: another user) read the copy of the build.
chmod a+rx "$work"
front_proxy_start "$work/proxy" "$PROXY_PORT" "$work/web" "http://localhost:$KEYCLOAK_PORT" "$BACKEND_PORT"

cd "$ROOT"
E2E_WEB_URL="http://localhost:$WEB_PORT" E2E_PROXY_URL="http://localhost:$PROXY_PORT" E2E_API_URL="http://localhost:$BACKEND_PORT" \
  E2E_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT/realms/varna" E2E_ARTIFACTS="$ARTIFACTS" \
  E2E_MAIL_URL="http://localhost:$MAIL_API_PORT" \
  node --test --test-concurrency=1 ${E2E_FILES:-e2e/}
