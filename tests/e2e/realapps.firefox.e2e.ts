// Real web applications in Firefox ESR (issue 13, points 5 and 7): the same Redmine and Roundcube
// flows as in Chromium (realapps-shared.ts), the apps installed and started by tools/realapps/.
//
// Firefox's permission prompt cannot be answered by automation, and WebDriver BiDi may not open the
// toolbar popup: the profile holds the site's grant the way Firefox stores a rep's "Allow"
// (extension-preferences.json), and the welcome page Heard opens at install sends the popup's own
// `ui:sites:enable` (as iframe-editors.firefox.e2e.ts does); everything after is the real path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, messageScript, waitFor, type FirefoxRun } from './browsers';
import { ensureInstalled, startApp, type RealApp } from '../../tools/realapps/apps';
import { redmineFlow, roundcubeFlow, type AnyFrame, type AnyPage, type Teacher } from './realapps-shared';

const ADDON_ID = 'heard@heard-extension.org';
let run: FirefoxRun;
let teacher: Teacher;
let profile = '';
const apps: RealApp[] = [];

before(async () => {
  const inst = ensureInstalled();
  const [redmine, roundcube] = await Promise.all([startApp('redmine'), startApp('roundcube')]);
  apps.push(redmine, roundcube);
  console.log(`real apps: install check ${inst.ms} ms; Redmine started in ${redmine.startMs} ms, Roundcube in ${roundcube.startMs} ms`);
  profile = mkdtempSync(join(tmpdir(), 'heard-ff-'));
  writeFileSync(
    join(profile, 'extension-preferences.json'),
    JSON.stringify({ [ADDON_ID]: { permissions: [], origins: ['http://127.0.0.1/*'], data_collection: [] } }),
  );
  run = await launchFirefox({ userDataDir: profile, welcome: 'keep' });
  const welcome = await waitFor('the welcome page opened at install', async () => {
    for (const p of await run.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/welcome\.html/.test(href)) return p;
    }
    return null;
  });
  const res = await welcome.evaluate(messageScript('ui:sites:enable', { origin: 'http://127.0.0.1' }).replace('r && r.res', 'r && (r.res ?? r)'));
  assert.deepEqual(res, { ok: true }, 'enabled on 127.0.0.1');
  // The welcome page stays open: the test starts the picker from it, as the popup does.
  teacher = {
    ext: <T>(type: string, data: unknown): Promise<T> => welcome.evaluate(messageScript(type, data).replace('r && r.res', 'r && (r.res ?? r)')) as Promise<T>,
    tabOf: (url: string): Promise<number> => welcome.evaluate(`browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`) as Promise<number>,
  };
});
after(async () => {
  await run?.close();
  await Promise.all(apps.map((a) => a.stop()));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const panelIn = (page: Page) => (): Promise<AnyFrame> =>
  waitFor('the panel frame', async () => {
    for (const f of page.frames().slice(1)) {
      const href = await f.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(href)) return f;
    }
    return null;
  }) as Promise<Frame> as unknown as Promise<AnyFrame>;

test('Redmine (no adapter), Firefox ESR: taught with the picker, read through the recipe; tone and checklist on the angry issue, lint and insert in its textarea, stored as typed, issues apart', async () => {
  const page = await run.browser.newPage();
  try {
    const t0 = Date.now();
    const { teachMs } = await redmineFlow(page as unknown as AnyPage, apps[0]!, panelIn(page), teacher);
    console.log(`Redmine flow in Firefox: ${Date.now() - t0} ms (teaching the page with the picker: ${teachMs} ms)`);
  } finally {
    await page.close();
  }
});

test('Roundcube (no adapter), Firefox ESR: a new message untaught: "can\'t read"; the compose page taught with the picker (the quoted email is the customer\'s); tone and checklist on the angry email, boundary on the abusive one, lint and insert in TinyMCE, the draft saved as typed, emails apart', async () => {
  const page = await run.browser.newPage();
  try {
    const t0 = Date.now();
    const { teachMs } = await roundcubeFlow(page as unknown as AnyPage, apps[1]!, panelIn(page), teacher);
    console.log(`Roundcube flow in Firefox: ${Date.now() - t0} ms (teaching the compose page with the picker: ${teachMs} ms)`);
  } finally {
    await page.close();
  }
});
