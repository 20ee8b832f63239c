#!/usr/bin/env bash
# `make bench-reads` (and a part of `make bench`): the fast reads of issue 19 measured side by side
# in one run against the packaged backend WITH the demo data, as `make run` has it (local profile,
# embedded PostgreSQL in .data/bench/reads-postgres/, created afresh each run):
#   - start to ready: the backend is started twice on the same database, the second start timed
#     from launch to /q/health/ready (the first creates the database, migrates and loads the demo);
#   - wrk against nginx serving the /api/v1/goals body as a static file (the ceiling), against
#     GET /api/v1/goals (16 connections and one), GET /api/v1/me with a token (16) and the
#     dashboard's crime statistics of one year by area and category (4); the median of three runs,
#     each after a warm-up, with its ratio to nginx at the same number of connections;
#   - the backend's resident memory after that load (ps -o rss), under lib.sh's memory limit;
#   - Chromium (playwright-core) opening the production build through nginx (deploy/nginx.conf,
#     as e2e/csp.test.mjs): navigation timing and the time to the public start page's first goal (median of 3).
# Pinning: once started (the starts are timed unpinned, as `make run` starts), the backend and its
# PostgreSQL, nginx and Chromium on core BENCH_SERVER_CPUS (1), wrk on BENCH_CLIENT_CPUS (0), so the
# load generator does not take the server's core. Tokens: no Keycloak — the backend trusts a public key this script generates
# (as scripts/cluster.sh does). Figures in bench/results/reads.md (bench.sh folds them into
# latest.md). Ports: BENCH_READS_BACKEND_PORT (46280), BENCH_READS_POSTGRES_PORT (46532),
# BENCH_READS_NGINX_PORT (46380). BENCH_DURATION (10s) per wrk run; BENCH_WEB_BUILD=0 reuses
# frontend/dist instead of building the web app; BENCH_PACKAGED=1 skips packaging the backend.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JAVA_HOME=$(find_java_home); export JAVA_HOME
BACKEND_PORT=${BENCH_READS_BACKEND_PORT:-46280}
POSTGRES_PORT=${BENCH_READS_POSTGRES_PORT:-46532}
NGINX_PORT=${BENCH_READS_NGINX_PORT:-46380}
SERVER_CPUS=${BENCH_SERVER_CPUS:-1}
CLIENT_CPUS=${BENCH_CLIENT_CPUS:-0}
DURATION=${BENCH_DURATION:-10s}
RESULT="$ROOT/bench/results/reads.md"
for port in "$BACKEND_PORT" "$POSTGRES_PORT" "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "Port $port is taken: set BENCH_READS_BACKEND_PORT, BENCH_READS_POSTGRES_PORT or BENCH_READS_NGINX_PORT."; exit 1
  fi
done
command -v wrk > /dev/null || { log "wrk is needed (apt-get install wrk)"; exit 1; }
ensure_nginx
WORK="$ROOT/.data/bench/reads"
rm -rf "$WORK"; mkdir -p "$WORK/web" "$ROOT/bench/results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

backend_pid=""
cleanup() {
  front_proxy_stop "$WORK/proxy"
  [ -n "$backend_pid" ] && stop_processes "$backend_pid"
}
trap cleanup EXIT

if [ "${BENCH_PACKAGED:-0}" != 1 ]; then
  log "Packaging the backend…"
  (cd "$ROOT/backend" && ./mvnw -B -ntp -q -DskipTests package)
fi
if [ "${BENCH_WEB_BUILD:-1}" != 0 ] || [ ! -f "$ROOT/frontend/dist/index.html" ]; then
  log "Building the web app (production build)…"
  (cd "$ROOT/frontend" && npm run --silent build) > "$WORK/frontend-build.log" 2>&1 \
    || { tail -n 40 "$WORK/frontend-build.log"; exit 1; }
fi
cp -R "$ROOT/frontend/dist/." "$WORK/web/"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/oidc-private.pem" 2> /dev/null
openssl pkey -in "$WORK/oidc-private.pem" -pubout -out "$WORK/oidc-public.pem"

# start LOG: the backend as `make run` starts it (demo data, not pinned), trusting the generated key.
start() {
  VARNA_PARTNER_REQUESTS_PER_MINUTE=0 \
    QUARKUS_OIDC_PUBLIC_KEY="$(sed '/-----/d' "$WORK/oidc-public.pem" | tr -d '\n')" \
    start_backend "$1" "$BACKEND_PORT" "" "http://localhost:$NGINX_PORT" "$WORK/postgres" "$POSTGRES_PORT"
  backend_pid=$!
}
# time_start LOG: starts the backend, sets elapsed_ms to the time from launch to ready
# with make run's JVM options (run_java_opts: the class-data archive the first start's stop
# writes, and the quick compiler), as `make run` starts it.
time_start() {
  local t0; t0=$(date +%s%N)
  BACKEND_JAVA_OPTS="$(run_java_opts "$WORK/backend.jsa")" start "$1"
  wait_for_ready
  elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
wait_for_ready() {
  local waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 2>/dev/null; do
    waited=$((waited + 1)); [ "$waited" -gt 6000 ] && { log "The backend was not ready within 300 s"; exit 1; }
    kill -0 "$backend_pid" 2>/dev/null || { log "The backend stopped"; tail -n 40 "$WORK"/backend-*.log >&2; exit 1; }
    sleep 0.05
  done
}
stop_backend() { stop_processes "$backend_pid"; backend_pid=""; }

log "Start 1: a new database, migrations and demo data…"
time_start "$WORK/backend-1.log"; first_ms=$elapsed_ms
log "    ready after ${first_ms} ms"
stop_backend
log "Start 2: the same database…"
time_start "$WORK/backend-2.log"; second_ms=$elapsed_ms
log "    ready after ${second_ms} ms"
stop_backend
# The figures below come from the backend as the benchmark and production start it (the full
# compiler, no archive), not from make run's quick-start options.
log "Start 3, for the figures: the same database, without make run's quick-start options…"
start "$WORK/backend-3.log"; wait_for_ready

# Pinned once ready (the starts are timed as `make run` starts, on every core): the JVM's
# threads, and PostgreSQL's processes, whose new backends fork from the pinned postmaster.
pin() { local pid; for pid in "$@"; do taskset -a -p -c "$SERVER_CPUS" "$pid" > /dev/null; done; }
postmaster=$(pgrep -f -- "-D $WORK/postgres" | head -n 1 || true)
[ -n "$postmaster" ] || postmaster=$(head -n 1 "$WORK/postgres/postmaster.pid")
pin "$backend_pid" "$postmaster" $(pgrep -P "$postmaster")

api="http://127.0.0.1:$BACKEND_PORT"
curl -fsS "$api/api/v1/goals" > "$WORK/web/bench-goals.json"
goals_bytes=$(wc -c < "$WORK/web/bench-goals.json")
front_proxy_start "$WORK/proxy" "$NGINX_PORT" "$WORK/web" "http://localhost:8180" "$BACKEND_PORT"
nginx_master=$(cat "$WORK/proxy/nginx.pid")
pin "$nginx_master" $(pgrep -P "$nginx_master")
nginx="http://127.0.0.1:$NGINX_PORT"

token=$(KEY="$WORK/oidc-private.pem" node -e '
  const { createSign, randomUUID } = require("node:crypto");
  const key = require("node:fs").readFileSync(process.env.KEY);
  const encode = (v) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const head = encode({ alg: "RS256", typ: "JWT", kid: "bench" });
  const body = encode({ iss: "varna-bench", aud: "varna-api", iat: now, exp: now + 3600, jti: randomUUID(),
    sub: "samordnare", preferred_username: "samordnare", organisation: "kommunstyrelsen",
    realm_access: { roles: ["coordinator"] } });
  process.stdout.write(`${head}.${body}.${createSign("RSA-SHA256").update(`${head}.${body}`).sign(key).toString("base64url")}`);')
dashboard="/api/v1/crime-statistics?from=2025-01&to=2025-12&groupBy=area&groupBy=category"
cells=$(curl -fsS "$api$dashboard" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).cells.length))')
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$api/api/v1/me" || { log "GET /api/v1/me refused the bench token"; exit 1; }

# wrk_median CONNECTIONS URL [HEADER]: "rps p50 p99" (ms), the median of three runs of $DURATION
# after a warm-up run; wrk on its own core, one thread.
declare -A rows
wrk_median() {
  local c=$1 url=$2 header=() out i rps=() p50=() p99=()
  [ -n "${3:-}" ] && header=(-H "$3")
  taskset -c "$CLIENT_CPUS" wrk -t1 -c"$c" -d5s "${header[@]}" "$url" > /dev/null 2>&1 || true
  for i in 1 2 3; do
    out=$(taskset -c "$CLIENT_CPUS" wrk -t1 -c"$c" -d"$DURATION" --latency "${header[@]}" "$url")
    if grep -q 'Non-2xx' <<< "$out"; then log "wrk $url: answers other than 2xx"; echo "$out" >&2; exit 1; fi
    rps+=("$(awk '/Requests\/sec/ {print $2}' <<< "$out")")
    p50+=("$(awk '$1 == "50%" {print $2}' <<< "$out" | to_ms)")
    p99+=("$(awk '$1 == "99%" {print $2}' <<< "$out" | to_ms)")
  done
  echo "$(median "${rps[@]}") $(median "${p50[@]}") $(median "${p99[@]}")"
}
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }'; }
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

measure() { # KEY CONNECTIONS URL [HEADER]
  log "wrk -c$2 $3 (3 × $DURATION)…"
  rows[$1]=$(wrk_median "$2" "$3" "${4:-}") || exit 1
  log "    ${rows[$1]} (req/s, p50 ms, p99 ms)"
}
measure nginx16 16 "$nginx/bench-goals.json"
measure nginx1 1 "$nginx/bench-goals.json"
measure nginx4 4 "$nginx/bench-goals.json"
measure goals16 16 "$api/api/v1/goals"
measure goals1 1 "$api/api/v1/goals"
measure me16 16 "$api/api/v1/me" "Authorization: Bearer $token"
measure dashboard4 4 "$api$dashboard"
rss_mb=$(( $(ps -o rss= -p "$backend_pid") / 1024 ))
log "Backend resident memory after the load: ${rss_mb} MB"

log "Chromium: the web app's first usable dashboard (3 visits)…"
first_view=$(BENCH_WEB_URL="$nginx/" taskset -c "$SERVER_CPUS" node "$ROOT/bench/first-dashboard.mjs")
log "    $first_view"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# row LABEL KEY CEILING_KEY TARGET_RPS [TARGET_P99]
row() {
  local label=$1 key=$2 ceiling=$3 rps_target=$4 p99_target=${5:-} rps p50 p99 crps verdict
  read -r rps p50 p99 <<< "${rows[$key]}"
  read -r crps _ <<< "${rows[$ceiling]}"
  verdict=$(awk -v r="$rps" -v t="$rps_target" -v p="$p99" -v pt="$p99_target" 'BEGIN {
    ok = (t == "" || r >= t) && (pt == "" || p <= pt); print (t == "" && pt == "" ? "" : (ok ? "**met**" : "**NOT met**")) }')
  printf '| %s | %s req/s, p50 %s ms, p99 %s ms | %s | %s%s%s |\n' "$label" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$crps" 'BEGIN { printf "%.3f", a / b }')" \
    "${rps_target:+≥ $rps_target req/s}" "${p99_target:+${rps_target:+, }p99 ≤ $p99_target ms}" "${verdict:+: $verdict}"
}
{
  echo "## Fast reads against the demo data (\`scripts/reads-bench.sh\`)"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores; load average (1, 5, 15 min) $load_start at the start, $load_end at the end."
  echo "Backend and its PostgreSQL, nginx and Chromium pinned to core $SERVER_CPUS, wrk (one thread) to core $CLIENT_CPUS;"
  echo "each figure the median of three wrk runs of $DURATION after a 5 s warm-up. Ratio: to nginx serving the"
  echo "$goals_bytes-byte \`/api/v1/goals\` body as a static file at the same number of connections."
  opts="${VARNA_JAVA_OPTS:-$BACKEND_JAVA_OPTS_DEFAULT}"
  if [ -n "${opts// /}" ]; then echo "Backend memory limit: \`$opts\`."; else echo "Backend memory limit: none (the JVM's defaults, \`VARNA_JAVA_OPTS=\" \"\`)."; fi
  echo
  echo "| request | figure | ratio to nginx | target |"
  echo "|---|---|---|---|"
  row "nginx, the \`/api/v1/goals\` body as a static file, 16 connections" nginx16 nginx16 ""
  row "nginx, the same file, 1 connection" nginx1 nginx1 ""
  row "nginx, the same file, 4 connections" nginx4 nginx4 ""
  row "\`GET /api/v1/goals\` anonymous ($goals_bytes bytes), 16 connections" goals16 nginx16 10000 25
  # one connection is reported beside nginx's own: the issue's target is for 16, and one
  # connection's ceiling (nginx at one connection) may be below 10 000 on a slow core
  row "\`GET /api/v1/goals\` anonymous, 1 connection (reported)" goals1 nginx1 ""
  row "\`GET /api/v1/me\` with a coordinator's token, 16 connections" me16 nginx16 4000
  row "dashboard \`$dashboard\` ($cells cells), anonymous, 4 connections" dashboard4 nginx4 1000
  printf '| backend resident memory after the load (`ps -o rss`) | %s MB | | ≤ 400 MB: %s |\n' "$rss_mb" \
    "$([ "$rss_mb" -le 400 ] && echo '**met**' || echo '**NOT met**')"
  printf '| backend start to ready, the second start on the same database (first: new database, migrations, demo data, %s ms) | %s ms | | ≤ 5 000 ms: %s |\n' \
    "$first_ms" "$second_ms" "$([ "$second_ms" -le 5000 ] && echo '**met**' || echo '**NOT met**')"
  echo "| opening the web app (production build through nginx) to its first goal on the public start page (\`data-testid="public-goal"\`, a visitor) in Chromium, median of 3 cold visits | $first_view | | (reported) |"
} > "$RESULT"
cat "$RESULT"
