// make test-deploy: docker-compose.yml as Debian's docker-compose reads it (no engine runs here),
// and the promises of docker-compose.yml and deploy/nginx.conf that need no running container.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const secrets = {
  POSTGRES_PASSWORD: 'pg-superuser-secret', VARNA_DB_OWNER_PASSWORD: 'owner-secret', VARNA_DB_SERVICE_PASSWORD: 'service-secret',
  KEYCLOAK_DB_PASSWORD: 'keycloak-db-secret', KEYCLOAK_ADMIN_PASSWORD: 'admin-secret', VARNA_POLISEN_API_SECRET: 'polisen-secret',
  VARNA_DIRECTORY_CLIENT_SECRET: 'directory-secret',
  VARNA_DISCLOSURE_SECRET: 'disclosure-secret-0123456789', VARNA_IDP_CLIENT_SECRET: 'idp-client-secret',
};
// The municipality's identity provider (an Entra ID tenant here): settings, not secrets.
const idp = 'https://login.microsoftonline.com/tenant-id';
const settings = {
  VARNA_IDP_ISSUER: `${idp}/v2.0`, VARNA_IDP_AUTHORIZATION_URL: `${idp}/oauth2/v2.0/authorize`,
  VARNA_IDP_TOKEN_URL: `${idp}/oauth2/v2.0/token`, VARNA_IDP_JWKS_URL: `${idp}/discovery/v2.0/keys`, VARNA_IDP_CLIENT_ID: 'client-id',
};
const compose = (env) => spawnSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config'],
  { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...settings, ...env } });

test('docker-compose config accepts the file and every secret comes from the environment', () => {
  const run = compose(secrets);
  assert.equal(run.status, 0, run.stderr);
  const config = parse(run.stdout);
  const { postgres, keycloak, backend, web } = config.services;
  assert.equal(backend.deploy.replicas, 2);
  assert.equal(backend.environment.QUARKUS_PROFILE, 'prod');
  // three roles: migrations as the owner, the service with rows only, Keycloak on its own
  assert.equal(backend.environment.QUARKUS_FLYWAY_USERNAME, 'varna_owner');
  assert.equal(backend.environment.QUARKUS_DATASOURCE_USERNAME, 'varna_service');
  assert.equal(backend.environment.QUARKUS_DATASOURCE_PASSWORD, secrets.VARNA_DB_SERVICE_PASSWORD);
  // the reminder digest's directory client: one secret, Keycloak's and the backend's
  assert.equal(backend.environment.VARNA_DIRECTORY_CLIENT_SECRET, secrets.VARNA_DIRECTORY_CLIENT_SECRET);
  assert.equal(keycloak.environment.VARNA_DIRECTORY_CLIENT_SECRET, secrets.VARNA_DIRECTORY_CLIENT_SECRET);
  assert.equal(backend.environment.VARNA_KEYCLOAK_URL, 'http://keycloak:8080');
  assert.equal(keycloak.environment.KC_DB_USERNAME, 'keycloak');
  assert.equal(keycloak.environment.KC_DB_PASSWORD, secrets.KEYCLOAK_DB_PASSWORD);
  assert.match(postgres.image, /^postgres:1[78]$/);
  assert.match(keycloak.image, /^quay\.io\/keycloak\/keycloak:26\./);
  assert.ok(web.ports.some((p) => String(p.target ?? p).includes('80')));
  // the Keycloak image is the version make run and the tests use
  const keycloakVersion = readFileSync(join(root, 'scripts/lib.sh'), 'utf8').match(/KEYCLOAK_VERSION:-([0-9.]+)/)[1];
  assert.equal(keycloak.image, `quay.io/keycloak/keycloak:${keycloakVersion}`);
  // every password is the one given, none a default of the file
  assert.equal(postgres.environment.POSTGRES_PASSWORD, secrets.POSTGRES_PASSWORD);
  assert.equal(keycloak.environment.KC_BOOTSTRAP_ADMIN_PASSWORD, secrets.KEYCLOAK_ADMIN_PASSWORD);
  assert.equal(backend.environment.QUARKUS_FLYWAY_PASSWORD, secrets.VARNA_DB_OWNER_PASSWORD);
  assert.equal(backend.environment.VARNA_DISCLOSURE_SECRET, secrets.VARNA_DISCLOSURE_SECRET);
});

test('Keycloak gets every placeholder of the production realm template from the environment', () => {
  const { keycloak } = parse(compose(secrets).stdout).services;
  const template = readFileSync(join(root, 'keycloak/varna-realm.prod.json'), 'utf8');
  const placeholders = new Set([...template.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)].map((m) => m[1]));
  assert.ok(placeholders.has('VARNA_IDP_CLIENT_SECRET'));
  for (const name of placeholders) assert.ok(keycloak.environment[name], `${name} reaches Keycloak`);
  assert.equal(keycloak.environment.VARNA_IDP_CLIENT_SECRET, secrets.VARNA_IDP_CLIENT_SECRET);
  assert.equal(keycloak.environment.VARNA_IDP_TOKEN_URL, settings.VARNA_IDP_TOKEN_URL);
});

test('docker-compose refuses to start without each secret, naming it', () => {
  for (const name of Object.keys(secrets)) {
    const { [name]: _, ...others } = secrets;
    const run = compose(others);
    assert.notEqual(run.status, 0, `${name} missing, yet accepted`);
    assert.match(run.stderr, new RegExp(name));
  }
});

test('the images are supported releases', () => {
  const dockerfiles = ['backend.Dockerfile', 'web.Dockerfile'].map((f) => readFileSync(join(root, 'deploy', f), 'utf8')).join('\n');
  const images = [...dockerfiles.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
  assert.deepEqual(images, ['eclipse-temurin:25-jdk', 'eclipse-temurin:25-jre', 'node:20-alpine', 'nginx:1.28-alpine']);
});

test("nginx takes request bodies as large as the API's largest", () => {
  const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
  const api = properties.match(/^quarkus\.http\.limits\.max-body-size=(\d+)M$/m)[1];
  const proxy = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8').match(/^client_max_body_size (\d+)m;$/m)[1];
  assert.equal(proxy, api);
});

test('the compose nginx re-resolves the backend replicas and the service trusts its X-Forwarded-* in prod', () => {
  const conf = readFileSync(join(root, 'deploy/nginx/compose.conf'), 'utf8');
  assert.match(conf, /^resolver \$\{NGINX_RESOLVER\} valid=\d+s/m);
  assert.match(conf, /server \$\{VARNA_BACKEND\}:8080 resolve;/);
  const dockerfile = readFileSync(join(root, 'deploy/web.Dockerfile'), 'utf8');
  assert.match(dockerfile, /NGINX_RESOLVER=127\.0\.0\.11 VARNA_BACKEND=backend /, "docker-compose's DNS and service name by default");
  const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
  for (const key of ['proxy-address-forwarding', 'allow-x-forwarded', 'enable-forwarded-host']) {
    assert.match(properties, new RegExp(`^%prod\\.quarkus\\.http\\.proxy\\.${key}=true$`, 'm'));
  }
});
