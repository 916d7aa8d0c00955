import { create } from 'zustand';
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, PanelPushSchema, sendMessage, type HintMsg, type TabState } from '@/lib/messaging';
import { t } from '@/lib/i18n';

export type PanelStatus = 'loading' | 'ready' | 'no-tab';

interface PanelStore {
  tabId: number | null;
  tab: TabState | null;
  status: PanelStatus;
  /** Text for the polite live region: what just happened. */
  announcement: string;
  /** Subscribes to a tab's state: the framing tab (no argument) or a named one (side panel). */
  connect(tabId?: number | null): void;
  /** Applies a pushed state (from the port; tests call it directly). */
  receive(raw: unknown): void;
  insert(hint: HintMsg, text: string): Promise<void>;
  dismiss(hint: HintMsg, reason: 'dismissed' | 'not-helpful'): Promise<void>;
  close(): Promise<void>;
}

let port: Browser.runtime.Port | null = null;

export const usePanel = create<PanelStore>((set, get) => ({
  tabId: null,
  tab: null,
  status: 'loading',
  announcement: '',
  connect(tabId) {
    port?.disconnect();
    if (tabId === null) {
      set({ tabId: null, tab: null, status: 'no-tab' });
      return;
    }
    port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((msg: unknown) => get().receive(msg));
    port.postMessage({ type: 'subscribe', ...(tabId === undefined ? {} : { tabId }) });
  },
  receive(raw) {
    const parsed = PanelPushSchema.safeParse(raw);
    if (!parsed.success) return;
    const { tabId, tab } = parsed.data;
    set({ tabId, tab, status: tabId == null ? 'no-tab' : 'ready' });
  },
  async insert(hint, text) {
    const { tabId } = get();
    if (tabId == null) return;
    const res = await sendMessage('ui:insert', { tabId, text, ruleId: hint.ruleId }).catch(() => ({ ok: false }));
    set({ announcement: res.ok ? t('inserted') : t('insertFailed') });
  },
  async dismiss(hint, reason) {
    const { tabId } = get();
    if (tabId == null) return;
    await sendMessage('ui:dismiss', { tabId, hintId: hint.id, reason }).catch(() => {});
  },
  async close() {
    const { tabId } = get();
    if (tabId != null) await sendMessage('ui:closePanel', { tabId }).catch(() => {});
  },
}));
