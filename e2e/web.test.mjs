// The web app in a real Chromium against the real backend and Keycloak: what a visitor and the
// coordinator see, and an axe-core scan (WCAG 2.1 A/AA) of every page, in Swedish and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WEB_URL, assertAccessible, launchBrowser, newPage, screenshot } from './support.mjs';

const TIMEOUT = 20_000;
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function expectSixGoals(page) {
  // a visitor's public start page, or a signed-in reader's cards at a glance
  const cards = page.locator('[data-testid="public-goal"], [data-testid="glance-card"]');
  await cards.nth(5).waitFor({ timeout: TIMEOUT });
  assert.equal(await cards.count(), 6, 'the overview shows the six goals of the policy');
  return cards;
}

// Each page of the navigation frame, reached through its link as a user would.
const NAV_PAGES = [
  { sv: 'Indikatorer', en: 'Indicators', path: '/indicators' },
  { sv: 'Brottsstatistik', en: 'Crime statistics', path: '/crime-statistics' },
  { sv: 'Insatser', en: 'Measures', path: '/measures' },
  { sv: 'Stadsdelar', en: 'Districts', path: '/areas' },
  { sv: 'Lägesrapporter', en: 'Status reports', path: '/reports' },
];

async function scanEveryPage(page, language) {
  await page.goto(`${WEB_URL}/`);
  const cards = await expectSixGoals(page);
  await assertAccessible(page, `${language}-overview`);

  await cards.first().getByRole('link').first().click();
  await page.waitForURL(/\/goals\/\d+$/, { timeout: TIMEOUT });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
  await page.waitForLoadState('networkidle');
  await assertAccessible(page, `${language}-goal`);

  const nav = page.getByRole('navigation').first();
  for (const entry of NAV_PAGES) {
    await nav.getByRole('link', { name: entry[language], exact: true }).click();
    await page.waitForURL(new RegExp(`${entry.path}$`), { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, `${language}-${entry.path.slice(1)}`);
  }
}

test('an anonymous visitor gets the public start page with the six goals and can log in', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/`);
    await page.getByRole('heading', { level: 1, name: /Så går arbetet för ett tryggare/ }).waitFor({ timeout: TIMEOUT });
    const cards = await expectSixGoals(page);
    assert.equal(await page.getByTestId('public-goal').count(), 6, 'the public page\'s goals, not the glance');
    assert.match(await cards.first().innerText(), /delaktighet och tillit/);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await page.getByRole('button', { name: 'Logga in' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'anonymous-overview');
  } catch (error) { await screenshot(page, 'anonymous-failure'); throw error; }
  finally { await page.context().close(); }
});

test('the coordinator logs in through Keycloak, sees who they are and every page passes axe', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/indicators`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('#username').waitFor({ timeout: TIMEOUT });
    await page.fill('#username', 'samordnare');
    await page.fill('#password', 'samordnare');
    await page.click('#kc-login');
    // Back on the page the login started from, with the authorization code gone from the address.
    await page.waitForURL((url) => url.href === `${WEB_URL}/indicators`, { timeout: TIMEOUT });
    await page.getByText(/samordnare/i).first().waitFor({ timeout: TIMEOUT });
    await page.getByText('Hållbarhetsenheten').first().waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Logga ut' }).waitFor({ timeout: TIMEOUT });
    await screenshot(page, 'coordinator-overview');

    await scanEveryPage(page, 'sv');

    await page.getByRole('navigation').first().getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await scanEveryPage(page, 'en');
    await screenshot(page, 'coordinator-english');
  } catch (error) { await screenshot(page, 'coordinator-failure'); throw error; }
  finally { await page.context().close(); }
});
