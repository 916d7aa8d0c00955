// Single-page ticket switches in Chromium (issue #4): a switch without a reload shows the new
// conversation in the panel within 300 ms (median of 10 per kind; p95 and max printed), for a hash
// link and for history.pushState (which fires no event; the Navigation API sees it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';
import { armPage, armPanel, describe, figures, latency, ORDER, SUBJECTS, TARGET_MS } from './spa-switch';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await server?.close();
});

async function openWithPanel(query: string): Promise<{ page: Page; panel: Frame }> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/${query}#/tickets/1041`);
  // Heard reads the page once the rep is in the reply box (at page start it only listens).
  await page.locator('#reply').click();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('the panel frame', async () =>
    panelFrameIn(page),
  );
  await panel.locator('.panel-ticket', { hasText: SUBJECTS['1041']! }).waitFor();
  return { page, panel };
}

for (const [kind, query] of [['hash link', ''], ['pushState', '?nav=push']] as const) {
  test(`Chromium: a ticket switch by ${kind} shows the new conversation within ${TARGET_MS} ms`, async () => {
    const { page, panel } = await openWithPanel(query);
    const times: number[] = [];
    for (const id of ORDER) {
      await armPanel(panel, SUBJECTS[id]!);
      await armPage(page);
      // The link's own click (as a rep's pointer gives it): the docked panel may sit over the ticket
      // list, which is not the rep's work (the reply, Send, the customer's message) it must keep clear.
      await page.$eval(`a.ticket-link[href="#/tickets/${id}"]`, (a) => (a as HTMLAnchorElement).click());
      times.push(await latency(page, panel));
      assert.equal(await page.evaluate(() => location.hash), `#/tickets/${id}`);
    }
    // The marker follows too: ticket 1044's customer is abusive, its state differs from 1041's.
    const f = figures(times);
    console.log(describe(`Chromium, ${kind}`, f), `[${times.join(', ')}]`);
    assert.ok(f.median <= TARGET_MS, describe(kind, f));
    await page.close();
  });
}
