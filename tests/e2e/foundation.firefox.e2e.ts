// The walking skeleton in Firefox ESR: the demo helpdesk, "I don't know" in the draft, the marker
// opening the panel with the advice, and the draft left exactly as typed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, firefoxPanel, launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';

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

const DRAFT = "I don't know what happened to your order";

test('Firefox: "I don\'t know" shows the hint; the marker opens the panel with the advice', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.click('#reply');
  await page.keyboard.type(DRAFT, { delay: 10 });

  // The underline is painted with the CSS Custom Highlight API once the hint exists.
  await waitFor('the hint highlight', () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
      return h ? [...h].map((r) => r.toString()).join('|') : null;
    }),
  ).then((words) => assert.equal(words, "I don't know"));
  assert.equal(await page.$eval('#reply', (el) => (el as HTMLElement).innerText), DRAFT);

  const point = await markerPointFor(page, '#reply');
  await page.mouse.click(point.x, point.y);
  const panel = await firefoxPanel(page);
  const text = await waitFor('panel text with the advice', async () => {
    const t = await panel.$eval('body', (b) => (b as HTMLElement).innerText);
    return /dead-end/i.test(t) ? t : null;
  });
  assert.match(text, /While you write \(1\)/i, 'one hint listed');
  assert.match(text, /find the answer/i);
  assert.match(text, /supervisor/i);
  assert.equal(await page.$eval('#reply', (el) => (el as HTMLElement).innerText), DRAFT, 'draft unchanged');
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-panel.png') });
  await page.close();
});
