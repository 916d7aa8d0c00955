// An extension update while a helpdesk tab is open: the old content script detaches cleanly (its
// marker and listeners go, nothing is duplicated), and after the page reloads the new one works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, waitFor, type ChromiumRun } from './browsers';

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

test('after an update the old content script leaves no marker and no zombie listener; a reload brings one back', async () => {
  const page = await run.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });
  await waitFor('marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  assert.equal(await page.evaluate(() => document.querySelectorAll('heard-root').length), 1);

  // What an update does to running content scripts: the extension reloads under the page.
  await run.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  // The orphaned script notices at its next use (it does no work while the rep is not typing):
  // it removes its marker and highlight and drops its listeners.
  await page.locator('#reply').click();
  await page.keyboard.type(' and no idea', { delay: 5 });
  await waitFor('old marker removed', async () => (await page.evaluate(() => document.querySelectorAll('heard-root').length)) === 0);
  await page.keyboard.type(' at all', { delay: 5 });
  await page.waitForFunction(() => document.querySelector('#reply')?.textContent?.endsWith('at all'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('heard-root').length), 0, 'no zombie re-creates it');
  assert.equal(await findButtonByName(page, /^Heard: /), null);
  assert.equal(await page.evaluate(() => CSS.highlights.has('heard-hint')), false, 'underline gone');

  // After a reload the new content script takes over: exactly one marker.
  await page.reload();
  await page.locator('#reply').click();
  await page.keyboard.type('I have no idea where the order is', { delay: 5 });
  await waitFor('new content script', async () => (await page.evaluate(() => document.querySelectorAll('heard-root').length)) === 1).catch((e) => {
    throw new Error(`no content script after reload: ${String(e)}`);
  });
  await waitFor('new marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  assert.equal(await page.evaluate(() => document.querySelectorAll('heard-root').length), 1);
  assert.deepEqual(errors, []);
  await page.close();
});
