// One owner of per-tab state (issue 16, point 2): everything the background keeps of a tab lives in
// its record in background/tabs.ts, and closing the tab forgets all of it in one place: the tab
// state, its room and self-check (memory and storage.session), the trust ledger's last lint, the
// pacer's clock of every frame, the room's ticks of a conversation without a key, a panel place
// waiting for the page; a lint still running when the tab closes leaves nothing behind either.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { lintHandlers, type LintDeps } from '@/entrypoints/background/lint';
import { roomHandlers } from '@/entrypoints/background/room';
import { dockHandlers } from '@/entrypoints/background/dock';
import { knownTabs, readRoom, readSelfCheck, readTabState, registerTabs, tabPart, writeSelfCheck } from '@/entrypoints/background/tabs';
import type { LintResult, Messages, TicketMsg } from '@/lib/messaging';
import type { Handler } from '@/lib/messaging/define';

const thread = [{ role: 'customer' as const, text: 'This is the THIRD time I am contacting you and NOBODY has fixed it. I want to speak to a manager.' }];
let tabId = 900;

function setup() {
  const deps = {
    dismissed: vi.fn(async (): Promise<{ hintId: string }[]> => []),
    openCallbacks: vi.fn(async () => []),
    countShown: vi.fn(async () => {}),
    conversationSeen: vi.fn(async () => {}),
  } satisfies LintDeps;
  const lint = lintHandlers(Promise.resolve(), deps)['cs:lint'] as Handler<Messages['cs:lint']>;
  const id = ++tabId;
  /** A lint from frame `frameId` of the tab; `trusted`: the rep typed (else the page caused it). */
  const send = (draft: string, { frameId = 0, trusted = true, ticket = null as TicketMsg | null } = {}): Promise<LintResult> =>
    Promise.resolve(lint({ site: 'demo', ticket, draft, thread, trusted }, { tab: { id }, frameId } as Browser.runtime.MessageSender) as Promise<LintResult>);
  return { deps, send, id };
}

const storedKeys = async (): Promise<string[]> => Object.keys(await fakeBrowser.storage.session.get(null));
const close = (id: number) => fakeBrowser.tabs.onRemoved.trigger(id, { windowId: 1, isWindowClosing: false });

beforeEach(() => {
  fakeBrowser.reset();
  // (The fake browser has no ports; no panel is open in these tests.)
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  registerTabs();
});

test('closing a tab forgets everything the background kept of it, and nothing of another tab', async () => {
  const { send, id, deps } = setup();
  const other = setup();
  for (const s of [{ send, id }, other]) {
    await s.send("I don't know what happened to your order");
    await vi.waitFor(async () => expect(await readTabState(s.id)).not.toBeNull());
    // Page-caused lints of the top frame and of a helpdesk iframe: the pacer's clock of each frame.
    await s.send("I don't know.", { trusted: false });
    await s.send('Thanks for waiting.', { frameId: 3, trusted: false });
    await vi.waitFor(async () => expect(await readRoom(s.id)).not.toBeNull());
    // A tick in a conversation without a key (kept in memory only), a panel place waiting for the page, a self-check.
    expect(await roomHandlers['ui:room:tick']({ tabId: s.id, checklistId: 'de-escalation', itemId: 'own-it', ticked: true })).toEqual({ ok: true });
    await dockHandlers['ui:dock']({ tabId: s.id, s: 'left' });
    await writeSelfCheck(s.id, { site: 'demo', noComposer: false, noMessages: true, counts: [] });
  }
  const parts = (t: number) => ({
    trusted: tabPart('trusted').get(t),
    pace: [...(tabPart('pace').get(t)?.keys() ?? [])],
    ticks: [...(tabPart('ticks').get(t)?.keys() ?? [])],
    dock: tabPart('dock').get(t),
  });
  expect(parts(id)).toMatchObject({ trusted: { conversation: '' }, pace: [0, 3], ticks: ['de-escalation'], dock: { s: 'left' } });
  expect(await readTabState(id)).not.toBeNull();
  expect(await readSelfCheck(id)).not.toBeNull();
  expect(await storedKeys()).toEqual(expect.arrayContaining([`tab:${id}`, `room:${id}`, `selfcheck:${id}`]));

  await close(id);

  expect(knownTabs()).not.toContain(id);
  expect(parts(id)).toEqual({ trusted: undefined, pace: [], ticks: [], dock: undefined });
  expect(await readTabState(id)).toBeNull();
  expect(await readRoom(id)).toBeNull();
  expect(await readSelfCheck(id)).toBeNull();
  await vi.waitFor(async () => expect((await storedKeys()).filter((k) => k.endsWith(`:${id}`))).toEqual([]));
  // As the tab behaves now: the rep's next lint there is a first activity again (the trust ledger forgot it).
  expect(deps.conversationSeen).toHaveBeenCalledTimes(1);
  await send("I don't know what happened to your order");
  await vi.waitFor(() => expect(deps.conversationSeen).toHaveBeenCalledTimes(2));
  // The unkeyed tick went with the tab.
  await vi.waitFor(async () => expect(await readRoom(id)).not.toBeNull());
  const room = await roomHandlers['ui:room:get']({ tabId: id });
  expect(room?.checklists.find((c) => c.id === 'de-escalation')?.items.find((i) => i.id === 'own-it')).toMatchObject({ manual: null });

  // The other tab kept all of its own.
  expect(knownTabs()).toContain(other.id);
  expect(parts(other.id)).toMatchObject({ trusted: { conversation: '' }, pace: [0, 3], ticks: ['de-escalation'], dock: { s: 'left' } });
  expect(await readTabState(other.id)).not.toBeNull();
  expect(await readSelfCheck(other.id)).not.toBeNull();
});

test('a lint still running when its tab closes leaves nothing of the tab behind', async () => {
  const { send, id, deps } = setup();
  // The lint waits on the database (its dismissals) while the tab closes.
  let answer: () => void = () => {};
  deps.dismissed.mockImplementationOnce(() => new Promise((resolve) => (answer = () => resolve([]))));
  const running = send("I don't know what happened to your order", { trusted: false, ticket: { key: `demo:x:${id}`, link: 'https://help.example.com/1' } });
  await vi.waitFor(() => expect(deps.dismissed).toHaveBeenCalled());
  expect(knownTabs()).toContain(id);
  await close(id);
  answer();
  expect((await running).count).toBeGreaterThan(0);
  // The pacer counted it (after the answer, in the record the lint took); its bookkeeping would run a macrotask later.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(deps.countShown).not.toHaveBeenCalled();
  expect(knownTabs()).not.toContain(id);
  expect(await readTabState(id)).toBeNull();
  expect((await storedKeys()).filter((k) => k.endsWith(`:${id}`))).toEqual([]);
});
