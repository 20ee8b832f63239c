#!/usr/bin/env bash
# `make restore BACKUP=file [REPLACE=yes]`: restores a dump made by `make backup` into a fresh
# database, in one transaction: either every table and record is restored or nothing is.
#
# Target: PGDATABASE (default varna) on the server named by PGHOST/PGPORT/PGUSER/PGPASSWORD
# (default: the embedded database of `make run`, localhost:54329). A database that already holds
# tables is only replaced with REPLACE=yes; stop the backend first (it would otherwise answer 503
# while the database is replaced, then carry on).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_postgres
file=${1:-${BACKUP:-}}
target=$PGDATABASE

if [ -z "$file" ]; then log "Name the dump: make restore BACKUP=backups/varna-….dump"; exit 2; fi
if [ ! -r "$file" ]; then log "No readable dump at $file"; exit 2; fi
if ! "$PG_BIN/pg_restore" --list "$file" > /dev/null 2>&1; then
  log "$file is not a dump pg_restore can read (made by make backup?); nothing was changed."; exit 2
fi

# sql DATABASE STATEMENT: runs one statement with psql, quietly, and prints its result bare.
sql() {
  PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" --no-password --quiet --no-psqlrc \
    --set=ON_ERROR_STOP=1 --tuples-only --no-align --dbname="$1" --command="$2"
}
admin() { sql postgres "$1"; }
user_tables() { sql "$1" "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"; }
quoted() { printf '"%s"' "${1//\"/\"\"}"; }
identifier=$(quoted "$target")

literal=${target//\'/\'\'}
exists=$(admin "select count(*) from pg_database where datname = '$literal'")
if [ "$exists" = 1 ]; then
  tables=$(user_tables "$target")
  if [ "$tables" != 0 ] && [ "${REPLACE:-}" != yes ]; then
    log "Database $target already holds $tables tables. To replace it with the dump, run again with REPLACE=yes; nothing was changed."
    exit 3
  fi
fi

# Restore into a new database under a temporary name, then swap it in: a failed restore leaves
# the old database (or none) as it was, never a half-restored one.
staging="${target}_restoring"
staging_identifier=$(quoted "$staging")
admin "drop database if exists $staging_identifier"
admin "create database $staging_identifier"
log "Restoring $file into $target on $PGHOST:$PGPORT…"
started=$(date +%s%N)
if ! "$PG_BIN/pg_restore" --no-password --dbname="$staging" --no-owner --exit-on-error --single-transaction "$file"; then
  admin "drop database if exists $staging_identifier"
  log "Restore failed; $target was not changed."; exit 1
fi
if [ "$exists" = 1 ]; then
  admin "drop database $identifier with (force)"
fi
admin "alter database $staging_identifier rename to $identifier"
tables=$(user_tables "$target")
millis=$(( ($(date +%s%N) - started) / 1000000 ))
log "Restored $file into $target: $tables tables ($millis ms)."
