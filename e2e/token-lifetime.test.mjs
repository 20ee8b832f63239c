// Access is lost within a minute: the realm's access tokens live 60 s and the API verifies them
// itself (no introspection), so a user disabled or removed from a group in Keycloak keeps a token
// they already hold until it expires, gets no new one (disabled) or one without the organisation
// (removed from its group), and the API refuses the old token once it has expired. The web app
// renews its tokens with the refresh token before they expire (user-manager.ts).
//
// Waiting out 60 s would double this file's time: the expiry is shown with a client of this test
// whose tokens live 3 s (Keycloak's per-client lifespan, the same mechanism), and the web app's
// renewal with its client's tokens shortened to 25 s for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  API_URL, KEYCLOAK_URL, REALM, claimsOf, keycloakAdmin, launchBrowser, logIn, newPage, screenshot, userToken, webAppToken,
} from './support.mjs';

const ADMIN_REALM = `/realms/${REALM}`;
const SHORT_CLIENT = `varna-cli-3s-${randomBytes(3).toString('hex')}`;
const USER = { username: `tillfallig-${randomBytes(3).toString('hex')}`, password: randomBytes(12).toString('hex') };
let userId;

async function clientNamed(clientId) {
  const { body: [client] } = await keycloakAdmin('GET', `${ADMIN_REALM}/clients?clientId=${clientId}`);
  return client;
}

before(async () => {
  // A copy of the scripts' password-grant client (same claims and audience) with 3-second tokens.
  const { id, ...cli } = await clientNamed('varna-cli');
  await keycloakAdmin('POST', `${ADMIN_REALM}/clients`, {
    ...cli, clientId: SHORT_CLIENT, protocolMappers: cli.protocolMappers?.map(({ id: _, ...m }) => m),
    attributes: { ...cli.attributes, 'access.token.lifespan': '3' },
  });
  const created = await keycloakAdmin('POST', `${ADMIN_REALM}/users`, {
    username: USER.username, enabled: true, email: `${USER.username}@example.org`, emailVerified: true,
    firstName: 'Tillfällig', lastName: 'Redaktör', groups: ['/Kultur-, idrotts- och fritidsförvaltningen'],
    credentials: [{ type: 'password', value: USER.password, temporary: false }],
  });
  userId = created.location.split('/').pop();
  const { body: editor } = await keycloakAdmin('GET', `${ADMIN_REALM}/roles/editor`);
  await keycloakAdmin('POST', `${ADMIN_REALM}/users/${userId}/role-mappings/realm`, [editor]);
});

after(async () => {
  if (userId) await keycloakAdmin('DELETE', `${ADMIN_REALM}/users/${userId}`).catch(() => {});
  const short = await clientNamed(SHORT_CLIENT).catch(() => undefined);
  if (short) await keycloakAdmin('DELETE', `${ADMIN_REALM}/clients/${short.id}`).catch(() => {});
});

async function tokens(form) {
  const response = await fetch(`${KEYCLOAK_URL}/protocol/openid-connect/token`, {
    method: 'POST', body: new URLSearchParams({ client_id: SHORT_CLIENT, ...form }),
  });
  return { status: response.status, body: await response.json() };
}

async function me(token) {
  const response = await fetch(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: response.status === 200 ? await response.json() : undefined };
}

test('the realm\'s access tokens live 60 seconds', async () => {
  const claims = claimsOf(await userToken('lasare'));
  assert.equal(claims.exp - claims.iat, 60);
});

test('removed from their group a user loses the organisation at the next token; disabled they get none and the old one stops working', async () => {
  const first = await tokens({ grant_type: 'password', username: USER.username, password: USER.password });
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal((await me(first.body.access_token)).body.organisation?.code, 'kultur-idrott-fritid');

  // Removed from the department's group: the renewed token names no organisation.
  const { body: [group] } = await keycloakAdmin('GET', `${ADMIN_REALM}/users/${userId}/groups`);
  await keycloakAdmin('DELETE', `${ADMIN_REALM}/users/${userId}/groups/${group.id}`);
  const renewed = await tokens({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token });
  assert.equal(renewed.status, 200, JSON.stringify(renewed.body));
  assert.equal(claimsOf(renewed.body.access_token).organisation, undefined);
  const withoutGroup = await me(renewed.body.access_token);
  assert.equal(withoutGroup.status, 200);
  assert.equal(withoutGroup.body.organisation ?? null, null);

  // Disabled: no renewal; the token already held works until it expires, then the API refuses it.
  await keycloakAdmin('PUT', `${ADMIN_REALM}/users/${userId}`, { enabled: false });
  const refused = await tokens({ grant_type: 'refresh_token', refresh_token: renewed.body.refresh_token });
  assert.equal(refused.status, 400, JSON.stringify(refused.body));
  assert.equal(refused.body.error, 'invalid_grant');
  const held = renewed.body.access_token;
  const expiresAt = claimsOf(held).exp * 1000;
  let status = (await me(held)).status;
  while (status === 200 && Date.now() < expiresAt + 5_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = (await me(held)).status;
  }
  assert.equal(status, 401, 'the API refuses the token once it has expired');
  assert.ok(Date.now() >= expiresAt - 1_000, 'and not before: the API verifies tokens itself');
});

test('the web app renews its access token before it expires and goes on calling the API with the new one', async () => {
  const web = await clientNamed('varna-web');
  await keycloakAdmin('PUT', `${ADMIN_REALM}/clients/${web.id}`, { ...web, attributes: { ...web.attributes, 'access.token.lifespan': '25' } });
  const browser = await launchBrowser();
  const page = await newPage(browser);
  try {
    await logIn(page, 'lasare', '/');
    const first = await webAppToken(page);
    assert.equal(claimsOf(first).exp - claimsOf(first).iat, 25);
    // 20 s before a 25-second token expires: about 5 s after the login.
    await page.waitForFunction((old) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return key && JSON.parse(sessionStorage.getItem(key)).access_token !== old;
    }, first, { timeout: 20_000, polling: 250 });
    const second = await webAppToken(page);
    assert.ok(claimsOf(second).exp > claimsOf(first).exp);
    assert.equal((await me(second)).status, 200);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
  } catch (error) {
    await screenshot(page, 'token-lifetime-web');
    throw error;
  } finally {
    await browser.close();
    const { body: current } = await keycloakAdmin('GET', `${ADMIN_REALM}/clients/${web.id}`);
    await keycloakAdmin('PUT', `${ADMIN_REALM}/clients/${web.id}`, { ...current, attributes: { ...current.attributes, 'access.token.lifespan': '' } });
  }
});
