// The production build of the web app under the production Content-Security-Policy: scripts/e2e.sh
// serves the same `npm run build` output with Debian's nginx and deploy/nginx.conf (E2E_PROXY_URL),
// /api through it to the backend. Chromium loads the public pages and, signed in through Keycloak
// (whose origin the policy names for the token calls), the internal ones: no page may report a
// CSP violation or an uncaught error, and every answer carries the security headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { KEYCLOAK_BASE, PROXY_URL, launchBrowser, logIn, newPage, screenshot } from './support.mjs';

const PUBLIC_PAGES = ['/', '/areas', '/crime-statistics', '/population', '/policies', '/measures'];
const SIGNED_IN_PAGES = ['/situation-pictures', '/reports', '/indicators', '/safety-analyses', '/measures/new'];
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy',
  'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security'];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A page that records every CSP violation, uncaught error and proxy answer lacking a header. */
async function watchedPage() {
  const page = await newPage(browser);
  const problems = [];
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
  page.on('response', (response) => {
    if (!response.url().startsWith(`${PROXY_URL}/`)) return;
    const headers = response.headers();
    const missing = SECURITY_HEADERS.filter((name) => !headers[name]);
    if (missing.length > 0) problems.push(`${response.url()} (${response.status()}) lacks ${missing.join(', ')}`);
  });
  return { page, problems };
}

async function visit(page, path) {
  await page.goto(`${PROXY_URL}${path}`);
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
}

test('the app shell answers with the production policy naming Keycloak\'s origin and nothing inline', async () => {
  const response = await fetch(`${PROXY_URL}/`);
  assert.equal(response.status, 200);
  const policy = response.headers.get('content-security-policy');
  assert.match(policy, /script-src 'self'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  assert.ok(policy.includes(`connect-src 'self' ${KEYCLOAK_BASE}`), policy);
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  // the build itself has no inline script the policy would block
  assert.doesNotMatch(await response.text(), /<script(?![^>]*\bsrc=)[^>]*>/);
});

test('public pages of the production build load without a CSP violation or error', async () => {
  const { page, problems } = await watchedPage();
  try {
    for (const path of PUBLIC_PAGES) await visit(page, path);
    assert.deepEqual(problems, []);
  } catch (error) {
    await screenshot(page, 'csp-public');
    throw error;
  } finally {
    await page.context().close();
  }
});

test('signed in through Keycloak, the internal pages load without a CSP violation or error', async () => {
  const { page, problems } = await watchedPage();
  try {
    await logIn(page, 'samordnare', '/', 20_000, PROXY_URL);
    for (const path of SIGNED_IN_PAGES) await visit(page, path);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    assert.deepEqual(problems, []);
  } catch (error) {
    await screenshot(page, 'csp-signed-in');
    throw error;
  } finally {
    await page.context().close();
  }
});
