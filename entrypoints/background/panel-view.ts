/**
 * The one place that builds the panel's view of a tab (lib/messaging/panel-view.ts): the tab's
 * state (hints, tone, ticket: tabs.ts), its room (room.ts), the ticket's open callbacks and note
 * (the database), and the page reader's self-check (tabs.ts). tabs.ts pushes it to the tab's panels whenever a part changes.
 */
import type { HeardDB } from '@/lib/db';
import { getNote } from '@/lib/db/notes';
import { listOpenForConversation } from '@/lib/db/callbacks';
import { callbackRow } from '@/lib/db/rows';
import type { ConversationView, PanelView, RoomView, SelfCheck, TabState } from '@/lib/messaging';
import { allTabsChanged } from './tabs';

/** A conversation's open callbacks and note (the panel's view, and `ui:callbacks:conversation`). */
export async function readConversation(db: HeardDB, key: string): Promise<ConversationView> {
  const [callbacks, note] = await Promise.all([listOpenForConversation(db, key), getNote(db, key)]);
  return { key, callbacks, note: note?.text ?? '' };
}

/** At most this many open callbacks of one ticket in the view (its schema's bound). */
const CALLBACKS_SHOWN = 1000;

export interface PanelViewDeps {
  db: () => HeardDB;
  tab: (tabId: number) => Promise<TabState | null>;
  room: (tabId: number) => Promise<RoomView | null>;
  /** The page reader's self-check (tabs.ts); none when left out. */
  selfCheck?: (tabId: number) => Promise<SelfCheck | null>;
}

/**
 * The view builder, and `callbacksChanged` to call when callbacks or notes may have changed. A
 * conversation's callbacks are read again only then or for another ticket, not on every lint.
 */
export function panelViews(deps: PanelViewDeps) {
  let generation = 0;
  const cache = new Map<string, { generation: number; view: Promise<ConversationView | null> }>();
  const conversation = (key: string | undefined): Promise<ConversationView | null> => {
    if (!key) return Promise.resolve(null);
    const hit = cache.get(key);
    if (hit && hit.generation === generation) return hit.view;
    // A row that does not parse (a tampered profile) is left out, so the rest of the view still does.
    const view = readConversation(deps.db(), key).then(
      (c) => ({ ...c, callbacks: c.callbacks.filter((row) => callbackRow.safeParse(row).success).slice(0, CALLBACKS_SHOWN) }),
      () => null,
    );
    cache.set(key, { generation, view });
    return view;
  };
  return {
    async build(tabId: number): Promise<PanelView> {
      const [tab, room, selfCheck] = await Promise.all([deps.tab(tabId), deps.room(tabId).catch(() => null), deps.selfCheck?.(tabId).catch(() => null) ?? null]);
      const [callbacks, earlier] = await Promise.all([conversation(tab?.ticket?.key), conversation(tab?.ticket?.earlierKey)]);
      if (cache.size > 64) cache.clear();
      return { type: 'state', tabId, tab, room, callbacks, earlier, selfCheck };
    },
    callbacksChanged(): void {
      generation++;
    },
  };
}

let views: ReturnType<typeof panelViews> | null = null;

/** The background's view builder (index.ts hands it to registerTabs). */
export function registerPanelViews(deps: PanelViewDeps): (tabId: number) => Promise<PanelView> {
  views = panelViews(deps);
  return views.build;
}

/** Callbacks or notes changed: every open panel gets its view again, with them read anew. */
export function callbacksChanged(): void {
  views?.callbacksChanged();
  allTabsChanged();
}
