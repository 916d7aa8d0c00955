// "Teach Heard this page" in Chromium on a page Heard has no adapter for (tests/e2e/teach-shared.ts).
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, grantInBrowserSettings, launchChromium, messageScript, waitFor, type ChromiumRun } from './browsers';
import { selfCheckAfterChange, selfCheckClears, teachAndRead, type TeachPage } from './teach-shared';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium({ args: ['--enable-unsafe-extension-debugging'] });
});
after(async () => {
  await run?.close();
  await server?.close();
});

test('Chromium: teach a page with the picker, then Heard reads its thread, ticket and customer', async () => {
  await grantInBrowserSettings(run, 'http://127.0.0.1/*');
  const ext: Page = await run.context.newPage();
  await ext.goto(`chrome-extension://${run.extensionId}/options.html`);
  const send = <T>(type: string, data: unknown): Promise<T> => ext.evaluate<T>(messageScript(type, data));
  // The rep's "Enable Heard on 127.0.0.1": the permission is asked in a click (the grant above
  // lets the browser answer it without a prompt), then the popup's own message.
  await ext.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'ask';
    b.textContent = 'ask';
    b.onclick = () => void chrome.permissions.request({ origins: ['http://127.0.0.1/*'] }).then((ok) => (b.dataset.ok = String(ok)));
    document.body.prepend(b);
  });
  await ext.click('#ask');
  await ext.waitForSelector('#ask[data-ok="true"]');
  const enabled = await send<{ ok: boolean }>('ui:sites:enable', { origin: 'http://127.0.0.1' });
  if (!enabled.ok) throw new Error(`enable: ${JSON.stringify(enabled)}`);
  const page = await run.context.newPage();
  const tabOf = (url: string): Promise<number> =>
    ext.evaluate<number>(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`);
  const url = (id: number): string => `${server.origin}/fixtures/teach/?id=${id}`;
  await teachAndRead(page as unknown as TeachPage, url, send, tabOf);
  // Self-check: the page changes under the recipe; the marker says so too (its accessible name).
  await selfCheckAfterChange(page as unknown as TeachPage, url, send, tabOf);
  await waitFor('the marker saying it cannot read the messages', () => findButtonByName(page, /can't read this ticket's messages: open the panel to teach it/));
  await selfCheckClears(page as unknown as TeachPage, url, send, tabOf);
  await page.close();
  await ext.close();
});
