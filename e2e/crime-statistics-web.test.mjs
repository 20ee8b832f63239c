// The crime-statistics explorer in a real Chromium against the real backend with its demo
// figures: the chart, the table and its CSV, small counts shown as "färre än 3", the import
// panel for the coordinator, and an axe-core scan (WCAG 2.1 A/AA) in Swedish and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, newPage, screenshot } from './support.mjs';

const TIMEOUT = 30_000;
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function api(path) {
  const response = await fetch(`${API_URL}${path}`);
  assert.equal(response.status, 200, `GET ${path} answers 200`);
  return response.json();
}

const digits = (text) => text.replace(/[\s\u00a0\u202f]/g, '');

test('an anonymous visitor explores the demo figures: chart, table, CSV and map, accessible in Swedish and English', async () => {
  // What the API itself says about the default view (the municipality, the latest 12 months, per month).
  const expected = await api('/api/v1/crime-statistics?area=1980&groupBy=area&groupBy=month');
  assert.equal(expected.demo, true, 'make run and the e2e stack load the demo figures');
  assert.equal(expected.cells.length, 12, 'the default view covers 12 months');
  const first = expected.cells[0];
  assert.ok(first.count > 0, 'the municipality has reported crimes in the first month of the view');

  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/crime-statistics`);
    const table = page.getByTestId('crime-table');
    await table.waitFor({ timeout: TIMEOUT });
    await page.getByTestId('crime-demo-notice').waitFor({ timeout: TIMEOUT });
    assert.match(await page.getByTestId('crime-demo-notice').innerText(), /demouppgifter/i);

    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 12, 'one table row per month');
    const firstRow = await rows.first().locator('td').allInnerTexts();
    // A public count is perturbed (disclosure control): the table marks it "≈".
    assert.equal(first.disclosure, 'perturbed', 'the municipality\'s monthly total is perturbed for the public');
    assert.equal(digits(firstRow[1]), `≈${first.count}`, 'the table shows the API figure of the first month, marked');
    await page.getByRole('img', { name: /Linjediagram: Antal anmälda brott/ }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('choropleth-map').or(page.getByTestId('crime-map-fallback')).first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'crime-statistics-sv');
    await assertAccessible(page, 'crime-statistics-sv');

    // The CSV, written by the API for the same query, holds the same figures as the table, in
    // Swedish Excel's dialect (`;`) since the page is in Swedish.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner tabellen som CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^crime-statistics-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, for Excel');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 13, 'a header and 12 months');
    assert.match(lines[0], /^area;areaName;category;period;sex;ageGroup;measure;count;value;disclosure;suppressed;/);
    assert.equal(lines[1].split(';').slice(0, 11).join(';'),
      `1980;${expected.areas[0].name};;${first.period};;;count;${first.count};${first.count};perturbed;false`);

    // A control changes the address, so the view can be shared.
    await page.getByRole('radio', { name: 'Per 100 000 invånare' }).click();
    await page.waitForURL(/measure=ratePer100k/, { timeout: TIMEOUT });
    await page.getByRole('table', { name: /Per 100 000 invånare/ }).waitFor({ timeout: TIMEOUT });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crime statistics' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('table', { name: /Per 100,000 inhabitants/ }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'crime-statistics-en');
  } catch (error) { await screenshot(page, 'crime-statistics-failure'); throw error; }
  finally { await page.context().close(); }
});

test('a small count in the demo figures reads "färre än 3" to an anonymous visitor, never 0', async () => {
  // Find a suppressed figure in a fine split of the demo figures, as the API answers anonymous callers.
  const fine = await api('/api/v1/crime-statistics?groupBy=area&groupBy=category&groupBy=year');
  const cell = fine.cells.find((c) => c.suppressionReason === 'smallCount' && c.area !== '1980');
  assert.ok(cell, 'the demo figures have at least one small count in a district, category and year');
  assert.equal(cell.count, null);

  const page = await newPage(browser);
  try {
    const search = new URLSearchParams({ from: `${cell.period}-01`, to: `${cell.period}-12`, category: cell.category, area: cell.area, interval: 'year' });
    await page.goto(`${WEB_URL}/crime-statistics?${search}`);
    const table = page.getByTestId('crime-table');
    await table.waitFor({ timeout: TIMEOUT });
    const figures = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(figures[1], 'färre än 3');
    await page.getByTestId('suppression-note').waitFor({ timeout: TIMEOUT });
    assert.match(await page.getByTestId('suppression-note').innerText(), /aldrig som 0/);
  } catch (error) { await screenshot(page, 'crime-statistics-suppressed-failure'); throw error; }
  finally { await page.context().close(); }
});

test('the coordinator checks a CSV file with a bad row: the dry run is rejected row by row and offers no import', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/crime-statistics`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('#username').waitFor({ timeout: TIMEOUT });
    await page.fill('#username', 'samordnare');
    await page.fill('#password', 'samordnare');
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href === `${WEB_URL}/crime-statistics`, { timeout: TIMEOUT });
    const panel = page.getByTestId('crime-import');
    await panel.waitFor({ timeout: TIMEOUT });

    const csv = 'month,area,category,sex,ageGroup,count\n2025-01,1980-centrum,misshandel,male,18-24,4\n2025-01,1980-atlantis,misshandel,total,total,1\n';
    await panel.getByLabel('CSV-fil').setInputFiles({ name: 'brott.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await panel.getByRole('button', { name: 'Kontrollera filen' }).click();
    const check = panel.getByTestId('import-check');
    await check.getByText('Avvisad: filen har felaktiga rader och inget sparades.').waitFor({ timeout: TIMEOUT });
    const errorRow = check.getByTestId('import-errors').locator('tbody tr').first();
    const cells = await errorRow.locator('th, td').allInnerTexts();
    assert.deepEqual(cells.slice(0, 2), ['3', 'area']);
    // The Swedish UI asks the API in Swedish, so the row error is written in Swedish too.
    assert.equal(cells[2], "'1980-atlantis' finns inte som områdeskod");
    await panel.getByTestId('import-blocked').waitFor({ timeout: TIMEOUT });
    assert.equal(await panel.getByRole('button', { name: 'Läs in filen' }).count(), 0);
    await screenshot(page, 'crime-statistics-import-rejected');
    await assertAccessible(page, 'crime-statistics-import');
  } catch (error) { await screenshot(page, 'crime-statistics-import-failure'); throw error; }
  finally { await page.context().close(); }
});
