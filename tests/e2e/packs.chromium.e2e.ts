// Guidance packs in real Chromium, from the options page: install a team pack from a file and see
// its rule fire on the demo helpdesk; subscribe to a pack served on 127.0.0.1 (a tiny server with
// ETag inside the test), "Check for updates" answered 304 says "Up to date", a changed pack shows
// What changed; then the service worker stopped mid-install never leaves half a pack.
//
// The browser's permission prompt cannot be answered by automation: as in sites.chromium.e2e.ts,
// the test grants http://127.0.0.1/* first the way a rep can in chrome://extensions (Site access →
// add a site); the options page's click then calls permissions.request for real and the browser
// answers it without a prompt. Everything after the prompt is the real path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { packRow } from '../../lib/db/rows';
import { generatePack } from '../fixtures/packs/generated';
import { ARTIFACTS, findButtonByName, grantInBrowserSettings, launchChromium, messageScript, panelFrameIn, ROOT, serviceWorkerStopper, waitFor, type ChromiumRun } from './browsers';

const TEAM_FILE = resolve(ROOT, 'tests/fixtures/packs/example-team-pack.json');
const TEAM = JSON.parse(readFileSync(TEAM_FILE, 'utf8')) as Record<string, unknown> & { rules: Record<string, unknown>[] };

let server: FixtureServer;
let run: ChromiumRun;

/** A pack server whose pack the test changes: ETag per version, 304 on a matching If-None-Match. */
const packServer = { body: '', etag: '', requests: [] as { inm: string | undefined }[], server: null as Server | null, origin: '' };

before(async () => {
  server = await serveFixtures();
  packServer.server = createServer((req, res) => {
    if (req.url !== '/team.json') return void res.writeHead(404).end();
    const inm = req.headers['if-none-match'];
    packServer.requests.push({ inm });
    if (inm === packServer.etag) return void res.writeHead(304, { etag: packServer.etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: packServer.etag, 'cache-control': 'no-cache' }).end(packServer.body);
  });
  await new Promise<void>((ok) => packServer.server!.listen(0, '127.0.0.1', ok));
  const addr = packServer.server.address();
  packServer.origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await server?.close();
  await new Promise<void>((ok) => (packServer.server ? packServer.server.close(() => ok()) : ok()));
});

const teamPack = (version: string, edit: (p: typeof TEAM) => void = () => {}): string => {
  const p = structuredClone(TEAM);
  delete p.$schema;
  p.id = 'acme-url-pack';
  p.name = 'Acme pack from an address';
  p.version = version;
  edit(p);
  return JSON.stringify(p, null, 2);
};

async function openOptions(): Promise<Page> {
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Guidance packs' }).waitFor();
  return page;
}

const packList = (page: Page) => page.getByRole('list', { name: /installed packs/i });
const packRowOf = (page: Page, name: string) => packList(page).getByRole('listitem').filter({ hasText: name });

async function panelFor(page: Page): Promise<Frame> {
  await page.locator('#reply').click();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel frame', async () => panelFrameIn(page));
  await panel.getByRole('heading', { level: 1 }).waitFor();
  return panel;
}

test('install a pack from a file: listed, and its rule fires on the demo helpdesk', async () => {
  const options = await openOptions();
  await packList(options).getByRole('listitem').first().waitFor();
  // A rule kind's name lives in its module and is merged into the built messages files (wxt.config.ts):
  // the browser's own i18n answers it.
  assert.equal(await options.evaluate(() => chrome.i18n.getMessage('peKindRegex')), 'Regular expression');
  const started = Date.now();
  await options.getByLabel('Install a pack file (.json)').setInputFiles(TEAM_FILE);
  await options.getByRole('status').filter({ hasText: 'Installed Acme Broadband support team 2.1.0.' }).waitFor();
  console.log(`install from file (4 rules) to "Installed": ${Date.now() - started} ms`);
  const row = packRowOf(options, 'Acme Broadband support team');
  assert.match(await row.innerText(), /by Priya N\., team lead · from a file · updated 2025-05-20 · 4 rules/);
  // Its locked rule is listed among the rules, locked.
  await options.getByRole('checkbox', { name: 'Personal phone number' }).waitFor();
  assert.equal(await options.getByRole('checkbox', { name: 'Personal phone number' }).isDisabled(), true, 'a locked rule is shown locked');
  await options.screenshot({ path: join(ARTIFACTS, 'packs-installed.png'), fullPage: true });

  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  const panel = await panelFor(page);
  await page.locator('#reply').click();
  await page.keyboard.type('You can call me on 07700 900123 tomorrow.', { delay: 2 });
  const card = panel.getByRole('article', { name: /Personal phone number/ });
  await card.waitFor({ timeout: 5_000 }).catch(async (e: unknown) => {
    await page.screenshot({ path: join(ARTIFACTS, 'packs-rule-failure.png') });
    console.log('panel:', (await panel.locator('body').innerText()).slice(0, 600));
    throw e;
  });
  assert.match(await card.innerText(), /team line/);
  await page.close();
  await options.close();
});

test('subscribe to a pack address; 304 says up to date; a changed pack shows what changed', async () => {
  await grantInBrowserSettings(run, 'http://127.0.0.1/*');
  packServer.body = teamPack('1.0.0');
  packServer.etag = '"v1"';
  const options = await openOptions();
  const url = `${packServer.origin}/team.json`;
  await options.getByRole('textbox', { name: 'Subscribe to a pack address' }).fill(url);
  await options.getByRole('button', { name: 'Subscribe' }).click();
  await options.getByRole('status').filter({ hasText: 'Installed Acme pack from an address 1.0.0.' }).waitFor();
  const row = packRowOf(options, 'Acme pack from an address');
  assert.match(await row.innerText(), new RegExp(`from ${url.replace(/[.]/g, '\\.')}`));
  assert.match(await row.innerText(), /Last checked .*: Fetched version 1\.0\.0\./);

  // Nothing new: the server answers 304 to our ETag.
  const check = row.getByRole('button', { name: /for updates/ });
  await check.click();
  await row.getByText(/Last checked .*: Up to date\./).waitFor();
  assert.equal(packServer.requests.at(-1)?.inm, '"v1"', 'If-None-Match sent');

  // The lead publishes 1.1.0: one rule gone, one changed, one new, with a changelog.
  packServer.body = teamPack('1.1.0', (p) => {
    p.changelog = '1.1.0: jargon rule retired; outage advice reworded; refund wording added.';
    p.rules = p.rules.filter((r) => r.id !== 'jargon');
    p.rules.find((r) => r.id === 'outage-no-eta')!.advice = 'Say when the next update comes, even without a fix time.';
    p.rules.push({ ...structuredClone(TEAM.rules[0]!), id: 'refund-words', title: 'Refund wording', phrases: ['refund will be processed'] });
  });
  packServer.etag = '"v2"';
  const started = Date.now();
  await check.click();
  const diff = options.getByRole('region', { name: /What changed in Acme pack from an address \(1\.0\.0 → 1\.1\.0\)/ });
  await diff.waitFor();
  console.log(`check for updates with a new version, click to diff shown: ${Date.now() - started} ms`);
  const text = await diff.innerText();
  assert.match(text, /New rules \(1\)\s*Refund wording/);
  assert.match(text, /Changed rules \(1\)\s*Outage without an update time outage-no-eta \(changed: advice\)/);
  assert.match(text, /Removed rules \(1\)\s*Network jargon/);
  assert.match(text, /jargon rule retired; outage advice reworded/);
  assert.match(await row.innerText(), /1\.1\.0/);
  await options.screenshot({ path: join(ARTIFACTS, 'packs-diff.png'), fullPage: true });

  // 304 again, timed.
  const t304 = Date.now();
  await check.click();
  await options.getByRole('status').filter({ hasText: /Up to date\./ }).waitFor();
  console.log(`check for updates answered 304, click to "Up to date": ${Date.now() - t304} ms`);

  // A broken update keeps the installed version and says why.
  packServer.body = teamPack('1.2.0', (p) => {
    p.rules[0]!.severity = 'loud';
  });
  packServer.etag = '"v3"';
  await check.click();
  await row.getByText(/Last checked .*: The new version is not valid, the installed one is kept: rules\[0\]\.severity/).waitFor();
  assert.match(await row.innerText(), /1\.1\.0/);
  await options.close();
});

async function packRows(page: Page): Promise<unknown[]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('heard');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const q = db.transaction('packs').objectStore('packs').getAll();
      q.onsuccess = () => { db.close(); resolve(q.result); };
      q.onerror = () => reject(q.error);
    };
  })`);
}

test('the service worker stopped mid-install (a 1,000-rule update): the old version or the new one, never half', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'heard-packs-'));
  const big = (version: string, seed: number): string => JSON.stringify({ ...generatePack(1000, seed), id: 'big-team', name: 'Big team pack', version });
  const v1 = big('1.0.0', 1);
  const v2 = big('2.0.0', 2);
  writeFileSync(join(dir, 'big.json'), v1);

  const page = await openOptions();
  const cdp = await run.context.newCDPSession(page);
  const stopWorker = await serviceWorkerStopper(cdp);
  // Timed through the UI: a 1,000-rule pack from the file input to "Installed".
  const started = Date.now();
  await page.getByLabel('Install a pack file (.json)').setInputFiles(join(dir, 'big.json'));
  await page.getByRole('status').filter({ hasText: 'Installed Big team pack 1.0.0.' }).waitFor({ timeout: 30_000 });
  console.log(`install a 1,000-rule pack (${Math.round(v1.length / 1024)} KB) from the file input to "Installed": ${Date.now() - started} ms`);

  const timed = Date.now();
  const once = (await page.evaluate(messageScript('ui:packs:install', { text: v2 }))) as { ok?: boolean };
  assert.equal(once?.ok, true);
  console.log(`update message round trip (1,000 rules, parse + diff + write): ${Date.now() - timed} ms`);
  assert.equal(((await page.evaluate(messageScript('ui:packs:install', { text: v1 }))) as { ok?: boolean })?.ok, true);

  const DELAYS = [0, 5, 20, 50, 100, 150, 200, 300, 400, 600];
  const outcomes: string[] = [];
  for (const delay of DELAYS) {
    await page.evaluate(messageScript('ui:packs:list', {})); // wake it, so the stop lands in the install
    const answer = page.evaluate(messageScript('ui:packs:install', { text: v2 }));
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await stopWorker();
    const reply = (await answer) as { ok?: boolean; lost?: string } | undefined;
    await page.evaluate(messageScript('ui:packs:list', {}));
    const rows = (await packRows(page)).filter((r) => (r as { id?: string }).id === 'big-team');
    assert.equal(rows.length, 1, 'the pack is still there');
    const row = packRow.parse(rows[0]);
    assert.ok(row.json === v1 || row.json === v2, `delay ${delay}: the stored pack is v1 or v2 whole`);
    const version = row.json === v2 ? '2.0.0' : '1.0.0';
    if (reply?.ok) assert.equal(version, '2.0.0', 'a reported success is stored');
    outcomes.push(`${delay} ms: ${version}${reply?.lost ? ' (reply lost)' : ''}`);
    // The list agrees with the table.
    const list = (await page.evaluate(messageScript('ui:packs:list', {}))) as { id: string; version: string }[];
    assert.equal(list.find((p) => p.id === 'big-team')?.version, version);
    if (version === '2.0.0') await page.evaluate(messageScript('ui:packs:install', { text: v1 }));
  }
  console.log(`stopped mid-install: ${outcomes.join('; ')}`);
  await page.close();
});
