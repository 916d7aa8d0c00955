import { create } from 'zustand';
import {
  readRoomSettings,
  RoomViewSchema,
  sendMessage,
  writeRoomSettings,
  type IncidentCategoryMsg,
  type LogIncidentResult,
  type RoomSettings,
  type RoomView,
} from '@/lib/messaging';
import { t } from '@/lib/i18n';

/**
 * How the room's UI talks to the background. One object so component tests can swap it
 * (`setRoomTransport`) without a browser; replies are parsed here, at the boundary.
 */
export interface RoomTransport {
  get(tabId: number): Promise<unknown>;
  tick(tabId: number, checklistId: string, itemId: string, ticked: boolean): Promise<unknown>;
  open(tabId: number, checklistId: string): Promise<unknown>;
  logIncident(tabId: number, category: IncidentCategoryMsg, note: string): Promise<LogIncidentResult>;
  insert(tabId: number, text: string): Promise<{ ok: boolean }>;
  listIncidents(): Promise<unknown>;
  deleteIncident(id: string): Promise<{ ok: boolean }>;
  readSettings(): Promise<RoomSettings>;
  writeSettings(s: RoomSettings): Promise<void>;
}

export const messagingTransport: RoomTransport = {
  get: (tabId) => sendMessage('ui:room:get', { tabId }),
  tick: (tabId, checklistId, itemId, ticked) => sendMessage('ui:room:tick', { tabId, checklistId, itemId, ticked }),
  open: (tabId, checklistId) => sendMessage('ui:room:open', { tabId, checklistId }),
  logIncident: (tabId, category, note) => sendMessage('ui:room:incident', { tabId, category, note }),
  insert: (tabId, text) => sendMessage('ui:insert', { tabId, text }),
  listIncidents: () => sendMessage('ui:incidents:list', {}),
  deleteIncident: (id) => sendMessage('ui:incidents:delete', { id }),
  readSettings: readRoomSettings,
  writeSettings: writeRoomSettings,
};

let transport: RoomTransport = messagingTransport;
export function setRoomTransport(next: RoomTransport): void {
  transport = next;
}
/** The transport in use (the options page's incident log, lib/stores/incidents.ts, shares it). */
export const roomTransport = (): RoomTransport => transport;

function parseView(raw: unknown): RoomView | null {
  const parsed = RoomViewSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

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
  refresh(tabId: number | null): Promise<void>;
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

let requestSeq = 0;

export const useRoom = create<RoomStore>((set, get) => {
  /** Applies a fresh view; a new conversation starts with a clean slate. */
  const apply = (tabId: number, view: RoomView | null): void => {
    const key = view?.ticket?.key ?? null;
    if (key !== get().conversation || tabId !== get().tabId) {
      set({ ...initial, tabId, conversation: key, view });
    } else {
      set({ view });
    }
  };
  return {
    ...initial,
    async refresh(tabId) {
      if (tabId == null) {
        set({ ...initial });
        return;
      }
      const seq = ++requestSeq;
      if (tabId !== get().tabId) set({ ...initial, tabId });
      const raw = await transport.get(tabId).catch(() => null);
      // A newer request answered first: keep its view.
      if (seq !== requestSeq) return;
      const view = parseView(raw);
      if (view === null && get().view === null) return;
      apply(tabId, view);
    },
    async tick(checklistId, itemId, ticked) {
      const { tabId, view } = get();
      if (tabId == null) return;
      const label = view?.checklists.find((c) => c.id === checklistId)?.items.find((i) => i.id === itemId)?.label ?? '';
      // Show the tick at once; the background's answer confirms it.
      if (view) {
        set({
          view: {
            ...view,
            checklists: view.checklists.map((c) =>
              c.id !== checklistId ? c : { ...c, items: c.items.map((i) => (i.id === itemId ? { ...i, ticked } : i)) },
            ),
          },
        });
      }
      ++requestSeq;
      const next = parseView(await transport.tick(tabId, checklistId, itemId, ticked).catch(() => null));
      if (next) set({ view: next, announcement: t(ticked ? 'roomTicked' : 'roomUnticked', label), error: null });
      else set({ view, error: t('roomSaveFailed') });
    },
    async openChecklist(checklistId) {
      const { tabId } = get();
      if (tabId == null) return;
      ++requestSeq;
      const next = parseView(await transport.open(tabId, checklistId).catch(() => null));
      if (next) set((s) => ({ view: next, collapsed: { ...s.collapsed, [checklistId]: false }, error: null }));
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
      const res = await transport.logIncident(tabId, category, note).catch((): LogIncidentResult => ({ ok: false, reason: 'failed' }));
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
      set((s) => ({
        busy: false,
        error: null,
        logged: { at: incident.at, category: incident.category },
        breakDismissed: false,
        announcement: t('roomIncidentLogged', timeFormat(incident.at)),
        view: s.view ? { ...s.view, incidents: [incident, ...s.view.incidents] } : s.view,
      }));
      return true;
    },
    async insertWarning(text) {
      const { tabId } = get();
      if (tabId == null) return;
      const res = await transport.insert(tabId, text).catch(() => ({ ok: false }));
      set({ announcement: res.ok ? t('inserted') : t('insertFailed') });
    },
    dismissBreak() {
      set({ breakDismissed: true });
    },
    reset() {
      set({ ...initial });
    },
  };
});
