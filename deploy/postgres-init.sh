#!/bin/bash
# docker-compose: runs deploy/postgres-init.sql once, when the PostgreSQL volume is created, with
# the role passwords from the environment (the official image runs *.sh in
# /docker-entrypoint-initdb.d; a plain .sql there could not read them).
set -euo pipefail
psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$VARNA_DB_OWNER_PASSWORD" -v service_password="$VARNA_DB_SERVICE_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" -f /varna/postgres-init.sql
