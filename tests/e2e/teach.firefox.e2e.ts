// "Teach Heard this page" in Firefox ESR on a page Heard has no adapter for (tests/e2e/teach-shared.ts).
// The site's grant is in the profile as Firefox keeps a rep's "Allow" (no tool can answer the prompt),
// and the welcome page Heard opens at install sends the extension pages' messages (BiDi cannot open
// the popup or the options page), as in iframe-editors.firefox.e2e.ts.
import { after, before, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { launchFirefox, messageScript, waitFor, type FirefoxRun } from './browsers';
import { selfCheckAfterChange, selfCheckClears, teachAndRead, type TeachPage } from './teach-shared';

const ADDON_ID = 'heard@heard-extension.org';
let server: FixtureServer;
let run: FirefoxRun;
let profile = '';

before(async () => {
  server = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), 'heard-ff-'));
  writeFileSync(
    join(profile, 'extension-preferences.json'),
    JSON.stringify({ [ADDON_ID]: { permissions: [], origins: ['http://127.0.0.1/*'], data_collection: [] } }),
  );
  run = await launchFirefox({ userDataDir: profile, welcome: 'keep' });
});
after(async () => {
  await run?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('Firefox: teach a page with the picker, then Heard reads its thread, ticket and customer', async () => {
  const welcome: Page = await waitFor('the welcome page opened at install', async () => {
    for (const p of await run.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/welcome\.html/.test(href)) return p;
    }
    return null;
  });
  const send = <T>(type: string, data: unknown): Promise<T> =>
    welcome.evaluate(messageScript(type, data).replace('r && r.res', 'r && (r.res ?? r)')) as Promise<T>;
  const enabled = await send<{ ok: boolean }>('ui:sites:enable', { origin: 'http://127.0.0.1' });
  if (!enabled.ok) throw new Error(`enable: ${JSON.stringify(enabled)}`);
  const tabOf = (url: string): Promise<number> =>
    welcome.evaluate(`browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`) as Promise<number>;
  const page = await run.browser.newPage();
  try {
    const url = (id: number): string => `${server.origin}/fixtures/teach/?id=${id}`;
    await teachAndRead(page as unknown as TeachPage, url, send, tabOf);
    await selfCheckAfterChange(page as unknown as TeachPage, url, send, tabOf);
    await selfCheckClears(page as unknown as TeachPage, url, send, tabOf);
  } finally {
    await page.close();
  }
});
