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

/**
 * How the room's UI talks to the background. One object so component tests can swap it
 * (`setRoomTransport`) without a browser. The room's view itself is not asked for: it comes with
 * the panel's one pushed view (lib/stores/panel.ts → `receive`); an action's effect arrives there.
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

export const messagingTransport: RoomTransport = {
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
    receive(tabId, view) {
      if (tabId == null) {
        set({ ...initial });
        return;
      }
      if (tabId !== get().tabId) set({ ...initial, tabId });
      if (view === null && get().view === null) return;
      apply(tabId, view);
    },
    async tick(checklistId, itemId, ticked) {
      const { tabId, view } = get();
      if (tabId == null) return;
      const label = view?.checklists.find((c) => c.id === checklistId)?.items.find((i) => i.id === itemId)?.label ?? '';
      // Show the tick at once; the next pushed view confirms it.
      const shown = view
        ? {
            ...view,
            checklists: view.checklists.map((c) =>
              c.id !== checklistId ? c : { ...c, items: c.items.map((i) => (i.id === itemId ? { ...i, ticked } : i)) },
            ),
          }
        : view;
      set({ view: shown });
      const res = await transport.tick(tabId, checklistId, itemId, ticked).catch(() => ({ ok: false }));
      if (res.ok) set({ announcement: t(ticked ? 'roomTicked' : 'roomUnticked', label), error: null });
      // Not saved: the tick goes back (unless a newer view came meanwhile).
      else set((s) => ({ ...(s.view === shown ? { view } : {}), error: t('roomSaveFailed') }));
    },
    async openChecklist(checklistId) {
      const { tabId } = get();
      if (tabId == null) return;
      const res = await transport.open(tabId, checklistId).catch(() => ({ ok: false }));
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
        // Shown at once; the next pushed view has it too.
        view: s.view && !s.view.incidents.some((i) => i.id === incident.id) ? { ...s.view, incidents: [incident, ...s.view.incidents] } : s.view,
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
