// Real web applications in Chromium (issue 13, points 5 and 7): Debian's Redmine and Roundcube (with
// a local Dovecot), installed at test time by tools/realapps/install.sh and started on loopback by
// tools/realapps/apps.ts, stopped after. Heard has no adapter for either: the rep enables the site
// (127.0.0.1), and the test teaches Heard each app's page with the picker. The body is shared with
// Firefox ESR (realapps-shared.ts).
//
// The site's grant is made the way a rep can in chrome://extensions (no tool can answer the
// browser's permission prompt, see sites.chromium.e2e.ts), then "Enable" is the popup's own message
// from an extension page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { grantInBrowserSettings, launchChromium, messageScript, waitFor, type ChromiumRun } from './browsers';
import { ensureInstalled, startApp, type RealApp } from '../../tools/realapps/apps';
import { redmineFlow, redmineSignIn, roundcubeFlow, type AnyFrame, type AnyPage, type Teacher } from './realapps-shared';
import { readPageConversation } from '../../lib/adapters/generic-reader';

let run: ChromiumRun;
let teacher: Teacher;
const apps: RealApp[] = [];

before(async () => {
  const inst = ensureInstalled();
  const [redmine, roundcube] = await Promise.all([startApp('redmine'), startApp('roundcube')]);
  apps.push(redmine, roundcube);
  console.log(`real apps: install check ${inst.ms} ms; Redmine started in ${redmine.startMs} ms, Roundcube in ${roundcube.startMs} ms`);
  run = await launchChromium();
  await grantInBrowserSettings(run, 'http://127.0.0.1/*');
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/options.html`);
  // The popup's click asks for the site (permissions.request, answered by the grant above without a
  // prompt); a click's user gesture, given through CDP.
  const cdp = await run.context.newCDPSession(page);
  const asked = (await cdp.send('Runtime.evaluate', {
    expression: "chrome.permissions.request({ origins: ['http://127.0.0.1/*'] })",
    userGesture: true,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown } };
  assert.equal(asked.result.value, true, 'the site granted');
  await cdp.detach();
  const res = await page.evaluate(messageScript('ui:sites:enable', { origin: 'http://127.0.0.1' }).replace('r && r.res', 'r && (r.res ?? r)'));
  assert.deepEqual(res, { ok: true }, 'enabled on 127.0.0.1');
  // The extension page stays open: the test starts the picker from it, as the popup does.
  teacher = {
    ext: <T>(type: string, data: unknown): Promise<T> => page.evaluate<T>(messageScript(type, data)),
    tabOf: (url: string): Promise<number> => page.evaluate<number>(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`),
  };
});
after(async () => {
  await run?.close();
  await Promise.all(apps.map((a) => a.stop()));
});

const panelIn = (page: Page) => (): Promise<AnyFrame> =>
  waitFor('the panel frame', async () => page.frames().find((f: Frame) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url())) ?? null) as Promise<AnyFrame>;

test('Redmine (no adapter), Chromium: taught with the picker, read through the recipe; tone and checklist on the angry issue, lint and insert in its textarea, stored as typed, issues apart', async () => {
  const page = await run.context.newPage();
  try {
    const t0 = Date.now();
    const { teachMs } = await redmineFlow(page as unknown as AnyPage, apps[0]!, panelIn(page), teacher);
    console.log(`Redmine flow in Chromium: ${Date.now() - t0} ms (teaching the page with the picker: ${teachMs} ms)`);
  } finally {
    await page.close();
  }
});

test('Roundcube (no adapter), Chromium: a new message untaught: "can\'t read"; the compose page taught with the picker (the quoted email is the customer\'s); tone and checklist on the angry email, boundary on the abusive one, lint and insert in TinyMCE, the draft saved as typed, emails apart', async () => {
  const page = await run.context.newPage();
  try {
    const t0 = Date.now();
    const { teachMs } = await roundcubeFlow(page as unknown as AnyPage, apps[1]!, panelIn(page), teacher);
    console.log(`Roundcube flow in Chromium: ${Date.now() - t0} ms (teaching the compose page with the picker: ${teachMs} ms)`);
  } finally {
    await page.close();
  }
});

test('the generic reader on the real pages: what it reads, and its cost (median of 20 reads)', async () => {
  const page = await run.context.newPage();
  try {
    await redmineSignIn(page as unknown as AnyPage, apps[0]!);
    await page.goto(`${apps[0]!.origin}/issues/1`);
    await page.evaluate(() => (document.querySelector('.contextual a.icon-edit') as HTMLElement).click());
    // The reader's own source, run in the page as the background's executeScript runs it (tsx, which
    // compiled it here, names functions through a __name helper the build has not).
    const cost = await page.evaluate<{ median: number; readable: boolean; roles: string[] }>(`(() => {
      globalThis.__name = (f) => f;
      const read = (${readPageConversation.toString()});
      globalThis.heardComposer = document.getElementById('issue_notes');
      const times = [];
      let last = read();
      for (let i = 0; i < 20; i++) {
        // A changed page each time (one more element), so every read is a full one, not the remembered one.
        document.body.append(document.createElement('span'));
        const t = performance.now();
        last = read();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { median: times[10], readable: last.readable, roles: last.thread.map((m) => m.role) };
    })()`);
    // What the background adds to a generic-mode lint besides the read: one executeScript round trip.
    const trip = await run.worker.evaluate<number>(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '${apps[0]!.origin}/issues/1' });
      const times = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => 1 });
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[10];
    })()`);
    console.log(`generic reader on Redmine issue 1: ${cost.median.toFixed(2)} ms median (a full read), roles ${cost.roles.join(', ')}; executeScript round trip ${trip.toFixed(2)} ms median`);
    // The seeded issue (Sam's reply, his private note, Dana's angry comment), then the rep's reply when the test above ran.
    assert.equal(cost.readable, true);
    assert.deepEqual(cost.roles.slice(0, 3), ['agent', 'note', 'customer']);
    assert.ok(cost.roles.slice(3).every((r) => r === 'agent'), cost.roles.join());
    assert.ok(cost.median < 20, `reading costs ${cost.median} ms`);
  } finally {
    await page.close();
  }
});
