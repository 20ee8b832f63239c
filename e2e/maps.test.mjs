// District boundaries and the district map, against the real stack: the schematic demo
// boundaries, the coordinator loading real ones through the API (a token from Keycloak), and
// the districts page's map in Chromium, scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function call(method, path, { token, body } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/geo+json';
  const response = await fetch(`${API_URL}${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, contentType, body: text && contentType.includes('json') ? JSON.parse(text) : text };
}

test('anyone reads the schematic demo boundaries of the 20 districts and 6 localities as GeoJSON', async () => {
  const { status, contentType, body } = await call('GET', '/api/v1/areas/boundaries?parent=1980');
  assert.equal(status, 200);
  assert.match(contentType, /application\/geo\+json/);
  assert.equal(body.type, 'FeatureCollection');
  assert.equal(body.features.length, 26);
  assert.ok(body.features.every((f) => f.properties.demo && f.geometry?.type === 'Polygon'),
    'every child area has a demo polygon');
  assert.equal(body.features.filter((f) => f.properties.type === 'locality').length, 6);
});

test('the districts page shows the map labelled as schematic demo boundaries, and passes axe in both languages', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/areas`);
    const map = page.getByTestId('choropleth-map');
    await map.waitFor({ timeout: TIMEOUT });
    await page.getByTestId('choropleth-demo').getByText('Schematiska demogränser').waitFor({ timeout: TIMEOUT });
    // ECharts has drawn the 26 areas as SVG paths
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="choropleth-drawing"] svg path').length >= 26,
      undefined, { timeout: TIMEOUT });
    const label = await page.getByTestId('choropleth-drawing').getAttribute('aria-label');
    assert.match(label, /Karta över stadsdelar och tätorter i Västerås färgade efter befolkning \d{4}/);
    await page.getByText('Visa kartans värden som tabell').click();
    const rows = await map.locator('table tbody tr').count();
    assert.equal(rows, 26);
    await screenshot(page, 'maps-districts-sv');
    await assertAccessible(page, 'districts-map-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('choropleth-demo').getByText('Schematic demo boundaries').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'districts-map-en');
  } finally {
    await page.context().close();
  }
});

test('only the coordinator replaces boundaries; a real one is no longer demo, and a bad file stores nothing', async () => {
  const { body: demo } = await call('GET', '/api/v1/areas/boundaries?parent=1980');
  const karrbo = demo.features.find((f) => f.id === '1980-karrbo');
  const irsta = demo.features.find((f) => f.id === '1980-irsta');
  const coordinator = await userToken('samordnare');

  assert.equal((await call('PUT', '/api/v1/areas/1980-karrbo/boundary', { body: karrbo.geometry })).status, 401);
  const editor = await call('PUT', '/api/v1/areas/1980-karrbo/boundary',
    { token: await userToken('redaktor-kff'), body: karrbo.geometry });
  assert.equal(editor.status, 403);
  assert.match(editor.contentType, /application\/problem\+json/);
  assert.equal((await call('PUT', '/api/v1/areas/1980-karrbo/boundary',
    { token: await userToken('lasare'), body: karrbo.geometry })).status, 403);

  const one = await call('PUT', '/api/v1/areas/1980-karrbo/boundary', { token: coordinator, body: karrbo.geometry });
  assert.equal(one.status, 200, JSON.stringify(one.body));
  assert.equal(one.body.properties.demo, false);

  const open = structuredClone(irsta.geometry);
  open.coordinates[0].pop();
  const rejected = await call('PUT', '/api/v1/areas/boundaries', {
    token: coordinator,
    body: { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { code: '1980-irsta' }, geometry: irsta.geometry },
      { type: 'Feature', properties: { code: '1980-irsta-x' }, geometry: open },
    ] },
  });
  assert.equal(rejected.status, 422);
  assert.deepEqual(rejected.body.errors.map((e) => [e.row, e.field]), [
    [2, 'features[1].properties.code'], [2, 'features[1].geometry.coordinates[0]']]);

  const many = await call('PUT', '/api/v1/areas/boundaries', {
    token: coordinator,
    body: { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { code: '1980-irsta' }, geometry: irsta.geometry },
      { type: 'Feature', properties: { code: '1980-karrbo' }, geometry: karrbo.geometry },
    ] },
  });
  assert.equal(many.status, 200, JSON.stringify(many.body));
  assert.deepEqual(many.body.items.map((i) => [i.code, i.result, i.replacedDemo]),
    [['1980-irsta', 'stored', true], ['1980-karrbo', 'unchanged', false]]);

  const { body: after } = await call('GET', '/api/v1/areas/boundaries?parent=1980');
  assert.deepEqual(after.features.filter((f) => !f.properties.demo).map((f) => f.id).sort(), ['1980-irsta', '1980-karrbo']);

  assert.equal((await call('DELETE', '/api/v1/areas/1980-karrbo/boundary', { token: coordinator })).status, 204);
  const { body: removed } = await call('GET', '/api/v1/areas/boundaries?parent=1980');
  assert.equal(removed.features.find((f) => f.id === '1980-karrbo').geometry, null);
});
