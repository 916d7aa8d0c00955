// A hostile page: it overrides attachShadow, MutationObserver, fetch and addEventListener before
// our content script runs, fakes our nodes and messages, and floods the DOM with mutations.
// Heard keeps working (its content script runs in an isolated world), never throws into the
// page, never lets the page read the marker or the panel, and ignores everything forged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';

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

interface HostileLog {
  errors: string[];
  shadowCalls: number;
  fetches: string[];
  listeners: number;
  flood: number;
}
const hostileLog = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile);

test('Heard keeps working on a hostile page, and nothing of ours is visible or forgeable', async () => {
  const page = await run.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/heard-demo/hostile.html#/tickets/1041`);
  await page.locator('#reply').click();
  await page.keyboard.type("I don't know what happened to your order", { delay: 5 });

  // Works despite the overrides and the flood (the page's own fake says 99; ours says 1).
  const marker = await waitFor('our marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  const log = await hostileLog(page);
  assert.ok(log.flood > 50, 'the page really floods the DOM');
  assert.equal(log.shadowCalls, 0, "the page's attachShadow was never called: the content script has its own");
  assert.deepEqual(log.fetches, [], "the page's fetch was never called by us");
  assert.deepEqual([...log.errors, ...pageErrors], [], 'nothing thrown into the page');

  // The page cannot read the marker beyond its host element, nor the panel.
  await page.mouse.click(marker.x, marker.y);
  await waitFor('panel', async () => panelFrameIn(page));
  const peek = await page.evaluate(() => {
    const ours = [...document.querySelectorAll('heard-root')].find((h) => !h.querySelector('button'));
    let frameDoc = 'not listed';
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frameDoc = window.frames[i]!.document ? 'readable' : 'null';
      } catch {
        frameDoc = 'blocked';
      }
    }
    return { shadow: ours ? (ours as HTMLElement).shadowRoot : 'no host', text: ours?.textContent ?? '', frameDoc, frames: window.frames.length };
  });
  // The panel's frame sits in the closed shadow root: it is not even listed in window.frames (and
  // were it listed, its document is cross-origin: blocked).
  assert.deepEqual(peek, { shadow: null, text: '', frameDoc: 'not listed', frames: 0 });

  // Forged messages and events change nothing: no text inserted, panel state unchanged.
  const draft = await page.locator('#reply').innerText();
  await page.evaluate(() => (window as unknown as { __forge(): void }).__forge());
  await page.keyboard.type(' ', { delay: 5 }); // a real keystroke: the next lint happens
  await waitFor('lint after the forgery', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  assert.equal((await page.locator('#reply').innerText()).trimEnd(), draft.trimEnd(), 'forged insert ignored');
  assert.ok(!(await page.locator('#reply').innerText()).includes('FORGED'));
  assert.deepEqual((await hostileLog(page)).errors, []);
  await page.close();
});
