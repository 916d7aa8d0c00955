/**
 * The one owner of per-tab state in the background (issue 16, point 2). One Map holds everything
 * the background keeps of each tab: what it knows from the tab's last lint (the tab state: hints,
 * tone, ticket; the room derived from it: tone signals, checklist ids, never text), the number of
 * the newest lint and its bookkeeping in flight, the page reader's self-check, the newest view
 * pushed to the tab's panels, and the parts other areas keep per tab (`TabParts`: the trust
 * ledger's last trusted lint, the pacer's clock per frame, the room's ticks of a conversation
 * without a key, a panel place waiting for the page). It pushes the panel's one view of a tab
 * (panel-view.ts builds it: hints, room, callbacks of the ticket) to the tab's panels over their
 * port whenever any part changes, and forgets a closed tab in one place: its record and its
 * storage copies. A page loading anew forgets its self-check (the page says again what it reads).
 *
 * The newest state lives in memory first; storage.session holds the copies that outlive a stopped
 * service worker, written after (no caller waits for them).
 */
import { browser, type Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { PANEL_PORT, PanelSubscribeSchema, SelfCheckSchema, senderIs, TabStateSchema, type Dock, type PanelView, type SelfCheck, type TabState } from '@/lib/messaging';
import type { Keyed } from '@/lib/keyed';
import { RoomTabSchema, type ManualTicks, type RoomTab } from './room-tab';
import type { TrustedLint } from './trust';
import type { LintRest } from './guidance';

const tabKey = (tabId: number): string => `tab:${tabId}`;
const roomKey = (tabId: number): string => `room:${tabId}`;
const selfCheckKey = (tabId: number): string => `selfcheck:${tabId}`;

/** What other areas keep per tab, in the tab's record: forgotten with it when the tab closes. */
export interface TabParts {
  /** trust.ts: the conversation and hint ids of the rep's last trusted lint. */
  trusted?: TrustedLint;
  /** lint.ts: when each frame's next page-caused lint may start (the pacer), by frame id. */
  pace?: Map<number, number>;
  /** room.ts: the rep's ticks in a conversation without a key (no database row), by checklist id. */
  ticks?: Map<string, ManualTicks>;
  /** dock.ts: a change of the framed panel's place, waiting for the page's content script. */
  dock?: Dock;
  /** lint.ts: each frame's last lint when it was cut for time (guidance.ts LintRest), by frame id. */
  rest?: Map<number, LintRest>;
}

interface TabEntry extends TabParts {
  state?: TabState;
  room?: RoomTab;
  /** The newest lint of the tab's top frame (an older lint never overwrites a newer one). */
  lint?: number;
  /** That lint's bookkeeping, while it runs: reads of the tab wait for it. */
  bookkeeping?: Promise<void>;
  /** What the page's reader could not find (recipes.ts), null when all was read; the page says it again after each load. */
  selfCheck?: SelfCheck | null;
  /** The number of the newest view being built for the tab's panels: an older build finishing late is not sent. */
  view?: number;
}

/** Everything the background keeps per tab, by tab id. */
const tabs = new Map<number, TabEntry>();
const entry = (tabId: number): TabEntry => {
  let e = tabs.get(tabId);
  if (!e) tabs.set(tabId, (e = {}));
  return e;
};

/**
 * One part of the tabs' records, for the area that keeps it (`createTrustLedger(tabPart('trusted'))`):
 * read and dropped by tab id, written into the tab's record (made on first use).
 */
export function tabPart<K extends keyof TabParts>(part: K): Keyed<number, NonNullable<TabParts[K]>> {
  return {
    get: (tabId) => (tabs.get(tabId) as TabParts | undefined)?.[part] ?? undefined,
    set: (tabId, value) => void (entry(tabId)[part] = value),
    delete: (tabId) => void delete tabs.get(tabId)?.[part],
  };
}

/**
 * The parts of a tab's record, taken when work for the tab begins and written to as it goes (the
 * pacer's clock after a lint): a tab closed meanwhile takes them with it, and a late write is not
 * left behind in a record of a closed tab.
 */
export const tabParts = (tabId: number): TabParts => entry(tabId);

/** The ids of the tabs the background keeps anything of (tests: a closed tab is not among them). */
export const knownTabs = (): number[] => [...tabs.keys()];

/** The open panels and the tab each shows (by port: a panel's lifetime, not its tab's; a port
 * goes when its panel does). */
const panels = new Map<Browser.runtime.Port, number | null>();

type ViewBuilder = (tabId: number) => Promise<PanelView>;
let buildView: ViewBuilder = async (tabId) => ({ type: 'state', tabId, tab: (await readTabState(tabId)) ?? null });

async function readStored<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  const raw = (await browser.storage.session.get(key).catch(() => ({}) as Record<string, unknown>))[key];
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The tab's state: memory first, else the copy in storage.session (parsed: a boundary). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  await tabs.get(tabId)?.bookkeeping;
  const known = tabs.get(tabId)?.state;
  if (known) return known;
  const stored = await readStored(tabKey(tabId), TabStateSchema);
  // Something newer may have arrived while storage was being read.
  return tabs.get(tabId)?.state ?? stored;
}

/** The tab's room (what the last lint derived): memory first, else storage.session. */
export async function readRoom(tabId: number): Promise<RoomTab | null> {
  await tabs.get(tabId)?.bookkeeping;
  const known = tabs.get(tabId)?.room;
  if (known) return known;
  const stored = await readStored(roomKey(tabId), RoomTabSchema);
  const newer = tabs.get(tabId)?.room;
  if (newer) return newer;
  if (stored) entry(tabId).room = stored;
  return stored;
}

/** The page reader's self-check of the tab (null: nothing missing, or not said yet). */
export async function readSelfCheck(tabId: number): Promise<SelfCheck | null> {
  const known = tabs.get(tabId)?.selfCheck;
  if (known !== undefined) return known;
  const stored = await readStored(selfCheckKey(tabId), SelfCheckSchema);
  return tabs.get(tabId)?.selfCheck ?? stored;
}

/** Records what the page's reader found missing (null: nothing); the tab's panels get the view. */
export function writeSelfCheck(tabId: number, check: SelfCheck | null): Promise<void> {
  // (No entry is made for a tab Heard knows nothing about: any tab that loads clears its check.)
  const e = check || tabs.has(tabId) ? entry(tabId) : null;
  if (e) {
    const changed = JSON.stringify(e.selfCheck ?? null) !== JSON.stringify(check);
    e.selfCheck = check;
    if (changed) tabChanged(tabId);
  }
  const key = selfCheckKey(tabId);
  return (check ? browser.storage.session.set({ [key]: check }) : browser.storage.session.remove(key)).catch(() => {});
}

/** Numbers a lint of the tab's top frame: the newest one (`isNewestLint`) is the one recorded. */
export function startLint(tabId: number): number {
  const e = entry(tabId);
  e.lint = (e.lint ?? 0) + 1;
  return e.lint;
}
export const isNewestLint = (tabId: number, seq: number): boolean => tabs.get(tabId)?.lint === seq;

/**
 * Runs a lint's bookkeeping after its answer has gone: a macrotask later, so the content script's
 * reply never waits for it. Reads of the tab (the card, the panel's view) wait for it meanwhile.
 */
export function afterAnswer(tabId: number, work: () => void | Promise<void>): Promise<void> {
  // (The lint numbered itself in the tab's record: none now means the tab closed since.)
  const e = tabs.get(tabId);
  if (!e) return Promise.resolve();
  const before = e.bookkeeping;
  const done = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => before)
    .then(work)
    .catch(() => {
      // A side effect: a failure there must never break linting.
    })
    .finally(() => {
      if (e.bookkeeping === done) delete e.bookkeeping;
    });
  e.bookkeeping = done;
  return done;
}

/** Records a lint of the tab: its state and, when given, its room; pushes the view. The storage
 * copies follow (returned for callers that must know they are written, such as tests). */
export function writeTabState(tabId: number, state: TabState, room?: RoomTab): Promise<void> {
  const e = entry(tabId);
  e.state = state;
  if (room) e.room = room;
  tabChanged(tabId);
  return browser.storage.session.set({ [tabKey(tabId)]: state, ...(room ? { [roomKey(tabId)]: room } : {}) }).catch(() => {});
}

/** Changes the tab's stored state (no-op when it has none); resolves with the state before. */
export async function updateTabState(tabId: number, change: (s: TabState) => TabState): Promise<TabState | null> {
  const stored = await readTabState(tabId);
  if (stored) void writeTabState(tabId, change(stored));
  return stored;
}

/** Something the panel of `tabId` shows changed (a lint, a tick, an incident): its panels get the new view. */
export function tabChanged(tabId: number): void {
  for (const id of panels.values()) {
    if (id === tabId) {
      void pushView(tabId);
      return;
    }
  }
}

/** Something every panel may show changed (callbacks, notes): each open panel gets its new view. */
export function allTabsChanged(): void {
  for (const id of new Set(panels.values())) if (id != null) void pushView(id);
}

async function pushView(tabId: number): Promise<void> {
  const e = entry(tabId);
  const seq = (e.view ?? 0) + 1;
  e.view = seq;
  const view = await buildView(tabId).catch(() => null);
  // Not sent: an older build finishing late, or the view of a tab closed meanwhile.
  if (!view || tabs.get(tabId) !== e || e.view !== seq) return;
  for (const [port, id] of panels) if (id === tabId) post(port, view);
}

function post(port: Browser.runtime.Port, view: PanelView): void {
  try {
    port.postMessage(view);
  } catch {
    // The panel went away meanwhile.
  }
}

/** Forgets a closed tab: its record (everything any area keeps of it) and its storage copies. */
function forgetTab(tabId: number): void {
  tabs.delete(tabId);
  // A side panel that showed it shows no tab until it names another (its own port, its own lifetime).
  for (const [port, id] of panels) if (id === tabId) panels.set(port, null);
  void browser.storage.session.remove([tabKey(tabId), roomKey(tabId), selfCheckKey(tabId)]).catch(() => {});
}

/** The panels' port and the clean-up of closed tabs. Once, at the background's start;
 * `view` builds the panel's view of a tab (panel-view.ts). */
export function registerTabs(view?: ViewBuilder): void {
  if (view) buildView = view;
  // Panels subscribe over a port; the tab's view is pushed as it changes.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || !port.sender || !(senderIs('extension-page', port.sender) || senderIs('panel', port.sender))) {
      port.disconnect();
      return;
    }
    const framedIn = port.sender.tab?.id ?? null;
    port.onMessage.addListener(async (raw: unknown) => {
      const msg = PanelSubscribeSchema.safeParse(raw);
      if (!msg.success) return;
      // A framed panel belongs to the tab framing it; only the side panel may name a tab.
      const tabId = framedIn ?? msg.data.tabId ?? null;
      panels.set(port, tabId);
      if (tabId == null) post(port, { type: 'state', tabId: null, tab: null });
      else await pushView(tabId);
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  // A page that loads anew says again what it reads: a stale self-check never outlives its page.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void writeSelfCheck(tabId, null);
  });
}
