// Shared set-up of the end-to-end tests: where the stack runs, a real Chromium, real tokens from
// Keycloak, and the axe-core scan every page must pass.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const WEB_URL = process.env.E2E_WEB_URL ?? 'http://localhost:14173';
export const API_URL = process.env.E2E_API_URL ?? 'http://localhost:18080';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:18180/realms/varna';
/** The same build behind Debian's nginx with deploy/nginx.conf (scripts/e2e.sh). */
export const PROXY_URL = process.env.E2E_PROXY_URL ?? 'http://localhost:14174';
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? 'e2e/artifacts';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || undefined,
    // Flags that keep Chromium off the network this machine does not have (see toolchain.md).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page in a fresh context (axe-core needs one from browser.newContext()). */
export async function newPage(browser) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the page, if any. */
export async function assertAccessible(page, name) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  if (violations.length > 0) await screenshot(page, `axe-${name}`);
  if (violations.length > 0) throw new Error(`Page "${name}" (${page.url()}) has ${violations.length} WCAG 2.1 A/AA violations:\n  ${violations.join('\n  ')}`);
  return result.passes.length;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true }).catch(() => {});
}

/**
 * Opens `path` in the web app and logs in there as a demo user through Keycloak's login page
 * (password = user name); waits until the app is back on `path` and shows the user signed in.
 * `base` is the web app's address (the front proxy's, E2E_PROXY_URL, for the headers' test).
 */
export async function logIn(page, username, path, timeout = 20_000, base = WEB_URL) {
  await page.goto(`${base}${path}`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  // Keycloak renders its first login page slowly (the theme is compiled on first use): on a
  // busy machine that alone took over 20 s, so the first wait has a wider margin.
  await page.locator('#username').waitFor({ timeout: Math.max(timeout, 60_000) });
  await page.fill('#username', username);
  await page.fill('#password', username);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href === `${base}${path}`, { timeout });
  await page.getByRole('button', { name: 'Logga ut' }).waitFor({ timeout });
}

/** An access token for a demo user, through the public `varna-cli` client (password grant). */
export async function userToken(username) {
  return token({ grant_type: 'password', client_id: 'varna-cli', username, password: username });
}

/** An access token for the police's partner client (client credentials). */
export async function partnerToken() {
  return token({ grant_type: 'client_credentials', client_id: 'polisen-api', client_secret: 'polisen-demo-secret' });
}

async function token(form) {
  const response = await fetch(`${KEYCLOAK_URL}/protocol/openid-connect/token`, {
    method: 'POST', body: new URLSearchParams(form),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`Keycloak refused a token: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** Keycloak's base address (without /realms/…), where the admin REST API lives, and the realm's name. */
export const KEYCLOAK_BASE = KEYCLOAK_URL.replace(/\/realms\/.*$/, '');
export const REALM = KEYCLOAK_URL.split('/realms/')[1];

/**
 * The admin REST API of the test's Keycloak, as its bootstrap admin (scripts/keycloak.sh):
 * `keycloakAdmin(method, '/realms/varna/users', body)` answers `{ status, body, location }` and
 * throws on an error. Each call gets a fresh admin token (they live 60 s).
 */
export async function keycloakAdmin(method, path, body) {
  const response = await fetch(`${KEYCLOAK_BASE}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password', client_id: 'admin-cli',
      username: process.env.E2E_KEYCLOAK_ADMIN ?? 'admin', password: process.env.E2E_KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  if (!response.ok) throw new Error(`Keycloak refused the admin: ${response.status} ${await response.text()}`);
  const { access_token: adminToken } = await response.json();
  const answer = await fetch(`${KEYCLOAK_BASE}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (answer.status >= 400) throw new Error(`Keycloak admin ${method} ${path}: ${answer.status} ${text}`);
  return { status: answer.status, body: text ? JSON.parse(text) : undefined, location: answer.headers.get('Location') };
}

/** The claims of a JWT (not verified: the test only reads what Keycloak put in). */
export function claimsOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** The access token the web app holds for its signed-in user (oidc-client-ts keeps it in sessionStorage). */
export async function webAppToken(page) {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key)).access_token : undefined;
  });
}
