import { create } from 'zustand';
import type { CallbackRow } from '@/lib/db/rows';
import {
  defaultReminderSettings,
  sendMessage,
  type CallbackGroupsMsg,
  type ConversationView,
  type HintMsg,
  type MutationResult,
  type NewCallbackMsg,
  type ReminderSettingsValue,
  type StorageFaultMsg,
} from '@/lib/messaging';
import { onChange } from './changes';
import { transport } from './transport';
import { t, type MessageKey } from '@/lib/i18n';

type Patch = { link?: string; customerName?: string; customerContact?: string; promise?: string; channel?: CallbackRow['channel']; dueAt?: number; outcome?: string };

/**
 * Callbacks as the panel and popup see them. The background owns the data. The panel's ticket
 * (its callbacks and note) comes with the panel's pushed view (lib/stores/panel.ts →
 * `receiveConversation`); the popup's lists are asked for (`ui:callbacks:*`) and asked again when
 * the background says something changed (push:changed, `onChange`).
 */
interface CallbacksStore {
  /** A hint's "Log this promise": open the form pre-filled from the promise in the draft. */
  draftPromise: { hint: HintMsg } | null;
  startFromHint(hint: HintMsg): void;
  clearDraft(): void;

  settings: ReminderSettingsValue;
  settingsLoaded: boolean;
  loadSettings(): Promise<ReminderSettingsValue>;

  /** The panel's conversation: its open callbacks and its note. */
  conversation: ConversationView | null;
  /** An enabled site's rows kept under the key used before tickets were told apart by address (read only). */
  earlier: ConversationView | null;
  /** The callbacks part of the panel's pushed view (parsed there). */
  receiveConversation(conversation: ConversationView | null, earlier: ConversationView | null): void;
  saveNote(key: string, text: string): Promise<boolean>;

  /** The popup's lists. */
  groups: CallbackGroupsMsg | null;
  loadGroups(): Promise<void>;
  query: string;
  results: { query: string; rows: CallbackRow[]; more: boolean } | null;
  search(query: string): Promise<void>;

  /** Text for the polite live region: what just happened. */
  announcement: string;
  /** Why the last save failed, in the rep's words ('' after a save that worked). */
  failure: string;
  announce(text: string): void;

  add(input: NewCallbackMsg): Promise<MutationResult>;
  update(id: string, patch: Patch): Promise<MutationResult>;
  snooze(id: string, until: number): Promise<MutationResult>;
  close(id: string, status: 'done' | 'missed' | 'cancelled', outcome?: string): Promise<MutationResult>;
  reopen(id: string): Promise<MutationResult>;
  open(id: string): Promise<boolean>;
  /** Reloads whatever is shown (after a change here or elsewhere). */
  refresh(): Promise<void>;
  /** Listens for changes made elsewhere (popup, notification buttons, another panel). */
  listen(): () => void;
}

/** How the callbacks' UI reaches the background: the stores' one swappable transport (lib/stores/transport.ts). */
export const callbacksTransport = transport({
  settings: () => sendMessage('ui:callbacks:settings', {}),
  note: (conversationKey: string, text: string) => sendMessage('ui:callbacks:note', { conversationKey, text }),
  list: (limit: number) => sendMessage('ui:callbacks:list', { limit }),
  counts: () => sendMessage('ui:callbacks:counts', {}),
  search: (query: string) => sendMessage('ui:callbacks:search', { query }),
  add: (input: NewCallbackMsg & { requestId: string }) => sendMessage('ui:callbacks:add', input),
  update: (id: string, patch: Patch) => sendMessage('ui:callbacks:update', { id, patch }),
  snooze: (id: string, until: number) => sendMessage('ui:callbacks:snooze', { id, until }),
  close: (id: string, status: 'done' | 'missed' | 'cancelled', outcome?: string) =>
    sendMessage('ui:callbacks:close', outcome === undefined ? { id, status } : { id, status, outcome }),
  reopen: (id: string) => sendMessage('ui:callbacks:reopen', { id }),
  open: (id: string) => sendMessage('ui:callbacks:open', { id }),
});

/** Rows per group in the popup's first list (the rest is a search away). */
export const POPUP_GROUP_LIMIT = 20;

// No answer from the background (it stopped mid-way): the save may have happened. Say so, never "nothing was changed".
/** The last add whose answer never came: its input and the id it was sent with. */
let pendingAdd: { input: string; id: string } | null = null;

const failed = (e: unknown): MutationResult => ({ ok: false, error: e instanceof Error ? e.message : String(e), reason: 'unconfirmed' });

/** What to tell the rep when a save failed: a full disk and a blocked database are said plainly. */
export function failureText(reason: StorageFaultMsg | 'unconfirmed' | undefined, fallback: MessageKey = 'cbSaveFailed'): string {
  return t(reason === 'storage-full' ? 'storageFull' : reason === 'db-blocked' ? 'storageBlocked' : reason === 'unconfirmed' ? 'cbSaveUnconfirmed' : fallback);
}

export const useCallbacks = create<CallbacksStore>((set, get) => {
  const afterMutation = async (res: MutationResult, ok: string): Promise<MutationResult> => {
    const failure = res.ok ? '' : failureText(res.reason);
    set({ announcement: res.ok ? ok : failure, failure });
    // Unconfirmed: the list is read again, so a save that did happen shows up.
    if (res.ok || res.reason === 'unconfirmed') await get().refresh();
    return res;
  };
  return {
    draftPromise: null,
    startFromHint(hint) {
      set({ draftPromise: { hint } });
    },
    clearDraft() {
      set({ draftPromise: null });
    },

    settings: defaultReminderSettings(),
    settingsLoaded: false,
    async loadSettings() {
      const s = await callbacksTransport().settings().catch(() => null);
      if (s) set({ settings: s, settingsLoaded: true });
      return s ?? get().settings;
    },

    conversation: null,
    earlier: null,
    receiveConversation(conversation, earlier) {
      set({ conversation, earlier });
    },
    async saveNote(key, text) {
      const res: { ok: boolean; reason?: StorageFaultMsg } = await callbacksTransport().note(key, text).catch(() => ({ ok: false }));
      set({ failure: res.ok ? '' : failureText(res.reason, 'cbNoteFailed') });
      const current = get().conversation;
      if (res.ok && current?.key === key) set({ conversation: { ...current, note: text } });
      return res.ok;
    },

    groups: null,
    async loadGroups() {
      const groups = await callbacksTransport().list(POPUP_GROUP_LIMIT).catch(() => null);
      if (!groups) return;
      if (typeof performance !== 'undefined') performance.mark('heard-popup-list-data');
      set({ groups });
      // Large groups: the complete counts follow the first list.
      const c = groups.counts;
      if (c.overdue === null || c.today === null || c.upcoming === null || c.done === null) {
        const counts = await callbacksTransport().counts().catch(() => null);
        const current = get().groups;
        if (counts && current && current.now === groups.now) set({ groups: { ...current, counts } });
      }
    },
    query: '',
    results: null,
    async search(query) {
      set({ query });
      if (query.trim() === '') {
        set({ results: null });
        return;
      }
      const res = await callbacksTransport().search(query).catch(() => null);
      // Only the latest query's answer is shown.
      if (res && get().query === query) set({ results: { query, rows: res.rows, more: res.more } });
    },

    announcement: '',
    failure: '',
    announce(text) {
      set({ announcement: text });
    },

    async add(input) {
      // The same form sent again after an unconfirmed save reuses its id: the background then
      // finds the row it saved instead of adding a second one.
      const same = JSON.stringify(input);
      const requestId = pendingAdd?.input === same ? pendingAdd.id : crypto.randomUUID();
      pendingAdd = { input: same, id: requestId };
      const res = await callbacksTransport().add({ ...input, requestId }).catch(failed);
      if (res.ok || res.reason !== 'unconfirmed') pendingAdd = null;
      return afterMutation(res, t('cbAdded'));
    },
    async update(id, patch) {
      const res = await callbacksTransport().update(id, patch).catch(failed);
      return afterMutation(res, t('cbUpdated'));
    },
    async snooze(id, until) {
      const res = await callbacksTransport().snooze(id, until).catch(failed);
      return afterMutation(res, t('cbSnoozed'));
    },
    async close(id, status, outcome) {
      const res = await callbacksTransport().close(id, status, outcome).catch(failed);
      return afterMutation(res, status === 'done' ? t('cbMarkedDone') : status === 'missed' ? t('cbMarkedMissed') : t('cbCancelled'));
    },
    async reopen(id) {
      const res = await callbacksTransport().reopen(id).catch(failed);
      return afterMutation(res, t('cbReopened'));
    },
    async open(id) {
      const res = await callbacksTransport().open(id).catch(() => ({ ok: false }));
      return res.ok;
    },
    async refresh() {
      // (The panel's conversation needs no asking: its new view is pushed after every change.)
      const { groups, query } = get();
      await Promise.all([
        groups ? get().loadGroups() : null,
        query.trim() ? get().search(query) : null,
      ]);
    },
    listen() {
      return onChange('callbacks', () => void get().refresh());
    },
  };
});
