// The walking skeleton in real Chromium: the demo helpdesk, a draft with "I don't know", the
// marker's accessible name, the panel's advice, and the draft left exactly as typed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, chromiumPanel, closeWelcomeTab, findButtonByName, launchChromium, panelFrameIn, pressClosing, waitFor, wholeDraftHints, type ChromiumRun } from './browsers';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium();
  await closeWelcomeTab(run);
});
after(async () => {
  await run?.close();
  await server?.close();
});

// A test that hangs fails on its own with its name; the others still run. (The one hang seen, in
// CI: a keyup sent as the panel's frame closed went unanswered; see pressClosing.)
const PER_TEST = { timeout: 60_000 };

const DRAFT = "I don't know what happened to your order";

async function openDemo(ticket = '1041'): Promise<Page> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/${ticket}`);
  await page.locator('#reply').click();
  return page;
}

test('typing "I don\'t know" shows one hint on the marker and the advice in the panel', PER_TEST, async () => {
  const page = await openDemo();
  // Before any typing the customer is waiting for a reply: that is the one hint.
  const waiting = await waitFor('marker for the unanswered customer', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.mouse.click(waiting.x, waiting.y);
  const panel = await chromiumPanel(page);
  await panel.getByRole('heading', { name: /waiting for a reply/i }).waitFor();

  // With the panel open, write the draft; time from the last keystroke to the advice on screen.
  await page.locator('#reply').click();
  // In the page: time from the last input event to the underline being painted (the highlight
  // and the marker are updated together), measured on the page's own clock.
  // (A string, not a function: tsx would wrap named inner functions in a helper the page lacks.)
  const painted = (): Promise<number> => page.evaluate<number>(`new Promise((resolve) => {
    let last = 0;
    document.addEventListener('input', () => { last = performance.now(); }, true);
    const tick = () => {
      const h = CSS.highlights.get('heard-hint');
      if (last && h && [...h].some((r) => /know/.test(r.toString()))) resolve(performance.now() - last);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
  // The target is Heard's: the 120 ms pause, the lint, the paint. A loaded machine adds its own delays
  // (a timer, the message to the background and the frame each wait for a core: 358 ms seen once in
  // three runs at load 18 on 2 cores, 190 ms otherwise), so the same draft is written again, from an
  // empty reply box, up to five times: the target must be met in one of them. A slower Heard (a longer
  // pause, an idle callback, a slow lint) misses it in every one.
  const latencies: number[] = [];
  let typedAt = 0;
  for (let round = 0; round < 5 && !latencies.some((ms) => ms <= 300); round++) {
    if (round > 0) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      // The empty draft linted: its underline gone (one underline does not rest while typing).
      await waitFor('the underline gone', async () => (await page.evaluate<number>(`CSS.highlights.get('heard-hint')?.size ?? 0`)) === 0);
    }
    const latency = painted();
    await page.keyboard.type(DRAFT, { delay: 15 });
    typedAt = Date.now();
    latencies.push(await latency);
  }
  await panel.getByRole('heading', { name: /dead-end "I don.t know"/i }).waitFor({ timeout: 5_000 });
  const panelLatency = Date.now() - typedAt;
  console.log(`hint marked ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms after the last keystroke (rounds: ${latencies.length}); in the panel after ${panelLatency} ms (incl. polling)`);
  assert.ok(latencies.some((ms) => ms <= 300), `hint took ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms (target: 300 ms after the last keystroke)`);

  // The panel lists the whole draft's hints (a pause in the typing may have linted part of it first).
  await wholeDraftHints(panel, DRAFT);
  await waitFor('marker "Heard: 1 hint"', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  assert.equal(await panel.getByRole('article').count(), 1, 'exactly one hint listed');
  const text = await panel.locator('body').innerText();
  assert.match(text, /find (the answer|out)/i, 'advice says to find out');
  assert.match(text, /supervisor/i, 'advice offers escalation');
  assert.match(text, /when you will come back|by 3 pm|tomorrow/i, 'advice says to give a time');
  // The extension never alters the draft by itself.
  assert.equal(await page.locator('#reply').innerText(), DRAFT);

  await page.screenshot({ path: join(ARTIFACTS, 'chromium-panel.png') });
  await page.close();
});

test('"I dont know" and "no idea" are caught too, and a clean draft has no hint', PER_TEST, async () => {
  const page = await openDemo();
  await page.keyboard.type('Honestly I dont know where it is right now', { delay: 5 });
  await waitFor('1 hint for "I dont know"', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Thanks for your patience, Ana. It ships today.', { delay: 5 });
  await waitFor('no hints for a clean draft', () => findButtonByName(page, /^Heard: no hints, open$/));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('I have no idea where it is', { delay: 5 });
  await waitFor('1 hint for "no idea"', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.close();
});

test('the marker does not trigger the helpdesk\'s own keyboard shortcuts and the page cannot read it', PER_TEST, async () => {
  const page = await openDemo();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  // Focus the marker and press the page's shortcut key on it.
  await page.mouse.click(marker.x, marker.y); // opens
  await chromiumPanel(page);
  await page.mouse.click(marker.x, marker.y); // closes, focus stays on the marker
  await page.keyboard.press('?');
  assert.equal(await page.locator('#shortcut-log').textContent(), '', 'page shortcut did not fire');
  const peek = await page.evaluate(() => {
    const host = document.querySelector('heard-root');
    return { found: !!host, shadow: host ? (host as HTMLElement).shadowRoot === null : null, text: host?.textContent ?? '' };
  });
  assert.deepEqual(peek, { found: true, shadow: true, text: '' }, 'closed shadow root, nothing readable');
  await page.close();
});

test('Escape in the panel closes it and returns to the reply box; the panel follows the draft', PER_TEST, async () => {
  const page = await openDemo();
  await page.keyboard.type(DRAFT, { delay: 5 });
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await chromiumPanel(page);
  await waitFor('focus inside the panel', () => panel.evaluate(() => document.activeElement?.tagName === 'H1'));
  await pressClosing(page, 'Escape', 'panel closed', async () => !panelFrameIn(page));
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'reply');
  await page.close();
});

test('the keyboard command and the toolbar popup open the panel through the background', PER_TEST, async () => {
  const page = await openDemo();
  await page.bringToFront();
  await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  // What the Alt+Shift+H command handler and the popup's button send to the active tab. (The
  // browser's own shortcut dispatch cannot be driven by automation, like permission prompts.)
  const sent = await run.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id == null) return 'no tab';
    const msg = { id: Date.now(), type: 'tab:togglePanel', data: {}, timestamp: Date.now() };
    // Bounded: a content script that never answers fails here, with the reason, instead of hanging.
    const answered = await Promise.race([chrome.tabs.sendMessage(tab.id, msg).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 5_000))]);
    return answered ? 'sent' : 'the content script did not answer in 5 s';
  });
  assert.equal(sent, 'sent');
  const panel = await chromiumPanel(page);
  await panel.getByRole('heading', { level: 1 }).waitFor();
  await page.close();
});

test('a draft with many underlines rests them while the rep types and brings them back at the pause', PER_TEST, async () => {
  const page = await openDemo();
  const underlines = (): Promise<number> => page.evaluate<number>(`CSS.highlights.get('heard-hint')?.size ?? 0`);
  // 15 dead-ends in one draft: more than the 12 kept painted while typing.
  await page.locator('#reply').click();
  await page.keyboard.insertText(Array.from({ length: 15 }, (_, i) => `Order ${i + 1}: I don't know.`).join(' '));
  await waitFor('15 underlines after the pause', async () => (await underlines()) >= 15);
  // A keystroke: they rest at once (the same task as the input event)…
  const rested = await page.evaluate<number>(`new Promise((resolve) => {
    document.addEventListener('input', () => queueMicrotask(() => resolve(CSS.highlights.get('heard-hint')?.size ?? 0)), { once: true });
    document.execCommand('insertText', false, ' x');
  })`);
  assert.equal(rested, 0, 'underlines rest while typing');
  await waitFor('back after the pause', async () => (await underlines()) >= 15);
  // …and come back even when the text ends as it was when last linted.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await waitFor('back after undoing the keystroke', async () => (await underlines()) >= 15);
  await page.close();
});
