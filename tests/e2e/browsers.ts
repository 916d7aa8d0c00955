// Launching the built extension in real browsers: Debian's Chromium through playwright-core and
// Firefox ESR through puppeteer-core. No fixed sleeps anywhere: every wait is for a condition.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../../tools/browser-paths';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the build under test is: `HEARD_OUT` lets parallel work build and test its own copy. */
export const OUT = resolve(ROOT, process.env.HEARD_OUT ?? '.output');
export const CHROME_EXT = resolve(OUT, 'chrome-mv3');
export const FIREFOX_EXT = resolve(OUT, 'firefox-mv3');
export const ARTIFACTS = resolve(ROOT, 'tests/e2e/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export interface Viewport {
  width: number;
  height: number;
}
/** A rep's desktop: wide enough for the docked panel beside a helpdesk's centred reply box (the
 * panel collapses to a strip where no side leaves the reply box free: placement tests pass 1280). */
export const DESKTOP: Viewport = { width: 1600, height: 900 };
/** The narrower window the placement tests measure in. */
export const LAPTOP: Viewport = { width: 1280, height: 860 };

export const CHROMIUM_PATH = findBrowser('chromium') ?? '/usr/bin/chromium';
export const FIREFOX_PATH = findBrowser('firefox') ?? '/usr/bin/firefox-esr';

export interface ChromiumRun {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Chromium with Heard loaded. Pass the same `profile` again to simulate a browser restart.
 * `loopbackHosts`: hostnames the test maps to loopback itself (--host-resolver-rules in `args`);
 * the privacy check accepts requests to them, and only to them. */
export async function launchChromium(
  opts: { profile?: string; colorScheme?: 'light' | 'dark'; args?: string[]; loopbackHosts?: string[]; viewport?: Viewport; lang?: string } = {},
): Promise<ChromiumRun> {
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'heard-chromium-'));
  const netLog = join(mkdtempSync(join(tmpdir(), 'heard-netlog-')), 'net.json');
  // Developer mode, as for anyone running an unpacked extension: without it Chromium disables an
  // unpacked extension when it reloads (an update).
  const prefs = join(profile, 'Default', 'Preferences');
  if (!existsSync(prefs)) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(prefs, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false, // '--headless=new' below: the headless mode that runs extensions
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? DESKTOP,
    // `lang`: the browser's own language (what browser.i18n follows), as a rep's German Chromium.
    ...(opts.lang ? { locale: opts.lang, env: { ...process.env, LANGUAGE: opts.lang } } : {}),
    args: [
      '--headless=new',
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      `--disable-extensions-except=${CHROME_EXT}`,
      `--load-extension=${CHROME_EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every request the browser makes, from any context (pages, extension pages, the service
      // worker, content scripts), is written here and checked when the browser closes.
      `--log-net-log=${netLog}`,
      // Browser features that call Google on their own; not ours, but quieter logs.
      '--disable-features=AutofillServerCommunication,Translate,OptimizationHints,MediaRouter',
      '--net-log-capture-mode=Default',
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close(o = {}) {
      await context.close();
      if (!o.keepProfile) rmSync(profile, { recursive: true, force: true });
      checkNetLog(netLog, opts.loopbackHosts);
    },
  };
}

/**
 * Heard opens its welcome tab at install, a moment after launch, and it comes to the front. A file
 * whose first test times or inserts into a page closes it first, as a rep would: a page left behind
 * it runs with a background tab's throttled timers and without focus (a 120 ms typing pause took
 * 300 ms; an insertion found no focused reply box).
 */
export async function closeWelcomeTab(run: ChromiumRun): Promise<void> {
  const welcome = await waitFor('the welcome tab opened at install', async () => run.context.pages().find((p) => p.url().endsWith('/welcome.html')), 10_000);
  await welcome.close();
}

/** Hosts the suite may talk to: the fixture server on loopback. */
const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;
export const requestLog = { extension: 0, browser: 0, files: 0 };

interface NetEvent {
  source?: { id?: number };
  params?: { url?: string; initiator?: string; network_isolation_key?: string };
}

/**
 * Reads Chromium's net log. A request belongs to our extension or to the helpdesk page (where the
 * content script runs) when its initiator or isolation key is the extension's origin or a loopback
 * page; every such request must stay on loopback. Chromium's own traffic (update checks, spelling
 * dictionaries: initiator "not an origin") is counted apart: it is the browser's, not ours.
 */
export function checkNetLog(file: string, loopbackHosts: readonly string[] = []): void {
  const mapped = new Set(loopbackHosts);
  const local = (url: string): boolean => {
    if (LOOPBACK.test(url)) return true;
    try {
      return mapped.has(new URL(url).hostname);
    } catch {
      return false;
    }
  };
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`no net log at ${file}: cannot prove what the browser requested`);
  }
  let events: NetEvent[] = [];
  for (const tail of ['', ']}', '{}]}']) {
    try {
      events = (JSON.parse(raw.replace(/,\s*$/, '') + tail) as { events: NetEvent[] }).events;
      break;
    } catch {
      /* an unfinished log: try closing it */
    }
  }
  const bySource = new Map<number, { url?: string; initiator?: string; nik?: string }>();
  for (const e of events) {
    const id = e.source?.id;
    if (id == null || !e.params) continue;
    const r = bySource.get(id) ?? {};
    if (e.params.url && !r.url) r.url = e.params.url;
    if (e.params.initiator) r.initiator = e.params.initiator;
    if (e.params.network_isolation_key) r.nik = e.params.network_isolation_key;
    bySource.set(id, r);
  }
  // "not an origin" is the browser itself (autofill, spelling, updates); a page, a content script
  // or an extension context always has an origin.
  const ours = (r: { initiator?: string; nik?: string }): boolean =>
    r.initiator && r.initiator !== 'not an origin'
      ? true
      : !r.initiator && /chrome-extension:\/\//.test(r.nik ?? '');
  const leaks: string[] = [];
  for (const r of bySource.values()) {
    if (!r.url || !/^(https?|wss?):/.test(r.url)) continue;
    if (ours(r)) {
      requestLog.extension++;
      if (!local(r.url)) leaks.push(`${r.url} (from ${r.initiator ?? r.nik})`);
    } else requestLog.browser++;
  }
  requestLog.files++;
  if (leaks.length) throw new Error(`requests left the machine: ${leaks.slice(0, 10).join(', ')}`);
}

interface AXNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

/**
 * Finds a button by its accessible name through Chromium's accessibility tree, which includes the
 * content of closed shadow roots (what a screen reader gets), and returns its centre on screen.
 */
export async function findButtonByName(
  page: Page,
  name: RegExp,
): Promise<{ name: string; x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const node = nodes.find((n) => !n.ignored && n.role?.value === 'button' && name.test(n.name?.value ?? ''));
    if (!node?.backendDOMNodeId) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { name: node.name?.value ?? '', x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Heard's panel frame on a page (Chromium frames it from the extension's origin, or from its dynamic
 * URL where the page is enabled at runtime), or undefined while it is not there. */
export function panelFrameIn(page: Page): Frame | undefined {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/panel\.html(?:[?#]|$)/.test(f.url()));
}

/** Run inside the panel frame: says "heard:panel-ready" to the page as the panel page does once it
 * listens, and resolves with the place the content script answers ('none' if no answer in 5 s). A
 * script (tsx names a function's inner functions with a helper the frame does not have). */
export const askPlace = `new Promise((resolve) => {
  const on = (e) => {
    if (e.source !== parent || !/^(left|right)(-c)?$/.test(String(e.data))) return;
    removeEventListener('message', on);
    resolve(e.data);
  };
  addEventListener('message', on);
  setTimeout(() => resolve('none'), 5000);
  parent.postMessage('heard:panel-ready', '*');
})`;

/** A frame a script runs in: playwright-core's frames fit as they are, puppeteer-core's through a cast. */
export interface ScriptFrame {
  evaluate<T>(script: string): Promise<T>;
}

/** Run inside the panel frame: a port of the test's own, as the panel listens (lib/messaging/panel-view.ts:
 * Firefox gives extension frames in pages no storage.session), keeping the tab's latest view. Once per frame. */
const LISTEN_TO_VIEWS = `(() => {
  if (window.__heardListening) return true;
  window.__heardListening = true;
  const port = (typeof browser !== 'undefined' ? browser : chrome).runtime.connect({ name: 'heard-panel' });
  port.onMessage.addListener((m) => { window.__heardView = m; });
  port.postMessage({ type: 'subscribe' });
  return true;
})()`;
const TAB_VIEW = `(() => {
  const tab = window.__heardView && window.__heardView.tab;
  return tab ? { draftLength: tab.draftLength, partial: !!tab.partial, hints: tab.hints.map((h) => ({ title: h.title, ruleId: h.ruleId })) } : null;
})()`;

/**
 * The hints of the whole draft, once the panel's view of its tab is the lint of all of `draft`. A test
 * types one character per input (CDP and BiDi alike), and a keystroke gap past the content script's
 * 120 ms typing pause (common on a loaded machine) lints a half-typed draft first: the marker and the
 * panel show that lint's hints until the whole draft's answer comes, a moment after the typing ended.
 * Each view names the length of the draft its hints are for, and whether its lint was cut for time
 * (`partial`: the rest comes a moment later). The background posts a view to the
 * panel's own port before the test's (connected later), so the panel has it once the test has it.
 */
export async function wholeDraftHints(
  panel: ScriptFrame,
  draft: string,
  timeoutMs = 20_000,
  until: (hints: { title: string; ruleId: string }[]) => boolean = () => true,
): Promise<{ title: string; ruleId: string }[]> {
  await panel.evaluate(LISTEN_TO_VIEWS);
  let last: unknown = null;
  return waitFor(`the panel's view of the whole draft (${draft.length} characters)`, async () => {
    const tab = await panel.evaluate<{ draftLength: number; partial: boolean; hints: { title: string; ruleId: string }[] } | null>(TAB_VIEW);
    last = tab;
    // (A lint cut for time is partial: its rest comes with the next lint of the same draft.)
    return tab?.draftLength === draft.length && !tab.partial && until(tab.hints) ? tab.hints : null;
  }, timeoutMs).catch((e: unknown) => {
    throw new Error(`${String(e)}; last view: ${JSON.stringify(last)}`);
  });
}

/** Waits for Heard's panel frame on a page (Chromium). */
export function chromiumPanel(page: Page): Promise<Frame> {
  return waitFor('the panel frame', async () => panelFrameIn(page));
}

/** Presses a key whose keydown closes the frame that has the focus (Escape in the panel): the key
 * goes down, the frame is awaited gone, then the key comes up. A keyup that Chromium routes to a
 * frame it is tearing down can go unanswered, and the automation's press then waits for ever (4
 * presses in 25 on a loaded machine; a rep's keyboard has no such wait). */
export async function pressClosing(page: Page, key: string, what: string, closed: () => Promise<boolean>): Promise<void> {
  await page.keyboard.down(key);
  await waitFor(what, closed);
  await page.keyboard.up(key);
}

/** Polls a condition until it holds (no fixed sleeps); fails with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    // A probe that never settles (an evaluate in a frame that is going away) must not hang the
    // test past its time: it counts as not yet, and the deadline still applies.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<null>((r) => (timer = setTimeout(() => ((last = 'a probe that did not answer'), r(null)), Math.max(1_000, timeoutMs - (Date.now() - start)))));
    const v = await Promise.race([
      probe().catch((e: unknown) => {
        last = e;
        return null;
      }),
      stuck,
    ]);
    clearTimeout(timer);
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

import puppeteer, { type Browser as PBrowser, type Frame as PFrame, type Page as PPage } from 'puppeteer-core';

/** Waits for Heard's panel frame on a page (Firefox). WebDriver BiDi keeps reporting an extension
 * frame as about:blank, so each child frame is asked where it really is. */
export function firefoxPanel(page: PPage): Promise<PFrame> {
  return waitFor('the panel frame', async () => {
    for (const f of page.frames().slice(1)) {
      const href = await f.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(href)) return f;
    }
    return null;
  });
}

export interface FirefoxRun {
  browser: PBrowser;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Firefox ESR (WebDriver BiDi) and installs Heard as a temporary add-on. `prefs` are set
 * on top (e.g. to switch a web API off and test the path for older Firefox versions). */
export async function launchFirefox(
  opts: {
    prefs?: Record<string, unknown>;
    userDataDir?: string;
    acceptInsecureCerts?: boolean;
    viewport?: Viewport;
    lang?: string;
    /** The welcome tab Heard opens at install is closed before the test starts (it comes to the front a
     * moment later and takes the keyboard: a test typed into nothing); 'keep' for tests that use it. */
    welcome?: 'close' | 'keep';
  } = {},
): Promise<FirefoxRun> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    // The helpdesks' real hostnames on loopback (helpdesk-hosts.ts) answer with a self-signed certificate.
    ...(opts.acceptInsecureCerts ? { acceptInsecureCerts: true } : {}),
    ...(opts.userDataDir ? { userDataDir: opts.userDataDir } : {}),
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: opts.viewport ?? DESKTOP,
    extraPrefsFirefox: {
      // No network beyond loopback: keep Firefox from reaching out at start-up.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // `lang`: Firefox in that language. Firefox ESR here ships English only, so a stub language pack
      // (tests/fixtures/langpack-<lang>, unsigned) makes the language available before Heard starts.
      ...(opts.lang ? { 'intl.locale.requested': opts.lang, 'extensions.langpacks.signatures.required': false, 'xpinstall.signatures.required': false } : {}),
      ...opts.prefs,
    },
  });
  await bridgeOlderFirefox(browser);
  if (opts.lang) await browser.installExtension(resolve(ROOT, `tests/fixtures/langpack-${opts.lang}`));
  const extensionId = await browser.installExtension(FIREFOX_EXT);
  const run = { browser, extensionId, close: () => browser.close() };
  if (opts.welcome !== 'keep') await closeFirefoxWelcomeTab(run);
  return run;
}

/** A frame as puppeteer-core's BiDi classes hold it (their prototypes are patched below). */
interface BidiFrameLike {
  parentFrame(): BidiFrameLike | null;
  frameElement(): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  evaluateHandle(fn: () => unknown): Promise<{ evaluate: unknown }>;
  browsingContext: { setScreenOrientationOverride(o: unknown): Promise<void> };
}
const bridged = new WeakSet<object>();

/**
 * Firefox ESR 140 (Debian bookworm's firefox-esr) lacks two WebDriver BiDi commands that
 * puppeteer-core 24 uses; later ESRs have both. Where the browser refuses one, the test does without it:
 * - `browsingContext.locateNodes` with a "context" locator (the <iframe> element of a frame), which a
 *   click on an element inside a frame uses for the frame's offset. Without it, the offset comes from
 *   the frame's and its parent's content origins on the screen (Firefox's window.mozInnerScreenX/Y);
 *   the click itself is still the browser's, at that point.
 * - `emulation.setScreenOrientationOverride` (part of setViewport): a desktop viewport needs none.
 */
async function bridgeOlderFirefox(browser: PBrowser): Promise<void> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const frame = page.mainFrame() as unknown as BidiFrameLike;
  const frameProto = Object.getPrototypeOf(frame) as BidiFrameLike;
  const contextProto = Object.getPrototypeOf(frame.browsingContext) as BidiFrameLike['browsingContext'];
  if (bridged.has(frameProto)) return;
  bridged.add(frameProto);
  const unsupported = (e: unknown): boolean => /unknown command|Expected "locator\.type" to be one of/.test(String(e));
  const orient = contextProto.setScreenOrientationOverride;
  contextProto.setScreenOrientationOverride = async function (this: unknown, o: unknown) {
    try {
      await orient.call(this, o);
    } catch (e) {
      if (!unsupported(e)) throw e;
    }
  };
  const frameElement = frameProto.frameElement;
  frameProto.frameElement = async function (this: BidiFrameLike) {
    try {
      return await frameElement.call(this);
    } catch (e) {
      const parent = this.parentFrame();
      if (!unsupported(e) || !parent) throw e;
      const origin = () => [(window as unknown as { mozInnerScreenX: number }).mozInnerScreenX, (window as unknown as { mozInnerScreenY: number }).mozInnerScreenY];
      const [inner, outer] = await Promise.all([this.evaluate(origin), parent.evaluate(origin)]);
      // A handle in the parent frame (puppeteer clips the box to that frame's viewport through it) whose
      // one question, where the frame's content starts, is answered from the screen origins.
      const root = await parent.evaluateHandle(() => document.documentElement);
      Object.defineProperty(root, 'evaluate', { value: async () => ({ left: inner[0]! - outer[0]!, top: inner[1]! - outer[1]! }) });
      return root;
    }
  };
}

/**
 * The marker's place: the reply box's bottom-right corner. WebDriver BiDi's accessibility locator
 * does not enter closed shadow roots, so Firefox tests reach the marker where a rep sees it.
 */
export async function markerPointFor(page: PPage, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { right: r.right, bottom: r.bottom };
  });
  const point = { x: box.right - 30, y: box.bottom - 22 };
  // As a rep: the marker is clicked once it is there to see (it is placed in the frame after the
  // lint's answer: a click a moment before lands on the reply box).
  await waitFor('the marker at the reply box corner', () =>
    page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-ROOT' || null, point),
  );
  return point;
}

/** Rows of one table of the extension's database, read from inside the service worker. */
export function readTable<T = Record<string, unknown>>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const q = db.transaction(name).objectStore(name).getAll();
          q.onsuccess = () => {
            db.close();
            resolve(q.result as T[]);
          };
          q.onerror = () => reject(q.error);
        };
      }),
    table,
  );
}

/**
 * A script for an extension page's `evaluate`: one message in @webext-core/messaging's wire format.
 * Resolves with the handler's answer, or `{ lost: <error> }` when the worker went away first.
 */
export function messageScript(type: string, data: unknown): string {
  const msg = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  return `new Promise((resolve) => chrome.runtime.sendMessage(${msg}, (r) => {
    const err = chrome.runtime.lastError;
    resolve(err ? { lost: err.message } : r && r.res);
  }))`;
}

/**
 * Stops the extension's service worker through CDP (a page session of the extension) and resolves
 * once Chromium reports it stopped. An open extension page may wake it again right after: that is
 * a new start, as after any stop.
 */
export async function serviceWorkerStopper(cdp: CDPSession): Promise<() => Promise<void>> {
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
    if (e.versions.some((v) => v.runningStatus === 'stopped')) stops++;
  });
  await cdp.send('ServiceWorker.enable');
  return async () => {
    const before = stops;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor('the service worker to stop', async () => stops > before);
  };
}

/**
 * The rep's grant in chrome://extensions → Site access ("On specific sites", add the site, then
 * back to "On all sites": the helpdesks stay on and the added site stays granted). No tool can
 * answer the browser's permission prompt; after this, `permissions.request` from a click in an
 * extension page returns without one.
 */
export async function grantInBrowserSettings(r: ChromiumRun, pattern: string): Promise<void> {
  const page = await r.context.newPage();
  await page.goto('chrome://extensions/');
  const call = (expr: string): Promise<string> =>
    page.evaluate<string>(`new Promise((res) => ${expr.replace('CB', '() => res(chrome.runtime.lastError ? chrome.runtime.lastError.message : "ok")')})`);
  const id = r.extensionId;
  for (const step of [
    `chrome.developerPrivate.updateExtensionConfiguration({ extensionId: '${id}', hostAccess: 'ON_SPECIFIC_SITES' }, CB)`,
    `chrome.developerPrivate.addHostPermission('${id}', '${pattern}', CB)`,
    `chrome.developerPrivate.updateExtensionConfiguration({ extensionId: '${id}', hostAccess: 'ON_ALL_SITES' }, CB)`,
  ]) {
    const res = await call(step);
    if (res !== 'ok') throw new Error(`granting ${pattern} in chrome://extensions failed: ${res}`);
  }
  await page.close();
}

/** Firefox's welcome tab (see closeWelcomeTab): BiDi names an extension page about:blank, so each page is asked where it is. */
export async function closeFirefoxWelcomeTab(run: FirefoxRun): Promise<void> {
  const welcome = await waitFor('the welcome tab opened at install', async () => {
    for (const p of await run.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/welcome\.html/.test(href)) return p;
    }
    return null;
  }, 10_000);
  await welcome.close();
}
