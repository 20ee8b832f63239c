// Crime statistics against the real stack: the police's client imports a CSV file with its
// client credentials, a second delivery of a month replaces the first, and a district-month
// count of 1 is exact for the coordinator and never shown as it is to anonymous callers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { API_URL, partnerToken, userToken } from './support.mjs';

async function importCsv(csv, token) {
  const response = await fetch(`${API_URL}/api/v1/crime-statistics/imports`, {
    method: 'POST', body: csv, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
  });
  assert.equal(response.status, 202, await response.clone().text());
  const location = response.headers.get('location');
  assert.ok(location, 'the 202 answer names the job in Location');
  let job = await response.json();
  for (let i = 0; i < 600 && !['succeeded', 'rejected', 'failed'].includes(job.state); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await (await fetch(location, { headers: { Authorization: `Bearer ${token}` } })).json();
  }
  return job;
}

async function statistics(query, token) {
  const response = await fetch(`${API_URL}/api/v1/crime-statistics?${query}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return body;
}

test('the police client imports the sample file and a re-delivery of a month replaces it', async () => {
  const police = await partnerToken();
  const coordinator = await userToken('samordnare');
  const sample = readFileSync(new URL('../samples/crime-statistics-sample.csv', import.meta.url));

  const job = await importCsv(sample, police);
  assert.equal(job.state, 'succeeded', JSON.stringify(job));
  assert.equal(job.source, 'polisen');
  assert.deepEqual(job.months, ['2026-01', '2026-02']);
  const query = 'from=2026-01&to=2026-01&area=1980-centrum&category=misshandel';
  assert.equal((await statistics(query, coordinator)).cells[0].count, 9);

  const again = await importCsv('month,area,category,sex,ageGroup,count\n2026-01,1980-centrum,misshandel,male,18-24,6\n', police);
  assert.equal(again.state, 'succeeded', JSON.stringify(again));
  assert.equal((await statistics(query, coordinator)).cells[0].count, 6, 'the second delivery replaces the first');

  // Restore the sample for the other tests.
  assert.equal((await importCsv(sample, police)).state, 'succeeded');
});

test('a district-month count of 1 is exact for samordnare and never shown as 1 anonymously', async () => {
  const query = 'from=2026-01&to=2026-01&area=1980-centrum&category=ran';
  const exact = await statistics(query, await userToken('samordnare'));
  assert.equal(exact.exact, true);
  assert.equal(exact.cells[0].count, 1);
  assert.equal(exact.cells[0].disclosure, 'exact');

  // The cell-key method: suppressed ("fewer than 3") or perturbed to 3, the same every time.
  const anonymous = await statistics(query);
  assert.equal(anonymous.exact, false);
  const cell = anonymous.cells[0];
  if (cell.disclosure === 'suppressed') {
    assert.equal(cell.count, null);
    assert.equal(cell.suppressed, true);
    assert.equal(cell.suppressionReason, 'smallCount');
  } else {
    assert.equal(cell.disclosure, 'perturbed');
    assert.equal(cell.count, 3);
  }
  assert.deepEqual((await statistics(query)).cells[0], cell);
});

test('grouped by area, the districts roll up to the municipality', async () => {
  const answer = await statistics('from=2026-02&to=2026-02&groupBy=area&category=misshandel', await userToken('samordnare'));
  const municipality = answer.cells.find((c) => c.area === '1980');
  const districts = answer.cells.filter((c) => c.area !== '1980').reduce((sum, c) => sum + c.count, 0);
  assert.equal(municipality.count, 9);
  assert.equal(municipality.count, districts);
});

test('the demo figures of 2015–2025 are there and marked demo', async () => {
  const answer = await statistics('from=2024-01&to=2024-12&groupBy=category');
  assert.equal(answer.demo, true);
  const total = answer.cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
  assert.ok(total > 10000 && total < 20000, `about 15 000 reported crimes a year, not ${total}`);
});

test('a viewer may not import', async () => {
  const response = await fetch(`${API_URL}/api/v1/crime-statistics/imports`, {
    method: 'POST', body: 'month,area,category,sex,ageGroup,count\n',
    headers: { Authorization: `Bearer ${await userToken('lasare')}`, 'Content-Type': 'text/csv' },
  });
  assert.equal(response.status, 403);
});
