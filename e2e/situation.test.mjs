// Lägesbild → problem → åtgärdsplan against the real stack: the demo lägesbild 2024–2025 and its
// adopted plan, what the public reads of them, the gaps, and the coordinator's page in Chromium
// (Swedish and English), scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { API_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;
const TITLE = 'Lägesbild Västerås 2024–2025';

async function get(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : null };
}

async function demoPicture(token) {
  const list = await get('/api/v1/situation-pictures', token);
  assert.equal(list.status, 200);
  const picture = list.body.items.find((p) => p.title === TITLE);
  assert.ok(picture, list.body.items.map((p) => p.title).join(' | '));
  return picture;
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the demo lägesbild is adopted, its mapping drafted, and the public reads its public parts only', async () => {
  const viewer = await userToken('lasare');
  const picture = await demoPicture(viewer);
  assert.equal(picture.status, 'adopted');
  const full = await get(`/api/v1/situation-pictures/${picture.id}`, viewer);
  assert.ok(full.body.mapping, 'the service drafted the demo mapping when it started');
  assert.ok(full.body.mapping.crimeByDistrict.cells.length > 0);
  assert.equal(full.body.problems.length, 4);
  const anonymous = await get(`/api/v1/situation-pictures/${picture.id}`);
  assert.equal(anonymous.status, 200);
  assert.deepEqual(anonymous.body.problems.map((p) => p.visibility), ['public', 'public', 'public']);
  assert.ok(!anonymous.body.sections.some((s) => s.visibility === 'internal'));
  assert.equal(anonymous.body.mapping.crimeByDistrict.exact, false);

  const plans = await get('/api/v1/action-plans', viewer);
  const plan = plans.body.items.find((p) => p.situationPicture.id === picture.id);
  assert.equal(plan.status, 'adopted');
  const gaps = await get(`/api/v1/action-plans/${plan.id}/gaps`, viewer);
  assert.equal(gaps.status, 200);
  for (const kind of ['problemsWithoutAction', 'actionsWithoutProblem', 'actionsWithoutMeasure', 'measuresWithoutRecentUpdate']) {
    assert.ok(gaps.body[kind].length > 0, `a gap of the kind ${kind}`);
  }
  assert.equal((await get(`/api/v1/action-plans/${plan.id}/gaps`)).status, 401);
});

test('the coordinator opens the demo lägesbild and sees its problems, the plan and the gaps', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/situation-pictures');
    await page.getByRole('table', { name: 'Lägesbilder' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'situation-pictures-sv');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('table', { name: /^Anmälda brott per brottsgrupp och stadsdel/ }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { level: 3, name: 'Öppen narkotikahandel vid Kristiansborgs centrum' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' }).waitFor({ timeout: TIMEOUT });
    const gaps = page.getByRole('region', { name: 'Luckor' });
    await gaps.getByRole('heading', { name: 'Problem utan åtgärd' }).waitFor({ timeout: TIMEOUT });
    assert.match(await gaps.innerText(), /Otrygghet i centrum kvällstid/);
    assert.match(await gaps.innerText(), /Informationskampanj om trygghet/);
    // the lägesbild as an accessible PDF, fetched with the coordinator's token
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Ladda ner PDF (tillgänglig)' }).first().click(),
    ]);
    assert.match(download.suggestedFilename(), /^lagesbild-\d+\.pdf$/);
    assert.equal((await readFile(await download.path())).subarray(0, 5).toString('latin1'), '%PDF-');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'situation-picture-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gaps' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'situation-picture-en');
  } catch (error) {
    await screenshot(page, 'situation-coordinator');
    throw error;
  } finally {
    await page.context().close();
  }
});
