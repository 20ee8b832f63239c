// Measures against the real stack: what the reviewer checks through the API (an editor creates a
// measure, another organisation's editor cannot change it, If-Match with 428/412, the history,
// what anonymous readers see), and the web app's board, measure page and forms in Chromium, each
// scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

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

const measure = (title, extra = {}) => ({
  title, preventionType: 'social', preventionLevel: 'primary', status: 'ongoing', startDate: '2026-01-15',
  districts: ['1980-backby'], targetGroups: ['youngPeople'], ...extra,
});

test('an editor creates a measure; another organisation\'s editor gets 403 and it is unchanged', async () => {
  const kff = await userToken('redaktor-kff');
  const skola = await userToken('redaktor-skola');
  const title = `Fritidsgårdar med förlängda öppettider i Bäckby (e2e ${Date.now()})`;

  const created = await call('POST', '/api/v1/measures', { token: kff, body: measure(title) });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.responsibleOrganisation.code, 'kultur-idrott-fritid');
  const etag = created.headers.get('etag');
  assert.equal(etag, '"0"');

  const read = await call('GET', `/api/v1/measures/${created.body.id}`, { token: skola });
  assert.equal(read.headers.get('etag'), etag);
  assert.equal(read.body.canEdit, false);

  const refused = await call('PUT', `/api/v1/measures/${created.body.id}`, {
    token: skola, headers: { 'If-Match': etag }, body: measure('Kapad av skolan'),
  });
  assert.equal(refused.status, 403);
  assert.match(refused.contentType, /application\/problem\+json/);
  const refusedUpdate = await call('POST', `/api/v1/measures/${created.body.id}/updates`, {
    token: skola, body: { date: '2026-02-01', text: 'Inte vår insats', assessment: 'red' },
  });
  assert.equal(refusedUpdate.status, 403);

  const after = await call('GET', `/api/v1/measures/${created.body.id}`, { token: kff });
  assert.equal(after.body.title, title);
  assert.equal(after.headers.get('etag'), etag, 'the measure is unchanged');
  const updates = await call('GET', `/api/v1/measures/${created.body.id}/updates`, { token: kff });
  assert.equal(updates.body.total, 0);
});

test('a change without If-Match is 428, with a stale one 412, and the history names who changed what', async () => {
  const kff = await userToken('redaktor-kff');
  const coordinator = await userToken('samordnare');
  const created = await call('POST', '/api/v1/measures', { token: kff, body: measure(`Trygghetsvandringar (e2e ${Date.now()})`) });
  const path = `/api/v1/measures/${created.body.id}`;

  const without = await call('PUT', path, { token: kff, body: measure('Utan If-Match') });
  assert.equal(without.status, 428);
  assert.match(without.contentType, /application\/problem\+json/);

  const changed = await call('PUT', path, {
    token: coordinator, headers: { 'If-Match': created.headers.get('etag') },
    body: measure(created.body.title, { status: 'completed', endDate: '2026-06-30' }),
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.headers.get('etag'), '"1"');

  const stale = await call('PUT', path, {
    token: kff, headers: { 'If-Match': created.headers.get('etag') }, body: measure('Gammal version'),
  });
  assert.equal(stale.status, 412);
  assert.match(stale.contentType, /application\/problem\+json/);

  const history = await call('GET', `${path}/history`, { token: kff });
  assert.equal(history.status, 200);
  assert.deepEqual(history.body.items.map((e) => [e.action, e.changedBy]),
    [['updated', 'samordnare'], ['created', 'redaktor-kff']]);
  assert.deepEqual(new Set(history.body.items[0].changedFields), new Set(['status', 'endDate']));
  assert.equal(history.body.items[0].before.status, 'ongoing');
  assert.equal(history.body.items[0].after.status, 'completed');
  assert.equal((await call('GET', `${path}/history`)).status, 401, 'anonymous readers get no history');
});

test('anonymous readers see only published measures, without internal fields; the demo measures are there', async () => {
  const coordinator = await userToken('samordnare');
  const all = await call('GET', '/api/v1/measures?limit=500', { token: coordinator });
  const visible = await call('GET', '/api/v1/measures?limit=500');
  assert.equal(visible.status, 200);
  assert.ok(all.body.items.filter((m) => m.demo).length >= 40, 'about forty demo measures are loaded');
  assert.ok(visible.body.items.length > 0 && visible.body.items.every((m) => m.published));
  assert.ok(visible.body.total < all.body.total, 'unpublished measures are hidden from anonymous readers');
  const hidden = all.body.items.find((m) => !m.published);
  assert.equal((await call('GET', `/api/v1/measures/${hidden.id}`)).status, 404);
  const shown = await call('GET', `/api/v1/measures/${visible.body.items[0].id}`);
  assert.equal(shown.body.budget, null);
  assert.equal(shown.body.createdBy, null);
  assert.ok(all.body.items.some((m) => m.needsFollowUp), 'some demo measures lack updates for six months');
});

test('the web app exposes the ETag across origins', async () => {
  const answer = await call('GET', '/api/v1/measures/1', { headers: { Origin: WEB_URL } });
  assert.match(answer.headers.get('access-control-expose-headers') ?? '', /ETag/i);
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


test('an editor registers a measure in the web app, sees field errors, reports progress and sees the history', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'redaktor-kff', '/measures');
    await page.getByTestId('measure-row').first().waitFor({ timeout: TIMEOUT });
    await page.getByTestId('needs-follow-up').first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measures-board-editor');

    await page.getByLabel('Bara min organisations insatser').click();
    await page.waitForURL(/organisation=kultur-idrott-fritid/, { timeout: TIMEOUT });
    // The list keeps the previous page on screen until the filtered one arrives.
    let organisations = [];
    for (const deadline = Date.now() + TIMEOUT; Date.now() < deadline;) {
      organisations = await page.getByTestId('measure-row').locator('td:nth-child(2)').allInnerTexts();
      if (organisations.length > 0 && organisations.every((o) => o.startsWith('Kultur-'))) break;
      await page.waitForTimeout(200);
    }
    assert.ok(organisations.length > 0 && organisations.every((o) => o.startsWith('Kultur-')), organisations.join(' | '));

    await page.getByRole('link', { name: 'Ny insats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny insats' }).waitFor({ timeout: TIMEOUT });
    await page.getByText('Misslyckas i skolan').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measure-new');

    const title = `Läxhjälp i Skiljebo (e2e ${Date.now()})`;
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByRole('button', { name: 'Skapa insatsen' }).click();
    // The API answers which required fields are missing; the form shows each at its field.
    await page.getByTestId('error-preventionType').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('error-startDate').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'measure-new-errors');

    await page.getByLabel(/^Preventionstyp/).selectOption('social');
    await page.getByLabel(/^Preventionsnivå/).selectOption('secondary');
    await page.getByLabel(/^Status/).selectOption('ongoing');
    await page.getByLabel(/^Startdatum/).fill('2026-09-01');
    await page.getByLabel('Skiljebo').check();
    await page.getByLabel('Misslyckas i skolan').check();
    await page.getByRole('button', { name: 'Skapa insatsen' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('measure-status').innerText(), 'Pågående');
    await page.getByLabel('Vad har hänt?').fill('Läxhjälpen har startat på två skolor.');
    await page.getByLabel('Deltagare').fill('35');
    await page.getByRole('button', { name: 'Spara lägesuppdateringen' }).click();
    await page.getByTestId('progress-update').filter({ hasText: 'Läxhjälpen har startat' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('history-entry').filter({ hasText: 'Lade till en lägesuppdatering' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measure-page-editor');

    await page.getByRole('link', { name: 'Ändra insatsen' }).click();
    await page.getByLabel(/^Titel/).waitFor({ timeout: TIMEOUT });
    await page.getByLabel(/^Status/).selectOption('completed');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measure-edit');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('history-entry').filter({ hasText: 'Ändrade insatsen' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('measure-status').innerText(), 'Avslutad');
    await screenshot(page, 'measure-page-editor');
  } catch (error) { await screenshot(page, 'measures-editor-failure'); throw error; }
  finally { await page.context().close(); }
});

test('a visitor sees the published measures board and a measure page in Swedish and English', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/measures`);
    await page.getByTestId('measure-row').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('link', { name: 'Ny insats' }).count(), 0);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measures-board-visitor');

    await page.getByTestId('measure-row').first().getByRole('link').first().click();
    await page.waitForURL(/\/measures\/\d+$/, { timeout: TIMEOUT });
    await page.getByText('Logga in för att se vem som ändrat vad.').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measure-page-visitor');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Progress updates' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'measure-page-visitor-en');
    await page.getByRole('navigation').first().getByRole('link', { name: 'Measures', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('measure-row').first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measures-board-visitor-en');
  } catch (error) { await screenshot(page, 'measures-visitor-failure'); throw error; }
  finally { await page.context().close(); }
});
