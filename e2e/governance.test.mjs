// Governance from the policy in the browser: the coordinator sees the policy's organisation by
// level, records a decision of Samordningsarenan through the form, cites it from a demo measure's
// form and sees the measure say that it carries out the decision; each page scanned by axe-core,
// in Swedish and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;
const MEASURE = 'Läxhjälp på biblioteket';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function get(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

test('the coordinator records a forum decision and a measure cites it', async () => {
  const decision = `Läxhjälpen utökas till alla bibliotek (e2e ${Date.now()}).`;
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/forum-decisions');
    await page.getByRole('heading', { level: 1, name: 'Styrning och forumbeslut' }).waitFor({ timeout: TIMEOUT });
    const levels = page.getByTestId('governance-levels');
    const strategic = levels.getByRole('row').filter({ hasText: 'Strategisk nivå' });
    await strategic.getByText('Samordningsarenan (forum)', { exact: false }).waitFor({ timeout: TIMEOUT });
    assert.match(await levels.getByRole('row').filter({ hasText: 'Inriktande nivå' }).innerText(), /Kommunfullmäktige/);

    // A decision without its text: the form says which field is missing.
    await page.getByLabel(/^Datum/).fill('2026-03-12');
    await page.getByLabel(/^Forum/).last().selectOption({ label: 'Samordningsarenan' });
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByLabel(/^Beslut \(svenska\)/).and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: TIMEOUT });
    await page.getByLabel(/^Beslut \(svenska\)/).fill(decision);
    await page.getByLabel(/^Paragraf eller diarienummer/).fill('SA 2026/12');
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    const row = page.getByTestId('forum-decisions').getByRole('row').filter({ hasText: decision });
    await row.waitFor({ timeout: TIMEOUT });
    assert.match(await row.innerText(), /2026-03-12/);
    assert.match(await row.innerText(), /Samordningsarenan \(Strategisk nivå\)/);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'governance-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Governance and forum decisions' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { level: 3, name: 'Record a decision' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'governance-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    // The decision is what the API holds.
    const coordinator = await userToken('samordnare');
    const listed = await get('/api/v1/forum-decisions?forum=samordningsarenan&limit=100', coordinator);
    const recorded = listed.body.items.find((d) => d.text.sv === decision);
    assert.ok(recorded, 'the API lists the decision under Samordningsarenan');
    assert.equal(recorded.reference, 'SA 2026/12');

    // A demo measure cites it through its form, and says so on its page.
    const measures = await get(`/api/v1/measures?q=${encodeURIComponent(MEASURE)}`, coordinator);
    const measure = measures.body.items.find((m) => m.title === MEASURE);
    assert.ok(measure, `the demo measure "${MEASURE}" exists`);
    await page.goto(`${WEB_URL}/measures/${measure.id}/edit`);
    const box = page.getByRole('checkbox', { name: new RegExp(`^Samordningsarenan 2026-03-12: Läxhjälpen utökas`) });
    await box.first().waitFor({ timeout: TIMEOUT });
    await page.getByRole('checkbox', { name: `Samordningsarenan 2026-03-12: ${decision}` }).check();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.waitForURL((url) => url.href === `${WEB_URL}/measures/${measure.id}`, { timeout: TIMEOUT });
    const cited = page.getByTestId('cited-decisions');
    await cited.getByText(`Genomför beslut i Samordningsarenan 2026-03-12: ${decision}`, { exact: false })
      .waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'governance-measure-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Forum decisions carried out' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'governance-measure-en');

    const read = await get(`/api/v1/measures/${measure.id}`, coordinator);
    assert.deepEqual(read.body.forumDecisions.map((d) => d.id), [recorded.id]);
  } catch (error) { await screenshot(page, 'governance-failure'); throw error; }
  finally { await page.context().close(); }
});

test('the coordinator places Kommunstyrelsen on a level, and the page and the API say so', async () => {
  const coordinator = await userToken('samordnare');
  const put = (level) => fetch(`${API_URL}/api/v1/organisations/kommunstyrelsen/governance-level`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ level }),
  });
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/forum-decisions');
    const form = page.getByRole('form', { name: 'Ändra en nivå' });
    await form.waitFor({ timeout: TIMEOUT });
    await form.getByLabel(/^Organisation eller forum/).selectOption('kommunstyrelsen');
    assert.equal(await form.getByLabel(/^Nivå/).inputValue(), '', 'seeded on no level');
    await form.getByLabel(/^Nivå/).selectOption('strategisk');
    await form.getByRole('button', { name: 'Spara nivån' }).click();
    await form.getByRole('status').getByText('Sparat: Kommunstyrelsen är nu på Strategisk nivå.').waitFor({ timeout: TIMEOUT });
    const strategic = page.getByTestId('governance-levels').getByRole('row').filter({ hasText: 'Strategisk nivå' });
    await strategic.getByText('Kommunstyrelsen', { exact: false }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'governance-level-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 3, name: 'Change a level' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'governance-level-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    const listed = await get('/api/v1/organisations?limit=500');
    assert.equal(listed.body.items.find((o) => o.code === 'kommunstyrelsen').governanceLevel, 'strategisk');
  } catch (error) { await screenshot(page, 'governance-level-failure'); throw error; }
  finally {
    // the seeded level back: none
    await put(null);
    await page.context().close();
  }
});
