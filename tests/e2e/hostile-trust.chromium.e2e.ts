// Issue 14, the page's side: a page cannot stop Heard, learn its id, make it lint or count for it,
// nor slow it down for other tabs. The hostile page (tests/fixtures/demo/flood.html) is driven
// through a raw CDP Runtime.evaluate: Playwright's own evaluate runs with a user gesture, which
// would give the page the user activation a real hostile page does not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { SETTINGS_KEY } from '../../lib/messaging/callbacks';
import { findButtonByName, launchChromium, panelFrameIn, readTable, waitFor, type ChromiumRun } from './browsers';

let server: FixtureServer;
let run: ChromiumRun;
before(async () => {
  server = await serveFixtures();
  // The flooding tab keeps its timers running at full speed in the background: the worst case.
  run = await launchChromium({
    args: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  await spyOnLints();
});
after(async () => {
  await run?.close();
  await server?.close();
});

interface SeenLint {
  url: string;
  tabId: number;
  draft: number;
  draftStart: string;
  thread: number;
  trusted: boolean | undefined;
  ticket: string | undefined;
}

/** Keeps, in the background, a summary of every cs:lint it receives (beside Heard's own handler). */
async function spyOnLints(): Promise<void> {
  await run.worker.evaluate(() => {
    const g = globalThis as unknown as { __lints?: unknown[] };
    if (g.__lints) return;
    g.__lints = [];
    chrome.runtime.onMessage.addListener((m: { type?: string; data?: { draft: string; thread: { text: string }[]; trusted?: boolean; ticket: { key: string } | null } }, sender) => {
      if (m?.type !== 'cs:lint' || !m.data) return undefined;
      g.__lints!.push({
        url: sender.tab?.url ?? '',
        tabId: sender.tab?.id ?? -1,
        draft: m.data.draft.length,
        draftStart: m.data.draft.slice(0, 40),
        thread: m.data.thread.reduce((n, x) => n + x.text.length, 0),
        trusted: m.data.trusted,
        ticket: m.data.ticket?.key,
      });
      return undefined;
    });
  });
}
const lints = (): Promise<SeenLint[]> => run.worker.evaluate(() => (globalThis as unknown as { __lints: SeenLint[] }).__lints);
/** The lints one flood page's tab sent (each page has its own token in its address). */
const lintsOf = async (token: string): Promise<SeenLint[]> => (await lints()).filter((l) => l.url.includes(token));

/** Runs an expression in the page's main world without a user gesture (as the page's own script would). */
async function pageEval<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string };
  };
  if (r.exceptionDetails) throw new Error(`page script failed: ${r.exceptionDetails.text}`);
  return r.result.value;
}

async function openFlood(): Promise<{ page: Page; cdp: CDPSession; token: string }> {
  const page = await run.context.newPage();
  const token = `t${Math.random().toString(36).slice(2)}`;
  await page.goto(`${server.origin}/heard-demo/flood.html?${token}#/tickets/1041`);
  const cdp = await run.context.newCDPSession(page);
  // Heard started (its marker host is in the page).
  await waitFor('Heard on the page', () => pageEval<boolean>(cdp, `!!document.querySelector('heard-root')`));
  return { page, cdp, token };
}

test('the page cannot stop Heard by forging its stop event, and is never told the extension id', async () => {
  const { page, cdp } = await openFlood();
  // Forged with the real id (a page could learn it from the store listing): WXT would stop on it.
  await pageEval(cdp, `__flood.forgeStop(${JSON.stringify(run.extensionId)})`);
  await pageEval(cdp, `__flood.forgeStop('heard')`);
  await page.locator('#reply').click();
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });
  await waitFor('Heard still marks the draft', () => findButtonByName(page, /^Heard: 1 hint/));
  assert.equal(await page.evaluate(() => document.querySelectorAll('heard-root').length), 1);
  const log = await pageEval<{ started: string[]; errors: string[] }>(cdp, '__flood');
  assert.deepEqual(log.started, [], 'nothing posted to the page names a content script or the extension');
  assert.deepEqual(log.errors, []);
  const html = await page.content();
  assert.ok(!html.includes(run.extensionId), 'the extension id is nowhere in the page');
  await page.close();
});

test('synthetic input lints nothing; what the page makes Heard lint counts for nothing and creates no callback', async () => {
  // The same-day reply reminder on: before issue 14 a page cycling its ticket id created one per id.
  await run.worker.evaluate((key) => chrome.storage.local.set({ [key]: { sameDayReply: true } }), SETTINGS_KEY);
  const { page, cdp, token } = await openFlood();
  const shownBefore = (await readTable<{ ruleId: string; shown: number }>(run.worker, 'ruleStats')).reduce((n, r) => n + (r.shown ?? 0), 0);

  // A page-only draft announced by synthetic input events: never sent to the background.
  await pageEval(cdp, `(() => { const r = document.getElementById('reply'); r.textContent = 'SYNTHETIC ONLY: I have no idea.'; for (let i = 0; i < 20; i++) r.dispatchEvent(new InputEvent('input', { bubbles: true })); })()`);
  // Ten rounds of everything else a page can do: new ticket ids, a huge thread and draft, focus by
  // script, execCommand (trusted input without user activation). These do lint (bounded), untrusted.
  await pageEval(cdp, `__flood.arm()`);
  for (let i = 0; i < 10; i++) {
    const before = (await lintsOf(token)).length;
    await pageEval(cdp, `__flood.round()`);
    await waitFor(`the lint of round ${i + 1}`, async () => (await lintsOf(token)).length > before);
  }
  const fromPage = await lintsOf(token);
  assert.ok(fromPage.length >= 10);
  assert.ok(!fromPage.some((l) => l.draftStart.startsWith('SYNTHETIC ONLY')), 'the synthetic-input draft was never linted');
  assert.deepEqual([...new Set(fromPage.map((l) => l.trusted ?? false))], [false], 'none marked as the rep\'s');
  // Bounded: the page holds a 50,000-character draft and 400,000 characters of thread.
  assert.ok(Math.max(...fromPage.map((l) => l.draft)) <= 20_000);
  assert.ok(Math.max(...fromPage.map((l) => l.thread)) <= 100_000);
  assert.ok(new Set(fromPage.map((l) => l.ticket)).size >= 10, 'ten conversation ids went by');
  const tabId = fromPage[0]!.tabId;
  const pageHints = await run.worker.evaluate(async (id) => {
    const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { hints: unknown[] } | undefined;
    return state?.hints.length ?? 0;
  }, tabId);

  // The rep types in the same tab: that counts, and the conversation gets its same-day reminder.
  // Focus from the keyboard side: a click in the middle of the box can land on underlined words the
  // page's draft left there, which opens their card (and focus goes into it).
  await page.focus('#reply');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });
  await waitFor('a trusted lint', async () => (await lintsOf(token)).some((l) => l.trusted === true), 30_000);
  const replyBy = await waitFor('the one reminder the rep\'s activity made', async () => {
    const rows = (await readTable<{ source: string; conversationKey: string }>(run.worker, 'callbacks')).filter((c) => c.source === 'reply-by');
    return rows.length > 0 ? rows : null;
  });
  assert.equal(replyBy.length, 1, `one reply-by callback, for the conversation the rep typed in (got ${replyBy.map((r) => r.conversationKey).join(', ')})`);
  const shownAfter = await waitFor('shown counted for the rep', async () => {
    const n = (await readTable<{ shown: number }>(run.worker, 'ruleStats')).reduce((s, r) => s + (r.shown ?? 0), 0);
    return n > shownBefore ? n : null;
  });
  // Only what the rep's lints showed counts (the hints of its typing pauses). Before issue 14 each of
  // the page's ten lints, each on a new conversation, counted all the hints it showed.
  // (The page's last lint showed pageHints hints: 6 in a quiet run; on a loaded machine the lint
  // deadline may leave rules out of a page's 20,000-character draft.)
  assert.ok(shownAfter - shownBefore <= 6, `shown grew by ${shownAfter - shownBefore}; the page's last lint showed ${pageHints}`);
  await run.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
  await page.close();
});

test('a synthetic input event leaves the underlines as they are; a trusted one rests them (the same task)', async () => {
  const { page, cdp } = await openFlood();
  await page.locator('#reply').click();
  await page.keyboard.insertText(Array.from({ length: 15 }, (_, i) => `Order ${i + 1}: I don't know.`).join(' '));
  const underlines = (): Promise<number> => pageEval<number>(cdp, `CSS.highlights.get('heard-hint')?.size ?? 0`);
  await waitFor('15 underlines', async () => (await underlines()) >= 15);
  assert.ok((await pageEval<number>(cdp, '__flood.syntheticInput()')) >= 15, 'a synthetic input is ignored');
  // Control: a trusted input event rests them at once (the listener did run for it).
  const rested = await page.evaluate<number>(`new Promise((resolve) => {
    document.addEventListener('input', () => queueMicrotask(() => resolve(CSS.highlights.get('heard-hint')?.size ?? 0)), { once: true });
    document.execCommand('insertText', false, ' x');
  })`);
  assert.equal(rested, 0);
  await page.close();
});

/** Time from the last keystroke to the underline, in the page's clock (a trusted typing of a dead-end). */
async function hintTime(page: Page): Promise<number> {
  await page.bringToFront();
  await page.locator('#reply').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitFor('no underline', async () => (await page.evaluate(() => CSS.highlights.get('heard-hint')?.size ?? 0)) === 0);
  // A string, not a function: the test runner's transform would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.__last = -1;
    document.addEventListener('keydown', () => { window.__last = performance.now(); }, { capture: true });
    window.__hint = new Promise((resolve) => {
      const tick = () => {
        if (window.__last >= 0 && (CSS.highlights.get('heard-hint')?.size ?? 0) > 0) resolve(performance.now() - window.__last);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  })()`);
  await page.keyboard.type("I don't know", { delay: 5 });
  return page.evaluate(() => (window as unknown as { __hint: Promise<number> }).__hint);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('a page flooding huge drafts and threads leaves another tab\'s hint time within 2x of normal', async () => {
  // The rep's tab on another site (localhost, not 127.0.0.1): its own renderer, as two helpdesks are.
  const rep = await run.context.newPage();
  await rep.goto(`${server.origin.replace('127.0.0.1', 'localhost')}/heard-demo/#/tickets/1041`);
  const { page: hostile, cdp, token } = await openFlood();
  await hintTime(rep); // warm-up: packs compiled, caches filled
  const normal: number[] = [];
  for (let i = 0; i < 5; i++) normal.push(await hintTime(rep));

  // A round every 150 ms: each lets the content script's typing pause (120 ms) elapse, so each
  // round's execCommand makes it send a lint (20,000 + 100,000 characters after the cut). Faster
  // rounds would send fewer: the pause never ends.
  await pageEval(cdp, '__flood.start(150)');
  const before = (await lintsOf(token)).length;
  await waitFor('the flood reaches the background', async () => (await lintsOf(token)).length > before + 3).catch(async (e: unknown) => {
    throw new Error(`${String(e)} ${JSON.stringify(await pageEval(cdp, `({ r: __flood.rounds, v: document.visibilityState, f: document.hasFocus(), a: document.activeElement?.id, l: document.getElementById('reply').textContent.length })`))} ${(await lints()).length}`);
  });
  const flooded: number[] = [];
  const floodStart = Date.now();
  for (let i = 0; i < 5; i++) flooded.push(await hintTime(rep));
  const floodMs = Date.now() - floodStart;
  const rounds = await pageEval<number>(cdp, '__flood.rounds');
  const sent = (await lintsOf(token)).length - before;
  await pageEval(cdp, '__flood.stop()');

  // A popup-like round trip to the background right after, for the record.
  const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  console.log(
    `flood: normal hint ${ms(normal)} ms (median ${Math.round(median(normal))}); under flood ${ms(flooded)} ms (median ${Math.round(median(flooded))}); ` +
      `ratio ${(median(flooded) / median(normal)).toFixed(2)}; the page ran ${rounds} rounds, its tab sent ${sent} lints (each 20,000 + 100,000 characters after the cut) ` +
      `over ${Math.round(floodMs / 100) / 10} s`,
  );
  assert.ok(sent > 5, 'the hostile tab kept the background busy');
  assert.ok(median(flooded) <= 2 * median(normal), `hint time under flood ${Math.round(median(flooded))} ms vs ${Math.round(median(normal))} ms normally`);
  await hostile.close();
  await rep.close();
});

/** One message in @webext-core/messaging's wire format from an extension frame: its answer or error. */
const ask = (type: string, data: unknown): string => `new Promise((resolve) => chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 1 })}, (r) => {
  const err = chrome.runtime.lastError;
  resolve(err ? { lost: err.message } : r && r.err ? { refused: String(r.err.message) } : { ok: r && r.res });
}))`;

test('the panel framed in the helpdesk cannot wipe data, install packs, list or search callbacks, or act on another tab; the options page can', async () => {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: 1 hint/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('the framed panel', async () => panelFrameIn(page));
  await panel.waitForLoadState('domcontentloaded');
  const refused = async (type: string, data: unknown): Promise<string> => {
    const r = (await panel.evaluate(ask(type, data))) as { refused?: string };
    return r.refused ?? `answered: ${JSON.stringify(r)}`;
  };
  assert.match(await refused('ui:data:wipe', { confirm: 'delete-everything' }), /sender not allowed/);
  assert.match(await refused('ui:packs:install', { text: '{}' }), /sender not allowed/);
  assert.match(await refused('ui:callbacks:search', { query: 'a' }), /sender not allowed/);
  assert.match(await refused('ui:callbacks:list', {}), /sender not allowed/);
  assert.match(await refused('ui:stats:reset', {}), /sender not allowed/);
  assert.match(await refused('ui:callbacks:conversation', { conversationKey: 'zendesk:acme:4410' }), /not this tab/);
  assert.match(await refused('ui:closePanel', { tabId: 999_999 }), /another tab/);
  // Its own tab's conversation: allowed.
  const ticketKey = `demo:${new URL(server.origin).host}:1041`;
  assert.deepEqual(Object.keys((await panel.evaluate(ask('ui:callbacks:conversation', { conversationKey: ticketKey }))) as object), ['ok']);
  // The options page keeps its rights (search answers).
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  assert.deepEqual(Object.keys((await options.evaluate(ask('ui:callbacks:search', { query: 'a' }))) as object), ['ok']);
  await options.close();
  await page.close();
});
