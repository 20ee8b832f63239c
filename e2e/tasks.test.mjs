// Mina uppgifter against the real stack: an editor's to-dos are their organisation's, overdue
// first, each with its API path and page; viewers and anonymous callers have none; in Chromium
// the editor opens the page from the menu, turns the weekly digest off and on again, and the page
// is scanned by axe-core in Swedish and English. The weekly digest's recipients come from Keycloak:
// an editor created in Keycloak (through its admin API) who never signed in gets the digest in the
// stack's real SMTP server (GreenMail, read over its HTTP API) when the coordinator sends it now, and
// an editor who turned it off gets none.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  API_URL, REALM, WEB_URL, assertAccessible, keycloakAdmin, launchBrowser, logIn, newPage, screenshot, userToken,
} from './support.mjs';

const MAIL_URL = process.env.E2E_MAIL_URL ?? 'http://localhost:18025';

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

/** The messages in an address's inbox at the stack's GreenMail (none when it has never had one). */
async function inbox(address) {
  const response = await fetch(`${MAIL_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  if (!response.ok) return [];
  return response.json();
}

/** The text of a message's raw MIME (a single text part, base64 or quoted-printable as the mailer chose). */
function textOf(message) {
  const raw = message.mimeMessage ?? '';
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).trim();
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

async function waitForMail(address, timeout = TIMEOUT) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    const messages = await inbox(address);
    if (messages.length > 0) return messages;
  }
  return [];
}

/** A user of the realm, made through Keycloak's admin API: an editor of the school department. */
async function createEditor(username, password) {
  const created = await keycloakAdmin('POST', `/realms/${REALM}/users`, {
    username, enabled: true, email: `${username}@example.org`, emailVerified: true,
    firstName: 'Ny', lastName: 'Redaktör', groups: ['/Barn- och utbildningsförvaltningen'],
    ...(password ? { credentials: [{ type: 'password', value: password, temporary: false }] } : {}),
  });
  const id = created.location.split('/').pop();
  const { body: editor } = await keycloakAdmin('GET', `/realms/${REALM}/roles/editor`);
  await keycloakAdmin('POST', `/realms/${REALM}/users/${id}/role-mappings/realm`, [editor]);
  return id;
}

test('the weekly digest reaches an editor who never signed in, from Keycloak, and not one who opted out', async () => {
  const stamp = Date.now();
  const newcomer = `e2e-ny-redaktor-${stamp}`;
  const optedOut = `e2e-avstangd-${stamp}`;
  const ids = [];
  try {
    // something overdue for the school department: an ongoing measure never followed up since 2025
    const skola = await userToken('redaktor-skola');
    const title = `Rastvärdar på Bäckbyskolan (e2e ${stamp})`;
    const measure = await fetch(`${API_URL}/api/v1/measures`, {
      method: 'POST', headers: { Authorization: `Bearer ${skola}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, preventionType: 'social', preventionLevel: 'primary', status: 'ongoing',
        startDate: '2025-01-15', districts: ['1980-backby'], targetGroups: ['youngPeople'] }),
    });
    assert.equal(measure.status, 201, await measure.text());

    ids.push(await createEditor(newcomer));
    ids.push(await createEditor(optedOut, optedOut));
    // the colleague turns the digest off in Värna (the newcomer never gets a token, never signs in)
    const colleague = await userToken(optedOut);
    const off = await fetch(`${API_URL}/api/v1/me/reminders`, {
      method: 'PUT', headers: { Authorization: `Bearer ${colleague}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ weeklyDigest: false }),
    });
    assert.equal(off.status, 200, await off.text());

    const editorTriesToSend = await fetch(`${API_URL}/api/v1/reminder-digest-runs`, {
      method: 'POST', headers: { Authorization: `Bearer ${skola}` } });
    assert.equal(editorTriesToSend.status, 403);
    const run = await fetch(`${API_URL}/api/v1/reminder-digest-runs`, {
      method: 'POST', headers: { Authorization: `Bearer ${await userToken('samordnare')}` } });
    const runBody = await run.json();
    assert.equal(run.status, 200, JSON.stringify(runBody));
    assert.match(runBody.week, /^\d{4}-W\d{2}$/);
    assert.ok(runBody.sent >= 1, JSON.stringify(runBody));

    const received = await waitForMail(`${newcomer}@example.org`);
    assert.equal(received.length, 1, `the editor who never signed in got ${received.length} digests`);
    const mail = textOf(received[0]);
    assert.match(received[0].subject ?? '', /V(ä|=C3=A4)rna|^=\?/i, JSON.stringify(received[0]));
    assert.ok(mail.includes('Hej Ny Redaktör!'), mail);
    assert.ok(mail.includes(title), `the overdue measure in the digest: ${mail}`);
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await inbox(`${optedOut}@example.org`), [], 'the editor who opted out got a digest');

    // once a week: sending again sends the newcomer nothing more
    const again = await fetch(`${API_URL}/api/v1/reminder-digest-runs`, {
      method: 'POST', headers: { Authorization: `Bearer ${await userToken('samordnare')}` } });
    assert.equal(again.status, 200);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal((await inbox(`${newcomer}@example.org`)).length, 1);
  } finally {
    for (const id of ids) await keycloakAdmin('DELETE', `/realms/${REALM}/users/${id}`).catch(() => {});
  }
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
