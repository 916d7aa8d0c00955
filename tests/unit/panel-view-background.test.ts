// The panel hears about its tab on one channel (issue 16, point 2): background/tabs.ts pushes the
// tab's one view (hints, room, the ticket's callbacks and note; built in background/panel-view.ts)
// over the panel's port when any part changes, each panel only its own tab's view.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { HeardDB } from '@/lib/db';
import { addCallback, setNote } from '@/lib/callbacks';
import { PANEL_PORT, PanelViewSchema, type PanelView, type RoomView, type TabState } from '@/lib/messaging';
import { callbacksChanged, registerPanelViews } from '@/entrypoints/background/panel-view';
import { readSelfCheck, readTabState, registerTabs, tabChanged, writeSelfCheck, writeTabState } from '@/entrypoints/background/tabs';

let db: HeardDB;
let tabId = 500;

const state = (key: string, hints: TabState['hints'] = []): TabState => ({
  site: 'demo',
  ticket: { key, link: `https://help.example.com/${key}` },
  tone: 'calm',
  hints,
  draftLength: 10,
  updatedAt: Date.now(),
});
const room = (key: string, ticked: boolean): RoomView => ({
  ticket: { key, link: `https://help.example.com/${key}` },
  tone: { level: 'calm', signals: [] },
  checklists: [{ id: 'c', packId: 'p', title: 'Checklist', triggered: true, opened: false, items: [{ id: 'i', label: 'Item', auto: false, manual: null, ticked }] }],
  boundary: null,
  incidents: [],
  breakReminder: true,
});

/** A framed panel's port in tab `id`, subscribed; returns the views it was sent, parsed. */
function openPanel(id: number) {
  const sent: PanelView[] = [];
  let onMessage: (m: unknown) => void = () => {};
  const port = {
    name: PANEL_PORT,
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/panel.html'), tab: { id }, frameId: 1 },
    postMessage: (m: unknown) => sent.push(PanelViewSchema.parse(m)),
    disconnect: vi.fn(),
    onMessage: { addListener: (fn: (m: unknown) => void) => void (onMessage = fn) },
    onDisconnect: { addListener: () => {} },
  };
  connect(port as unknown as Browser.runtime.Port);
  onMessage({ type: 'subscribe' });
  return { sent, last: () => sent.at(-1) };
}

const ticked = new Map<string, boolean>();
/** The background's onConnect listener (the fake browser has no ports: the test connects them). */
let connect: (port: Browser.runtime.Port) => void = () => {};
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => void (connect = fn));
  db = new HeardDB(`view-${crypto.randomUUID()}`);
  ticked.clear();
  const roomOf = async (id: number): Promise<RoomView | null> => {
    const key = `demo:x:${id}`;
    return room(key, ticked.get(key) ?? false);
  };
  registerTabs(registerPanelViews({ db: () => db, tab: readTabState, room: roomOf, selfCheck: readSelfCheck }));
});
afterEach(() => db.delete());

test('one view per change, on the port: a lint, a room action, a callback or note anywhere', async () => {
  const id = ++tabId;
  const key = `demo:x:${id}`;
  const panel = openPanel(id);
  // The first view: the tab has no state yet.
  await vi.waitFor(() => expect(panel.last()).toMatchObject({ tabId: id, tab: null }));

  // A lint: hints, the room and the ticket's callbacks together.
  await addCallback(db, { conversationKey: key, link: 'https://x/', helpdesk: 'demo', promise: 'Call back', channel: 'call', dueAt: Date.now() + 3_600_000, source: 'draft' });
  void writeTabState(id, state(key));
  await vi.waitFor(() => expect(panel.last()?.tab?.ticket?.key).toBe(key));
  expect(panel.last()?.room?.ticket?.key).toBe(key);
  expect(panel.last()?.callbacks).toMatchObject({ key, note: '', callbacks: [{ promise: 'Call back' }] });

  // A room action (room.ts calls tabChanged after it): the view again, with the tick.
  const before = panel.sent.length;
  ticked.set(key, true);
  tabChanged(id);
  await vi.waitFor(() => expect(panel.sent.length).toBe(before + 1));
  expect(panel.last()?.room?.checklists[0]?.items[0]?.ticked).toBe(true);

  // A note saved (the callbacks handlers' broadcast): read anew, not from the cache.
  await setNote(db, key, 'Prefers mornings');
  callbacksChanged();
  await vi.waitFor(() => expect(panel.last()?.callbacks?.note).toBe('Prefers mornings'));
});

test('two tickets of one site never share a view: each panel gets its own tab\'s hints, room and callbacks', async () => {
  const a = ++tabId;
  const b = ++tabId;
  for (const id of [a, b]) {
    await addCallback(db, { conversationKey: `demo:x:${id}`, link: 'https://x/', helpdesk: 'demo', promise: `Promise of ${id}`, channel: 'call', dueAt: Date.now() + 3_600_000, source: 'draft' });
  }
  const pa = openPanel(a);
  const pb = openPanel(b);
  void writeTabState(a, state(`demo:x:${a}`));
  void writeTabState(b, state(`demo:x:${b}`));
  await vi.waitFor(() => expect(pa.last()?.callbacks?.key).toBe(`demo:x:${a}`));
  await vi.waitFor(() => expect(pb.last()?.callbacks?.key).toBe(`demo:x:${b}`));
  for (const [id, p] of [[a, pa], [b, pb]] as const) {
    // Nothing of the other ticket was ever sent to this panel.
    for (const v of p.sent) {
      expect(v.tabId).toBe(id);
      if (v.tab) expect(v.tab.ticket?.key).toBe(`demo:x:${id}`);
      if (v.room) expect(v.room.ticket?.key).toBe(`demo:x:${id}`);
      if (v.callbacks) expect(v.callbacks.callbacks.map((c) => c.promise)).toEqual([`Promise of ${id}`]);
    }
  }
  // A change in one tab reaches only its panel.
  const sentB = pb.sent.length;
  void writeTabState(a, state(`demo:x:${a}`));
  await vi.waitFor(() => expect(pa.sent.length).toBeGreaterThan(1));
  await new Promise((r) => setTimeout(r, 0));
  expect(pb.sent.length).toBe(sentB);
});

test('the page reader\'s self-check comes in the view, and goes when the page loads anew', async () => {
  const id = ++tabId;
  const panel = openPanel(id);
  void writeTabState(id, state(`demo:x:${id}`));
  await vi.waitFor(() => expect(panel.last()?.tab?.ticket?.key).toBe(`demo:x:${id}`));
  expect(panel.last()?.selfCheck).toBeNull();
  const check = { site: 'demo', noComposer: false, noMessages: true, counts: [{ what: 'messages', selector: '.msg', count: 0 }] };
  void writeSelfCheck(id, check);
  await vi.waitFor(() => expect(panel.last()?.selfCheck).toEqual(check));
  await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading' }, { id } as Browser.tabs.Tab);
  await vi.waitFor(() => expect(panel.last()?.selfCheck).toBeNull());
  expect(await readSelfCheck(id)).toBeNull();
});
