// Nothing leaves the machine, in Firefox too. Firefox's HTTP log (MOZ_LOG=nsHttp) is written by
// the parent process, through which every HTTP request of every context goes: pages, extension
// pages, the extension's background and content scripts. A session with Heard (draft, hints, the
// panel, a callback, a note) must show no request outside loopback; a canary run (an extension
// page fetches a foreign host) proves the check catches one.
//
// Limit: the log has no initiator. Firefox's own services (remote settings and the like on Mozilla
// hosts) are counted apart as the browser's, so a request from Heard to a Mozilla host would be
// counted there too; Chromium's net log, which has the initiator, covers that case.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { FIREFOX_EXT, FIREFOX_PATH, markerPointFor, waitFor } from './browsers';

let server: FixtureServer;
const open = new Set<Browser>();
before(async () => {
  server = await serveFixtures();
});
after(async () => {
  for (const b of open) await b.close().catch(() => {});
  await server?.close();
});

const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;
/** Firefox's own services (not Heard's): counted apart. */
const MOZILLA = /^https?:\/\/([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;

interface HttpLog {
  dir: string;
  /** Every request URI in the log, in order. */
  uris(): string[];
}

async function launch(): Promise<{ browser: Browser; log: HttpLog }> {
  const dir = mkdtempSync(join(tmpdir(), 'heard-mozlog-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    env: { ...process.env, MOZ_LOG: 'timestamp,sync,nsHttp:3', MOZ_LOG_FILE: join(dir, 'http.log') },
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  open.add(browser);
  await browser.installExtension(FIREFOX_EXT);
  const log: HttpLog = {
    dir,
    uris() {
      let text = '';
      for (const f of readdirSync(dir)) text += readFileSync(join(dir, f), 'utf8');
      return [...text.matchAll(/E\/nsHttp uri=(\S+)/g)].map((m) => m[1]!);
    },
  };
  return { browser, log };
}

async function close(browser: Browser): Promise<void> {
  open.delete(browser);
  await browser.close();
}

function classify(uris: readonly string[]): { loopback: number; browser: number; browserHosts: Set<string>; foreign: string[] } {
  const out = { loopback: 0, browser: 0, browserHosts: new Set<string>(), foreign: [] as string[] };
  for (const u of uris) {
    if (LOOPBACK.test(u)) out.loopback++;
    else if (MOZILLA.test(u)) {
      out.browser++;
      out.browserHosts.add(new URL(u).host);
    }
    else out.foreign.push(u);
  }
  return out;
}

async function openPanel(page: Page): Promise<Frame> {
  const point = await markerPointFor(page, '#reply');
  await page.mouse.click(point.x, point.y);
  return waitFor('the panel frame', async () => {
    for (const f of page.frames().slice(1)) {
      const href = await f.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(href)) return f;
    }
    return null;
  });
}

function send(frame: Frame, type: string, data: unknown): Promise<unknown> {
  const msg = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  return frame.evaluate(`browser.runtime.sendMessage(${msg}).then((r) => r && r.res)`);
}

test('Firefox: a session with Heard makes requests only to the local fixture server', async () => {
  const { browser, log } = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1043`);
  await page.click('#reply');
  await page.keyboard.type("I don't know, I'll call you back tomorrow at 3pm.", { delay: 5 });
  await waitFor('the hint highlight', () =>
    page.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint')?.size ?? 0) > 0),
  );
  const panel = await openPanel(page);
  await waitFor('the advice in the panel', async () => /While you write/i.test(await panel.$eval('body', (b) => (b as HTMLElement).innerText)));
  const key = `demo:${new URL(server.origin).host}:1043`;
  const added = (await send(panel, 'ui:callbacks:add', {
    conversationKey: key,
    link: `${server.origin}/heard-demo/#/tickets/1043`,
    helpdesk: 'demo',
    promise: 'Call back about the refund',
    channel: 'call',
    dueAt: Date.now() + 86_400_000,
    source: 'quick-add',
  })) as { ok: boolean };
  assert.equal(added.ok, true);
  assert.deepEqual(await send(panel, 'ui:callbacks:note', { conversationKey: key, text: 'Prefers mornings' }), { ok: true });
  await send(panel, 'ui:data:summary', {});
  await close(browser);

  const seen = classify(log.uris());
  console.log(`Firefox request log: ${seen.loopback} requests to loopback, ${seen.browser} from Firefox's own services (${[...seen.browserHosts].join(', ')}), ${seen.foreign.length} elsewhere`);
  rmSync(log.dir, { recursive: true, force: true });
  assert.ok(seen.loopback > 0, 'the log recorded the session (else the check would pass vacuously)');
  assert.deepEqual(seen.foreign, [], 'requests outside loopback');
});

test('Firefox canary: a request from an extension page to a foreign host is caught by the check', async () => {
  const { browser, log } = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.click('#reply');
  await page.keyboard.type("I don't know", { delay: 5 });
  await waitFor('the hint highlight', () =>
    page.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint')?.size ?? 0) > 0),
  );
  const panel = await openPanel(page);
  await panel.evaluate(`fetch('http://canary.invalid/heard-canary').catch(() => null)`);
  // The log is written by another process: give it a moment to land before closing (no assertion
  // here: the check below is the test).
  await waitFor('the canary in the log', async () => log.uris().some((u) => u.includes('canary.invalid')), 5_000).catch(() => null);
  await close(browser);
  const seen = classify(log.uris());
  rmSync(log.dir, { recursive: true, force: true });
  assert.ok(
    seen.foreign.some((u) => u.includes('canary.invalid/heard-canary')),
    `the canary request was not caught (foreign: ${seen.foreign.join(', ')})`,
  );
});
