// The policy cycle against the real stack: the coordinator drafts a policy in the web app, gives
// it a goal, maps the six goals of 2020–2025 to it, carries an indicator over and links another
// with its targets, and adopts it after confirming; the new goal's page lists the old goals'
// measures through the crosswalk; every page is scanned by axe-core. The policy takes effect on 2031-01-01, so the policy in force today (and
// what the other end-to-end tests see: goals, reports) stays 2020–2025.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;

async function call(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the coordinator drafts a policy, maps the old goals and adopts it after confirming', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', '/policies', TIMEOUT);
    await page.getByRole('button', { name: 'Gäller nu (1)' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policies-coordinator');

    // a draft
    await page.getByLabel(/^Titel på svenska/).fill('Policy för trygghet 2031–2035 (e2e)');
    await page.getByLabel(/^Titel på engelska/).fill('Policy for safety 2031–2035 (e2e)');
    await page.getByLabel(/^Periodens första år/).fill('2031');
    await page.getByLabel(/^Periodens sista år/).fill('2035');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.waitForURL(/\/policies\/\d+$/, { timeout: TIMEOUT });
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: 'Policy för trygghet 2031–2035 (e2e)' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('policy-standing').filter({ hasText: 'Utkast' }).waitFor({ timeout: TIMEOUT });

    // its goal
    const goalForm = page.getByRole('form', { name: 'Lägg till ett mål' });
    await goalForm.getByLabel(/^Titel på svenska/).fill('Tryggt i hela kommunen');
    await goalForm.getByLabel(/^Titel på engelska/).fill('Safe throughout the municipality');
    await goalForm.getByLabel(/^Beskrivning på svenska/).fill('Alla invånare känner sig trygga där de bor.');
    await goalForm.getByLabel(/^Beskrivning på engelska/).fill('All residents feel safe where they live.');
    await goalForm.getByLabel(/^Globala mål/).fill('16, 11');
    await goalForm.getByLabel(/^Delmål/).fill('16.1');
    await goalForm.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByRole('heading', { level: 3, name: 'Mål 1: Tryggt i hela kommunen' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policy-draft');

    // each of the six goals of 2020–2025 maps to the new goal
    const editor = page.getByRole('form', { name: /Översätt målen i policy 2020-2025/ });
    for (let number = 1; number <= 6; number++) {
      await editor.getByRole('group', { name: new RegExp(`^Mål ${number}:`) })
        .getByRole('checkbox', { name: 'Motsvaras av mål 1: Tryggt i hela kommunen' }).check();
    }
    await editor.getByRole('button', { name: 'Spara målöversättningen' }).click();
    await page.getByText('Målöversättningen är sparad.').waitFor({ timeout: TIMEOUT });

    // an indicator of old goal 1 carried over in one click, goal 6's chosen afresh with its targets
    await page.getByRole('button', { name: 'För över Andel som känner tillit till mål 1' }).click();
    await page.getByText('Förd över från mål 1 i föregående policy').waitFor({ timeout: TIMEOUT });
    const linkForm = page.getByRole('form', { name: 'Koppla en indikator till mål 1' });
    const indicators = await call('/api/v1/indicators?limit=500');
    const share = indicators.body.items.find((i) => i.code === 'SAMVERKAN_ATAGANDEN');
    await linkForm.getByLabel(/^Indikator/).selectOption(String(share.id));
    await linkForm.getByLabel(/^Utgångsvärdets period/).fill('2030H2');
    await linkForm.getByLabel(/^Utgångsvärde \(/).fill('55');
    await linkForm.getByLabel(/^Årsmål/).fill('2033: 70, 2035: 80');
    await linkForm.getByRole('button', { name: 'Koppla indikatorn' }).click();
    await page.getByText('Mål: 2033: 70, 2035: 80').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policy-draft-indicators');

    // adoption, confirmed
    await page.getByLabel(/^Beslutsdatum/).fill('2030-11-27');
    await page.getByLabel(/^Paragraf/).fill('§ 212');
    await page.getByLabel(/^Diarienummer/).fill('KS 2030/00412');
    assert.equal(await page.getByLabel(/^Börjar gälla/).inputValue(), '2031-01-01');
    await page.getByRole('button', { name: 'Anta policyn…' }).click();
    const confirm = page.getByRole('group', { name: 'Bekräfta antagandet' });
    await confirm.waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'policy-adoption-confirm');
    await confirm.getByRole('button', { name: 'Ja, anta policyn' }).click();
    await page.getByTestId('policy-standing').filter({ hasText: 'Kommande' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Anta policyn…' }).count(), 0, 'an adopted policy has no editors');
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policy-adopted');

    // through the API: adopted, not yet in force; 2020–2025 stays in force until 2030-12-31
    const coordinator = await userToken('samordnare');
    const adopted = await call(`/api/v1/policies/${id}`, coordinator);
    assert.equal(adopted.body.status, 'adopted');
    assert.equal(adopted.body.effectiveFrom, '2031-01-01');
    assert.equal(adopted.body.current, false);
    assert.equal(adopted.body.decision.paragraph, '§ 212');
    const policies = await call('/api/v1/policies');
    const old = policies.body.items.find((p) => p.code === '2020-2025');
    assert.equal(old.current, true);
    assert.equal(old.effectiveTo, '2030-12-31');
    const goals = await call('/api/v1/goals');
    assert.deepEqual(goals.body.items.map((g) => g.number), [1, 2, 3, 4, 5, 6], 'the goals in force are unchanged');
    assert.equal(goals.body.items[0].policyId, old.id);
    const crosswalk = await call(`/api/v1/policies/${id}/crosswalk`);
    assert.equal(crosswalk.body.entries.length, 6);
    assert.equal(crosswalk.body.unmapped.length, 0);

    // the new goal's indicators with this period's figures; the old goal 1 keeps its own
    const newGoals = await call(`/api/v1/goals?policy=${id}`);
    const newGoal = newGoals.body.items[0];
    const carried = newGoal.indicators.find((i) => i.code === 'TILLIT');
    assert.equal(carried.carriedOverFrom.number, 1);
    const chosen = newGoal.indicators.find((i) => i.code === 'SAMVERKAN_ATAGANDEN');
    assert.deepEqual(chosen.targets.map((t) => t.year), [2033, 2035]);
    assert.equal(goals.body.items[0].indicators.find((i) => i.code === 'TILLIT').carriedOverFrom, null);

    // its page lists the measures of the old goals through the crosswalk, each once
    const listed = await call(`/api/v1/measures?goal=${newGoal.id}&limit=500`, coordinator);
    assert.equal(listed.body.total, new Set(listed.body.items.map((m) => m.id)).size, 'each measure once');
    assert.equal(listed.body.viaCrosswalk, listed.body.total, 'none is linked to the new goal yet');
    await page.goto(`${WEB_URL}/goals/${newGoal.id}`);
    const measures = page.getByRole('region', { name: 'Insatser' });
    await measures.getByText(/varje insats räknad en gång/).waitFor({ timeout: TIMEOUT });
    if (listed.body.total > 0) {
      await measures.getByText(/^Via målöversättningen från mål/).first().waitFor({ timeout: TIMEOUT });
    }
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'goal-crosswalk-measures');
  } catch (error) {
    await screenshot(page, 'policy-coordinator-failure');
    throw error;
  } finally {
    await page.context().close();
  }
});

test('a visitor sees the adopted policy as upcoming and the one in force, in English too', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${WEB_URL}/policies`);
    await page.getByRole('button', { name: 'Gäller nu (1)' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByRole('button', { name: 'Skapa utkast' }).count(), 0, 'a visitor cannot draft');
    await page.getByRole('button', { name: /^Kommande/ }).click();
    await page.getByRole('link', { name: 'Policy för trygghet 2031–2035 (e2e)' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policies-visitor');
    await page.getByRole('link', { name: 'Policy för trygghet 2031–2035 (e2e)' }).click();
    await page.getByRole('table', { name: /Målen i policy 2020-2025/ }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Crosswalk' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'policy-visitor-en');
  } catch (error) {
    await screenshot(page, 'policy-visitor-failure');
    throw error;
  } finally {
    await page.context().close();
  }
});
