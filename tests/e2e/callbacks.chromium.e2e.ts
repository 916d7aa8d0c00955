// Promises kept, in real Chromium: log a promise from a draft on the demo helpdesk, see it in the
// popup, close and relaunch the browser with the same profile (still there), then a reminder that
// falls due fires — even when the service worker was stopped before the alarm rang.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { chromiumPanel, findButtonByName, launchChromium, waitFor, wholeDraftHints, type ChromiumRun } from './browsers';

let server: FixtureServer;
let run: ChromiumRun | null = null;
let profile: string | undefined;

before(async () => {
  server = await serveFixtures();
});
after(async () => {
  await run?.close();
  await server?.close();
});

const DRAFT = "I'll call you back tomorrow at 3pm";

async function openPopup(r: ChromiumRun): Promise<Page> {
  const page = await r.context.newPage();
  await page.goto(`chrome-extension://${r.extensionId}/popup.html`);
  return page;
}

/** A `ui:callbacks:*` message from an extension page, in @webext-core/messaging's wire format. */
function send(page: Page, type: string, data: unknown): Promise<unknown> {
  const msg = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  return page.evaluate(`new Promise((resolve) => chrome.runtime.sendMessage(${msg}, (r) => resolve(r && r.res)))`);
}

test('log a promise from the draft; it is in the popup and survives a browser restart', async () => {
  run = await launchChromium();
  profile = run.profile;
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();
  // Open the panel first (the customer is waiting: one hint), then write the promise.
  const marker = await waitFor('the marker', () => findButtonByName(page, /^Heard: \d+ hints?, open$/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await chromiumPanel(page);
  // The panel takes focus when it has loaded; go back to the reply box only after that.
  await waitFor('focus inside the panel', () => panel.evaluate('document.activeElement?.tagName === "H1"'));
  await page.locator('#reply').click();
  await page.keyboard.type(DRAFT, { delay: 10 });
  // The card of the whole draft's lint: a keystroke gap past the typing pause under load lints a
  // half-typed draft first, and "I'll call you back tomorrow" already gets the card, with that sentence
  // (its "When" would read "tomorrow", not "tomorrow at 3pm").
  await wholeDraftHints(panel, DRAFT);
  const card = panel.getByRole('article', { name: /log this promise/i });
  try {
    await card.getByRole('button', { name: 'Log this promise', exact: true }).click({ timeout: 15_000 });
  } catch (e) {
    console.log('panel headings:', await panel.locator('h2, h3').allInnerTexts(), 'reply:', await page.locator('#reply').innerText());
    throw e;
  }
  const form = panel.getByRole('form', { name: 'Log this promise' });
  await form.waitFor();
  const when = form.getByRole('textbox', { name: 'When' });
  // The hint carries the promise's sentence: the time the rep promised is already filled in.
  assert.match(await when.inputValue(), /tomorrow at 3\s?pm/i, 'time pre-filled from the draft');
  await form.getByText(/^Due /).waitFor();
  assert.equal(await form.getByRole('radio', { name: 'Call back' }).isChecked(), true, 'channel read from "call you back"');
  await form.getByRole('button', { name: 'Log promise' }).click();
  await panel.getByRole('region', { name: /callbacks for this ticket/i }).getByRole('article').first().waitFor();

  const popup = await openPopup(run);
  await popup.getByRole('heading', { name: /^(Today|Upcoming) \(1\)$/ }).waitFor();
  assert.equal(await popup.getByRole('article').count(), 1);
  await run.close({ keepProfile: true });
  run = null;

  run = await launchChromium({ profile });
  const again = await openPopup(run);
  await again.getByRole('heading', { name: /^(Today|Upcoming) \(1\)$/ }).waitFor();
  assert.match(await again.getByRole('article').first().innerText(), /call you/i);
});

test('a due reminder fires after the restart, even when the service worker was stopped before the alarm', async () => {
  assert.ok(run, 'the relaunched browser from the first test');
  const page = await openPopup(run);
  await page.getByRole('article').first().waitFor();
  const groups = (await send(page, 'ui:callbacks:list', {})) as { today: { id: string }[]; upcoming: { id: string }[] };
  const id = (groups.today[0] ?? groups.upcoming[0])!.id;

  // Due in 20 s: the "due soon" reminder (10 min before) is shown at once.
  const dueAt = Date.now() + 20_000;
  const res = (await send(page, 'ui:callbacks:update', { id, patch: { dueAt } })) as { ok: boolean };
  assert.equal(res.ok, true);
  const notes = (): Promise<Record<string, boolean>> => page.evaluate('chrome.notifications.getAll()');
  await waitFor('"due soon" notification', async () => Object.keys(await notes()).includes(`heard-cb:before:${id}`));
  const alarm = (await page.evaluate(`chrome.alarms.get('heard-reminders')`)) as { scheduledTime: number } | undefined;
  assert.equal(alarm?.scheduledTime, dueAt, 'one alarm, at the due time');
  assert.equal(await page.evaluate('chrome.action.getBadgeText({})'), '');

  // Stop the service worker (as Chrome does when it is idle) before the alarm rings.
  const cdp = await run.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor('the service worker to stop', async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return !targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(run!.extensionId));
  });
  await cdp.detach();

  // The alarm wakes it; the reminder is shown once and the badge counts it.
  await waitFor('"due now" notification', async () => Object.keys(await notes()).includes(`heard-cb:due:${id}`), 60_000);
  await waitFor('badge "1"', async () => (await page.evaluate('chrome.action.getBadgeText({})')) === '1');
  const row = (await send(page, 'ui:callbacks:list', {})) as { overdue: { id: string; remindedDueAt?: number }[] };
  assert.ok(row.overdue.find((c) => c.id === id)?.remindedDueAt, 'stored as shown');
});

/** Median time from the popup's scripts running to its first list on screen, over 7 opens (after
 * one untimed: the first read of rows just written pays the database's cold start). */
async function popupFirstList(r: ChromiumRun, label: string): Promise<number> {
  const times: number[] = [];
  for (let i = -1; i < 7; i++) {
    const p = await openPopup(r);
    await p.getByRole('heading', { name: /^Overdue \(\d+\+?\)$/ }).waitFor();
    const mark = (await p.evaluate(`(() => {
      const m = performance.getEntriesByName('heard-popup-first-list')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return m ? { list: m.startTime, dcl: nav ? nav.domContentLoadedEventEnd : 0 } : null;
    })()`)) as { list: number; dcl: number } | null;
    assert.ok(mark);
    if (i >= 0) times.push(mark.list - mark.dcl);
    // The complete counts follow the first list (before the next popup opens).
    await p.getByRole('heading', { name: /^Overdue \(\d+\)$/ }).waitFor();
    await p.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`popup first list, ${label}: median ${median.toFixed(0)} ms after the page's scripts ran (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
  return median;
}

/** Callbacks `from` to `to` of the 50,000 (due a minute apart, the 10,000th now; 3 in 5 open), written
 * straight into the extension's database from an extension page. */
function storeBulk(page: Page, from: number, to: number): Promise<unknown> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('heard');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('callbacks', 'readwrite');
      const store = tx.objectStore('callbacks');
      const now = Date.now();
      const statuses = ['open', 'open', 'open', 'done', 'cancelled'];
      for (let i = ${from}; i < ${to}; i++) {
        store.put({
          id: crypto.randomUUID(), conversationKey: 'bulk:' + (i % 5000), link: 'https://help.example.com/t/' + i,
          helpdesk: 'demo', customerName: 'Customer ' + i, promise: 'Promise number ' + i, channel: 'call',
          dueAt: now + (i - 10000) * 60000, createdAt: now - 86400000, updatedAt: now - 86400000,
          status: statuses[i % 5], source: 'quick-add', remindedBeforeAt: now, remindedDueAt: now,
        });
      }
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
}

/** The first 1,740 callbacks: due from 100 minutes ago to a day and more ahead, so each of the popup's
 * groups (overdue, today, upcoming, done) has a whole first list (50 rows) of them. */
const FIRST = [9_900, 11_640] as const;

test('the popup lists its first rows as fast with 50,000 callbacks stored as with a first list\'s worth', async () => {
  assert.ok(run);
  const page = await openPopup(run);
  await page.getByRole('article').first().waitFor();
  // Both popups draw whole first lists (50 rows a group), the same rows in the today and upcoming
  // groups: drawing them is the popup's own work, which a loaded machine stretches (one callback
  // against 50,000, one row drawn against 50 a group, went from 2.2x on a quiet machine to 4.6x at
  // load 18 on 2 cores). What differs is only how many rows the database holds: 0.77-1.63x, quiet or
  // loaded.
  await storeBulk(page, FIRST[0], FIRST[1]);
  const few = await popupFirstList(run, `${FIRST[1] - FIRST[0]} callbacks`);
  // The other 48,260: 50,000 stored.
  await storeBulk(page, 0, FIRST[0]);
  await storeBulk(page, FIRST[1], 50_000);
  const many = await popupFirstList(run, '50,000 callbacks');
  // Side by side in one run (never an absolute time on a noisy machine): the first list reads a
  // few rows through the [status+dueAt] index, so 50,000 rows must not make it much slower. A scan
  // of the table would be an order of magnitude slower (reading all rows: 16-46 ms for these 1,740,
  // 480-890 ms for 50,000: 3.6x at the least, beside the lists drawn). (Target in the issue: <= 100 ms.)
  const ratio = many / Math.max(few, 1);
  console.log(`popup first list: 50,000 vs ${FIRST[1] - FIRST[0]} = ${ratio.toFixed(2)}x`);
  assert.ok(ratio <= 3, `50,000 callbacks made the popup's first list ${ratio.toFixed(1)}x slower`);
});
