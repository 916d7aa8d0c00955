/**
 * The UI's stores are its only way to the background (eslint.config.js forbids sendMessage in
 * components): each store's transport can be swapped for a fake and put back, and a failed or
 * nonsensical answer becomes the plain value the component shows instead of a rejection.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataSummary, dataTransport, restoreBackup, backupFile, wipeAll, readRetention, setRetention } from '@/lib/stores/data';
import { disableSite, enabledSites, selfCheck, siteStatus, sitesTransport, startPicker } from '@/lib/stores/sites';
import { exportRecipe, listRecipes, recipesTransport, removeRecipe } from '@/lib/stores/recipes';
import { feedbackTransport, resetRuleStats, ruleStats } from '@/lib/stores/feedback';
import { ruleSwitches, saveReminders, setRuleEnabled, settingsTransport } from '@/lib/stores/settings';
import { askDock, dockTransport, togglePanel } from '@/lib/stores/dock';
import { installedPacksTransport, installedPackText, openablePacks } from '@/lib/stores/packEditor';
import { defaultReminderSettings, type PackInfo } from '@/lib/messaging';

const down = () => Promise.reject(new Error('no background'));
/** A transport whose every call fails as when the background is not there. */
function failing<T extends object>(real: T): T {
  return Object.fromEntries(Object.keys(real).map((k) => [k, down])) as T;
}

const transports = [dataTransport, sitesTransport, recipesTransport, feedbackTransport, settingsTransport, dockTransport, installedPacksTransport];
afterEach(() => {
  for (const t of transports) t.set();
});

describe('store transports', () => {
  it('a swapped transport is used at once, and set() puts the messaging calls back', async () => {
    const real = sitesTransport();
    const status = vi.fn(async (tabId: number) => ({ state: 'enabled' as const, origin: 'https://a.test', host: `a.test:${tabId}`, pattern: 'https://a.test/*' }));
    sitesTransport.set({ ...real, status });
    expect((await siteStatus(7))?.host).toBe('a.test:7');
    expect(status).toHaveBeenCalledWith(7);
    sitesTransport.set();
    expect(sitesTransport()).toBe(real);
  });

  it('without a background, every call resolves to what the section shows for "nothing"', async () => {
    for (const t of transports) t.set(failing(t()) as never);
    expect(await dataSummary()).toBeNull();
    expect(await readRetention()).toBeNull();
    expect(await wipeAll()).toEqual({ ok: false, error: 'Error: no background' });
    expect(await backupFile()).toEqual({ ok: false, error: 'Error: no background' });
    expect(await setRetention(30)).toEqual({ ok: false, error: 'Error: no background' });
    expect(await restoreBackup('{}')).toEqual({ ok: false, errors: [{ path: '(file)', message: 'Error: no background' }] });
    expect(await siteStatus(1)).toBeNull();
    expect(await enabledSites()).toEqual({ sites: [] });
    expect(await disableSite('https://a.test')).toEqual({ ok: false, error: 'Error: no background' });
    expect(await selfCheck(1)).toBeNull();
    expect(await startPicker(1)).toEqual({ ok: false, error: 'Error: no background' });
    expect(await listRecipes()).toEqual({ rows: [], builtins: [] });
    expect(await removeRecipe('r')).toEqual({ ok: false });
    expect((await exportRecipe('r')).ok).toBe(false);
    expect(await ruleStats()).toBeNull();
    expect(await resetRuleStats()).toEqual({ ok: false, error: 'Error: no background' });
    // No reason: the section says "could not save" rather than "refused because…".
    expect(await saveReminders(defaultReminderSettings())).toEqual({ ok: false, error: '' });
    expect(await ruleSwitches()).toEqual([]);
    expect(await setRuleEnabled('x', false)).toEqual({ ok: false, error: 'Error: no background' });
    expect(await togglePanel(1)).toEqual({ ok: false });
    expect(await openablePacks()).toEqual([]);
    expect(await installedPackText('p')).toBeNull();
  });

  it('answers are parsed or narrowed at the boundary', async () => {
    const row = { ruleId: 'r1', shown: 3, inserted: 1, dismissed: 0, notHelpful: 1 };
    feedbackTransport.set({ ...feedbackTransport(), list: async () => [row] });
    expect(await ruleStats()).toEqual([row]);
    feedbackTransport.set({ ...feedbackTransport(), list: async () => [{ ...row, shown: -1 }] });
    expect(await ruleStats()).toBeNull();

    const pack = (id: string, problem?: string) => ({ id, name: id, version: '1', problem }) as unknown as PackInfo;
    installedPacksTransport.set({ list: async () => [pack('a'), pack('b', 'bad json')], get: async (id) => (id === 'a' ? { ok: true as const, text: '{"a":1}' } : { ok: false as const }) });
    expect((await openablePacks()).map((p) => p.id)).toEqual(['a']);
    expect(await installedPackText('a')).toBe('{"a":1}');
    expect(await installedPackText('b')).toBeNull();

    sitesTransport.set({ ...sitesTransport(), selfCheck: async () => ({ check: { site: 'x', noComposer: true, noMessages: false, counts: [] } }) });
    expect((await selfCheck(3))?.noComposer).toBe(true);
  });

  it('the panel asks to move only when it knows its tab', async () => {
    const dock = vi.fn(async () => {});
    dockTransport.set({ ...dockTransport(), dock });
    askDock(null, { c: true });
    askDock(4, { s: 'left' });
    expect(dock.mock.calls).toEqual([[4, { s: 'left' }]]);
  });
});
