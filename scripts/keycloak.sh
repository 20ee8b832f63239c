#!/usr/bin/env bash
# Starts a real Keycloak (development mode, in-memory database) with the `varna` realm imported.
# Usage: scripts/keycloak.sh [HTTP_PORT] [MANAGEMENT_PORT]   (defaults 8180 and 9180)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
port=${1:-${KEYCLOAK_PORT:-8180}}
management_port=${2:-${KEYCLOAK_MANAGEMENT_PORT:-9180}}
JAVA_HOME=$(find_java_home); export JAVA_HOME
ensure_keycloak
mkdir -p "$KEYCLOAK_HOME/data/import"
cp "$ROOT/keycloak/varna-realm.json" "$KEYCLOAK_HOME/data/import/varna-realm.json"
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
# The hostname is pinned so that tokens carry the same issuer whoever asks (browser or backend).
# The realm is re-imported at every start: dev-mem keeps no state between runs.
exec "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --db=dev-mem \
  --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management_port" \
  --hostname="http://localhost:$port" --health-enabled=true --log-level=warn,org.keycloak.services:info
