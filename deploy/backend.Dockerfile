# The Värna backend: built with the Maven wrapper, run as a Quarkus fast-jar on a JRE.
# Build context: the repository root (see docker-compose.yml).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src/backend
COPY backend/.mvn .mvn
COPY backend/mvnw backend/pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY backend/src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build --chown=185 /src/backend/target/quarkus-app/ ./
USER 185
EXPOSE 8080
# The memory limit of scripts/lib.sh (docs/operations.md#memory): under 400 MB resident.
ENV JAVA_OPTS_APPEND="-Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC"
# The prod profile (the default): QUARKUS_DATASOURCE_JDBC_URL must name the database (docker-compose
# sets it), or the service does not start; no embedded PostgreSQL, no demo figures.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar quarkus-run.jar"]
