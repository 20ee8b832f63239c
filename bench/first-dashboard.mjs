// The time from opening the web app to its first usable dashboard, in Chromium (playwright-core):
// run by scripts/reads-bench.sh against the production build behind nginx, or alone against any
// running stack (BENCH_WEB_URL, default http://localhost:5173/). Three visits, each in a fresh
// context (nothing cached, not signed in); for each, the navigation timing of the document and the
// time from the start of navigation until the start page's first goal with its indicators' latest
// values is visible (a visitor's start page is the public page: data-testid="public-goal", filled
// from the public operations; signed-in readers get the glance cards instead, which need
// Keycloak). Prints the medians
// as one line.
import { chromium } from 'playwright-core';

const URL = process.env.BENCH_WEB_URL ?? 'http://localhost:5173/';
const VISITS = Number(process.env.BENCH_VISITS ?? 3);
const SELECTOR = '[data-testid="public-goal"]';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const browser = await chromium.launch({
  executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
  // the flags of e2e/support.mjs: no network this machine does not have
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const visits = [];
try {
  // one visit not counted: Chromium's own first start (its profile, fonts) is not the app's
  for (let i = 0; i <= VISITS; i++) {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(URL, { waitUntil: 'commit' });
    await page.locator(SELECTOR).first().waitFor({ state: 'visible', timeout: 30_000 });
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return { ttfb: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        card: performance.now() };
    });
    if (i > 0) visits.push(timing);
    await context.close();
  }
} finally {
  await browser.close();
}
const pick = (key) => Math.round(median(visits.map((v) => v[key])));
console.log(`first goal card ${pick('card')} ms (document first byte ${pick('ttfb')} ms, DOMContentLoaded ${pick('domContentLoaded')} ms, load ${pick('load')} ms)`);
