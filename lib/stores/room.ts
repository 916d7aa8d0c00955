import { create } from 'zustand';
import {
  readRoomSettings,
  sendMessage,
  writeRoomSettings,
  type IncidentCategoryMsg,
  type LogIncidentResult,
  type RoomSettings,
  type RoomView,
} from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { transport } from './transport';

/**
 * How the room's UI talks to the background, on the stores' one swappable transport
 * (lib/stores/transport.ts: component tests call `roomTransport.set(fake)`, and `set()` to put the
 * messaging calls back). The room's view itself is not asked for: it comes with the panel's one
 * pushed view (lib/stores/panel.ts → `receive`); an action's effect arrives there.
 */
export interface RoomTransport {
  tick(tabId: number, checklistId: string, itemId: string, ticked: boolean): Promise<{ ok: boolean }>;
  open(tabId: number, checklistId: string): Promise<{ ok: boolean }>;
  logIncident(tabId: number, category: IncidentCategoryMsg, note: string): Promise<LogIncidentResult>;
  insert(tabId: number, text: string): Promise<{ ok: boolean }>;
  listIncidents(): Promise<unknown>;
  deleteIncident(id: string): Promise<{ ok: boolean }>;
  readSettings(): Promise<RoomSettings>;
  writeSettings(s: RoomSettings): Promise<void>;
}

/** The room's transport (the options page's incident log, lib/stores/incidents.ts, shares it). */
export const roomTransport = transport<RoomTransport>({
  tick: (tabId, checklistId, itemId, ticked) => sendMessage('ui:room:tick', { tabId, checklistId, itemId, ticked }),
  open: (tabId, checklistId) => sendMessage('ui:room:open', { tabId, checklistId }),
  logIncident: (tabId, category, note) => sendMessage('ui:room:incident', { tabId, category, note }),
  insert: (tabId, text) => sendMessage('ui:insert', { tabId, text }),
  listIncidents: () => sendMessage('ui:incidents:list', {}),
  deleteIncident: (id) => sendMessage('ui:incidents:delete', { id }),
  readSettings: readRoomSettings,
  writeSettings: writeRoomSettings,
});

export const timeFormat = (at: number): string => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

interface RoomStore {
  tabId: number | null;
  /** The conversation the UI-only state below belongs to; it resets when the ticket changes. */
  conversation: string | null;
  view: RoomView | null;
  /** Checklists the rep collapsed (UI only). */
  collapsed: Record<string, boolean>;
  /** The rep opened the boundary card by hand. */
  boundaryOpen: boolean;
  /** The incident just logged here (drives the confirmation and the break card). */
  logged: { at: number; category: IncidentCategoryMsg } | null;
  breakDismissed: boolean;
  /** Text for the room's polite live region. */
  announcement: string;
  error: string | null;
  busy: boolean;
  /** The room part of the panel's pushed view (parsed there); a new tab or conversation starts clean. */
  receive(tabId: number | null, view: RoomView | null): void;
  tick(checklistId: string, itemId: string, ticked: boolean): Promise<void>;
  openChecklist(checklistId: string): Promise<void>;
  toggleCollapsed(checklistId: string): void;
  setBoundaryOpen(open: boolean): void;
  logIncident(category: IncidentCategoryMsg, note: string): Promise<boolean>;
  insertWarning(text: string): Promise<void>;
  dismissBreak(): void;
  reset(): void;
}

const initial = {
  tabId: null,
  conversation: null,
  view: null,
  collapsed: {},
  boundaryOpen: false,
  logged: null,
  breakDismissed: false,
  announcement: '',
  error: null,
  busy: false,
};

/** A tick sent to the background; `answered` once its save was confirmed. */
interface SentTick {
  checklistId: string;
  itemId: string;
  ticked: boolean;
  answered: boolean;
}

/** The view with the rep's sent ticks laid over it. */
function withTicks(view: RoomView | null, ticks: readonly SentTick[]): RoomView | null {
  if (!view || ticks.length === 0) return view;
  return {
    ...view,
    checklists: view.checklists.map((c) => {
      const mine = ticks.filter((s) => s.checklistId === c.id);
      if (mine.length === 0) return c;
      return { ...c, items: c.items.map((i) => ((s) => (s ? { ...i, ticked: s.ticked } : i))(mine.find((s) => s.itemId === i.id))) };
    }),
  };
}

export const useRoom = create<RoomStore>((set, get) => {
  /**
   * The background's newest view, and the ticks sent on top of it. The panel shows `view` =
   * `base` with the ticks laid over. A view the background pushes while a tick is on its way was
   * built before the tick was saved: a lint's bookkeeping pushes the tab's view, whose room part
   * reads the conversation's ticks from the database, and that read can come before the tick's
   * save while the push reaches the panel after the rep clicked. Shown as it is, the item would
   * flick back for one view until the tick's own push. So a sent tick stays laid over every view
   * until its answer, and over the first view after it (the background pushed that one after the
   * save: older builds finishing late are not sent, background/tabs.ts), then it is dropped.
   */
  let base: RoomView | null = null;
  let ticks: SentTick[] = [];
  const show = (next: RoomView | null, extra: Partial<RoomStore> = {}): void => {
    base = next;
    set({ ...extra, view: withTicks(next, ticks) });
  };
  const clean = (extra: Partial<RoomStore> = {}): void => {
    base = null;
    ticks = [];
    set({ ...initial, ...extra });
  };
  /** Applies a fresh view; a new conversation starts with a clean slate. */
  const apply = (tabId: number, view: RoomView | null): void => {
    const key = view?.ticket?.key ?? null;
    if (key !== get().conversation || tabId !== get().tabId) clean({ tabId, conversation: key });
    show(view);
    // The first view after a tick's answer was built after its save: the tick is in it.
    ticks = ticks.filter((s) => !s.answered);
  };
  return {
    ...initial,
    receive(tabId, view) {
      if (tabId == null) {
        clean();
        return;
      }
      if (tabId !== get().tabId) clean({ tabId });
      if (view === null && get().view === null) return;
      apply(tabId, view);
    },
    async tick(checklistId, itemId, ticked) {
      const { tabId, view } = get();
      if (tabId == null) return;
      const label = view?.checklists.find((c) => c.id === checklistId)?.items.find((i) => i.id === itemId)?.label ?? '';
      // Show the tick at once (a newer tick of the item replaces an older one); the pushed views confirm it.
      const sent: SentTick = { checklistId, itemId, ticked, answered: false };
      ticks = [...ticks.filter((s) => s.checklistId !== checklistId || s.itemId !== itemId), sent];
      show(base);
      const res = await roomTransport().tick(tabId, checklistId, itemId, ticked).catch(() => ({ ok: false }));
      if (res.ok) {
        sent.answered = true;
        set({ announcement: t(ticked ? 'roomTicked' : 'roomUnticked', label), error: null });
        return;
      }
      // Not saved: the tick goes, and the item shows what the background last said.
      const still = ticks.includes(sent);
      ticks = ticks.filter((s) => s !== sent);
      if (still) show(base);
      set({ error: t('roomSaveFailed') });
    },
    async openChecklist(checklistId) {
      const { tabId } = get();
      if (tabId == null) return;
      const res = await roomTransport().open(tabId, checklistId).catch(() => ({ ok: false }));
      if (res.ok) set((s) => ({ collapsed: { ...s.collapsed, [checklistId]: false }, error: null }));
      else set({ error: t('roomSaveFailed') });
    },
    toggleCollapsed(checklistId) {
      set((s) => ({ collapsed: { ...s.collapsed, [checklistId]: !s.collapsed[checklistId] } }));
    },
    setBoundaryOpen(open) {
      set({ boundaryOpen: open });
    },
    async logIncident(category, note) {
      const { tabId } = get();
      if (tabId == null || get().busy) return false;
      set({ busy: true });
      const res = await roomTransport().logIncident(tabId, category, note).catch((): LogIncidentResult => ({ ok: false, reason: 'failed' }));
      if (!res.ok) {
        const key =
          res.reason === 'no-conversation'
            ? 'roomIncidentNoConversation'
            : res.reason === 'storage-full'
              ? 'storageFull'
              : res.reason === 'db-blocked'
                ? 'storageBlocked'
                : 'roomIncidentFailed';
        set({ busy: false, error: t(key) });
        return false;
      }
      const { incident } = res;
      // Shown at once; the next pushed view has it too.
      show(base && !base.incidents.some((i) => i.id === incident.id) ? { ...base, incidents: [incident, ...base.incidents] } : base, {
        busy: false,
        error: null,
        logged: { at: incident.at, category: incident.category },
        breakDismissed: false,
        announcement: t('roomIncidentLogged', timeFormat(incident.at)),
      });
      return true;
    },
    async insertWarning(text) {
      const { tabId } = get();
      if (tabId == null) return;
      const res = await roomTransport().insert(tabId, text).catch(() => ({ ok: false }));
      set({ announcement: res.ok ? t('inserted') : t('insertFailed') });
    },
    dismissBreak() {
      set({ breakDismissed: true });
    },
    reset() {
      clean();
    },
  };
});
