#!/usr/bin/env bash
# `make backup [BACKUP=file]`: a consistent pg_dump of Värna's database in PostgreSQL's custom
# format (compressed, restorable table by table with pg_restore), checked readable afterwards.
#
# The database is the one `make run` starts (embedded, localhost:54329, database varna) unless
# the standard libpq variables say otherwise: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# pg_dump takes one snapshot, so the dump is consistent while the service keeps running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_postgres

file=${1:-${BACKUP:-$ROOT/backups/varna-$(date -u +%Y%m%dT%H%M%SZ).dump}}
mkdir -p "$(dirname "$file")"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

log "Backing up database $PGDATABASE on $PGHOST:$PGPORT…"
started=$(date +%s%N)
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-password --file="$partial" "$PGDATABASE"
# A dump only counts once pg_restore can read its table of contents.
entries=$("$PG_BIN/pg_restore" --list "$partial" | grep -c ' TABLE DATA ' || true)
mv "$partial" "$file"
millis=$(( ($(date +%s%N) - started) / 1000000 ))
log "Backup written: $file ($(du -h "$file" | cut -f1), $entries tables with data, ${millis} ms)"
log "Restore it with: make restore BACKUP=$file"
