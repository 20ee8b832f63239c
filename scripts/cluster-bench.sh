#!/usr/bin/env bash
# `make bench-cluster` (and the end of `make bench`): small public GETs (GET /api/v1/goals) and an
# authenticated one (GET /api/v1/me with a coordinator's token) against one replica, against both
# behind nginx, and nginx serving the same JSON as a static file, with wrk on `make cluster`'s
# loopback cluster (its own ports). Figures in bench/results/cluster.md. On 2 cores the two
# replicas share the cores with PostgreSQL, nginx and wrk: see docs/deployment.md for a larger
# machine.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export CLUSTER_DIR=${CLUSTER_DIR:-$(mktemp -d /tmp/varna-bench-cluster.XXXX)}
export CLUSTER_NGINX_PORT=${CLUSTER_NGINX_PORT:-24080} CLUSTER_BACKEND_PORTS=${CLUSTER_BACKEND_PORTS:-24081 24082} CLUSTER_PG_PORT=${CLUSTER_PG_PORT:-24432}
# the public reads are not rate limited, but a partner limit must not muddle anything
export VARNA_PARTNER_REQUESTS_PER_MINUTE=0
DURATION=${BENCH_DURATION:-10s} CONNECTIONS=${BENCH_CONNECTIONS:-16}
trap '"$ROOT/scripts/cluster.sh" stop' EXIT
"$ROOT/scripts/cluster.sh" start > /dev/null
read -r -a replicas <<< "$(sed -n 's/^CLUSTER_REPLICA_URLS="\(.*\)"/\1/p' "$CLUSTER_DIR/env")"
nginx="http://127.0.0.1:$CLUSTER_NGINX_PORT"
path=/api/v1/goals
# the same JSON as a file nginx serves itself (the root of the cluster's nginx)
web="$CLUSTER_DIR/web"
curl -fsS "${replicas[0]}$path" > "$CLUSTER_DIR/goals.json"
static_name="bench-goals.json"
cp "$CLUSTER_DIR/goals.json" "$web/$static_name"

# a coordinator's token as Keycloak issues them (RS256, aud varna-api), signed with the key the
# replicas trust; ten minutes outlast the runs
token=$(CLUSTER_KEY="$CLUSTER_DIR/oidc-private.pem" node -e '
  const { createSign, randomUUID } = require("node:crypto");
  const key = require("node:fs").readFileSync(process.env.CLUSTER_KEY);
  const encode = (v) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const head = encode({ alg: "RS256", typ: "JWT", kid: "cluster" });
  const body = encode({ iss: "varna-cluster-test", aud: "varna-api", iat: now, exp: now + 600, jti: randomUUID(),
    sub: "samordnare", preferred_username: "samordnare", organisation: "kommunstyrelsen",
    realm_access: { roles: ["coordinator"] } });
  process.stdout.write(`${head}.${body}.${createSign("RSA-SHA256").update(`${head}.${body}`).sign(key).toString("base64url")}`);')

run() { # NAME URL [HEADER]
  local header=(); [[ -n "${3:-}" ]] && header=(-H "$3")
  curl -fsS -o /dev/null "${header[@]}" "$2" # warm up the path once
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "${header[@]}" "$2" > /dev/null 2>&1 || true # warm-up pass
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$2")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  printf '| %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99"
}
mkdir -p "$ROOT/bench/results"
{
  echo "# Small public GETs: one replica, two behind nginx, nginx static"
  echo
  echo "$(date -u +%Y-%m-%d) on $(nproc) cores; wrk -t2 -c$CONNECTIONS -d$DURATION, GET $path ($(wc -c < "$CLUSTER_DIR/goals.json") bytes)."
  echo
  echo "| target | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
  run "one replica (direct)" "${replicas[0]}$path"
  run "two replicas behind nginx" "$nginx$path"
  run "nginx, the same JSON as a static file" "$nginx/$static_name"
  run "GET /api/v1/me with a token, one replica" "${replicas[0]}/api/v1/me" "Authorization: Bearer $token"
  run "GET /api/v1/me with a token, two behind nginx" "$nginx/api/v1/me" "Authorization: Bearer $token"
} | tee "$ROOT/bench/results/cluster.md"
