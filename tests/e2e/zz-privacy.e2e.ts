// Nothing leaves the machine: a browser session that exercises Heard end to end (draft, panel,
// insert, dismiss, options, popup) makes no request outside loopback from any page or extension
// context. Chromium's net log records every request of every context; checkNetLog() (also run
// when every other Chromium test closes its browser) fails on any that leaves loopback.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, panelFrameIn, requestLog, waitFor, type ChromiumRun } from './browsers';

let server: FixtureServer;
/** Browsers a test opened and has not closed yet (it failed): closed in after() so none is left running. */
const open = new Set<ChromiumRun>();
async function launch(): Promise<ChromiumRun> {
  const run = await launchChromium();
  open.add(run);
  const close = run.close.bind(run);
  run.close = async (o) => {
    open.delete(run);
    await close(o);
  };
  return run;
}
before(async () => {
  server = await serveFixtures();
});
after(async () => {
  for (const run of open) await run.close().catch(() => {});
  await server?.close();
});

test('a full session makes requests only to the local fixture server', async () => {
  const run = await launch();
  const before = { ...requestLog };
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1043`);
  await page.locator('#reply').click();
  await page.keyboard.type("I don't know, I'll call you back tomorrow at 3pm.", { delay: 2 });
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: \d+ hints?, open$/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel', async () => panelFrameIn(page));
  await panel.getByRole('article').first().waitFor();
  await panel.getByRole('button', { name: /^Insert example/ }).first().click();
  await panel.getByRole('button', { name: /^Dismiss hint/ }).first().click();
  for (const p of ['popup.html', 'options.html', 'sidepanel.html']) {
    const ext = await run.context.newPage();
    await ext.goto(`chrome-extension://${run.extensionId}/${p}`);
    await ext.locator('#root > *').first().waitFor();
  }
  await run.close(); // checks the net log: throws on any request that left loopback
  const ours = requestLog.extension - before.extension;
  console.log(`requests from pages and extension contexts: ${ours}, all on loopback; Chromium's own: ${requestLog.browser - before.browser}`);
  assert.ok(ours > 0, 'the log saw the fixture requests (it is really recording)');
});

test('the check is real: a request from the service worker to another host is caught', async () => {
  const run = await launch();
  // Not a real host: nothing leaves this machine, but the attempt is logged and must be flagged.
  await run.worker.evaluate(() => fetch('https://heard-canary.invalid/ping').catch(() => 'blocked'));
  await assert.rejects(() => run.close(), /requests left the machine: https:\/\/heard-canary\.invalid\/ping/);
});

test('"Delete all my data" in the options page leaves nothing behind', async () => {
  const run = await launch();
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();
  await page.keyboard.type('Dear customer, thanks.', { delay: 2 });
  await waitFor('marker', () => findButtonByName(page, /^Heard: \d+ hints?, open$/));
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  // Something to delete: a rule switched off (a setting) and the counts of hints shown (database).
  await options.getByRole('checkbox', { name: /could go to anyone/i }).uncheck();
  const stored = () =>
    run.worker.evaluate(async () => {
      const local = Object.keys(await chrome.storage.local.get(null)).length;
      const dbs = await indexedDB.databases();
      let rows = 0;
      if (dbs.some((d) => d.name === 'heard')) {
        const db = await new Promise<IDBDatabase>((ok, no) => {
          const r = indexedDB.open('heard');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(r.error);
        });
        for (const name of Array.from(db.objectStoreNames)) {
          rows += await new Promise<number>((ok) => {
            const q = db.transaction(name).objectStore(name).count();
            q.onsuccess = () => ok(q.result);
          });
        }
        db.close();
      }
      return { local, rows };
    });
  await waitFor('data stored', async () => {
    const s = await stored();
    return s.local > 0 && s.rows > 0 ? s : null;
  });
  await options.getByRole('button', { name: /delete all my data…/i }).click();
  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await options.getByRole('status').filter({ hasText: /was deleted/ }).waitFor();
  const after = await stored();
  assert.deepEqual(after, { local: 0, rows: 0 }, 'no settings and no database rows remain');
  await run.close();
});
