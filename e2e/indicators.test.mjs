// Indicator values on the real stack: demo series, the import as the reviewer runs it (a bad
// row rejects the file, skip-invalid stores the rest, a second import changes nothing), the
// editors' rights, and the goal, indicator and import pages in Chromium, scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;

async function call(method, path, { token, body, contentType } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(`${API_URL}${path}`, { method, headers, body });
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, contentType: type, body: type.includes('json') ? await response.json() : await response.text() };
}

async function indicatorId(code) {
  const { body } = await call('GET', '/api/v1/indicators?limit=500');
  return body.items.find((i) => i.code === code).id;
}

const FILE = [
  'indicator,period,area,sex,ageGroup,value,source',
  'TILLIT,2024,1980-centrum,female,total,57.5,e2e',
  'TILLIT,2025,1980-centrum,female,total,58.1,e2e',
  'TILLIT,2025,1980-centrum,male,total,54.9,e2e',
  'TILLIT,2025,1980-atlantis,total,total,50,e2e',
].join('\n');

const importFile = (token, mode) =>
  call('POST', `/api/v1/indicator-values/imports?mode=${mode}`, { token, body: FILE, contentType: 'text/csv' });

test('every seeded indicator has demo values (recorded 2019–2025, computed from the crime statistics and agreements), marked demo, with a status per series', async () => {
  const { body: page } = await call('GET', '/api/v1/indicators?limit=500');
  assert.equal(page.items.length, 15);
  const viewer = await userToken('lasare');
  for (const indicator of page.items) {
    const query = `/api/v1/indicators/${indicator.id}/values?area=1980&sex=total&ageGroup=total`;
    const { status, body } = await call('GET', query, { token: viewer });
    assert.equal(status, 200);
    assert.equal(body.demo, true, `${indicator.code} is marked demo`);
    const series = body.series[0];
    // A recorded demo series starts in 2019; one computed from the crime statistics (ANMALDA_*)
    // where the demo crime statistics do, in 2015; the share of agreement commitments with the
    // first demo agreement, in 2024, and reaches the half-year under way.
    const from = indicator.computation?.from;
    const first = from === 'crimeStatistics' ? '2015' : from === 'agreementCommitments' ? '2024' : '2019';
    assert.ok(series.observations[0].period.startsWith(first), `${indicator.code} starts in ${first}`);
    if (from === 'agreementCommitments') {
      assert.equal(series.latest.period, indicator.freshness.latestPeriod, `${indicator.code} reaches today`);
    } else if (from === 'crimeStatistics') {
      // earlier tests import crimes of 2026 months: the crime statistics then reach further
      assert.ok(series.latest.period >= '2025', `${indicator.code} reaches 2025: ${series.latest.period}`);
    } else {
      assert.ok(series.latest.period.startsWith('2025'), `${indicator.code} reaches 2025`);
    }
    assert.ok(['onTrack', 'atRisk', 'offTrack', 'noTarget'].includes(series.status), `${indicator.code}: ${series.status}`);
    assert.equal(indicator.freshness.demo, true);
    // The public's status is unknown exactly where disclosure control hides the latest value (a
    // value recorded by an earlier test without its number of respondents, say).
    const { body: shown } = await call('GET', query);
    assert.equal(shown.series[0].status === 'unknown', shown.series[0].latest.value === null, indicator.code);
  }
});

test('values split by sex and by district read back', async () => {
  const id = await indicatorId('TILLIT');
  const female = await call('GET', `/api/v1/indicators/${id}/values?sex=female&area=1980`);
  assert.equal(female.status, 200);
  assert.deepEqual(female.body.series.map((s) => s.sex), ['female']);
  assert.equal(female.body.series[0].observations.length, 7);
  const district = await call('GET', `/api/v1/indicators/${id}/values?area=1980-backby&sex=total&ageGroup=total`);
  assert.deepEqual(district.body.series.map((s) => s.area.name), ['Bäckby']);
});

test('a file with one bad row is rejected whole (422 naming the row); skip-invalid stores the rest; twice changes nothing', async () => {
  const id = await indicatorId('TILLIT');
  const token = await userToken('samordnare');
  const before = await call('GET', `/api/v1/indicators/${id}/values`, { token });

  const rejected = await importFile(token, 'all-or-nothing');
  assert.equal(rejected.status, 422, JSON.stringify(rejected.body));
  assert.match(rejected.contentType, /application\/problem\+json/);
  assert.deepEqual(rejected.body.errors.map((e) => [e.row, e.field]), [[5, 'area']]);
  const unchanged = await call('GET', `/api/v1/indicators/${id}/values`, { token });
  assert.deepEqual(unchanged.body.series, before.body.series, 'the series is unchanged after a rejected file');

  const skipped = await importFile(token, 'skip-invalid');
  assert.equal(skipped.status, 200, JSON.stringify(skipped.body));
  assert.equal(skipped.body.rowsRead, 4);
  assert.equal(skipped.body.rowsRejected, 1);
  assert.equal(skipped.body.rowsStored + skipped.body.rowsUnchanged, 3);
  assert.deepEqual(skipped.body.errors.map((e) => e.row), [5]);

  const again = await importFile(token, 'skip-invalid');
  assert.equal(again.body.rowsStored, 0, 'a second import changes nothing');
  assert.equal(again.body.rowsUnchanged, 3);

  const female = await call('GET', `/api/v1/indicators/${id}/values?sex=female&area=1980-centrum`, { token });
  assert.deepEqual(female.body.series[0].observations.map((o) => [o.period, o.value, o.demo]), [
    ['2024', 57.5, false],
    ['2025', 58.1, false],
  ]);
  // The file gives no number of respondents: a survey value without one is hidden from the public.
  const anonymous = await call('GET', `/api/v1/indicators/${id}/values?sex=female&area=1980-centrum`);
  assert.deepEqual(anonymous.body.series[0].observations.map((o) => [o.period, o.value, o.disclosure]), [
    ['2024', null, 'suppressed'],
    ['2025', null, 'suppressed'],
  ]);
});

test('an editor of another organisation gets 403; the owning organisation\'s editor imports', async () => {
  const file = 'indicator,period,area,sex,ageGroup,value\nNOJDHET_MOTESPLATSER,2025,1980-centrum,total,total,77\n';
  const other = await call('POST', '/api/v1/indicator-values/imports', {
    token: await userToken('redaktor-skola'), body: file, contentType: 'text/csv',
  });
  assert.equal(other.status, 403, JSON.stringify(other.body));
  assert.match(other.contentType, /application\/problem\+json/);

  const id = await indicatorId('NOJDHET_MOTESPLATSER');
  const single = await call('POST', `/api/v1/indicators/${id}/values`, {
    token: await userToken('redaktor-skola'), contentType: 'application/json',
    body: JSON.stringify({ period: '2025', area: '1980', value: 77 }),
  });
  assert.equal(single.status, 403);

  const owner = await call('POST', '/api/v1/indicator-values/imports', {
    token: await userToken('redaktor-kff'), body: file, contentType: 'text/csv',
  });
  assert.equal(owner.status, 200, JSON.stringify(owner.body));
  assert.equal(owner.body.rowsStored, 1);
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


test('a goal on the visitor\'s start page leads to its indicator cards with trend, latest value and status in words; the indicator page splits and tabulates', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/`);
    await page.getByTestId('public-goal').first().getByRole('link').first().click();
    const card = page.getByTestId('indicator-card').first();
    await card.getByTestId('latest-value').waitFor({ timeout: TIMEOUT });
    assert.match(await card.getByTestId('status-badge').innerText(), /målet|mål satt/);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicators-goal-cards');

    await card.getByRole('heading').getByRole('link').click();
    await page.getByTestId('series-table').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-page');
    await page.getByRole('radio', { name: 'Efter kön' }).check();
    await page.getByTestId('series-summary').getByRole('rowheader', { name: 'Kvinnor' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('radio', { name: 'Efter område' }).check();
    await page.getByTestId('series-summary').getByRole('rowheader', { name: 'Bäckby' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-page-by-area');
    await screenshot(page, 'indicator-page');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'By sex' }).check();
    await page.getByTestId('series-summary').getByRole('rowheader', { name: 'Women' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-page-en');
  } catch (error) { await screenshot(page, 'indicator-page-failure'); throw error; }
  finally { await page.context().close(); }
});

test('an editor checks a file on the import page, sees the bad row, and stores the rest', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'redaktor-kff', '/indicators');
    await page.getByRole('link', { name: 'Importera värden' }).click();
    await page.getByLabel('Fil').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'import-page');
    await page.getByLabel('Fil').setInputFiles({
      name: 'motesplatser.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('indicator;period;area;sex;ageGroup;value\nNOJDHET_MOTESPLATSER;2025;1980-haga;total;total;76,5\n'
        + 'NOJDHET_MOTESPLATSER;2025;1980;other;total;75\n', 'latin1'),
    });
    await page.getByRole('radio', { name: /Spara de korrekta raderna/ }).check();
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const errors = page.getByTestId('row-errors');
    await errors.waitFor({ timeout: TIMEOUT });
    assert.match(await errors.innerText(), /3\s+sex/);
    await assertAccessible(page, 'import-dry-run');
    await page.getByRole('button', { name: 'Spara 1 korrekta rader' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('import-result').getByTestId('rows-stored').innerText(), '1');
    await screenshot(page, 'import-result');
  } catch (error) { await screenshot(page, 'import-page-failure'); throw error; }
  finally { await page.context().close(); }
});
