#!/usr/bin/env bash
# `make db-stop` / `make db-start` / `make db-status`: stops and starts the embedded PostgreSQL
# of a running `make run` underneath the backend, to see what the service does while its
# database is gone (readiness DOWN, 503 problems with Retry-After) and that it recovers on its
# own once the database is back, without a restart.
#
# The server is started again exactly as the backend started it: PostgreSQL records that
# command line in the data directory (postmaster.opts). PostgreSQL refuses to run as root; as
# zonky's embedded-postgres does, the script then starts it in a user namespace (unshare -U),
# where it runs as an unprivileged user. Stopping is a signal to the postmaster.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DATA=${VARNA_EMBEDDED_POSTGRES_DATA_DIR:-$ROOT/.data/postgres}
LOGFILE="$ROOT/.data/logs/postgres-restarted.log"

# The postmaster's pid while it runs (first line of postmaster.pid), else nothing.
running_pid() {
  local pid
  [ -f "$DATA/postmaster.pid" ] || return 0
  pid=$(head -n 1 "$DATA/postmaster.pid")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

# Waits up to $1 seconds for the condition in the remaining arguments.
wait_until() {
  local seconds=$1; shift
  for ((tenths = 0; tenths < seconds * 10; tenths++)); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  return 1
}
stopped() { [ -z "$(running_pid)" ]; }
# postmaster.pid's eighth line says "ready" once the server accepts connections.
accepting() { [ -n "$(running_pid)" ] && [ "$(sed -n 8p "$DATA/postmaster.pid" | tr -d ' ')" = ready ]; }

case "${1:-status}" in
  stop|stop-quietly)
    pid=$(running_pid)
    if [ -z "$pid" ]; then [ "$1" = stop ] && log "The database is not running."; exit 0; fi
    kill -INT "$pid"   # fast shutdown: ends sessions, rolls back open transactions
    wait_until 30 stopped || { log "The database (pid $pid) did not stop within 30 s."; exit 1; }
    [ "$1" = stop ] && log "Database stopped. The backend answers 503 and /q/health/ready is DOWN; make db-start brings it back."
    exit 0 ;;
  start)
    if [ -n "$(running_pid)" ]; then log "The database is already running."; exit 0; fi
    if [ ! -f "$DATA/postmaster.opts" ]; then log "No embedded database in $DATA: start it once with make run."; exit 1; fi
    # "/tmp/embedded-pg/PG-…/bin/postgres" "-D" "<data>" "-p" "54329" "-c" "…" …
    eval "command=($(cat "$DATA/postmaster.opts"))"
    if [ ! -x "${command[0]}" ]; then log "The embedded PostgreSQL binary ${command[0]} is gone: restart make run."; exit 1; fi
    mkdir -p "$(dirname "$LOGFILE")"
    if [ "$(id -u)" = 0 ]; then command=(unshare -U "${command[@]}"); fi
    setsid "${command[@]}" >> "$LOGFILE" 2>&1 < /dev/null &
    wait_until 60 accepting || { tail -n 20 "$LOGFILE" >&2; log "The database did not start; see $LOGFILE."; exit 1; }
    log "Database started again; the backend picks it up on its next requests." ;;
  status)
    if accepting; then echo "running (pid $(running_pid))"; elif [ -n "$(running_pid)" ]; then echo "starting or stopping"; else echo "stopped"; fi ;;
  *)
    echo "usage: $0 stop|start|status" >&2; exit 2 ;;
esac
