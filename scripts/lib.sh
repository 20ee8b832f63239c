# Shared helpers for the run and test scripts. Sourced, not executed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_HOME="$TOOLS/keycloak-$KEYCLOAK_VERSION"

# A JDK of release 21 or newer: Quarkus 3.33 and Keycloak 26 need it; Debian's default is 17.
find_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && java_major "$JAVA_HOME/bin/java" >/dev/null; then echo "$JAVA_HOME"; return; fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && java_major "$candidate/bin/java" >/dev/null; then echo "$candidate"; return; fi
  done
  if command -v java >/dev/null && java_major "$(command -v java)" >/dev/null; then dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return; fi
  echo "No JDK 21 or newer found: install one and set JAVA_HOME." >&2
  return 1
}

# Prints the major version of the given java binary and succeeds when it is 21 or newer.
java_major() {
  local major
  major=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] && echo "$major"
}

log() { printf '\033[1m[värna]\033[0m %s\n' "$*" >&2; }

# wait_for_url URL SECONDS NAME [PID]: polls until the URL answers 2xx, the time runs out, or PID dies.
wait_for_url() {
  local url=$1 seconds=$2 name=$3 pid=${4:-} waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then log "$name stopped before it answered on $url"; return 1; fi
    if [ "$waited" -ge "$seconds" ]; then log "$name did not answer on $url within ${seconds}s"; return 1; fi
    sleep 1; waited=$((waited + 1))
  done
  log "$name is up ($url, ${waited}s)"
}

# Downloads Keycloak's distribution from Maven Central once (through the Maven wrapper, so it is
# also cached in the local Maven repository) and unpacks it under .tools/.
ensure_keycloak() {
  if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then return; fi
  log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~177 MB)…"
  mkdir -p "$TOOLS"
  (cd "$ROOT/backend" && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$TOOLS")
  (cd "$TOOLS" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
}
