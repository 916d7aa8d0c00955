// The Spanish ticket in Firefox ESR (issue 15): a Spanish draft gets no English hints and the
// panel says Heard has no guidance in Spanish and doesn't read the customer's tone in Spanish.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';

let server: FixtureServer;
let run: FirefoxRun;

before(async () => {
  server = await serveFixtures();
  run = await launchFirefox();
});
after(async () => {
  await run?.close();
  await server?.close();
});

const SPANISH = 'Cálmese, por favor. No sé qué pasó, le paso con mi supervisor ASAP.';

const panelFrame = (page: Page): Promise<Frame> =>
  waitFor('the panel frame', async () => {
    for (const f of page.frames().slice(1)) {
      const href = await f.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(href)) return f;
    }
    return null;
  });

test('Firefox: a Spanish draft on a Spanish ticket: no English hints, the panel says why', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1045`);
  await page.click('#reply');
  // Typed without pauses: the lint runs after the typing pause, on the whole draft (Firefox's
  // WebDriver BiDi sends one character per input; a paste is not available to it).
  await page.keyboard.type(SPANISH);
  const point = await markerPointFor(page, '#reply');
  await page.mouse.click(point.x, point.y);
  const panel = await panelFrame(page);
  const text = await waitFor('the panel saying there is no guidance in Spanish', async () => {
    const t = await panel.$eval('body', (b) => (b as HTMLElement).innerText);
    return t.includes('Heard has no guidance in Spanish yet') ? t : null;
  });
  assert.match(text, /Heard doesn't read the customer's tone in Spanish yet\./);
  assert.equal(await panel.$$eval('article', (a) => a.length), 0, 'no hint cards');
  const underlined = await page.evaluate(
    () => (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint')?.size ?? 0,
  );
  assert.equal(underlined, 0, 'nothing underlined');
  assert.equal(await page.$eval('#reply', (el) => (el as HTMLElement).innerText), SPANISH, 'draft unchanged');
  await page.close();
});
