// The public's window on the real stack: the public start page — a visitor's `/`, and still at
// `/public` — and the accessibility statement without signing in, in Swedish and English, each scanned by axe-core (WCAG 2.1 A/AA); the
// statement linked from every page's footer, signed in or not; the open-data catalogue and a
// public figure as CSV from the real backend.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot } from './support.mjs';

const TIMEOUT = 20_000;
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function footerLink(page, name) {
  const link = page.getByRole('contentinfo').getByRole('link', { name, exact: true });
  await link.waitFor({ timeout: TIMEOUT });
  return link;
}

test('a visitor reads the public start page and the accessibility statement in Swedish and English', async () => {
  const page = await newPage(browser);
  try {
    // the public page is where a visitor starts
    await page.goto(`${WEB_URL}/`);
    await page.getByRole('heading', { level: 1, name: /Så går arbetet för ett tryggare/ }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('glance-card').count(), 0, 'no glance for a visitor');
    const goals = page.getByTestId('public-goal');
    await goals.nth(5).waitFor({ timeout: TIMEOUT });
    assert.equal(await goals.count(), 6, 'the public page shows the six goals');
    await page.getByRole('heading', { level: 2, name: 'Anmälda brott per år' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { level: 2, name: 'Öppna data' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    const values = await page.getByTestId('public-indicator-value').allInnerTexts();
    assert.ok(values.length > 0, 'each goal lists its indicators');
    assert.ok(values.every((v) => !/Laddar/.test(v)), 'every indicator has its latest value or says it has none');
    assert.equal(await page.getByRole('button', { name: 'Logga in' }).count(), 1, 'no sign-in needed, but offered');
    await assertAccessible(page, 'public-sv');

    // what the goal overview offered visitors is a link away: each goal's page with its indicators
    await goals.first().getByRole('link', { name: /^Mål 1 / }).click();
    await page.waitForURL(/\/goals\/\d+$/, { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
    await page.goBack();
    await goals.nth(5).waitFor({ timeout: TIMEOUT });

    await (await footerLink(page, 'Tillgänglighetsredogörelse')).click();
    await page.waitForURL(/\/accessibility$/, { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för Värna' }).waitFor({ timeout: TIMEOUT });
    for (const section of ['Hur tillgänglig är webbplatsen?', 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Teknisk information om webbplatsens tillgänglighet',
      'Hur vi testat webbplatsen']) {
      assert.equal(await page.getByRole('heading', { name: section, exact: true }).count(), 1, `the statement has "${section}"`);
    }
    assert.match(await page.locator('main').innerText(), /delvis förenlig/);
    assert.match(await page.locator('main').innerText(), /WCAG 2\.1/);
    await assertAccessible(page, 'accessibility-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Värna' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await assertAccessible(page, 'accessibility-en');

    await (await footerLink(page, 'For the public and open data')).click();
    await page.waitForURL(/\/public$/, { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 2, name: 'Reported crimes per year' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('public-goal').nth(5).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'public-en');

    await page.setViewportSize({ width: 375, height: 740 });
    await assertAccessible(page, 'public-en-phone');
  } catch (error) { await screenshot(page, 'public-failure'); throw error; }
  finally { await page.context().close(); }
});

test('a signed-in reader finds the accessibility statement in the footer too', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'lasare', '/indicators');
    await (await footerLink(page, 'Tillgänglighetsredogörelse')).click();
    await page.waitForURL(/\/accessibility$/, { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 2, name: 'Tillsyn' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'accessibility-signed-in');
  } catch (error) { await screenshot(page, 'public-signed-in-failure'); throw error; }
  finally { await page.context().close(); }
});

test('the open-data catalogue and a public figure as CSV come from the real backend without a token', async () => {
  const turtle = await fetch(`${API_URL}/api/v1/catalog`, { headers: { Accept: 'text/turtle' } });
  assert.equal(turtle.status, 200);
  assert.match(turtle.headers.get('content-type'), /^text\/turtle/);
  const text = await turtle.text();
  assert.match(text, /a dcat:Catalog/);
  assert.equal((text.match(/a dcat:Dataset/g) ?? []).length, 4, 'one dataset per family of public figures');
  assert.match(text, new RegExp(`<${API_URL}/api/v1/crime-statistics>`), 'distributions at the address asked');

  const jsonLd = await fetch(`${API_URL}/api/v1/catalog`);
  assert.match(jsonLd.headers.get('content-type'), /^application\/ld\+json/);
  assert.ok(Array.isArray((await jsonLd.json())['@graph']));

  const csv = await fetch(`${API_URL}/api/v1/measures?limit=5`, { headers: { Accept: 'text/csv' } });
  assert.equal(csv.status, 200);
  assert.match((await csv.text()).replace(/^\uFEFF/, ''), /^id,title,responsibleOrganisation,goals,districts,status/);
});
