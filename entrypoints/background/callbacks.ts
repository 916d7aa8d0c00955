/**
 * Callbacks, notes and reminders in the background: the database's one writer for callbacks,
 * the alarm, the notifications and the badge (see reminders.ts for the reminder algorithm).
 *
 * Every `ui:callbacks:*` message is parsed on receipt and its sender checked as its definition says
 * (lib/messaging/callbacks.ts); the panel framed in a helpdesk page may send only what concerns its
 * tab's conversation (PANEL_CALLBACKS, panelScope). After every change the alarm and badge are
 * rebuilt and the open extension pages are told to refresh (push:changed).
 */
import { Dexie } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import type { HeardDB } from '@/lib/db';
import type { CallbackRow } from '@/lib/db/rows';
import {
  addCallback,
  cancel,
  getCallback,
  listForConversation,
  markDone,
  markMissed,
  parseDueTime,
  reopen,
  searchCallbacks,
  setNote,
  snooze,
  startOfLocalDay,
  startOfNextLocalDay,
  updateCallback,
  MINUTE,
} from '@/lib/callbacks';
import {
  effectiveTimeZone,
  RejectedMessage,
  senderIs,
  type CallbackGroupsMsg,
  CALLBACKS_MESSAGES,
  type BackgroundMessage,
  type HandlerTable,
  type Messages,
  type GroupCounts,
  type MutationResult,
  type ReminderSettingsValue,
  type TicketMsg,
} from '@/lib/messaging';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import type { PayloadOf, ReplyOf } from '@/lib/messaging/define';
import { t } from '@/lib/i18n';
import { channelOfTicket } from '@/lib/callbacks/promise';
import { webLink } from '@/lib/web-link';
import type { Role } from '@/lib/values';
import { getDb } from './db';
import { pushChange } from './push';
import { callbacksChanged, readConversation } from './panel-view';
import { readTabState } from './tabs';
import { onPolicyChange } from './policy';
import { ALARM_NAME, callbackIdOf, NOTIFICATION_PREFIX, readSettings, reconcile, SUMMARY_NOTIFICATION, type ReminderEnv } from './reminders';

type ThreadMessageLike = { role: Role };

export const DEFAULT_GROUP_LIMIT = 50;
export const SEARCH_LIMIT = 200;
const CLOSED = ['done', 'missed', 'cancelled'] as const;


function groupRanges(db: HeardDB, now: number, timeZone: string) {
  const midnight = startOfNextLocalDay(now, timeZone);
  const idx = () => db.callbacks.where('[status+dueAt]');
  return {
    overdue: () => idx().between(['open', Dexie.minKey], ['open', now], true, false),
    today: () => idx().between(['open', now], ['open', midnight], true, false),
    upcoming: () => idx().between(['open', midnight], ['open', Dexie.maxKey], true, true),
    done: () => CLOSED.map((s) => idx().between([s, Dexie.minKey], [s, Dexie.maxKey])),
  };
}

/**
 * The popup's first list: the first `limit` rows of each group through the [status+dueAt] index
 * (no scan: with 50,000 callbacks it reads at most 6 × limit rows). A group's count is exact when
 * it has fewer rows than the limit, else null (see `countGroups`).
 */
export async function listGroups(db: HeardDB, now: number, timeZone: string, limit = DEFAULT_GROUP_LIMIT): Promise<CallbackGroupsMsg> {
  const q = groupRanges(db, now, timeZone);
  return db.transaction('r', db.callbacks, async () => {
    const [overdue, today, upcoming, doneParts] = await Promise.all([
      q.overdue().limit(limit).toArray(),
      q.today().limit(limit).toArray(),
      q.upcoming().limit(limit).toArray(),
      Promise.all(q.done().map((c) => c.reverse().limit(limit).toArray())),
    ]);
    // Closed: most recently due first (the index's order), across the three statuses.
    const doneAll = doneParts.flat().sort((a, b) => b.dueAt - a.dueAt);
    const done = doneAll.slice(0, limit);
    const exact = (rows: readonly unknown[], more: boolean): number | null => (more ? null : rows.length);
    return {
      overdue,
      today,
      upcoming,
      done,
      counts: {
        overdue: exact(overdue, overdue.length >= limit),
        today: exact(today, today.length >= limit),
        upcoming: exact(upcoming, upcoming.length >= limit),
        done: exact(doneAll, doneParts.some((p) => p.length >= limit)),
      },
      now,
    };
  });
}

/** Complete counts of the four groups (IndexedDB walks each range: call it after the first list). */
export async function countGroups(db: HeardDB, now: number, timeZone: string): Promise<GroupCounts> {
  const q = groupRanges(db, now, timeZone);
  return db.transaction('r', db.callbacks, async () => {
    const [overdue, today, upcoming, done] = await Promise.all([
      q.overdue().count(),
      q.today().count(),
      q.upcoming().count(),
      Promise.all(q.done().map((c) => c.count())).then((n) => n.reduce((a, b) => a + b, 0)),
    ]);
    return { overdue, today, upcoming, done };
  });
}

/** Search every callback (a scan, on demand only): open first by due time, then closed. */
export async function searchAll(db: HeardDB, query: string, limit = SEARCH_LIMIT): Promise<{ rows: CallbackRow[]; more: boolean }> {
  const all = await db.callbacks.toArray();
  const hits = searchCallbacks(all, query).sort((a, b) => {
    const ao = a.status === 'open' ? 0 : 1;
    const bo = b.status === 'open' ? 0 : 1;
    return ao - bo || (ao === 0 ? a.dueAt - b.dueAt : b.dueAt - a.dueAt);
  });
  return { rows: hits.slice(0, limit), more: hits.length > limit };
}

async function mutate(db: HeardDB, run: () => Promise<CallbackRow>): Promise<MutationResult> {
  try {
    return { ok: true, callback: await run() };
  } catch (e) {
    // A full disk or a blocked database: the transaction was aborted, nothing was written.
    const reason = db.faultOf(e);
    return { ok: false, error: (e as Error).message, ...(reason ? { reason } : {}) };
  }
}

/** Opens a callback's conversation in a new tab (or the popup page when it has no web link). */
export async function openCallback(db: HeardDB, id: string): Promise<{ ok: boolean }> {
  const row = await getCallback(db, id);
  if (!row) return { ok: false };
  const url = webLink(row.link);
  await browser.tabs.create({ url: url ?? browser.runtime.getURL('/popup.html'), active: true });
  return { ok: true };
}

export interface CallbackEnv extends ReminderEnv {
  /** Tell open extension pages that callbacks changed. */
  broadcast(): void;
}

export const defaultEnv: CallbackEnv = {
  db: getDb,
  now: () => Date.now(),
  broadcast() {
    pushChange('callbacks');
    // The panels' views hold the ticket's callbacks: they are pushed again.
    callbacksChanged();
  },
};

type CallbackMessage = Extract<keyof typeof CALLBACKS_MESSAGES, BackgroundMessage>;
type Handlers = { [K in CallbackMessage]: (data: PayloadOf<Messages[K]>) => Promise<ReplyOf<Messages[K]>> };

/** The handlers of every `ui:callbacks:*` message, without the panel's check (tests call them directly). */
export function createHandlers(env: CallbackEnv = defaultEnv): Handlers {
  const changed = async <T>(result: T): Promise<T> => {
    await reconcile(env).catch(() => {});
    env.broadcast();
    return result;
  };
  const afterMutation = async (r: MutationResult): Promise<MutationResult> => (r.ok ? changed(r) : r);
  return {
    async 'ui:callbacks:conversation'({ conversationKey }) {
      const { callbacks, note } = await readConversation(env.db(), conversationKey);
      return { callbacks, note };
    },
    async 'ui:callbacks:list'({ limit }) {
      const settings = await readSettings();
      return listGroups(env.db(), env.now(), effectiveTimeZone(settings), limit ?? DEFAULT_GROUP_LIMIT);
    },
    async 'ui:callbacks:counts'() {
      const settings = await readSettings();
      return countGroups(env.db(), env.now(), effectiveTimeZone(settings));
    },
    async 'ui:callbacks:search'({ query, limit }) {
      return searchAll(env.db(), query ?? '', limit ?? SEARCH_LIMIT);
    },
    async 'ui:callbacks:add'({ requestId, ...data }) {
      const opts = requestId ? { now: env.now(), id: requestId } : { now: env.now() };
      return afterMutation(await mutate(env.db(), () => addCallback(env.db(), data, opts)));
    },
    async 'ui:callbacks:update'({ id, patch }) {
      return afterMutation(await mutate(env.db(), () => updateCallback(env.db(), id, patch, { now: env.now() })));
    },
    async 'ui:callbacks:snooze'({ id, until }) {
      return afterMutation(await mutate(env.db(), () => snooze(env.db(), id, until, { now: env.now() })));
    },
    async 'ui:callbacks:close'({ id, status, outcome }) {
      const db = env.db();
      const o = { now: env.now() };
      const text = outcome?.trim() ? outcome.trim() : undefined;
      return afterMutation(
        await mutate(db, () => (status === 'done' ? markDone(db, id, text, o) : status === 'missed' ? markMissed(db, id, text, o) : cancel(db, id, o))),
      );
    },
    async 'ui:callbacks:reopen'({ id }) {
      return afterMutation(await mutate(env.db(), () => reopen(env.db(), id, undefined, { now: env.now() })));
    },
    async 'ui:callbacks:note'({ conversationKey, text }) {
      const db = env.db();
      try {
        await setNote(db, conversationKey, text, { now: env.now() });
        // The panels' views hold the note too.
        env.broadcast();
        return { ok: true };
      } catch (e) {
        const reason = db.faultOf(e);
        return reason ? { ok: false, reason } : { ok: false };
      }
    },
    async 'ui:callbacks:open'({ id }) {
      return openCallback(env.db(), id);
    },
    async 'ui:callbacks:settings'() {
      return readSettings();
    },
  };
}

// ---------------------------------------------------------------- same-day reply

/** What the panel framed in a helpdesk page may ask (issue 14), as CALLBACKS_MESSAGES says: its
 * conversation's callbacks and note, and the reminder settings to read due times. Not the list, the
 * counts or the search (other customers), nor what other extension pages do. */
export const PANEL_CALLBACKS: ReadonlySet<string> = new Set(
  Object.entries(CALLBACKS_MESSAGES)
    .filter(([, d]) => d.from.includes('panel'))
    .map(([name]) => name),
);

/**
 * A framed panel's message about a conversation (a conversationKey, or a callback id) must concern
 * the conversation its tab shows (the tab state the background keeps; in generic mode also the
 * key the site's rows had before): a panel cannot read or change another customer's callbacks.
 */
export async function panelScope(env: CallbackEnv, tabId: number | undefined, data: unknown): Promise<void> {
  const d = (data ?? {}) as { conversationKey?: unknown; id?: unknown };
  if (d.conversationKey === undefined && d.id === undefined) return;
  const keys = tabId == null ? [] : await conversationKeysOfTab(tabId);
  let key = d.conversationKey;
  if (key === undefined && typeof d.id === 'string') key = (await getCallback(env.db(), d.id))?.conversationKey;
  if (typeof key !== 'string' || !keys.includes(key)) throw new RejectedMessage('callbacks: not this tab\'s conversation');
}

/** The conversation keys of what a tab shows, from the tab's state (tabs.ts). */
async function conversationKeysOfTab(tabId: number): Promise<string[]> {
  const ticket = (await readTabState(tabId))?.ticket;
  return [ticket?.key, ticket?.earlierKey].filter((k): k is string => typeof k === 'string');
}

/** Same-day reply reminders created in one local day at most, all conversations together. */
export const REPLY_BY_PER_DAY = 40;

/**
 * Same-day reply (domain row 2): when the rep starts working in a conversation whose last customer
 * message is unanswered, one "reply by end of day" reminder for it, once per conversation per local
 * day and at most REPLY_BY_PER_DAY a day, if the rep switched it on. The background's lint handler
 * calls it only after the rep's own (trusted) input in that conversation, never for what a page
 * does by itself. Returns the callback it created, if any.
 */
export async function onConversationSeen(
  input: { site: string; ticket: TicketMsg | null; thread: readonly ThreadMessageLike[] },
  env: CallbackEnv = defaultEnv,
): Promise<CallbackRow | null> {
  const { ticket, thread } = input;
  if (!ticket) return null;
  const settings = await readSettings();
  if (!settings.sameDayReply) return null;
  const last = [...thread].reverse().find((m) => m.role !== 'note');
  if (last?.role !== 'customer') return null;
  const now = env.now();
  const tz = effectiveTimeZone(settings);
  const db = env.db();
  const dayStart = startOfLocalDay(now, tz);
  const existing = await listForConversation(db, ticket.key);
  if (existing.some((c) => c.source === 'reply-by' && c.createdAt >= dayStart)) return null;
  // A cap per day whatever the pages do (issue 14: a page cycling its ticket id made 15 in 5 s).
  const today = await db.callbacks.filter((c) => c.source === 'reply-by' && c.createdAt >= dayStart).count();
  if (today >= REPLY_BY_PER_DAY) return null;
  const due = dueOptions(settings, now);
  const parsed = parseDueTime('end of day', due);
  const dueAt = parsed?.dueAt ?? now + 60 * MINUTE;
  const row = await addCallback(
    db,
    {
      conversationKey: ticket.key,
      link: ticket.link,
      helpdesk: input.site,
      promise: t('cbReplyByPromise', ticket.title ?? ticket.label ?? ticket.key),
      channel: channelOfTicket(ticket.channel),
      dueAt,
      source: 'reply-by',
    },
    { now },
  );
  await reconcile(env).catch(() => {});
  env.broadcast();
  return row;
}

export function dueOptions(settings: ReminderSettingsValue, now: number) {
  return {
    now: new Date(now),
    timeZone: effectiveTimeZone(settings),
    workday: { start: settings.workdayStart, end: settings.workdayEnd, days: settings.workdays },
  };
}

// ---------------------------------------------------------------- wiring

/** Notification clicked: open the ticket. Buttons (Chrome): 0 = done, 1 = snooze 15 minutes. */
export async function onNotificationClicked(notificationId: string, env: CallbackEnv = defaultEnv): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  await browser.notifications.clear(notificationId).catch(() => {});
  if (notificationId === SUMMARY_NOTIFICATION) {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: true });
    return;
  }
  const id = callbackIdOf(notificationId);
  if (id) await openCallback(env.db(), id);
}

export async function onNotificationButton(notificationId: string, index: number, env: CallbackEnv = defaultEnv): Promise<void> {
  const id = callbackIdOf(notificationId);
  if (!id) return;
  await browser.notifications.clear(notificationId).catch(() => {});
  const h = createHandlers(env);
  if (index === 0) await h['ui:callbacks:close']({ id, status: 'done' });
  else await h['ui:callbacks:snooze']({ id, until: env.now() + 15 * MINUTE });
}

/** Callbacks changed outside these handlers (a backup restore): reminders, badge and open lists follow. */
export async function afterOutsideChange(env: CallbackEnv = defaultEnv): Promise<void> {
  await reconcile(env).catch(() => {});
  env.broadcast();
}

/** The background's handler table for callbacks: a framed panel's message must concern its own
 * tab's conversation (panelScope) before the handler runs. */
export function callbacksHandlers(env: CallbackEnv = defaultEnv): HandlerTable {
  const handlers = createHandlers(env);
  const table: Record<string, (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (data: unknown) => Promise<unknown>][]) {
    table[type] = async (data, sender) => {
      if (senderIs('panel', sender)) await panelScope(env, sender.tab?.id, data);
      return handler(data);
    };
  }
  return table as HandlerTable;
}

/**
 * Wires the reminders of callbacks into the background (alarms, notifications, settings). Called
 * synchronously at the top of every wake (listeners registered late would miss the event that
 * woke the worker). Returns what undoes it (tests).
 */
export function registerCallbacks(env: CallbackEnv = defaultEnv): () => void {
  const undo: (() => void)[] = [];
  const on = <A extends unknown[]>(
    event: { addListener(fn: (...args: A) => void): void; removeListener(fn: (...args: A) => void): void } | undefined,
    fn: (...args: A) => void,
  ): void => {
    if (!event) return;
    event.addListener(fn);
    undo.push(() => event.removeListener(fn));
  };
  const rebuild = (): void => void reconcile(env).then(() => env.broadcast(), () => {});

  on(browser.alarms.onAlarm, (alarm: { name: string }) => {
    if (alarm.name === ALARM_NAME) rebuild();
  });
  on(browser.notifications.onClicked, (id: string) => void onNotificationClicked(id, env));
  on(browser.notifications.onButtonClicked, (id: string, index: number) => void onNotificationButton(id, index, env));
  on(browser.runtime.onInstalled, rebuild);
  on(browser.runtime.onStartup, rebuild);
  on(browser.storage.onChanged, (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) rebuild();
  });
  // The browser policy may set reminder settings: reminders follow it at once.
  undo.push(onPolicyChange(rebuild));
  // Every wake: whatever fell due while the worker slept is shown now, and the alarm is set again.
  rebuild();
  return () => undo.forEach((u) => u());
}

/** This area's handler table, collected by handlers.ts. */
export const handlers = (): HandlerTable => callbacksHandlers();
