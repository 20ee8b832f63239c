// The law's cycle in the web app, in Chromium against the real stack: the coordinator starts a
// lägesbild, names a problem with its evidence (picked from the API's lists), adopts it, starts
// an action plan on it, links an action to the problem and a demo measure, and sees the gap
// list change; then adopts the plan, starts a new version of it and of the lägesbild, and reads
// the earlier version. An editor proposes an action for their own organisation on a draft plan.
// Every page and open editor is scanned by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the coordinator links a problem to an action and a measure, and the gap list follows', async () => {
  const page = await newPage(browser);
  const title = `E2E-lägesbild ${Date.now()}`;
  const problem = 'Skadegörelse vid skolorna på kvällstid';
  try {
    await logIn(page, 'samordnare', '/situation-pictures');
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Från månad').fill('2024-01');
    await page.getByLabel('Till och med månad').fill('2025-12');
    await page.getByRole('button', { name: 'Skapa lägesbild' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });

    // the problem editor: a problem with no title is named at its field, nothing stored
    await page.getByRole('button', { name: 'Ändra texter, analys och problem' }).click();
    await page.getByRole('button', { name: 'Lägg till problem' }).click();
    const evidence = page.getByRole('group', { name: /^Stadsdelar och områden/ });
    await evidence.getByRole('checkbox').first().waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Spara lägesbilden' }).click();
    await page.getByTestId('error-problems[0].title').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByLabel('Problemets rubrik', { exact: true }).getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Problemets rubrik', { exact: true }).fill(problem);
    await page.getByLabel('Prioritet', { exact: true }).selectOption('high');
    await evidence.getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^Brottskategorier och brottsgrupper/ }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^Berörda kön/ }).getByLabel('män och pojkar').check();
    await page.getByLabel('Berörda åldersgrupper', { exact: true }).fill('15-17, 18-24');
    await page.getByRole('button', { name: 'Lägg till avsnitt' }).click();
    await page.getByLabel('Avsnittets rubrik', { exact: true }).fill('Skolenkäten 2025');
    await page.getByLabel('Text', { exact: true }).fill('Fler elever känner sig otrygga på skolgården kvällstid.');
    await page.getByRole('textbox', { name: 'Analys', exact: true }).fill('Skadegörelsen är koncentrerad till skolorna.');
    assert.match(await page.getByRole('group', { name: /^Stadsdelar och områden/ }).locator('legend').innerText(), /1 vald/);
    await assertAccessible(page, 'situation-picture-editor-sv');
    await page.getByRole('button', { name: 'Spara lägesbilden' }).click();
    await page.getByRole('heading', { level: 3, name: problem }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { level: 3, name: 'Skolenkäten 2025' }).waitFor({ timeout: TIMEOUT });

    // adoption, after confirming
    const adopt = page.getByRole('form', { name: 'Anta lägesbilden' });
    await adopt.getByLabel('Beslutsdatum').fill('2026-02-04');
    await adopt.getByRole('button', { name: 'Anta' }).click();
    await adopt.getByRole('button', { name: 'Ja, anta lägesbilden' }).click();
    await page.getByRole('form', { name: 'Ny åtgärdsplan' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Ändra texter, analys och problem' }).count(), 0);

    // a plan on it: the problem is a gap until an action answers it
    const newPlan = page.getByRole('form', { name: 'Ny åtgärdsplan' });
    await newPlan.getByLabel('Rubrik').fill(`Åtgärdsplan till ${title}`);
    await newPlan.getByRole('button', { name: 'Skapa åtgärdsplan' }).click();
    const gaps = page.getByRole('region', { name: 'Luckor' });
    await gaps.getByRole('heading', { name: 'Problem utan åtgärd' }).waitFor({ timeout: TIMEOUT });
    assert.match(await gaps.innerText(), new RegExp(problem));
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'action-plan-draft-sv');

    await page.getByRole('button', { name: 'Ändra åtgärder och samråd' }).click();
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByLabel('Åtgärdens rubrik', { exact: true }).fill('Kvällsvandringar vid skolorna');
    await page.getByRole('group', { name: /^Problem i lägesbilden som åtgärden möter/ }).getByLabel(problem).check();
    const measures = page.getByRole('group', { name: /^Insatser som genomför åtgärden/ });
    const measure = measures.getByRole('checkbox').first();
    const measureTitle = await measures.locator('label').first().innerText();
    await measure.check();
    await page.getByRole('group', { name: /^Ansvariga organisationer/ }).getByRole('checkbox').first().check();
    await page.getByLabel('Från', { exact: true }).fill('2026-03-01');
    await page.getByLabel('Till', { exact: true }).fill('2027-12-31');
    await page.getByLabel('Resultatmått', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Lägg till samråd' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-02-20');
    await page.getByRole('group', { name: /^Parter/ }).getByRole('checkbox').first().check();
    await page.getByLabel('Sammanfattning', { exact: true }).fill('Polisen delar bilden av skadegörelsen.');
    await assertAccessible(page, 'action-plan-editor-sv');
    await page.getByRole('button', { name: 'Spara åtgärdsplanen' }).click();

    const actions = page.getByRole('table', { name: new RegExp(`^Åtgärder i Åtgärdsplan till ${title}`) });
    await actions.getByRole('rowheader', { name: 'Kvällsvandringar vid skolorna' }).waitFor({ timeout: TIMEOUT });
    assert.match(await actions.innerText(), new RegExp(problem));
    assert.ok((await actions.innerText()).includes(measureTitle));
    // the gap list changed: the problem has an action now
    await gaps.getByRole('heading', { name: 'Problem utan åtgärd' }).waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.doesNotMatch(await gaps.innerText(), /Problem utan åtgärd/);
    // the editor closes once the plan is saved, and the consultation is listed in the plan
    await page.getByRole('button', { name: 'Spara åtgärdsplanen' }).waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.getByRole('listitem').filter({ hasText: 'Polisen delar bilden av skadegörelsen.' }).waitFor({ timeout: TIMEOUT });

    const adoptPlan = page.getByRole('form', { name: 'Anta åtgärdsplanen' });
    await adoptPlan.getByLabel('Beslutsdatum').fill('2026-03-04');
    await adoptPlan.getByRole('button', { name: 'Anta' }).click();
    await adoptPlan.getByRole('button', { name: 'Ja, anta åtgärdsplanen' }).click();
    await adoptPlan.waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Ändra åtgärder och samråd' }).count(), 0);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'action-plan-adopted-sv');

    // each action's follow-up is in the plan's table
    assert.match(await actions.innerText(), /Uppföljning/);
    assert.match(await actions.innerText(), /Inte följd upp ännu|Enligt plan|Risk för avvikelse|Avviker från planen/);

    // a change of the adopted plan is a new version: listed beside the adopted one, with what it changed
    await page.getByRole('button', { name: 'Ny version av åtgärdsplanen' }).click();
    const planVersions = page.getByTestId('plan-versions');
    await planVersions.waitFor({ timeout: TIMEOUT });
    assert.equal(await planVersions.getByRole('listitem').count(), 2);
    await page.getByText('Inga ändringar av åtgärderna ännu.').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Ändra åtgärder och samråd' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'action-plan-new-version-sv');

    // a new version of the adopted lägesbild: a draft of its own; the plans stay on the adopted one
    const adoptedUrl = page.url();
    await page.getByRole('button', { name: 'Ny version', exact: true }).click();
    await page.waitForURL((url) => url.href !== adoptedUrl, { timeout: TIMEOUT });
    // the new draft's page (not the adopted one's, refetched on the way with its newer version listed)
    await page.getByRole('button', { name: 'Ändra texter, analys och problem' }).waitFor({ timeout: TIMEOUT });
    const pictureVersions = page.getByTestId('picture-versions');
    await pictureVersions.waitFor({ timeout: TIMEOUT });
    assert.equal(await pictureVersions.getByRole('link').count(), 1);
    await page.getByText('Ingen åtgärdsplan bygger på den här lägesbilden ännu.').waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { level: 3, name: problem }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Ändra texter, analys och problem' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'situation-picture-new-version-sv');
    await pictureVersions.getByRole('link').click();
    await page.getByTestId('newer-version').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('plan-versions').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Ändra texter, analys och problem' }).count(), 0);
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'situation-picture-earlier-version-sv');
  } catch (error) {
    await screenshot(page, 'situation-editors');
    throw error;
  } finally {
    await page.context().close();
  }
});

/** A call to the API as `token`'s user; the answer's status, ETag and body. */
async function send(method, path, token, body, ifMatch) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return { etag: response.headers.get('ETag'), body: JSON.parse(text) };
}

test('an editor proposes an action for their own organisation on a draft plan, errors named at the field', async () => {
  // the coordinator's adopted lägesbild with one problem, and a draft plan on it, through the API
  const coordinator = await userToken('samordnare');
  const problem = 'Otrygghet vid fritidsgården kvällstid';
  const title = `E2E-lägesbild för förslag ${Date.now()}`;
  const created = await send('POST', '/api/v1/situation-pictures', coordinator, { title, from: '2024-01', to: '2025-12' });
  const id = created.body.id;
  await send('PUT', `/api/v1/situation-pictures/${id}`, coordinator, {
    title, analysis: 'Otryggheten ökar kvällstid.', sections: [],
    problems: [{ title: problem, priority: 'medium', visibility: 'internal', sexes: [], ageGroups: [],
      evidence: { crimeCategories: [], districts: [], indicators: [], factors: [] } }],
  }, created.etag);
  await send('POST', `/api/v1/situation-pictures/${id}/adoption`, coordinator,
    { decision: { body: 'Kommunstyrelsen', date: '2026-02-04' } });
  const plan = await send('POST', '/api/v1/action-plans', coordinator,
    { title: `Åtgärdsplan till ${title}`, situationPicture: id, actions: [], consultations: [] });

  const page = await newPage(browser);
  try {
    await logIn(page, 'redaktor-kff', `/situation-pictures/${id}`);
    await page.getByRole('button', { name: 'Föreslå en åtgärd' }).click();
    const form = page.getByRole('form', { name: 'Föreslå en åtgärd för din organisation' });
    await form.getByLabel(/^Åtgärdens rubrik/).fill('Fritidsgården öppen till kl. 22');
    await form.getByRole('group', { name: /^Problem i lägesbilden som åtgärden möter/ }).getByLabel(problem).check();
    await form.getByLabel('Från', { exact: true }).fill('2026-09-01');
    await form.getByLabel('Till', { exact: true }).fill('2026-08-01');
    await form.getByRole('button', { name: 'Skicka förslaget' }).click();
    // an end before the start is named at its field, and nothing is stored
    await form.getByTestId('error-to').waitFor({ timeout: TIMEOUT });
    assert.equal(await form.getByLabel('Till', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'action-plan-proposal-form-sv');

    await form.getByLabel('Till', { exact: true }).fill('2026-12-31');
    await form.getByRole('button', { name: 'Skicka förslaget' }).click();
    const actions = page.getByRole('table', { name: new RegExp(`^Åtgärder i Åtgärdsplan till ${title}`) });
    const row = actions.getByRole('rowheader', { name: /^Fritidsgården öppen till kl. 22/ });
    await row.waitFor({ timeout: TIMEOUT });
    assert.match(await row.innerText(), /Förslag från Kultur/);
    await page.getByText('Förslaget ”Fritidsgården öppen till kl. 22” är skickat').waitFor({ timeout: TIMEOUT });
    // an editor decides no proposal and does not edit the plan itself
    assert.equal(await page.getByRole('button', { name: /^Godta förslaget/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Ändra åtgärder och samråd' }).count(), 0);

    const stored = await fetch(`${API_URL}/api/v1/action-plans/${plan.body.id}`, { headers: { Authorization: `Bearer ${coordinator}` } });
    const actionsStored = (await stored.json()).actions;
    assert.deepEqual(actionsStored.map((a) => [a.title, a.status, a.proposedBy?.code, a.organisations.map((o) => o.code)]),
      [['Fritidsgården öppen till kl. 22', 'proposed', 'kultur-idrott-fritid', ['kultur-idrott-fritid']]]);
  } catch (error) {
    await screenshot(page, 'situation-editors-proposal');
    throw error;
  } finally {
    await page.context().close();
  }
});
