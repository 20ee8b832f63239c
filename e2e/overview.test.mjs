// The start page at a glance, in Chromium against the real stack with the demo figures: the
// coordinator sees each goal's statuses, trend and follow-up and the municipality's column in
// one laptop screen (1366×768, nothing below the fold but the footer) and on a phone (390×844,
// nothing wider than the screen, the cards stacked), axe-clean in Swedish and English; a
// follow-up number lands on the measures board with that filter, showing as many measures as
// the number said.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, logIn, newPage, screenshot } from './support.mjs';

const TIMEOUT = 20_000;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the coordinator reads the goals at a glance on a laptop and a phone, and a number opens its filtered page', async () => {
  const page = await newPage(browser);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await logIn(page, 'samordnare', '/');
    const cards = page.getByTestId('glance-card');
    await cards.first().waitFor({ timeout: TIMEOUT });
    assert.equal(await cards.count(), 6, 'one card per goal');
    await page.getByTestId('municipality-glance').getByRole('heading', { name: /^Lägesrapport \d{4}H[12]$/ })
      .waitFor({ timeout: TIMEOUT });
    // the demo's crime groups draw their trends
    await page.locator('.glance-trend [role="img"]').first().waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'overview-laptop');
    // one laptop screen: the last of the glance (the six cards and the municipality's column)
    // ends within the viewport without scrolling; only the footer may lie below it
    const laptop = await page.evaluate(() => {
      const bottoms = [...document.querySelectorAll('[data-testid="glance-card"], [data-testid="municipality-glance"]')]
        .map((element) => element.getBoundingClientRect().bottom);
      return { last: Math.max(...bottoms), innerHeight, scrollY, scrollHeight: document.scrollingElement.scrollHeight };
    });
    console.log(`# glance at 1366×768: last glance element ends at ${Math.round(laptop.last)} px of ${laptop.innerHeight} (page ${laptop.scrollHeight} px with the footer)`);
    assert.equal(laptop.scrollY, 0);
    assert.ok(laptop.last <= laptop.innerHeight + 2, `the glance ends at ${Math.round(laptop.last)} px, below the ${laptop.innerHeight} px laptop screen`);
    const [top, fourth] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(3).boundingBox()]);
    assert.ok(Math.abs(fourth.x - top.x) < 1 && fourth.y > top.y, 'a grid of three by two on a laptop');
    await assertAccessible(page, 'overview-glance-laptop-sv');

    // a phone: one column, nothing wider than the screen, nothing cut off at its edge
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const phone = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth,
      widest: Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)),
    }));
    assert.ok(phone.scrollWidth <= phone.innerWidth, `the page is ${phone.scrollWidth}px wide on a ${phone.innerWidth}px phone`);
    assert.ok(phone.widest <= phone.innerWidth, `something in the page reaches ${Math.round(phone.widest)}px on a ${phone.innerWidth}px phone`);
    const [first, second] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(1).boundingBox()]);
    assert.ok(second.y >= first.y + first.height, 'the cards stack in one column on a phone');
    await screenshot(page, 'overview-phone');
    await assertAccessible(page, 'overview-glance-phone-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'To act on for the municipality' }).waitFor({ timeout: TIMEOUT });
    await assertAccessible(page, 'overview-glance-phone-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.setViewportSize({ width: 1366, height: 768 });

    // a number is a link to the page behind it, filtered: the measures needing follow-up
    const followUp = cards.first().locator('.glance-follow-up a');
    const count = Number(await followUp.locator('.glance-number').innerText());
    await followUp.click();
    await page.waitForURL(/\/measures\?goal=\d+&needsFollowUp=true$/, { timeout: TIMEOUT });
    assert.equal(await page.getByRole('checkbox', { name: 'Bara de som behöver följas upp' }).isChecked(), true);
    if (count === 0) {
      await page.getByText('Inga insatser matchar urvalet.').waitFor({ timeout: TIMEOUT });
    } else {
      await page.getByRole('table').waitFor({ timeout: TIMEOUT });
      assert.match(await page.getByRole('table').locator('caption').innerText(), new RegExp(`\\b${count}\\b`));
    }
    await assertAccessible(page, 'measures-needing-follow-up-sv');
  } finally {
    await page.context().close();
  }
});
