// Mina uppgifter against the real stack: an editor's to-dos are their organisation's, overdue
// first, each with its API path and page; viewers and anonymous callers have none; in Chromium
// the editor opens the page from the menu, turns the weekly digest off and on again, and the page
// is scanned by axe-core in Swedish and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, WEB_URL, assertAccessible, launchBrowser, logIn, newPage, screenshot, userToken } from './support.mjs';

const TIMEOUT = 20_000;

async function get(path, token) {
  const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : null };
}

test('an editor’s to-dos are their organisation’s, overdue first; viewers and visitors have none', async () => {
  const editor = await userToken('redaktor-skola');
  const tasks = await get('/api/v1/me/tasks', editor);
  assert.equal(tasks.status, 200);
  const items = tasks.body.items;
  assert.ok(items.every((t) => t.organisation.code === 'barn-utbildning'), JSON.stringify(items.map((t) => t.organisation.code)));
  const firstComing = items.findIndex((t) => !t.overdue);
  assert.ok(firstComing === -1 || items.slice(firstComing).every((t) => !t.overdue), 'the overdue first');
  assert.equal(tasks.body.overdue, items.filter((t) => t.overdue).length);
  for (const t of items) {
    assert.match(t.link.api, /^\/api\/v1\//);
    assert.match(t.link.web, /^\/(indicators|measures|agreements)\/\d+$/);
  }
  assert.equal((await get('/api/v1/me/tasks', await userToken('lasare'))).status, 403);
  assert.equal((await get('/api/v1/me/tasks')).status, 401);
  const reminders = await get('/api/v1/me/reminders', editor);
  assert.equal(reminders.status, 200);
  assert.equal(reminders.body.eligible, true);
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('an editor opens Mina uppgifter from the menu and turns the weekly digest off and on', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, 'redaktor-skola', '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina uppgifter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor({ timeout: TIMEOUT });
    const toggle = page.getByRole('checkbox', { name: 'Skicka mig veckans påminnelse' });
    await toggle.waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, 'tasks-sv');

    // the checkbox follows the saved choice, so it changes once the API has answered
    await toggle.click();
    await page.getByText('Ditt val är sparat.').waitFor({ timeout: TIMEOUT });
    assert.equal(await toggle.isChecked(), false);
    const off = await get('/api/v1/me/reminders', await userToken('redaktor-skola'));
    assert.equal(off.body.weeklyDigest, false);
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('input[type=checkbox]')?.checked === true, null,
      { timeout: TIMEOUT });
    assert.equal((await get('/api/v1/me/reminders', await userToken('redaktor-skola'))).body.weeklyDigest, true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('checkbox', { name: 'Send me the weekly reminder' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'tasks-en');
  } catch (error) {
    await screenshot(page, 'tasks-editor');
    throw error;
  } finally {
    await page.context().close();
  }
});
