// The order of pushes that flicked a ticked checklist item back for one view (issue 16): the rep
// typing, a lint's bookkeeping pushes the tab's view (background/tabs.ts → panel-view.ts), whose
// room part reads the conversation's ticks from the database; the rep ticks an item; that view,
// read before the tick was saved, lands on the panel after the click and before the tick's own
// push (room.ts `thenPush`). Here with the background's own modules and the panel's stores: the
// panel never shows the item unticked once the rep ticked it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { PANEL_PORT, type RoomView, type TabState } from '@/lib/messaging';
import { registerPanelViews } from '@/entrypoints/background/panel-view';
import { deriveRoom, roomHandlers, roomViewOf } from '@/entrypoints/background/room';
import { getDb } from '@/entrypoints/background/db';
import { readSelfCheck, readTabState, registerTabs, tabChanged, writeTabState } from '@/entrypoints/background/tabs';
import { usePanel } from '@/lib/stores/panel';
import { roomTransport, useRoom } from '@/lib/stores/room';

const tabId = 4242;
const ticket = { key: `demo:x:${tabId}`, link: 'https://help.example.com/4242' };
const thread = [{ role: 'customer' as const, text: 'This is the THIRD time I am contacting you and NOBODY has fixed it. I want to speak to a manager.' }];
const ownIt = (v: RoomView | null | undefined) => v?.checklists.find((c) => c.id === 'de-escalation')?.items.find((i) => i.id === 'own-it')?.ticked;

afterEach(() => roomTransport.set());

test('a lint\'s view read before the tick was saved, landing after the click, does not untick the item', async () => {
  // The panel's port: what the background posts goes to the panel's store, as over a real port.
  const posted: unknown[] = [];
  let connect: (port: Browser.runtime.Port) => void = () => {};
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => void (connect = fn));
  // The room part of the next view waits at this gate once read (the lint's push, slow to build).
  let gate: Promise<void> | null = null;
  let readBeforeGate = false;
  const room = async (id: number): Promise<RoomView | null> => {
    const view = await roomViewOf(id);
    const g = gate;
    if (g) {
      gate = null;
      readBeforeGate = true;
      await g;
    }
    return view;
  };
  registerTabs(registerPanelViews({ db: getDb, tab: readTabState, room, selfCheck: readSelfCheck }));
  let onMessage: (m: unknown) => void = () => {};
  connect({
    name: PANEL_PORT,
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/panel.html'), tab: { id: tabId }, frameId: 1 },
    postMessage: (m: unknown) => {
      posted.push(m);
      usePanel.getState().receive(m);
    },
    disconnect: () => {},
    onMessage: { addListener: (fn: (m: unknown) => void) => void (onMessage = fn) },
    onDisconnect: { addListener: () => {} },
  } as unknown as Browser.runtime.Port);
  onMessage({ type: 'subscribe' });

  // A lint of the ticket: the de-escalation checklist opens, "Own what went wrong" not done.
  const state: TabState = { site: 'demo', ticket, tone: 'angry', hints: [], draftLength: 0, updatedAt: Date.now() };
  void writeTabState(tabId, state, deriveRoom({ site: 'demo', ticket, draft: '', thread }));
  await vi.waitFor(() => expect(ownIt(useRoom.getState().view)).toBe(false));
  const seen: boolean[] = [false];
  const stop = useRoom.subscribe((s) => {
    const t = ownIt(s.view);
    if (t !== undefined && t !== seen.at(-1)) seen.push(t);
  });

  // The rep types on: the next lint's bookkeeping pushes the view; its room is read now, before any tick.
  let release: () => void = () => {};
  gate = new Promise<void>((resolve) => (release = resolve));
  tabChanged(tabId);
  await vi.waitFor(() => expect(readBeforeGate).toBe(true));
  // The rep ticks; while the tick is on its way the lint's view lands on the panel, then the tick is handled.
  const before = posted.length;
  roomTransport.set({
    ...roomTransport(),
    tick: async (id, checklistId, itemId, ticked) => {
      release();
      await vi.waitFor(() => expect(posted.length).toBe(before + 1));
      return roomHandlers['ui:room:tick']({ tabId: id, checklistId, itemId, ticked });
    },
  });
  await useRoom.getState().tick('de-escalation', 'own-it', true);
  // The lint's view was read before the save: unticked there.
  expect(ownIt((posted[before] as { room: RoomView }).room)).toBe(false);
  // The tick's own push (thenPush) follows, saved.
  await vi.waitFor(() => expect(ownIt((posted.at(-1) as { room: RoomView }).room)).toBe(true));
  stop();
  expect(ownIt(useRoom.getState().view)).toBe(true);
  expect(seen).toEqual([false, true]);
});
