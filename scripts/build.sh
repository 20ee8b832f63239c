#!/usr/bin/env bash
# Builds what `make run` and the end-to-end test need, skipping what is already up to date:
# the backend's runnable jar and the web app's dependencies.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/backend/src" "$ROOT/backend/pom.xml" -newer "$jar" -print -quit)" ]; then
  log "Building the backend…"
  (cd "$ROOT/backend" && ./mvnw -q -B package -DskipTests)
fi
if [ ! -f "$ROOT/frontend/node_modules/.package-lock.json" ] || [ "$ROOT/frontend/package-lock.json" -nt "$ROOT/frontend/node_modules/.package-lock.json" ]; then
  log "Installing the web app's dependencies…"
  (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
fi
ensure_keycloak
ensure_greenmail
