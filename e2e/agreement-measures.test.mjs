// Follow-up links and change history in the browser: the coordinator links a demo measure to a
// commitment of a demo agreement through the agreement form, sees the link and the change in the
// agreement's history, and a safety analysis shows its history; every page scanned by axe-core in
// Swedish and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;
const AGREEMENT = 'Medborgarlöfte Bäckby 2024';
const COMMITMENT = 'Polisen är synlig vid Bäckby centrum kvällstid.';
const MEASURE = 'Grannsamverkan';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


async function api(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

test('the coordinator links a demo measure to a commitment through the form and sees it and the change', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/agreements');
    await page.getByRole('link', { name: AGREEMENT }).click();
    await page.getByRole('heading', { level: 1, name: AGREEMENT }).waitFor({ timeout: TIMEOUT });
    const agreementUrl = page.url();
    await page.getByRole('link', { name: 'Ändra', exact: true }).click();

    const picker = page.getByRole('group', { name: 'Insatser som uppfyller åtagande 2' });
    await picker.waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByLabel('Vad åtagandet innebär').nth(1).inputValue(), COMMITMENT);
    await picker.getByText('Inga kopplade insatser.').waitFor({ timeout: TIMEOUT });
    await picker.getByLabel('Sök insats att koppla till åtagande 2').fill(MEASURE);
    const box = picker.getByRole('group', { name: 'Sökträffar för åtagande 2' }).getByRole('checkbox', { name: MEASURE, exact: true });
    await box.waitFor({ timeout: TIMEOUT });
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true);
    await picker.getByRole('list', { name: 'Kopplade insatser' }).getByText(MEASURE, { exact: true }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'agreement-measures-form-sv');

    await page.getByRole('button', { name: 'English' }).click();
    const pickerEn = page.getByRole('group', { name: 'Measures that fulfil commitment 2' });
    await pickerEn.getByRole('list', { name: 'Linked measures' }).getByText(MEASURE, { exact: true }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'agreement-measures-form-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    await page.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await page.waitForURL((url) => url.href === agreementUrl, { timeout: TIMEOUT });
    const commitment = page.getByRole('listitem').filter({ hasText: COMMITMENT });
    const link = commitment.getByRole('link', { name: MEASURE, exact: true });
    await link.waitFor({ timeout: TIMEOUT });
    assert.match(await link.getAttribute('href'), /^\/measures\/\d+$/);

    const history = page.getByRole('region', { name: 'Ändringar av överenskommelsen, senaste först' });
    // The page may show the history read before the change until its refetch answers.
    await history.getByTestId('history-entry').filter({ hasText: 'Ändrade överenskommelsen' }).first()
      .waitFor({ timeout: TIMEOUT });
    const newest = history.getByTestId('history-entry').first();
    const text = await newest.innerText();
    assert.match(text, /Ändrade överenskommelsen/);
    assert.match(text, /samordnare/);
    assert.match(text, new RegExp(`Ändrat ”${COMMITMENT.replace('.', '\\.')}”: Insatser: \\(tomt\\) → ${MEASURE}`));
    assert.match(text, /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'agreement-measures-detail-sv');
    await page.getByRole('button', { name: 'English' }).click();
    const historyEn = page.getByRole('region', { name: 'Changes to the agreement, newest first' });
    await historyEn.waitFor({ timeout: TIMEOUT });
    const newestEn = await historyEn.getByTestId('history-entry').first().innerText();
    assert.match(newestEn, /Changed the agreement/);
    assert.match(newestEn, new RegExp(`Measures: \\(empty\\) → ${MEASURE}`));
    await assertAccessible(page, 'agreement-measures-detail-en');

    // The API holds the link, and the history entry says the same.
    const token = await userToken('samordnare');
    const id = Number(agreementUrl.split('/').at(-1));
    const stored = await api(`/api/v1/agreements/${id}`, token);
    assert.deepEqual(stored.body.commitments.find((c) => c.text === COMMITMENT).measures.map((m) => m.title), [MEASURE]);
    const entries = await api(`/api/v1/agreements/${id}/history`, token);
    assert.equal(entries.body.items[0].changedBy, 'samordnare');
    assert.deepEqual(entries.body.items[0].changedFields, ['commitments']);
  } catch (error) {
    await screenshot(page, 'agreement-measures-coordinator');
    throw error;
  } finally {
    await page.context().close();
  }
});

test('a viewer reads a safety analysis’s history; anonymous visitors get no agreement history', async () => {
  assert.equal((await api('/api/v1/agreements/1/history')).status, 401);
  const page = await newPage(browser);
  try {
    await logIn(page, 'lasare', '/safety-analyses');
    await page.getByRole('link', { name: 'Trygghetsanalys Bäckby 2025' }).click();
    const history = page.getByRole('region', { name: 'Ändringar av trygghetsanalysen, senaste först' });
    await history.getByTestId('history-entry').first().waitFor({ timeout: TIMEOUT });
    assert.match(await history.innerText(), /Skapade trygghetsanalysen/);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'safety-analysis-history-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('region', { name: 'Changes to the safety analysis, newest first' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'safety-analysis-history-en');
  } catch (error) {
    await screenshot(page, 'safety-analysis-history');
    throw error;
  } finally {
    await page.context().close();
  }
});
