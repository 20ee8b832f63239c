# Värna — the two commands are `make run` and `make test`; the rest are their parts.
SHELL := /bin/bash
# A JDK of release 21 or newer (Debian's default java is 17).
JAVA_HOME ?= $(firstword $(wildcard /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64))
export JAVA_HOME
NPM_CI := npm ci --no-audit --no-fund --loglevel=error

.PHONY: run cluster cluster-stop bench-cluster bench-crime bench-reads test-cluster test-deploy contract test test-backend test-frontend test-contract test-clients test-e2e tools postgres-client build clean help bench backup restore db-stop db-start db-status burst

help:
	@echo "make run    start Keycloak (8180), backend (8080) and web app (5173)"
	@echo "make test   every test: contract lint, partner clients, backend, frontend, end-to-end"
	@echo "make contract  write openapi.yaml from the code (after changing an annotation or constraint)"
	@echo "make bench  every benchmark side by side in one run (bench/results/latest.md; BENCH_ONLY=\"crime reads cluster\" picks parts)"
	@echo "make bench-crime / bench-reads / bench-cluster  one part: 10 M crime facts; fast reads vs nginx; two replicas"
	@echo "make backup              pg_dump of the database into backups/ (BACKUP=file to name it)"
	@echo "make restore BACKUP=file restore a dump into a fresh database (REPLACE=yes to replace one)"
	@echo "make db-stop / db-start  stop and start the embedded database under a running make run"
	@echo "make cluster / cluster-stop  PostgreSQL, two backend replicas and nginx on loopback (scripts/cluster.sh)"
	@echo "make burst               3 000 malformed requests against a running make run (no 5xx)"

## Start everything with embedded defaults; Ctrl-C stops it.
run:
	@scripts/run.sh

## The contract is generated from the code: build the backend (which stores the document it
## serves in backend/target/openapi), copy it to the root openapi.yaml and the web app's types.
## ContractTest fails while the committed file differs from the code.
contract:
	cd backend && ./mvnw -B -ntp -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run --silent generate:api
	@echo "openapi.yaml written from the code; commit it with your change"

## Every test, cheapest first.
test: test-contract test-clients test-deploy test-backend test-cluster test-frontend test-e2e
	@echo "make test: all suites passed"

node_modules/.package-lock.json: package-lock.json
	$(NPM_CI)

tools: node_modules/.package-lock.json

## Spectral's OpenAPI rules on the contract (0 errors).
test-contract: tools
	npm run --silent lint:contract

## The typescript-fetch and java clients a partner generates from openapi.yaml compile without edits.
test-clients: tools
	scripts/partner-clients.sh

## Backend unit, resource and contract tests against embedded PostgreSQL and WireMock OIDC; also packages the jar.
test-backend: postgres-client
	cd backend && ./mvnw -B -ntp verify

## Frontend type check, lint, unit tests and production build.
test-frontend:
	cd frontend && $(NPM_CI) && npm run typecheck && npm run lint && npm test && npm run build

## Production on loopback: one PostgreSQL, two replicas of the packaged backend (prod profile)
## and Debian's nginx with deploy/nginx.conf in front (http://localhost:28080); the addresses
## are printed and kept in .data/cluster/env. `make cluster-stop` stops it.
cluster:
	@scripts/cluster.sh start

cluster-stop:
	@scripts/cluster.sh stop

## Small public GETs and an authenticated one against one replica, two behind nginx and
## nginx's static file (wrk), also the end of `make bench`;
## figures in bench/results/cluster.md.
bench-cluster:
	scripts/cluster-bench.sh

## The cluster shown to share the work (deploy/test/cluster.test.mjs, on its own ports): imports
## run once each, a killed replica's import is taken over, one partner limit for both replicas,
## readiness follows the database, nginx's own errors are problems. Needs the packaged jar.
test-cluster:
	node --test --test-concurrency=1 deploy/test/

## docker-compose.yml is valid for Debian's docker-compose (no engine needed) and keeps its promises.
test-deploy: tools
	node --test --test-concurrency=1 deploy/test-static/

## The real stack (Keycloak, backend, web app) in Chromium, with axe-core.
test-e2e: tools
	scripts/e2e.sh

build:
	scripts/build.sh

## pg_dump, pg_restore and psql of the server's major version (built once into .tools/ when missing).
postgres-client:
	@scripts/postgres-client.sh > /dev/null

## Backup of the database `make run` uses (or the one PGHOST/PGPORT/PGUSER/PGDATABASE name):
## `make backup` writes backups/varna-<UTC time>.dump; `make restore BACKUP=backups/….dump`
## restores it in one transaction into a fresh database (REPLACE=yes replaces an occupied one).
backup:
	@scripts/backup.sh $(BACKUP)

restore:
	@scripts/restore.sh $(BACKUP)

## Stop and start the embedded database under a running `make run`, to watch the service
## answer 503 while it is gone and recover by itself when it is back.
db-stop db-start db-status:
	@scripts/database.sh $(subst db-,,$@)

## 3 000 malformed requests generated from openapi.yaml against a running `make run`, with
## Keycloak's tokens of every role; fails on any 5xx or answer that is not a problem.
burst: tools
	E2E_API_URL=http://localhost:8080 E2E_KEYCLOAK_URL=http://localhost:8180/realms/varna \
	  node e2e/malformed-burst.mjs $(or $(COUNT),3000) $(or $(SEED),20261125)

## Every benchmark in one run (scripts/bench.sh, docs/benchmarks.md): the crime statistics on
## 10 million facts (dashboard hits and misses against plain SQL, a 1-million-row import against
## COPY), the fast reads against the demo data and nginx (wrk pinned apart from the server; memory,
## start to ready, the web app's first dashboard), then the cluster GETs; all in
## bench/results/latest.md. The parts alone: bench-crime, bench-reads, bench-cluster.
bench:
	scripts/bench.sh

bench-crime:
	BENCH_ONLY=crime scripts/bench.sh

bench-reads:
	BENCH_ONLY=reads scripts/bench.sh

clean:
	cd backend && ./mvnw -q clean
	rm -rf frontend/dist e2e/artifacts target/partner-clients
