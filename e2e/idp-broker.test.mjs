// Municipal logins: the production realm template's identity provider and mappers
// (keycloak/varna-realm.prod.json) broker a second Keycloak realm acting as the municipality's own
// OIDC provider. A department user exists only there, in the group /varna/individ-familj/editor;
// logging in to the web app through the broker gives them Värna's editor role and organisation,
// and moving them to another group at the provider changes the role at their next login.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  API_URL, KEYCLOAK_BASE, REALM, WEB_URL, claimsOf, keycloakAdmin, launchBrowser, newPage, screenshot, webAppToken,
} from './support.mjs';

const PROVIDER_REALM = `kommun-idp-${randomBytes(3).toString('hex')}`;
const PROVIDER = `${KEYCLOAK_BASE}/realms/${PROVIDER_REALM}`;
const USER = { username: 'anna.andersson', password: randomBytes(12).toString('hex') };
// Generated for this run, never committed: what an operator puts in VARNA_IDP_CLIENT_SECRET.
const CLIENT_SECRET = randomBytes(24).toString('hex');

const template = JSON.parse(readFileSync(new URL('../keycloak/varna-realm.prod.json', import.meta.url), 'utf8'));
const [provider] = template.identityProviders;

/** The template's VARNA_IDP_* placeholders, as an operator's environment would fill them. */
const settings = {
  VARNA_IDP_ISSUER: PROVIDER,
  VARNA_IDP_AUTHORIZATION_URL: `${PROVIDER}/protocol/openid-connect/auth`,
  VARNA_IDP_TOKEN_URL: `${PROVIDER}/protocol/openid-connect/token`,
  VARNA_IDP_JWKS_URL: `${PROVIDER}/protocol/openid-connect/certs`,
  VARNA_IDP_CLIENT_ID: 'varna',
  VARNA_IDP_CLIENT_SECRET: CLIENT_SECRET,
};
const filled = (value) => JSON.parse(JSON.stringify(value).replace(/\$\{(VARNA_IDP_[A-Z_]+)\}/g, (_, name) => {
  assert.ok(name in settings, `the template names ${name}, which this test does not fill`);
  return settings[name];
}));

let browser;
before(async () => {
  browser = await launchBrowser();
  // The municipality's provider: its groups /varna/<organisation>/<role>, a client for Värna's
  // Keycloak whose tokens carry the user's groups by full path.
  await keycloakAdmin('POST', '/realms', {
    realm: PROVIDER_REALM, enabled: true,
    groups: [{ name: 'varna', subGroups: [{ name: 'individ-familj', subGroups: [{ name: 'editor' }, { name: 'viewer' }] }] }],
    clients: [{
      clientId: settings.VARNA_IDP_CLIENT_ID, enabled: true, publicClient: false, secret: CLIENT_SECRET,
      standardFlowEnabled: true, directAccessGrantsEnabled: false,
      redirectUris: [`${KEYCLOAK_BASE}/realms/${REALM}/broker/${provider.alias}/endpoint`],
      protocolMappers: [{
        name: 'groups', protocol: 'openid-connect', protocolMapper: 'oidc-group-membership-mapper',
        config: { 'claim.name': 'groups', 'full.path': 'true', 'id.token.claim': 'true', 'access.token.claim': 'true', 'userinfo.token.claim': 'true' },
      }],
    }],
    users: [{
      username: USER.username, enabled: true, email: 'anna.andersson@kommun.example', emailVerified: true,
      firstName: 'Anna', lastName: 'Andersson', groups: ['/varna/individ-familj/editor'],
      credentials: [{ type: 'password', value: USER.password, temporary: false }],
    }],
  });
  // Värna's realm gets the template's identity provider and mappers, filled in as above.
  await keycloakAdmin('POST', `/realms/${REALM}/identity-provider/instances`, filled(provider));
  for (const mapper of template.identityProviderMappers) {
    await keycloakAdmin('POST', `/realms/${REALM}/identity-provider/instances/${provider.alias}/mappers`, filled(mapper));
  }
});

after(async () => {
  await browser?.close();
  // Leave the realm as the other tests know it: no provider, no brokered user.
  await keycloakAdmin('DELETE', `/realms/${REALM}/identity-provider/instances/${provider.alias}`).catch(() => {});
  const { body: users = [] } = await keycloakAdmin('GET', `/realms/${REALM}/users?username=${USER.username}&exact=true`).catch(() => ({}));
  for (const user of users) await keycloakAdmin('DELETE', `/realms/${REALM}/users/${user.id}`);
  await keycloakAdmin('DELETE', `/realms/${PROVIDER_REALM}`).catch(() => {});
});

/** Logs in to the web app through the provider's login page; answers the web app's access token. */
async function logInThroughProvider(name) {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    // Värna's login page offers the municipality's login (the template's display name).
    await page.getByRole('link', { name: provider.displayName }).click({ timeout: 60_000 });
    await page.waitForURL((url) => url.href.startsWith(`${PROVIDER}/`), { timeout: 20_000 });
    await page.fill('#username', USER.username);
    await page.fill('#password', USER.password);
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href === `${WEB_URL}/`, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Logga ut' }).waitFor({ timeout: 20_000 });
    return await webAppToken(page);
  } catch (error) {
    await screenshot(page, `idp-broker-${name}`);
    throw error;
  } finally {
    await page.context().close();
  }
}

async function me(token) {
  const response = await fetch(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  return response.json();
}

test('a department user of the municipality\'s provider logs in with the organisation and role of their group', async () => {
  const token = await logInThroughProvider('editor');
  const claims = claimsOf(token);
  assert.equal(claims.iss, `${KEYCLOAK_BASE}/realms/${REALM}`, 'a Värna token, not the provider\'s');
  assert.equal(claims.organisation, 'individ-familj');
  assert.ok(claims.realm_access.roles.includes('editor'), JSON.stringify(claims.realm_access));

  const caller = await me(token);
  assert.equal(caller.username, USER.username);
  assert.equal(caller.organisation?.code, 'individ-familj');
  assert.ok(caller.roles.includes('editor'));
  assert.ok(!caller.roles.includes('coordinator') && !caller.roles.includes('viewer'), caller.roles.join());

  // Moved to the viewers at the provider: the next login has the viewer role, not the editor's.
  const { body: [account] } = await keycloakAdmin('GET', `/realms/${PROVIDER_REALM}/users?username=${USER.username}&exact=true`);
  const group = async (path) => (await keycloakAdmin('GET', `/realms/${PROVIDER_REALM}/group-by-path/${path}`)).body.id;
  await keycloakAdmin('DELETE', `/realms/${PROVIDER_REALM}/users/${account.id}/groups/${await group('varna/individ-familj/editor')}`);
  await keycloakAdmin('PUT', `/realms/${PROVIDER_REALM}/users/${account.id}/groups/${await group('varna/individ-familj/viewer')}`);

  const moved = await me(await logInThroughProvider('viewer'));
  assert.equal(moved.organisation?.code, 'individ-familj');
  assert.ok(moved.roles.includes('viewer'), moved.roles.join());
  assert.ok(!moved.roles.includes('editor'), `the editor role went with the group: ${moved.roles.join()}`);
});
