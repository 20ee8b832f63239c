// Indicator values kept in the web app on the real stack: the coordinator signs in through
// Keycloak, records one value on an indicator page and sees it in the table, records it again
// (nothing changes), gets a bad period back at its field, and opens the edit form; every page
// with a form open is scanned by axe-core, in Swedish and English. The coordinator also sets the
// publication lag (the due date follows, an out-of-range lag is named at its field); a reader
// sees the due date only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot } from './support.mjs';

const TIMEOUT = 20_000;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function indicatorId(code) {
  const response = await fetch(`${API_URL}/api/v1/indicators?limit=500`);
  const body = await response.json();
  return body.items.find((i) => i.code === code).id;
}


test('the coordinator records a value on the indicator page, sees it in the table, and a bad period at its field', async () => {
  const id = await indicatorId('FRAMTIDSTRO');
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', `/indicators/${id}`);
    await page.getByTestId('series-table').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Registrera värde' }).click();
    const form = page.getByRole('form', { name: 'Registrera ett värde' });
    // the areas are loaded: the municipality and its districts
    await form.getByRole('option', { name: /Bäckby/ }).waitFor({ state: 'attached', timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-record-form');

    await form.getByLabel('Period').fill('2025');
    await form.getByLabel('Värde', { exact: true }).fill('73,4');
    await form.getByLabel(/Källa/).fill('e2e');
    await form.getByRole('button', { name: 'Registrera värdet' }).click();
    const outcome = page.getByTestId('record-outcome');
    await outcome.waitFor({ timeout: TIMEOUT });
    assert.match(await outcome.innerText(), /(ersattes med|Nytt värde registrerat:) 73,4 %/);
    // the series is read again: the table shows the value for 2025
    const row = page.getByTestId('series-table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2025', exact: true }) });
    await row.getByText('73,4 %').waitFor({ timeout: TIMEOUT });

    // the same value again changes nothing, and says so
    await form.getByRole('button', { name: 'Registrera värdet' }).click();
    await page.getByTestId('record-outcome').getByText(/Inget ändrades/).waitFor({ timeout: TIMEOUT });

    await form.getByLabel('Period').fill('2025Q5');
    await form.getByRole('button', { name: 'Registrera värdet' }).click();
    const error = page.getByTestId('error-period');
    await error.waitFor({ timeout: TIMEOUT });
    assert.match(await error.innerText(), /2025Q5/);
    assert.equal(await form.getByLabel('Period').getAttribute('aria-invalid'), 'true');
    assert.ok((await form.getByLabel('Period').getAttribute('aria-describedby')).includes(await error.getAttribute('id')));
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-record-form-error');
    await screenshot(page, 'indicator-record-form');

    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('form', { name: 'Record a value' });
    await english.getByRole('button', { name: 'Record the value' }).waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-record-form-en');
  } catch (error) { await screenshot(page, 'indicator-record-failure'); throw error; }
  finally { await page.context().close(); }
});

test('the coordinator opens the edit form with the current definition; an editor of another organisation is offered neither form', async () => {
  const id = await indicatorId('FRAMTIDSTRO');
  const page = await newPage(browser);
  try {
    await logIn(page, 'samordnare', `/indicators/${id}`);
    await page.getByRole('link', { name: 'Redigera indikator' }).click();
    const name = page.getByLabel('Namn (svenska)');
    await name.waitFor({ timeout: TIMEOUT });
    assert.equal(await name.inputValue(), 'Andel som ser ljust på sin framtid');
    await page.getByLabel('År (mål 1)').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-edit-form');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Name (Swedish)').waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'indicator-edit-form-en');
    await screenshot(page, 'indicator-edit-form');
  } catch (error) { await screenshot(page, 'indicator-edit-failure'); throw error; }
  finally { await page.context().close(); }

  const other = await newPage(browser);
  try {
    await logIn(other, 'redaktor-skola', `/indicators/${id}`);
    await other.getByTestId('series-table').waitFor({ timeout: TIMEOUT });
    await other.getByText('Barn- och utbildningsförvaltningen').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await other.getByRole('button', { name: 'Registrera värde' }).count(), 0);
    assert.equal(await other.getByRole('link', { name: 'Redigera indikator' }).count(), 0);
  } catch (error) { await screenshot(other, 'indicator-forms-editor-failure'); throw error; }
  finally { await other.context().close(); }
});

test('the coordinator sets the publication lag on the indicator page, a lag out of range named at its field; a reader sees the due date only', async () => {
  const id = await indicatorId('FRAMTIDSTRO');
  const page = await newPage(browser);
  let original;
  try {
    await logIn(page, 'samordnare', `/indicators/${id}`);
    const panel = page.getByTestId('due-rule');
    const months = panel.getByLabel('Månader efter periodens slut');
    await months.waitFor({ timeout: TIMEOUT });
    original = await months.inputValue();
    const dueBefore = await panel.getByTestId('due-date').innerText();
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'indicator-due-rule-form');

    // out of range: the API's problem names the field, and the message stands at the control
    await months.fill('30');
    await panel.getByRole('button', { name: 'Spara fördröjningen' }).click();
    const error = page.getByTestId('error-publicationLagMonths');
    await error.waitFor({ timeout: TIMEOUT });
    assert.match(await error.innerText(), /24/);
    assert.equal(await months.getAttribute('aria-invalid'), 'true');
    assert.ok((await months.getAttribute('aria-describedby')).includes(await error.getAttribute('id')));
    await assertAccessible(page, 'indicator-due-rule-error');

    // a new lag moves the due date by as many months
    const lag = original === '6' ? '7' : '6';
    await months.fill(lag);
    await panel.getByRole('button', { name: 'Spara fördröjningen' }).click();
    const saved = page.getByTestId('due-rule-saved');
    await saved.waitFor({ timeout: TIMEOUT });
    assert.match(await saved.innerText(), /^Fördröjningen är sparad\./);
    assert.match(await panel.getByTestId('due-lag').innerText(), new RegExp(`^${lag} månader efter periodens slut$`));
    if (dueBefore !== '–') assert.notEqual(await panel.getByTestId('due-date').innerText(), dueBefore, 'the due date follows the lag');
    assert.equal(await error.count(), 0);
    await screenshot(page, 'indicator-due-rule');

    await page.getByRole('button', { name: 'English' }).click();
    await panel.getByRole('heading', { name: 'When the next value is due' }).waitFor({ timeout: TIMEOUT });
    await panel.getByLabel("Months after the period's end").waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'indicator-due-rule-form-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    // the rule as it was, for the tests that read the tasks' due dates
    await months.fill(original);
    await panel.getByRole('button', { name: 'Spara fördröjningen' }).click();
    await panel.getByTestId('due-lag').getByText(new RegExp(`^${original} månad`)).waitFor({ timeout: TIMEOUT });
  } catch (error) { await screenshot(page, 'indicator-due-rule-failure'); throw error; }
  finally { await page.context().close(); }

  const reader = await newPage(browser);
  try {
    await logIn(reader, 'lasare', `/indicators/${id}`);
    const panel = reader.getByTestId('due-rule');
    await panel.getByTestId('due-date').waitFor({ timeout: TIMEOUT });
    assert.equal(await panel.getByRole('textbox').count(), 0, 'a reader sees the due date, not the form');
    assert.equal(await panel.getByRole('button').count(), 0);
    await reader.waitForLoadState('networkidle');
    await assertAccessible(reader, 'indicator-due-rule-reader');
  } catch (error) { await screenshot(reader, 'indicator-due-rule-reader-failure'); throw error; }
  finally { await reader.context().close(); }
});
