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
import { panelTransport, usePanel } from '@/lib/stores/panel';
import { callbacksTransport, useCallbacks } from '@/lib/stores/callbacks';
import { NO_POLICY_STATUS, policyTransport, usePolicyStore } from '@/lib/stores/policy';
import { roomTransport, useRoom } from '@/lib/stores/room';
import { packsTransport, usePacks } from '@/lib/stores/packs';
import { defaultReminderSettings, PANEL_PORT, type HintMsg, type PackInfo } from '@/lib/messaging';
import type { Browser } from 'wxt/browser';
import type { Transport } from '@/lib/stores/transport';

const down = () => Promise.reject(new Error('no background'));
/** A transport whose every call fails as when the background is not there. */
function failing<T extends object>(real: T): T {
  return Object.fromEntries(Object.keys(real).map((k) => [k, down])) as T;
}

const transports = [
  dataTransport,
  sitesTransport,
  recipesTransport,
  feedbackTransport,
  settingsTransport,
  dockTransport,
  installedPacksTransport,
  panelTransport,
  callbacksTransport,
  policyTransport,
  roomTransport,
  packsTransport,
];
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

  it('the older stores (panel, callbacks, policy, room, packs) are on the same transport: swapped at once, put back by set()', async () => {
    for (const t of [panelTransport, callbacksTransport, policyTransport, roomTransport, packsTransport] as Transport<object>[]) {
      const real = t();
      t.set({ ...real });
      expect(t()).not.toBe(real);
      t.set();
      expect(t()).toBe(real);
    }
    const get = vi.fn(async () => ({ ...NO_POLICY_STATUS, managed: true }));
    policyTransport.set({ get });
    expect((await usePolicyStore.getState().load()).managed).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('the panel subscribes through its transport\'s port and takes the views pushed on it', () => {
    const posted: unknown[] = [];
    let deliver: (m: unknown) => void = () => {};
    const port = {
      name: PANEL_PORT,
      postMessage: (m: unknown) => posted.push(m),
      disconnect: vi.fn(),
      onMessage: { addListener: (fn: (m: unknown) => void) => void (deliver = fn) },
    } as unknown as Browser.runtime.Port;
    panelTransport.set({ ...panelTransport(), connect: () => port });
    usePanel.getState().connect(5);
    expect(posted).toEqual([{ type: 'subscribe', tabId: 5 }]);
    deliver({ type: 'state', tabId: 5, tab: null });
    expect(usePanel.getState()).toMatchObject({ tabId: 5, status: 'ready' });
    // What does not parse is not taken.
    deliver({ type: 'state', tabId: 'x' });
    expect(usePanel.getState().tabId).toBe(5);
  });

  it('without a background, the older stores show their "could not" instead of throwing; every call went through their transport', async () => {
    const calls: string[] = [];
    const named = { panel: panelTransport, callbacks: callbacksTransport, policy: policyTransport, room: roomTransport, packs: packsTransport };
    for (const [name, t] of Object.entries(named)) {
      t.set(Object.fromEntries(Object.keys(t()).map((k) => [k, (..._: unknown[]) => (calls.push(`${name}.${k}`), down())])) as never);
    }
    const hint = { id: 'h', ruleId: 'r' } as HintMsg;
    usePanel.getState().receive({ type: 'state', tabId: 3, tab: null });
    await usePanel.getState().insert(hint, 'x');
    expect(usePanel.getState().announcement).toMatch(/^Could not insert/);
    await expect(usePanel.getState().dismiss(hint, 'dismissed')).resolves.toBeUndefined();
    await expect(usePanel.getState().close()).resolves.toBeUndefined();

    const cb = useCallbacks.getState();
    expect(await cb.loadSettings()).toEqual(defaultReminderSettings());
    expect(useCallbacks.getState().settingsLoaded).toBe(false);
    expect(await cb.saveNote('k', 'n')).toBe(false);
    expect(useCallbacks.getState().failure).not.toBe('');
    await cb.loadGroups();
    expect(useCallbacks.getState().groups).toBeNull();
    await cb.search('anna');
    expect(useCallbacks.getState().results).toBeNull();
    for (const res of [
      await cb.add({ conversationKey: 'k', link: 'https://x/', helpdesk: 'demo', promise: 'p', channel: 'call', dueAt: 1, source: 'quick-add' }),
      await cb.update('i', { promise: 'q' }),
      await cb.snooze('i', 2),
      await cb.close('i', 'done'),
      await cb.reopen('i'),
    ]) {
      // The save may have happened: said as unconfirmed, never as "nothing changed".
      expect(res).toMatchObject({ ok: false, reason: 'unconfirmed' });
    }
    expect(await cb.open('i')).toBe(false);

    expect(await usePolicyStore.getState().load()).toEqual(NO_POLICY_STATUS);

    useRoom.getState().receive(3, null);
    await useRoom.getState().tick('c', 'i', true);
    expect(useRoom.getState().error).not.toBeNull();
    expect(await useRoom.getState().logIncident('insult', '')).toBe(false);

    await usePacks.getState().refresh();
    expect(usePacks.getState().packs).toEqual([]);

    // (Each unconfirmed save reads the shown search again: the list may have changed.)
    expect([...new Set(calls)]).toEqual([
      'panel.insert',
      'panel.dismiss',
      'panel.close',
      'callbacks.settings',
      'callbacks.note',
      'callbacks.list',
      'callbacks.search',
      'callbacks.add',
      'callbacks.update',
      'callbacks.snooze',
      'callbacks.close',
      'callbacks.reopen',
      'callbacks.open',
      'policy.get',
      'room.tick',
      'room.logIncident',
      'packs.list',
    ]);
  });
});
