import { create } from 'zustand';
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, PanelViewSchema, sendMessage, type HintMsg, type SelfCheck, type TabState } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { useRoom } from './room';
import { useCallbacks } from './callbacks';
import { transport } from './transport';

export type PanelStatus = 'loading' | 'ready' | 'no-tab';

/**
 * The panel's tab. The background pushes one view of it over the panel's port whenever any part
 * changes (lib/messaging/panel-view.ts): the tab state is kept here, the room goes to the room
 * store and the ticket's callbacks to the callbacks store. Actions are messages; their effect
 * arrives as the next view.
 */
interface PanelStore {
  tabId: number | null;
  tab: TabState | null;
  /** What the page's reader could not find (null: it read everything). */
  selfCheck: SelfCheck | null;
  status: PanelStatus;
  /** Text for the polite live region: what just happened. */
  announcement: string;
  /** Subscribes to a tab's view: the framing tab (no argument) or a named one (side panel). */
  connect(tabId?: number | null): void;
  /** Applies a pushed view (from the port; tests call it directly). */
  receive(raw: unknown): void;
  insert(hint: HintMsg, text: string): Promise<void>;
  dismiss(hint: HintMsg, reason: 'dismissed' | 'not-helpful'): Promise<void>;
  close(): Promise<void>;
}

/** How the panel reaches the background: its port (the pushed views) and its actions, on the
 * stores' one swappable transport (lib/stores/transport.ts). */
export const panelTransport = transport({
  connect: (): Browser.runtime.Port => browser.runtime.connect({ name: PANEL_PORT }),
  insert: (tabId: number, text: string, ruleId: string) => sendMessage('ui:insert', { tabId, text, ruleId }),
  dismiss: (tabId: number, hintId: string, reason: 'dismissed' | 'not-helpful') => sendMessage('ui:dismiss', { tabId, hintId, reason }),
  close: (tabId: number) => sendMessage('ui:closePanel', { tabId }),
});

let port: Browser.runtime.Port | null = null;

export const usePanel = create<PanelStore>((set, get) => ({
  tabId: null,
  tab: null,
  selfCheck: null,
  status: 'loading',
  announcement: '',
  connect(tabId) {
    port?.disconnect();
    if (tabId === null) {
      get().receive({ type: 'state', tabId: null, tab: null });
      return;
    }
    port = panelTransport().connect();
    port.onMessage.addListener((msg: unknown) => get().receive(msg));
    port.postMessage({ type: 'subscribe', ...(tabId === undefined ? {} : { tabId }) });
  },
  receive(raw) {
    const parsed = PanelViewSchema.safeParse(raw);
    if (!parsed.success) return;
    const { tabId, tab, room = null, callbacks = null, earlier = null, selfCheck = null } = parsed.data;
    set({ tabId, tab, selfCheck, status: tabId == null ? 'no-tab' : 'ready' });
    useRoom.getState().receive(tab ? tabId : null, room);
    useCallbacks.getState().receiveConversation(callbacks, earlier);
  },
  async insert(hint, text) {
    const { tabId } = get();
    if (tabId == null) return;
    const res = await panelTransport().insert(tabId, text, hint.ruleId).catch(() => ({ ok: false }));
    set({ announcement: res.ok ? t('inserted') : t('insertFailed') });
  },
  async dismiss(hint, reason) {
    const { tabId } = get();
    if (tabId == null) return;
    await panelTransport().dismiss(tabId, hint.id, reason).catch(() => {});
  },
  async close() {
    const { tabId } = get();
    if (tabId != null) await panelTransport().close(tabId).catch(() => {});
  },
}));
