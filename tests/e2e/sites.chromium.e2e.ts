// Generic mode in real Chromium: a page no adapter knows (served at /fixtures/generic/, outside the
// manifest's matches) gets Heard only after "Enable Heard on 127.0.0.1" in the real toolbar popup
// (opened by the extension action on that tab, so activeTab is real); it works at once without a
// reload, after a reload, after a browser restart; "Disable on this site" stops it at once and
// for good.
//
// The browser's own permission prompt cannot be answered by automation (no tool can: Playwright
// declined the feature). The test grants the site first the way a rep can in chrome://extensions
// (Site access → add a site: developerPrivate, the page's own API); the popup's click then calls
// permissions.request for real and the browser answers it without a prompt. Everything after the
// prompt is the real path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, chromiumPanel, findButtonByName, grantInBrowserSettings, launchChromium, ROOT, waitFor, type ChromiumRun } from './browsers';

// Extensions.triggerAction (the toolbar button, for a tab) needs this flag and a pipe connection,
// which Playwright uses.
const ARGS = ['--enable-unsafe-extension-debugging'];
const DRAFT = "I don't know where your parcel is";
const PATTERN = 'http://127.0.0.1/*';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium({ args: ARGS });
});
after(async () => {
  await run?.close();
  await server?.close();
});

const genericUrl = (): string => `${server.origin}/fixtures/generic/`;

interface Popup {
  evaluate<T>(expression: string): Promise<T>;
  clickButton(name: RegExp): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Clicks Heard's toolbar button for the tab of `page` (Extensions.triggerAction) and drives the
 * real popup it opens. Playwright does not list action popups as pages, so the popup target is
 * reached through the browser session (Target.sendMessageToTarget).
 */
async function openToolbarPopup(r: ChromiumRun, page: Page): Promise<Popup> {
  await page.bringToFront();
  const browser = r.context.browser();
  assert.ok(browser, 'a browser handle for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  type Info = { targetId: string; type: string; url: string };
  const targets = async (filter?: unknown): Promise<Info[]> =>
    ((await cdp.send('Target.getTargets', (filter ? { filter } : {}) as never)) as unknown as { targetInfos: Info[] }).targetInfos;
  const popupUrl = `chrome-extension://${r.extensionId}/popup.html`;
  const before = new Set((await targets()).filter((t) => t.url === popupUrl).map((t) => t.targetId));
  const tab = (await targets([{ type: 'tab' }])).find((t) => t.url === page.url());
  assert.ok(tab, 'the page has a tab target');
  await cdp.send('Extensions.triggerAction' as never, { id: r.extensionId, targetId: tab.targetId } as never);
  const target = await waitFor('the toolbar popup', async () =>
    (await targets()).find((t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId)),
  );
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let seq = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id != null) waiting.get(m.id)?.(m);
  }) as never);
  const send = <T>(method: string, params: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result as T)));
      void cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const res = await send<{ result: { value: T }; exceptionDetails?: unknown }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (res.exceptionDetails) throw new Error(`popup: ${JSON.stringify(res.exceptionDetails)}`);
    return res.result.value;
  };
  return {
    evaluate,
    async clickButton(name) {
      const box = await waitFor(`popup button ${name}`, () =>
        evaluate<{ x: number; y: number } | null>(`(() => {
          const b = [...document.querySelectorAll('button')].find((b) => ${name}.test(b.getAttribute('aria-label') || b.textContent) && !b.disabled);
          if (!b) return null;
          const r = b.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        })()`),
      );
      // A real click (trusted input): the browser only asks for permissions inside one.
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

const markers = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('heard-root').length);

let typed = 0;
async function typeAndSeeHint(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  // A new text each time: the content script skips a lint whose text it linted last (and drops a
  // result the rep typed past), so retyping the very same words could leave an older count showing.
  await page.keyboard.type(`${DRAFT} (${++typed})`, { delay: 5 });
  await waitFor(`marker "Heard: 1 hint" for ${selector}`, () => findButtonByName(page, /^Heard: 1 hint, open$/)).catch(async (e: unknown) => {
    await page.screenshot({ path: join(ARTIFACTS, 'sites-failure.png') });
    console.log('marker now:', (await findButtonByName(page, /^Heard/))?.name, 'hosts:', await markers(page));
    throw e;
  });
}

test('a page without an adapter: off until the rep enables it in the popup, then on at once, after a reload and a restart; Disable stops it', async () => {
  const page = await run.context.newPage();
  await page.goto(genericUrl());
  await page.locator('#reply').click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  // Not a manifest match: nothing of Heard's on the page (the content script would have drawn its host).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  assert.equal(await markers(page), 0, 'no content script before the rep enables the site');

  await grantInBrowserSettings(run, PATTERN);
  const popup = await openToolbarPopup(run, page);
  await waitFor('"Enable Heard on 127.0.0.1"', () => popup.evaluate<boolean>(`document.body.innerText.includes('Enable Heard on 127.0.0.1')`));
  await waitFor('the popup\'s callbacks loaded', () => popup.evaluate<boolean>(`!document.body.innerText.includes('Loading')`));
  await popup.screenshot(join(ROOT, 'docs/screenshots/popup-enable.png'));
  const clickedAt = Date.now();
  await popup.clickButton(/^Enable Heard on 127\.0\.0\.1$/);
  await waitFor('popup says it is on', () => popup.evaluate<boolean>(`document.body.innerText.includes('Heard is on for 127.0.0.1. Click in a reply box')`));
  // The draft already in the box gets its hint at once, without a reload.
  await waitFor('the hint on the draft typed before enabling', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  console.log(`enabled, and the draft already typed marked ${Date.now() - clickedAt} ms after the click (no reload)`);
  assert.equal(await markers(page), 1);
  await waitFor('"Disable on 127.0.0.1" offered', () => popup.evaluate<boolean>(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Disable on 127.0.0.1')`));
  await popup.close();

  // Works from the focused editable: the textarea, then the contenteditable.
  await typeAndSeeHint(page, '#reply');
  await typeAndSeeHint(page, '#note');
  assert.equal(await markers(page), 1, 'one marker');

  // A second injection (the rep enables again, or the registration and the injection overlap) replaces the first.
  const again = await run.worker.evaluate(
    `chrome.tabs.query({ url: '${PATTERN}' }).then(async (tabs) => { for (const t of tabs) await chrome.scripting.executeScript({ target: { tabId: t.id }, files: ['/content-scripts/content.js'] }); return tabs.length; })`,
  );
  assert.equal(again, 1);
  await typeAndSeeHint(page, '#reply');
  assert.equal(await markers(page), 1, 'still one marker after a second copy started');

  // The panel opens here too (panel.html through its dynamic URL), with "Disable on this site" in its footer.
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await chromiumPanel(page);
  await panel.getByRole('heading', { name: /dead-end "I don.t know"/i }).waitFor();
  await panel.getByRole('button', { name: 'Disable on this site' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'sites-generic-panel.png') });

  // Registered: a reload keeps it.
  await page.reload();
  await typeAndSeeHint(page, '#reply');

  // The options page lists the site.
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  await options.getByRole('list', { name: 'Sites you switched Heard on for' }).getByText('127.0.0.1').waitFor();
  await options.close();
  await page.close();

  // A browser restart with the same profile keeps it.
  await run.close({ keepProfile: true });
  run = await launchChromium({ profile: run.profile, args: ARGS });
  // Kept by the browser: the registration and the grant are there at start (checked, not re-made).
  // A page loaded in the very first moments of a start can miss a registered script (Chromium loads
  // them asynchronously); the background's tabs.onUpdated check then starts it, see sites.ts.
  await waitFor('the registration and the grant after the restart', () =>
    run.worker.evaluate<boolean>(
      `Promise.all([chrome.scripting.getRegisteredContentScripts(), chrome.permissions.contains({ origins: ['${PATTERN}'] })]).then(([s, p]) => s.length === 1 && p)`,
    ),
  );
  const after = await run.context.newPage();
  await after.goto(genericUrl());
  await typeAndSeeHint(after, '#reply');
  assert.equal(await markers(after), 1);

  // Disable from the panel: the marker (and the panel with it) go at once, and stay gone after a reload.
  const m = await waitFor('marker', () => findButtonByName(after, /^Heard: 1 hint, open$/));
  await after.mouse.click(m.x, m.y);
  const p2 = await chromiumPanel(after);
  await p2.getByRole('button', { name: 'Disable on this site' }).click();
  await waitFor('the content script stopped in the open tab', async () => (await markers(after)) === 0);
  // The background stops the script while the permission still reaches the tab, then gives the
  // permission back: the marker goes a moment before that (a moment that a loaded machine stretches).
  await waitFor('the permission given back', async () => !((await run.worker.evaluate(() => chrome.permissions.getAll())).origins ?? []).includes(PATTERN));
  const registered = await run.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(registered, [], 'no registration left');
  await after.reload();
  await after.locator('#reply').click();
  await after.keyboard.type(DRAFT, { delay: 5 });
  await after.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  assert.equal(await markers(after), 0, 'off after a reload');
  await after.close();
});

test('the popup on a browser page says Heard cannot run there; on the demo helpdesk that it is on', async () => {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click(); // Heard reads the page once the rep is in the reply box
  await waitFor('marker on the demo', () => findButtonByName(page, /^Heard: /));
  const popup = await openToolbarPopup(run, page);
  await waitFor('"Heard is on here (Demo…)"', () => popup.evaluate<boolean>(`/Heard is on here \\(/.test(document.body.innerText)`));
  await popup.close();
  await page.goto('chrome://version/');
  const p2 = await openToolbarPopup(run, page);
  await waitFor('"can\'t run"', () => p2.evaluate<boolean>(`document.body.innerText.includes("Heard can't run on this page")`));
  await p2.close();
  await page.close();
});
