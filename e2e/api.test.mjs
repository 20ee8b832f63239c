// The API against the real Keycloak: the realm's clients, users, roles and organisation claim,
// and the backend's token validation, as a partner's script would meet them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, partnerToken, userToken } from './support.mjs';

async function get(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const contentType = response.headers.get('content-type') ?? '';
  const body = contentType.includes('json') ? await response.json() : await response.text();
  return { status: response.status, contentType, body };
}

test('anyone reads the six goals of the policy in force without a token', async () => {
  const { status, body } = await get('/api/v1/goals');
  assert.equal(status, 200);
  assert.deepEqual(body.items.map((g) => g.number), [1, 2, 3, 4, 5, 6]);
  assert.match(body.items[0].title.sv, /delaktighet och tillit/);
});

test('me without a token is 401 with a problem body', async () => {
  const { status, contentType, body } = await get('/api/v1/me');
  assert.equal(status, 401);
  assert.match(contentType, /application\/problem\+json/);
  assert.equal(body.status, 401);
});

test('me with a forged token is 401', async () => {
  const real = await userToken('samordnare');
  const [header, payload] = real.split('.');
  const { status } = await get('/api/v1/me', `${header}.${payload}.${'A'.repeat(86)}`);
  assert.equal(status, 401);
});

test('the coordinator is recognised with role and organisation from a Keycloak token', async () => {
  const { status, body } = await get('/api/v1/me', await userToken('samordnare'));
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.username, 'samordnare');
  assert.deepEqual(body.roles, ['coordinator']);
  assert.equal(body.organisation?.code, 'hallbarhetsenheten');
  assert.equal(body.serviceAccount, false);
});

test('an editor acts for the organisation Keycloak names', async () => {
  const { status, body } = await get('/api/v1/me', await userToken('redaktor-skola'));
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body.roles, ['editor']);
  assert.equal(body.organisation?.code, 'barn-utbildning');
});

test('the police partner client gets a token with client credentials and is a partner of the police', async () => {
  const { status, body } = await get('/api/v1/me', await partnerToken());
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body.roles, ['partner']);
  assert.equal(body.organisation?.code, 'polisen');
  assert.equal(body.serviceAccount, true);
});

test('Swagger UI and the served contract answer', async () => {
  const ui = await get('/q/swagger-ui/');
  assert.equal(ui.status, 200);
  assert.match(ui.body, /swagger/i);
  const contract = await get('/q/openapi?format=json');
  assert.equal(contract.status, 200);
  assert.ok(contract.body.paths['/api/v1/goals'], 'the served contract describes /api/v1/goals');
});
