// Real web applications in Chromium (issue 13, points 5 and 7): Debian's Redmine and Roundcube (with
// a local Dovecot), installed at test time by tools/realapps/install.sh and started on loopback by
// tools/realapps/apps.ts, stopped after. Heard has no adapter for either: the rep enables the site
// (127.0.0.1), and Heard reads the conversation with its generic reader. The body is shared with
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
import { redmineFlow, roundcubeFlow, type AnyFrame, type AnyPage } from './realapps-shared';

let run: ChromiumRun;
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
  await page.close();
});
after(async () => {
  await run?.close();
  await Promise.all(apps.map((a) => a.stop()));
});

const panelIn = (page: Page) => (): Promise<AnyFrame> =>
  waitFor('the panel frame', async () => page.frames().find((f: Frame) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url())) ?? null) as Promise<AnyFrame>;

test('Redmine (no adapter), Chromium: tone and checklist on the angry issue, lint and insert in its textarea, stored as typed, issues apart', async () => {
  const page = await run.context.newPage();
  try {
    const t0 = Date.now();
    await redmineFlow(page as unknown as AnyPage, apps[0]!, panelIn(page));
    console.log(`Redmine flow in Chromium: ${Date.now() - t0} ms`);
  } finally {
    await page.close();
  }
});

test('Roundcube (no adapter), Chromium: tone and checklist on the angry email, boundary on the abusive one, lint and insert in TinyMCE, the draft saved as typed, emails apart', async () => {
  const page = await run.context.newPage();
  try {
    const t0 = Date.now();
    await roundcubeFlow(page as unknown as AnyPage, apps[1]!, panelIn(page));
    console.log(`Roundcube flow in Chromium: ${Date.now() - t0} ms`);
  } finally {
    await page.close();
  }
});
