// The hostile page in Firefox ESR: content scripts see the page through Xray wrappers, so the
// page's overrides of attachShadow, MutationObserver, fetch and addEventListener do not reach them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { launchFirefox, waitFor, type FirefoxRun } from './browsers';

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

test('Firefox: Heard works on the hostile page and throws nothing into it', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${server.origin}/heard-demo/hostile.html#/tickets/1041`);
  await page.click('#reply');
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });
  const words = await waitFor('the hint underline', () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
      return h ? [...h].map((r) => r.toString()).join('|') : null;
    }),
  );
  assert.equal(words, "I don't know");
  const log = await page.evaluate(() => (window as unknown as { __hostile: { errors: string[]; shadowCalls: number; fetches: string[]; flood: number } }).__hostile);
  assert.ok(log.flood > 50);
  assert.equal(log.shadowCalls, 0);
  assert.deepEqual(log.fetches, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
