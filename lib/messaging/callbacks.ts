/**
 * Messages about callbacks (promises), notes and reminders: extension pages ↔ background.
 * Schemas in zod/mini like the rest of the protocol; this file is not bundled into the content
 * script (see content.ts).
 *
 *   ui:callbacks:*   extension page (panel, popup, options) → background; the framed panel only
 *                    where CALLBACKS_MESSAGES says so. A change is pushed to the open pages as
 *                    push:changed { what: 'callbacks' }.
 *
 * Replies are not parsed: they come from our own background. Rows in replies are stored rows
 * (parsed with lib/db/rows.ts when written).
 *
 * The reminder settings live here too: they cross the storage.local boundary and every reader
 * (background, panel, popup, options) parses them with the same schema.
 */
import * as z from 'zod/mini';
import type { CallbackRow } from '@/lib/db/rows';
import { validTimeZone } from '@/lib/callbacks/time';
import { CALLBACK_CHANNELS, CALLBACK_CLOSED, CALLBACK_SOURCES } from '@/lib/values';
import { answer, message } from './define';
import { PAGE_OR_PANEL } from './receive';

const str = (max: number) => z.string().check(z.maxLength(max));
const epoch = z.number().check(z.int(), z.gte(946_684_800_000), z.lte(7_258_118_400_000));
const id = str(200);
const channel = z.enum(CALLBACK_CHANNELS);

// ---------------------------------------------------------------- settings

export const SETTINGS_KEY = 'heard:reminders';

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** What storage.local holds (every field optional: a missing or bad field takes its default). */
export const ReminderSettingsSchema = z.object({
  /** Minutes before the due time for the "due soon" reminder; 0 turns it off. */
  remindBeforeMin: z.number().check(z.int(), z.gte(0), z.lte(1440)),
  /** IANA time zone; empty means the browser's. */
  timeZone: str(100),
  workdayStart: hhmm,
  workdayEnd: hhmm,
  /** 0 = Sunday … 6 = Saturday. */
  workdays: z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.maxLength(7)),
  /** Same-day reply: a "reply by end of day" reminder for conversations whose customer is waiting. */
  sameDayReply: z.boolean(),
});
export type ReminderSettingsValue = z.infer<typeof ReminderSettingsSchema>;

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}


export function defaultReminderSettings(): ReminderSettingsValue {
  return { remindBeforeMin: 10, timeZone: '', workdayStart: '09:00', workdayEnd: '17:00', workdays: [1, 2, 3, 4, 5], sameDayReply: false };
}

/**
 * Parses what storage.local holds, field by field: one bad field (a hand-edited or older value)
 * falls back to its default instead of losing every setting.
 */
export function parseReminderSettings(raw: unknown): ReminderSettingsValue {
  const out = defaultReminderSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const shape = ReminderSettingsSchema.def.shape;
  const rec = raw as Record<string, unknown>;
  for (const k of Object.keys(shape) as (keyof ReminderSettingsValue)[]) {
    const r = shape[k].safeParse(rec[k]);
    if (r.success) (out as Record<string, unknown>)[k] = r.data;
  }
  if (out.timeZone && !validTimeZone(out.timeZone)) out.timeZone = '';
  if (out.workdayEnd <= out.workdayStart) {
    out.workdayStart = '09:00';
    out.workdayEnd = '17:00';
  }
  if (out.workdays.length === 0) out.workdays = [1, 2, 3, 4, 5];
  return out;
}

/** The settings with the time zone resolved (the browser's when none is set). */
export function effectiveTimeZone(s: ReminderSettingsValue): string {
  return s.timeZone || browserTimeZone();
}

// ---------------------------------------------------------------- messages

export const NewCallbackSchema = z.object({
  conversationKey: z.string().check(z.minLength(1), z.maxLength(500)),
  link: str(4000),
  helpdesk: z.string().check(z.minLength(1), z.maxLength(100)),
  customerName: z.optional(str(500)),
  customerContact: z.optional(str(500)),
  ticketTitle: z.optional(str(500)),
  promise: str(5000),
  channel,
  dueAt: epoch,
  source: z.enum(CALLBACK_SOURCES),
  /**
   * Chosen by the page once per submission and sent again on a retry: the callback's id, so a
   * retry after an answer that never came (the worker stopped after saving) adds nothing twice.
   */
  requestId: z.optional(z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/))),
});
export type NewCallbackMsg = z.infer<typeof NewCallbackSchema>;

export const CallbackPatchSchema = z.object({
  link: z.optional(str(4000)),
  customerName: z.optional(str(500)),
  customerContact: z.optional(str(500)),
  promise: z.optional(str(5000)),
  channel: z.optional(channel),
  dueAt: z.optional(epoch),
  outcome: z.optional(str(5000)),
});

export const ConversationSchema = z.object({ conversationKey: z.string().check(z.minLength(1), z.maxLength(500)) });
export const ListSchema = z.object({
  /** Words to search for; empty or missing lists by group. */
  query: z.optional(str(500)),
  /** Rows per group (the counts are always complete). */
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))),
});
export const UpdateSchema = z.object({ id, patch: CallbackPatchSchema });
export const SnoozeSchema = z.object({ id, until: epoch });
export const CloseSchema = z.object({ id, status: z.enum(CALLBACK_CLOSED), outcome: z.optional(str(5000)) });
export const IdSchema = z.object({ id });
export const NoteSchema = z.object({ conversationKey: z.string().check(z.minLength(1), z.maxLength(500)), text: str(200_000) });
export const NoDataSchema = z.optional(z.object({}));

export interface GroupCounts<N = number> {
  overdue: N;
  today: N;
  upcoming: N;
  done: N;
}

export interface CallbackGroupsMsg {
  overdue: CallbackRow[];
  today: CallbackRow[];
  upcoming: CallbackRow[];
  done: CallbackRow[];
  /**
   * Rows in each group. Exact when the group has fewer rows than the limit; otherwise null until
   * `ui:callbacks:counts` answers (IndexedDB counts a range by walking it: too slow for the first list).
   */
  counts: GroupCounts<number | null>;
  /** The instant the groups were computed at. */
  now: number;
}

export interface SearchResultMsg {
  rows: CallbackRow[];
  /** More rows matched than were returned. */
  more: boolean;
}

/** A failed save says why when the rep can act on it: the disk is full, or an old Heard page holds the database. */
export const StorageFaultSchema = z.enum(['storage-full', 'db-blocked']);
export type StorageFaultMsg = z.infer<typeof StorageFaultSchema>;
/** `unconfirmed` is set by the page, never by the background: no answer came back (the service
 * worker stopped), so the save may or may not have happened. */
export type MutationResult = { ok: true; callback: CallbackRow } | { ok: false; error: string; reason?: StorageFaultMsg | 'unconfirmed' };

export interface ConversationMsg {
  callbacks: CallbackRow[];
  note: string;
}

const count = z.number();
const mutation = answer<MutationResult>();
const PANEL = PAGE_OR_PANEL;
const PAGE = 'extension-page';

/** The framed panel may ask only what concerns its conversation (background/callbacks.ts panelScope
 * checks which), and the reminder settings; the list, counts and search (other customers) are the
 * popup's and the options page's. */
export const CALLBACKS_MESSAGES = {
  /** Open callbacks and the note of one conversation (the panel). */
  'ui:callbacks:conversation': message('ui', PANEL, ConversationSchema, answer<ConversationMsg>()),
  /** Overdue / today / upcoming / done with complete counts (the popup). */
  'ui:callbacks:list': message('ui', PAGE, ListSchema, answer<CallbackGroupsMsg>()),
  /** Complete counts of the four groups (after the first list is on screen). */
  'ui:callbacks:counts': message('ui', PAGE, NoDataSchema, z.object({ overdue: count, today: count, upcoming: count, done: count })),
  /** Every callback matching the words (popup search). */
  'ui:callbacks:search': message('ui', PAGE, ListSchema, answer<SearchResultMsg>()),
  'ui:callbacks:add': message('ui', PANEL, NewCallbackSchema, mutation),
  'ui:callbacks:update': message('ui', PANEL, UpdateSchema, mutation),
  'ui:callbacks:snooze': message('ui', PANEL, SnoozeSchema, mutation),
  'ui:callbacks:close': message('ui', PANEL, CloseSchema, mutation),
  'ui:callbacks:reopen': message('ui', PANEL, IdSchema, mutation),
  'ui:callbacks:note': message('ui', PANEL, NoteSchema, z.object({ ok: z.boolean(), reason: z.optional(StorageFaultSchema) })),
  /** Opens (or focuses) the callback's conversation in a tab. */
  'ui:callbacks:open': message('ui', PANEL, IdSchema, z.object({ ok: z.boolean() })),
  'ui:callbacks:settings': message('ui', PANEL, NoDataSchema, ReminderSettingsSchema),
};
