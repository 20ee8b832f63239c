// Effect follow-up of a measure against the real stack: a demo measure's retrospective evaluation
// through the API (the public answer published by the disclosure control) and on the measure page in
// Chromium: the chart of target against comparison districts with the start marked, the estimate in
// plain Swedish and the Efterhandsbedömning mark, each page scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;
const TITLE = 'Klotterplank och snabb sanering';

async function get(path, token) {
  const response = await fetch(`${API_URL}${path}`, {
    headers: { 'Accept-Language': 'sv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function demoMeasureId() {
  const list = await get(`/api/v1/measures?q=${encodeURIComponent(TITLE)}`);
  assert.equal(list.status, 200);
  const found = list.body.items.find((m) => m.title === TITLE);
  assert.ok(found, `the demo measure "${TITLE}" is published`);
  return found.id;
}

test('a demo measure\'s evaluation is retrospective, frozen and estimated from the demo crime statistics', async () => {
  const id = await demoMeasureId();
  const coordinator = await userToken('samordnare');
  const exact = await get(`/api/v1/measures/${id}/evaluation`, coordinator);
  assert.equal(exact.status, 200, JSON.stringify(exact.body));
  assert.equal(exact.body.retrospective, true);
  assert.equal(exact.body.frozen, true);
  assert.equal(exact.body.result.model, 'poissonDifferenceInDifferences');
  assert.ok(exact.body.result.estimate, `an estimate: ${exact.body.result.reason}`);
  assert.match(exact.body.result.estimate.sentence, /^(minskning|ökning|förändring) med .* jämfört med jämförelseområdena/);
  assert.equal(exact.body.result.series.length, 48);

  const anonymous = await get(`/api/v1/measures/${id}/evaluation`);
  assert.equal(anonymous.status, 200);
  assert.equal(anonymous.body.createdBy, null);
  if (anonymous.body.result.seriesWithheld) {
    assert.equal(anonymous.body.result.estimate, null);
    assert.equal(anonymous.body.result.insufficientData, 'disclosure');
  } else {
    assert.ok(anonymous.body.result.series.every((p) => p.target.disclosure !== 'suppressed'
      && p.comparison.disclosure !== 'suppressed'));
    assert.equal(anonymous.body.result.estimate.coefficient, null, 'no model internals for the public');
  }
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the coordinator sees the chart, the estimate in plain Swedish and Efterhandsbedömning on the measure page', async () => {
  const id = await demoMeasureId();
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', `/measures/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Effektuppföljning' }).waitFor({ timeout: TIMEOUT });
    const estimate = page.getByTestId('evaluation-estimate');
    await estimate.waitFor({ timeout: TIMEOUT });
    assert.match(await estimate.innerText(), /^Skattning: (minskning|ökning|förändring) med .* jämfört med jämförelseområdena/);
    await page.getByRole('img', { name: /Insatsen startade 2024-01/ }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByTestId('evaluation-retrospective').innerText(), 'Efterhandsbedömning');
    // frozen: nobody changes the design after the start
    assert.equal(await page.getByRole('button', { name: 'Ändra upplägget' }).count(), 0);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'measure-effect-coordinator');
    await assertAccessible(page, 'measure-effect-coordinator');
  } catch (error) { await screenshot(page, 'measure-effect-coordinator-failure'); throw error; }
  finally { await page.context().close(); }
});

test('a visitor sees the effect follow-up as the disclosure control allows, in Swedish and English', async () => {
  const id = await demoMeasureId();
  const anonymous = await get(`/api/v1/measures/${id}/evaluation`);
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/measures/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Effektuppföljning' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('evaluation-retrospective').waitFor({ timeout: TIMEOUT });
    if (anonymous.body.result.seriesWithheld) {
      await page.getByText('Diagrammet och skattningen visas inte här', { exact: false }).waitFor({ timeout: TIMEOUT });
    } else {
      await page.getByTestId('evaluation-estimate').waitFor({ timeout: TIMEOUT });
      await page.getByRole('img', { name: /Insatsen startade 2024-01/ }).waitFor({ timeout: TIMEOUT });
    }
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'measure-effect-visitor');
    await assertAccessible(page, 'measure-effect-visitor');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Effect follow-up' }).waitFor({ timeout: TIMEOUT });
    await page.getByText('Retrospective assessment').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'measure-effect-visitor-en');
  } catch (error) { await screenshot(page, 'measure-effect-visitor-failure'); throw error; }
  finally { await page.context().close(); }
});
