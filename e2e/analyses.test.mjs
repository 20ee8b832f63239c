// Safety analyses, agreements and the district page against the real stack: the demo data, who
// may read and write what, the police following up their own commitment, bad input named by
// field, and the pages in Chromium (Swedish and English), each scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, partnerToken, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;

async function call(method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return {
    status: response.status, contentType, headers: response.headers,
    body: contentType.includes('json') && text ? JSON.parse(text) : text,
  };
}

test('demo agreements are public, demo safety analyses are for signed-in users only', async () => {
  const agreements = await call('GET', '/api/v1/agreements?area=1980-backby');
  assert.equal(agreements.status, 200);
  const titles = agreements.body.items.map((a) => a.title);
  assert.ok(titles.includes('Medborgarlöfte Västerås 2025'), titles.join(' | '));
  assert.ok(titles.includes('Medborgarlöfte Bäckby 2024'), titles.join(' | '));

  assert.equal((await call('GET', '/api/v1/safety-analyses')).status, 401);
  const viewer = await userToken('lasare');
  const analyses = await call('GET', '/api/v1/safety-analyses?area=1980-backby', { token: viewer });
  assert.equal(analyses.status, 200);
  assert.deepEqual(analyses.body.items.map((a) => a.title), ['Trygghetsanalys Bäckby 2025', 'Trygghetsanalys Bäckby 2024']);
  const latest = await call('GET', `/api/v1/safety-analyses/${analyses.body.items[0].id}`, { token: viewer });
  assert.equal(latest.body.factors.length, 7);
  assert.ok(latest.body.measures.some((m) => m.measure.title === 'Sociala insatsgrupper' && m.stage === 'started'));
});

test('the police follow up their own commitment; an editor of another organisation cannot', async () => {
  const list = await call('GET', '/api/v1/agreements?type=citizenPromise&area=1980');
  const promise = list.body.items.find((a) => a.title === 'Medborgarlöfte Västerås 2025');
  const police = await partnerToken();
  const read = await call('GET', `/api/v1/agreements/${promise.id}`, { token: police });
  const own = read.body.commitments.find((c) => c.responsibleOrganisation.code === 'polisen');
  const other = read.body.commitments.find((c) => c.responsibleOrganisation.code !== 'polisen');
  assert.equal(own.canUpdateStatus, true);
  assert.equal(other.canUpdateStatus, false);
  assert.ok(own.measures.length > 0, 'the demo commitments are linked to demo measures');

  const path = (c) => `/api/v1/agreements/${promise.id}/commitments/${c.id}/status`;
  const done = await call('PUT', path(own), { token: police, body: { status: 'fulfilled', comment: 'e2e-uppföljning' } });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.commitments.find((c) => c.id === own.id).statusComment, 'e2e-uppföljning');
  assert.equal((await call('PUT', path(other), { token: police, body: { status: 'fulfilled' } })).status, 403);
  const skola = await userToken('redaktor-skola');
  assert.equal((await call('PUT', path(own), { token: skola, body: { status: 'fulfilled' } })).status, 403);
  assert.equal((await call('PUT', path(own), { body: { status: 'fulfilled' } })).status, 401);

  const coordinator = await userToken('samordnare');
  const history = await call('GET', `/api/v1/agreements/${promise.id}/history`, { token: coordinator });
  assert.equal(history.body.items[0].action, 'commitmentStatusChanged');
  assert.equal(history.body.items[0].changedBy, 'service-account-polisen-api');
});

test('the coordinator is told which reference is unknown, and nothing is stored', async () => {
  const coordinator = await userToken('samordnare');
  const bad = await call('POST', '/api/v1/safety-analyses', {
    token: coordinator,
    body: {
      area: '1980-raby', date: '2026-01-10', title: 'e2e felaktig analys',
      factors: [{ factor: 'FINNS_INTE', level: 'high', trend: 'worsening' }],
      measures: [{ measure: 999999999, stage: 'proposed' }],
    },
  });
  assert.equal(bad.status, 400);
  assert.match(bad.contentType, /application\/problem\+json/);
  assert.deepEqual(bad.body.errors.map((e) => e.field).sort(), ['factors[0].factor', 'measures[0].measure']);
  const editor = await userToken('redaktor-kff');
  assert.equal((await call('POST', '/api/v1/safety-analyses', {
    token: editor, body: { area: '1980-raby', date: '2026-01-10', title: 'e2e' },
  })).status, 403);
  const list = await call('GET', '/api/v1/safety-analyses?area=1980-raby', { token: coordinator });
  assert.ok(!list.body.items.some((a) => a.title === 'e2e felaktig analys'));
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


test('a visitor reads the agreements in Swedish and English', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/agreements`);
    await page.getByRole('link', { name: 'Medborgarlöfte Västerås 2025' }).click();
    await page.getByRole('heading', { level: 2, name: 'Åtaganden' }).waitFor({ timeout: TIMEOUT });
    await page.getByText(/Pågår/).first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'agreement-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Commitments' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'agreement-en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('table', { name: 'Agreements, newest first' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'agreements-en');
  } catch (error) {
    await screenshot(page, 'agreements-visitor');
    throw error;
  } finally {
    await page.context().close();
  }
});

test('a viewer opens a district page from the districts page and reads the local situation', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'lasare', '/areas');
    await page.getByRole('link', { name: 'Lägesbild för Bäckby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bäckby' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('table', { name: 'Anmälda brott per år i Bäckby' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('link', { name: 'Trygghetsanalys Bäckby 2025' }).waitFor({ timeout: TIMEOUT });
    const factors = page.getByRole('table', { name: /^Bedömda faktorer i Bäckby/ });
    await factors.waitFor({ timeout: TIMEOUT });
    assert.match(await factors.innerText(), /(Låg|Medel|Hög)/);
    assert.match(await factors.innerText(), /(Förbättras|Oförändrad|Försämras)/);
    await page.getByRole('table', { name: 'Överenskommelser som gäller Bäckby' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('region', { name: 'Insatser i stadsdelen' }).getByRole('link').first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'district-backby-sv');

    await page.getByRole('link', { name: 'Trygghetsanalyser' }).click();
    await page.getByRole('table', { name: 'Trygghetsanalyser, nyaste först' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'safety-analyses-sv');
    await page.getByRole('link', { name: 'Trygghetsanalys Centrum 2025' }).click();
    await page.getByRole('heading', { level: 2, name: 'Otrygga platser' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Places of concern' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'safety-analysis-en');
  } catch (error) {
    await screenshot(page, 'district-viewer');
    throw error;
  } finally {
    await page.context().close();
  }
});

test('the coordinator records a safety analysis, seeing the API’s field errors first', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/safety-analyses');
    await page.getByRole('link', { name: 'Ny trygghetsanalys' }).click();
    await page.getByLabel('Område').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('error-title').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('error-date').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'safety-analysis-form-errors');

    const title = `Trygghetsanalys Skiljebo e2e ${Date.now()}`;
    await page.getByLabel('Område').selectOption('1980-skiljebo');
    await page.getByLabel('Datum för analysen').fill('2026-01-20');
    await page.getByLabel('Rubrik').fill(title);
    await page.getByRole('button', { name: 'Lägg till faktor' }).click();
    await page.getByLabel('Risk- eller skyddsfaktor').selectOption('TILLGANG_NARKOTIKA');
    await page.getByLabel('Nivå').selectOption('high');
    await page.getByLabel('Trend').selectOption('worsening');
    await page.getByRole('button', { name: 'Lägg till plats' }).click();
    await page.getByLabel('Namn').fill('Skiljebo torg');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Tillgång till narkotika', exact: true }) });
    assert.match(await row.first().innerText(), /Hög/);
    assert.match(await row.first().innerText(), /Försämras/);
    await assertAccessible(page, 'safety-analysis-created');

    await page.goto(`${WEB_URL}/agreements/new`);
    await page.getByLabel('Rubrik').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await page.getByTestId('error-parties').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'agreement-form-errors');
  } catch (error) {
    await screenshot(page, 'safety-analysis-coordinator');
    throw error;
  } finally {
    await page.context().close();
  }
});
