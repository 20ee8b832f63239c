#!/usr/bin/env bash
# Generates the clients a partner would generate from openapi.yaml, with openapi-generator as they
# would run it (typescript-fetch, and java with the JDK's own HTTP client), and compiles them
# without any edit: tsc (strict) for TypeScript, the generated pom.xml for Java. Fails on any
# generation or compile error. Output in target/partner-clients/ (removed and written anew).
#
# The generator comes from Maven Central through the Maven wrapper once (cached in .tools/ and the
# local Maven repository); the Java client's dependencies (Jackson) are fetched once the same way.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

GENERATOR_VERSION=${OPENAPI_GENERATOR_VERSION:-7.25.0}
GENERATOR_JAR="$TOOLS/openapi-generator-cli-$GENERATOR_VERSION.jar"
OUT="$ROOT/target/partner-clients"
TSC="$ROOT/node_modules/.bin/tsc"
JAVA_HOME=$(find_java_home); export JAVA_HOME
started=$SECONDS
# Short-lived JVMs (the generator, Maven with javac): the C1 compiler only and the serial collector
# halve their CPU time on this 2-core machine.
QUICK_JVM="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

ensure_generator() {
  if [ -f "$GENERATOR_JAR" ]; then return; fi
  log "Fetching openapi-generator-cli $GENERATOR_VERSION from Maven Central (once, ~32 MB)…"
  mkdir -p "$TOOLS"
  (cd "$ROOT/backend" && ./mvnw -q -B -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -DoutputDirectory="$TOOLS")
}

# Both clients in one generator run (openapi-generator's batch command: the options of each are
# those of `openapi-generator generate`); shows the generator's log when it fails.
generate_clients() {
  cat > "$OUT/typescript-fetch.yaml" <<YAML
generatorName: typescript-fetch
inputSpec: $ROOT/openapi.yaml
outputDir: $OUT/typescript-fetch
YAML
  cat > "$OUT/java.yaml" <<YAML
generatorName: java
library: native
inputSpec: $ROOT/openapi.yaml
outputDir: $OUT/java
additionalProperties:
  hideGenerationTimestamp: true
YAML
  if ! "$JAVA_HOME/bin/java" $QUICK_JVM -jar "$GENERATOR_JAR" batch --fail-fast \
      "$OUT/typescript-fetch.yaml" "$OUT/java.yaml" > "$OUT/generator.log" 2>&1; then
    grep -v -e '^[[:space:]]*at ' -e ' INFO ' "$OUT/generator.log" | tail -n 40 >&2
    log "openapi-generator could not generate the partner clients from openapi.yaml (log: $OUT/generator.log)"
    exit 1
  fi
}

# fail WHAT LOG: reports a client that does not compile, with the compiler's messages.
fail() {
  cat "$2" >&2
  log "The $1 client generated from openapi.yaml does not compile: a partner's would not either."
  exit 1
}

if [ ! -x "$TSC" ]; then
  log "No TypeScript compiler at $TSC: run 'make tools' (npm ci at the repository root) first."
  exit 1
fi
ensure_generator
rm -rf "$OUT" && mkdir -p "$OUT"
generate_clients
log "Both clients generated ($((SECONDS - started)) s)"

# The generated code as a strict application would compile it, with no ambient types from the
# repository's node_modules.
cat > "$OUT/typescript-fetch/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2022",
    "module": "ES2022",
    "moduleResolution": "bundler",
    "lib": ["ES2022", "DOM"],
    "types": []
  },
  "include": ["**/*.ts"]
}
JSON
"$TSC" -p "$OUT/typescript-fetch" > "$OUT/typescript-fetch-tsc.log" 2>&1 || fail typescript-fetch "$OUT/typescript-fetch-tsc.log"
log "typescript-fetch client compiles ($((SECONDS - started)) s)"

(cd "$ROOT/backend" && MAVEN_OPTS="${MAVEN_OPTS:-} $QUICK_JVM" ./mvnw -q -B -ntp -f "$OUT/java/pom.xml" compile) \
  > "$OUT/java-compile.log" 2>&1 \
  || fail java "$OUT/java-compile.log"
log "java (native) client compiles; both partner clients in $((SECONDS - started)) s"
