// Single-page ticket switches in Firefox ESR (issue #4): the same switches as spa.chromium.e2e.ts,
// a hash link and history.pushState, each shown in the panel within 300 ms (median of 10); then
// again with the Navigation API switched off, as in Firefox 140–146 (the manifest's minimum is 140),
// where a pushState fires no event at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { firefoxPanel, launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';
import { armPage, armPanel, describe, figures, latency, ORDER, SUBJECTS, TARGET_MS, type Evaluator } from './spa-switch';

// puppeteer's evaluate takes a string script too; its generic signature just does not say so.
const ev = (x: Page | Frame): Evaluator => x as unknown as Evaluator;

let server: FixtureServer;
const runs: Partial<Record<'with' | 'without', FirefoxRun>> = {};
// The Navigation API's switch in Firefox (on by default since 147).
const NO_NAVIGATION_API = { 'dom.navigation.webidl.enabled': false };

before(async () => {
  server = await serveFixtures();
});
after(async () => {
  for (const r of Object.values(runs)) await r?.close();
  await server?.close();
});

/** BiDi reports the extension frame as about:blank: ask each child frame where it is. */
const CASES = [
  ['with', 'hash link', ''],
  ['with', 'pushState', '?nav=push'],
  ['without', 'hash link', ''],
  ['without', 'pushState', '?nav=push'],
] as const;

for (const [mode, kind, query] of CASES) {
  test(`Firefox ${mode} the Navigation API: a ticket switch by ${kind} shows the new conversation within ${TARGET_MS} ms`, async (t) => {
    const run = (runs[mode] ??= await launchFirefox(mode === 'with' ? {} : { prefs: NO_NAVIGATION_API }));
    const page = await run.browser.newPage();
    await page.goto(`${server.origin}/heard-demo/${query}#/tickets/1041`);
    const api = await page.evaluate('typeof navigation === "object" ? "with" : "without"');
    if (mode === 'with' && api === 'without') {
      // Firefox ESR 140 (Debian bookworm's) has no Navigation API at all: the cases without it are this browser's.
      const version = await run.browser.version();
      await page.close();
      t.skip(`${version} has no Navigation API`);
      return;
    }
    assert.equal(api, mode, `the page runs ${mode} the Navigation API`);
    if (mode === 'without' && runs.with) await runs.with.close().then(() => delete runs.with);
    // Heard reads the page once the rep is in the reply box (at page start it only listens); the
    // marker appears once the first lint is back; then it opens the panel.
    await waitFor('Heard on the page', () => page.evaluate('!!document.querySelector("heard-root")'));
    await page.click('#reply');
    const point = await markerPointFor(page, '#reply');
    const panel = await waitFor('the panel with ticket 1041', async () => {
      await page.mouse.click(point.x, point.y);
      const f = await firefoxPanel(page);
      await waitFor('ticket 1041 in the panel', () => f.evaluate(`document.querySelector('.panel-ticket')?.textContent === ${JSON.stringify(SUBJECTS['1041'])}`), 3_000);
      return f;
    }, 20_000);
    const times: number[] = [];
    for (const id of ORDER) {
      await armPanel(ev(panel), SUBJECTS[id]!);
      await armPage(ev(page));
      // From the keyboard, as a rep with the panel docked over the ticket list would: the panel
      // may sit over the list's links (a pointer click would land on it), and a link's own
      // click() inside a BiDi evaluate did not return across the switch.
      await page.focus(`a.ticket-link[href="#/tickets/${id}"]`);
      await page.keyboard.press('Enter');
      times.push(await latency(ev(page), ev(panel)));
      assert.equal(await page.evaluate(() => location.hash), `#/tickets/${id}`);
    }
    const f = figures(times);
    console.log(describe(`Firefox (${api} the Navigation API), ${kind}`, f), `[${times.join(', ')}]`);
    assert.ok(f.median <= TARGET_MS, describe(kind, f));
    await page.close();
  });
}
