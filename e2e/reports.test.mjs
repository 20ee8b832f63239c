// Status reports against the real stack: the reviewer's checks through the API (create a 2025H2
// report, approve it, export PDF and XLSX, change a measure and an indicator value afterwards and
// find the approved report unchanged, an editor cannot approve), and the report pages in Chromium
// (the coordinator writes, saves and approves; a visitor reads), each scanned by axe-core; and the
// evaluation of 2020-2025 with its charts and workbook (last, and left a draft, so the visitor's
// first approved report stays a status report).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 30_000;

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
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status, contentType, headers: response.headers, bytes,
    body: contentType.includes('json') && bytes.length ? JSON.parse(bytes.toString('utf8')) : bytes.toString('utf8'),
  };
}

test('a 2025H2 report is created, approved, exported, and later changes to the data never alter it', async () => {
  const coordinator = await userToken('samordnare');
  const editor = await userToken('redaktor-kff');

  const created = await call('POST', '/api/v1/reports', { token: coordinator, body: { period: '2025H2' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal(created.body.status, 'draft');
  assert.equal(created.body.content.goals.length, 6, 'the report follows the six goals');
  assert.ok(created.body.content.crime.byDistrict.cells.length > 1);
  assert.ok(created.body.content.measures.total > 0);

  const badPeriod = await call('POST', '/api/v1/reports', { token: coordinator, body: { period: '2025H3' } });
  assert.equal(badPeriod.status, 400);
  assert.equal(badPeriod.body.errors[0].field, 'period');

  const etag = created.headers.get('etag');
  const saved = await call('PUT', `/api/v1/reports/${id}`, {
    token: coordinator, headers: { 'If-Match': etag },
    body: { narrative: 'Halvåret i korthet (e2e).', situation: 'Lägesbilden är stabil.', actionPlan: 'Fler trygghetsvandringar.' },
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));

  const byEditor = await call('POST', `/api/v1/reports/${id}/approval`, { token: editor });
  assert.equal(byEditor.status, 403, 'an editor cannot approve');
  assert.match(byEditor.contentType, /application\/problem\+json/);
  const approved = await call('POST', `/api/v1/reports/${id}/approval`, { token: coordinator });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.equal(approved.body.status, 'approved');
  const frozen = JSON.stringify(approved.body.content);

  const pdf = await call('GET', `/api/v1/reports/${id}/export?format=pdf`);
  assert.equal(pdf.status, 200, 'an approved report is public');
  assert.match(pdf.contentType, /application\/pdf/);
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const pdfAgain = await call('GET', `/api/v1/reports/${id}/export?format=pdf`);
  assert.ok(pdf.bytes.equals(pdfAgain.bytes), 'exporting twice gives the same PDF');
  const xlsx = await call('GET', `/api/v1/reports/${id}/export?format=xlsx`, { token: coordinator });
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip file');
  const docx = await call('GET', `/api/v1/reports/${id}/export?format=docx`);
  assert.equal(docx.status, 200);
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip file');
  const unknown = await call('GET', `/api/v1/reports/${id}/export?format=odt`);
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.errors[0].field, 'format');

  // change a measure and an indicator value afterwards
  const measures = await call('GET', '/api/v1/measures?organisation=kultur-idrott-fritid&limit=1', { token: editor });
  const measureId = measures.body.items[0].id;
  const update = await call('POST', `/api/v1/measures/${measureId}/updates`, {
    token: editor, body: { date: '2025-12-15', text: 'Uppföljning efter godkännandet (e2e).', assessment: 'green' },
  });
  assert.equal(update.status, 201, JSON.stringify(update.body));
  const indicators = await call('GET', '/api/v1/indicators?limit=500');
  const tillit = indicators.body.items.find((i) => i.code === 'TILLIT');
  const value = await call('POST', `/api/v1/indicators/${tillit.id}/values`, {
    token: coordinator, body: { period: '2025', area: '1980', value: 12.5 },
  });
  assert.ok([200, 201].includes(value.status), JSON.stringify(value.body));

  const reread = await call('GET', `/api/v1/reports/${id}`, { token: coordinator });
  assert.equal(JSON.stringify(reread.body.content), frozen, 'the approved report is unchanged');
  const pdfLater = await call('GET', `/api/v1/reports/${id}/export?format=pdf`);
  assert.ok(pdf.bytes.equals(pdfLater.bytes), 'and so is its PDF');
  const edit = await call('PUT', `/api/v1/reports/${id}`, {
    token: coordinator, headers: { 'If-Match': reread.headers.get('etag') },
    body: { narrative: 'x', situation: '', actionPlan: '' },
  });
  assert.equal(edit.status, 409, 'an approved report cannot be edited');

  const draft = await call('POST', '/api/v1/reports', { token: coordinator, body: { period: '2025H1' } });
  assert.equal((await call('GET', `/api/v1/reports/${draft.body.id}`)).status, 404, 'drafts are not public');
  assert.equal((await call('GET', `/api/v1/reports/${draft.body.id}`, { token: editor })).status, 200);
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


test('the coordinator builds a report in the web app, saves the texts, approves it and downloads the PDF', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/reports', TIMEOUT);
    const period = await page.getByLabel('Halvår');
    await period.fill('2024H2');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'reports-list-coordinator');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.waitForURL(/\/reports\/\d+$/, { timeout: TIMEOUT });
    await page.getByRole('heading', { level: 1, name: /Lägesrapport 2024H2/ }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('report-goal').count(), 6, 'the preview shows the six goals');

    await page.getByRole('textbox', { name: 'Lägesbild' }).fill('Oron har minskat i Bäckby (e2e).');
    await page.getByTestId('report-preview').getByText('Oron har minskat i Bäckby (e2e).').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Spara texterna' }).click();
    await page.getByText('Texterna är sparade.').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'report-builder');

    const download = page.waitForEvent('download', { timeout: TIMEOUT });
    await page.getByTestId('download-pdf').click();
    assert.equal((await download).suggestedFilename(), 'lagesrapport-2024H2.pdf');

    await page.getByRole('button', { name: 'Godkänn rapporten' }).click();
    await page.getByRole('button', { name: 'Ja, godkänn' }).click();
    await page.getByTestId('report-status').filter({ hasText: 'Godkänd' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('textbox', { name: 'Lägesbild' }).count(), 0, 'an approved report has no editors');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'report-approved');
    await screenshot(page, 'report-approved');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Preview' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'report-approved-en');
  } catch (error) { await screenshot(page, 'reports-coordinator-failure'); throw error; }
  finally { await page.context().close(); }
});

test('a visitor reads the approved reports and an editor sees no approve button', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/reports`);
    await page.getByTestId('reports-table').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Skapa utkast' }).count(), 0);
    const statuses = await page.getByTestId('report-status').allInnerTexts();
    assert.ok(statuses.length > 0 && statuses.every((s) => s === 'Godkänd'), statuses.join(' | '));
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'reports-list-visitor');
    await page.getByTestId('reports-table').getByRole('link').first().click();
    await page.waitForURL(/\/reports\/\d+$/, { timeout: TIMEOUT });
    await page.getByTestId('report-preview').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'report-visitor');
  } catch (error) { await screenshot(page, 'reports-visitor-failure'); throw error; }
  finally { await page.context().close(); }

  const editorPage = await newPage(browser);
  try {
    await logIn(editorPage, 'redaktor-kff', '/reports', TIMEOUT);
    await editorPage.getByTestId('reports-table').waitFor({ timeout: TIMEOUT });
    await editorPage.getByTestId('reports-table').getByRole('link').first().click();
    await editorPage.getByTestId('report-preview').waitFor({ timeout: TIMEOUT });
    assert.equal(await editorPage.getByRole('button', { name: 'Godkänn rapporten' }).count(), 0);
    assert.equal(await editorPage.getByRole('textbox', { name: 'Lägesbild' }).count(), 0);
  } catch (error) { await screenshot(editorPage, 'reports-editor-failure'); throw error; }
  finally { await editorPage.context().close(); }
});

test('the evaluation of 2020-2025 draws its charts with every figure in words and a table, axe-clean, and exports as XLSX', async () => {
  const coordinator = await userToken('samordnare');
  // one evaluation per policy: the one this run made, or made before on the same database
  const created = await call('POST', '/api/v1/reports', { token: coordinator, body: { period: '2020-2025', kind: 'evaluation' } });
  let id = created.body.id;
  if (created.status !== 201) {
    assert.equal(created.status, 422, JSON.stringify(created.body));
    const list = await call('GET', '/api/v1/reports?limit=500', { token: coordinator });
    id = list.body.items.find((r) => r.kind === 'evaluation' && r.period === '2020-2025').id;
  }
  const report = await call('GET', `/api/v1/reports/${id}`, { token: coordinator });
  assert.equal(report.status, 200);
  const evaluation = report.body.evaluation;

  const xlsx = await call('GET', `/api/v1/reports/${id}/export?format=xlsx`, { token: coordinator });
  assert.equal(xlsx.status, 200, xlsx.body);
  assert.match(xlsx.contentType, /spreadsheetml\.sheet/);
  assert.match(xlsx.headers.get('content-disposition'), /utvardering-2020-2025\.xlsx/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a workbook is a zip');

  const categories = [...new Set(evaluation.crime.byCategory.cells.map((c) => c.category))];
  const indicators = evaluation.goals.flatMap((g) => g.indicators)
    .filter((i) => i.baseline || i.series?.observations.length || i.targets.length);
  const spaces = (s) => s.replace(/\s/g, ' ');
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', `/reports/${id}`, TIMEOUT);
    await page.getByRole('heading', { level: 1, name: /Utvärdering 2020-2025/ }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('evaluation-category-chart').first().locator('svg').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('evaluation-category-chart').count(), categories.length);
    assert.equal(await page.getByTestId('evaluation-indicator-chart').count(), indicators.length);

    // the violent-crime chart says each year's figure, as the API answered it; the table repeats them
    const violent = evaluation.crime.byCategory.cells.filter((c) => c.category === 'valdsbrott');
    assert.ok(violent.length > 0);
    const expected = `Anmälda brott per år, Våldsbrott: ${violent
      .map((c) => `${c.period} ${c.suppressed ? 'dold' : new Intl.NumberFormat('sv-SE').format(c.count)}`).join('; ')}.`;
    const chart = page.getByRole('img', { name: /^Anmälda brott per år, Våldsbrott: / });
    assert.equal(spaces(await chart.getAttribute('aria-label')), spaces(expected));
    const table = page.getByRole('table', { name: 'Per brottskategori och grupp' });
    assert.equal(await table.getByRole('row', { name: /^Våldsbrott/ }).count(), 1);
    // an indicator chart: baseline, values, targets, and its one-row table
    const first = page.getByTestId('evaluation-indicator-chart').first();
    assert.match(await first.getByRole('img', { name: /: baslinje, värden och mål: / }).getAttribute('aria-label'), /: baslinje, värden och mål: .+\.$/);
    assert.equal(await first.getByRole('table').count(), 1);
    assert.equal(await page.getByTestId('download-xlsx').count(), 1);

    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'evaluation-charts');
    await screenshot(page, 'evaluation-charts');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('img', { name: /^Reported crimes per year, / }).first().waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'evaluation-charts-en');
  } catch (error) { await screenshot(page, 'evaluation-charts-failure'); throw error; }
  finally { await page.context().close(); }
});
