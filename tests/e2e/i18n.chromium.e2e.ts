// The interface follows the browser's language (issue 15, point 5): Chromium in German, on the demo
// helpdesk. The marker's name, the panel and its "show more" button are German, in the plural form
// the count needs (1 Hinweis / 5 Hinweise, "1 weiteren Hinweis" / "2 weitere Hinweise"), and the
// panel's page says lang="de" (screen readers read it as German).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium({ lang: 'de' });
});
after(async () => {
  await run?.close();
  await server?.close();
});

async function retype(page: Page, text: string): Promise<void> {
  await page.locator('#reply').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

const ONE = "Hi Ana, thanks for waiting. I don't know what happened to your order yet.";
const NOISY =
  "Dear customer, as I said, per our policy we can't refund opened items. Obviously you should have read the terms. Please calm down.";

test('Chromium in German: the marker, the panel and its counts in German, each count in its plural form', async () => {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();

  await retype(page, ONE);
  const marker = await waitFor('the marker with one hint (singular)', () => findButtonByName(page, /^Heard: 1 Hinweis, öffnen$/));
  await page.mouse.click(marker.x, marker.y);
  const panel: Frame = await waitFor('panel frame', async () =>
    panelFrameIn(page),
  );
  await panel.getByRole('heading', { name: /^Beim Schreiben/ }).waitFor();
  assert.equal(await panel.evaluate(() => document.documentElement.lang), 'de');
  assert.match(await panel.getByRole('article').first().innerText(), /Besser ändern/);
  await panel.getByRole('button', { name: 'Panel schließen' }).waitFor();

  await retype(page, NOISY);
  const many = await waitFor('the marker with several hints (plural)', async () => {
    const m = await findButtonByName(page, /^Heard: \d+ Hinweise, öffnen$/);
    const n = m ? Number(/(\d+)/.exec(m.name)![1]) : 0;
    return n >= 5 ? n : null;
  });
  // Three cards shown, the rest behind the button, in the form its own count needs.
  const rest = many - 3;
  const label = rest === 1 ? '1 weiteren Hinweis zeigen' : `${rest} weitere Hinweise zeigen`;
  const more = panel.getByRole('button', { name: label });
  await more.waitFor();
  await more.click();
  await panel.getByRole('button', { name: 'Nur die wichtigsten zeigen' }).waitFor();
  assert.equal(await panel.getByRole('article').count(), many);
  await page.close();
});
