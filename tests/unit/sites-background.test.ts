// "Enable on this site" in the background, against a fake browser (permissions, registered content
// scripts, tabs, storage.local): enable registers + stores + injects; disable unregisters, detaches
// and gives the permission back; start-up reconcile; a permission removed in the browser's own UI.
import { beforeEach, expect, test, vi } from 'vitest';
import { createSites, stopContentScript } from '@/entrypoints/background/sites';
import { fakeEnv, type Fake } from '../sites-fake';
import { SITES_KEY, parseStoredSites, scriptIdFor, isStaticallyMatched, matchesPattern, siteOf } from '@/lib/sites';

let f: Fake;
beforeEach(() => {
  f = fakeEnv();
});

const ORIGIN = 'https://support.acme.test';
const PATTERN = `${ORIGIN}/*`;

test('enable: registers the content script for the origin, stores the site, injects into its open tabs now', async () => {
  f.tabs.set(1, `${ORIGIN}/tickets/7`);
  f.tabs.set(2, `${ORIGIN}/`);
  f.tabs.set(3, 'https://elsewhere.test/');
  f.granted.add(PATTERN); // the popup's click asked for it
  const sites = createSites(f.env);
  expect(await sites.enable(ORIGIN, 1)).toEqual({ ok: true });
  expect([...f.scripts.values()]).toEqual([{ id: scriptIdFor(ORIGIN), matches: [PATTERN] }]);
  expect(parseStoredSites(f.store.get(SITES_KEY))).toEqual({ ok: true, sites: [{ origin: ORIGIN, addedAt: 1_700_000_000_000 }] });
  expect(f.injected).toEqual([1, 2]);
  expect(f.store.get('asking')).toBeUndefined();
  expect(await sites.status(1)).toMatchObject({ state: 'enabled', origin: ORIGIN, host: 'support.acme.test' });
  // Enabling twice changes nothing (no duplicate registration, one stored row).
  expect(await sites.enable(ORIGIN, 1)).toEqual({ ok: true });
  expect(f.scripts.size).toBe(1);
  expect((await sites.list()).sites).toEqual([{ origin: ORIGIN, host: 'support.acme.test', addedAt: 1_700_000_000_000 }]);
});

test('enable without the permission granted does nothing and says why', async () => {
  const sites = createSites(f.env);
  expect(await sites.enable(ORIGIN)).toEqual({ ok: false, error: 'permission: not granted' });
  expect(f.scripts.size).toBe(0);
  expect(f.store.has(SITES_KEY)).toBe(false);
  expect(await sites.enable('javascript:alert(1)')).toMatchObject({ ok: false, error: expect.stringMatching(/^origin:/) });
  expect(await sites.enable('https://support.acme.test:8443')).toMatchObject({ ok: false });
});

test('disable: unregisters, forgets the site, detaches the open tabs, then gives the permission back', async () => {
  f.tabs.set(1, `${ORIGIN}/tickets/7`);
  f.granted.add(PATTERN);
  f.granted.add('https://other.test/*');
  const sites = createSites(f.env);
  await sites.enable(ORIGIN, 1);
  await sites.enable('https://other.test');
  f.log.length = 0;
  expect(await sites.disable(ORIGIN)).toEqual({ ok: true });
  expect(f.log).toEqual([`unregister ${scriptIdFor(ORIGIN)}`, `remove ${PATTERN}`]);
  expect(f.detached).toEqual([1]); // while the permission still allowed reaching the tab
  expect(f.granted.has(PATTERN)).toBe(false);
  expect([...f.scripts.keys()]).toEqual([scriptIdFor('https://other.test')]);
  expect((await sites.list()).sites.map((s) => s.origin)).toEqual(['https://other.test']);
  expect(await sites.status(1)).toMatchObject({ state: 'unsupported' }); // the address is hidden again
});

test('start-up reconcile: registers what the stored list says, drops what lost its permission, removes strays', async () => {
  f.store.set(SITES_KEY, {
    version: 1,
    sites: [
      { origin: 'https://a.test', addedAt: 1 },
      { origin: 'https://b.test', addedAt: 2 },
    ],
  });
  f.granted.add('https://a.test/*');
  // b.test lost its permission while the browser was closed; a stray registration is left over.
  f.scripts.set(scriptIdFor('https://b.test'), { id: scriptIdFor('https://b.test'), matches: ['https://b.test/*'] });
  f.scripts.set(scriptIdFor('https://stray.test'), { id: scriptIdFor('https://stray.test'), matches: ['https://stray.test/*'] });
  const sites = createSites(f.env);
  expect(await sites.reconcile()).toEqual({ dropped: ['https://b.test'] });
  expect([...f.scripts.keys()]).toEqual([scriptIdFor('https://a.test')]);
  expect((await sites.list()).sites.map((s) => s.origin)).toEqual(['https://a.test']);
  // Run again: nothing to do.
  f.log.length = 0;
  expect(await sites.reconcile()).toEqual({ dropped: [] });
  expect(f.log).toEqual([]);
});

test('enabled from the popup (no prompt closed it): the question is answered, a later grant does not re-enable', async () => {
  const sites = createSites(f.env);
  await sites.asking(ORIGIN);
  f.granted.add(PATTERN);
  await sites.enable(ORIGIN);
  expect(f.store.get('asking')).toEqual([]);
  await sites.disable(ORIGIN);
  f.granted.add(PATTERN);
  await sites.onPermissionsAdded([PATTERN]);
  expect(f.scripts.size).toBe(0);
});

test('a tab that finished loading on an enabled site without the content script gets it; others are left alone', async () => {
  f.granted.add(PATTERN);
  const sites = createSites(f.env);
  await sites.enable(ORIGIN);
  f.injected.length = 0;
  await sites.ensureRunning(5, `${ORIGIN}/tickets/9`); // loaded before the registration was in force
  await sites.ensureRunning(5, `${ORIGIN}/tickets/9`); // running now: not twice
  await sites.ensureRunning(6, 'https://elsewhere.test/');
  await sites.ensureRunning(7, 'http://127.0.0.1:5178/heard-demo/');
  expect(f.injected).toEqual([5]);
});

test('a permission removed in the browser\'s own UI switches the site off', async () => {
  f.granted.add(PATTERN);
  const sites = createSites(f.env);
  await sites.enable(ORIGIN);
  f.granted.delete(PATTERN);
  await sites.onPermissionsRemoved([PATTERN]);
  expect(f.scripts.size).toBe(0);
  expect((await sites.list()).sites).toEqual([]);
});

test('a grant that arrives after the prompt closed the popup (Firefox) still enables the site it was asked for, and only that', async () => {
  f.tabs.set(1, `${ORIGIN}/tickets/7`);
  const sites = createSites(f.env);
  await sites.asking(ORIGIN, 1);
  // A permission granted for something else (a pack's URL) does not switch Heard on there.
  f.granted.add('https://packs.example.test/*');
  await sites.onPermissionsAdded(['https://packs.example.test/*']);
  expect(f.scripts.size).toBe(0);
  f.granted.add(PATTERN);
  await sites.onPermissionsAdded([PATTERN]);
  expect([...f.scripts.keys()]).toEqual([scriptIdFor(ORIGIN)]);
  expect(f.injected).toEqual([1]);
  // Answered once: a later grant of the same origin (after a disable) does not re-enable it by itself.
  await sites.disable(ORIGIN);
  f.granted.add(PATTERN);
  await sites.onPermissionsAdded([PATTERN]);
  expect(f.scripts.size).toBe(0);
});

test('a malformed stored list is an error naming the field; the sites are rebuilt from the registrations, not lost', async () => {
  f.granted.add(PATTERN);
  f.scripts.set(scriptIdFor(ORIGIN), { id: scriptIdFor(ORIGIN), matches: [PATTERN] });
  f.store.set(SITES_KEY, { version: 1, sites: [{ origin: ORIGIN, addedAt: 'yesterday' }] });
  const sites = createSites(f.env);
  const listed = await sites.list();
  expect(listed.error).toMatch(/sites\.0\.addedAt/);
  expect(listed.sites.map((s) => s.origin)).toEqual([ORIGIN]);
  await sites.reconcile();
  expect(parseStoredSites(f.store.get(SITES_KEY))).toMatchObject({ ok: true, sites: [{ origin: ORIGIN }] });
  expect(f.scripts.size).toBe(1);
});

test('status: helpdesks are on already, browser pages cannot be enabled, other sites can', async () => {
  f.tabs.set(1, 'https://acme.zendesk.com/agent/tickets/1');
  f.tabs.set(2, 'chrome://extensions/');
  f.tabs.set(3, 'https://chromewebstore.google.com/detail/x');
  f.tabs.set(4, 'http://127.0.0.1:5178/fixtures/generic/');
  f.granted.add('https://acme.zendesk.com/*');
  f.granted.add('https://chromewebstore.google.com/*');
  f.granted.add('http://127.0.0.1/*'); // as activeTab would show it
  const sites = createSites(f.env);
  expect(await sites.status(1)).toMatchObject({ state: 'adapter', adapter: expect.stringMatching(/zendesk/i) });
  expect(await sites.status(2)).toMatchObject({ state: 'unsupported', origin: null });
  expect(await sites.status(3)).toMatchObject({ state: 'unsupported' });
  expect(await sites.status(4)).toEqual({ state: 'available', origin: 'http://127.0.0.1', host: '127.0.0.1', pattern: 'http://127.0.0.1/*' });
  expect(await sites.status(99)).toMatchObject({ state: 'unsupported' });
});

test('the site of a page, and the match patterns', () => {
  expect(siteOf('https://Help.Example.com:8443/x?y')).toEqual({ origin: 'https://help.example.com', pattern: 'https://help.example.com/*', host: 'help.example.com' });
  for (const bad of ['about:blank', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', 'moz-extension://x/y', 'https://addons.mozilla.org/', 'https://chrome.google.com/webstore/x', 'not a url', undefined]) {
    expect(siteOf(bad)).toBeNull();
  }
  expect(isStaticallyMatched('http://127.0.0.1:5178/heard-demo/#/tickets/1')).toBe(true);
  expect(isStaticallyMatched('http://127.0.0.1:5178/fixtures/generic/')).toBe(false);
  expect(isStaticallyMatched('https://acme.zendesk.com/agent')).toBe(true);
  expect(isStaticallyMatched('https://zendesk.com.evil.test/')).toBe(false);
  expect(matchesPattern('https://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
  expect(matchesPattern('https://*.zendesk.com/*', 'http://a.zendesk.com/')).toBe(false);
});

test('detach stops the running copy through its stop function on the isolated world\'s global, not a DOM event', () => {
  const world = globalThis as { heardStop?: () => void };
  stopContentScript(); // nothing running: nothing to stop, nothing thrown
  world.heardStop = vi.fn();
  stopContentScript();
  expect(world.heardStop).toHaveBeenCalledOnce();
  delete world.heardStop;
});
