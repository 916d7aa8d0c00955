/** The callbacks table: add, change, close, list, and the reminders shown (background only; see store.ts). */
import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { HeardDB } from './database';
import { callbackRow, epochMs, type CallbackRow } from './rows';
import { nowOf, RecordNotFoundError, type Clock } from './store';
import { groupCallbacks, markReminded, type CallbackGroups, type DueReminder } from '../callbacks/schedule';
import { defineTable, type Retention } from './table';
import { CALLBACK_CLOSED } from '../values';

/**
 * Retention of callbacks: closed ones only (open ones are never deleted, whatever their age), by
 * both their due time and their last change (`updatedAt`), so a callback closed yesterday that was
 * due long ago is kept until the closing itself is old.
 */
const closedBefore: Retention<CallbackRow> = async (table, before) => {
  const ids: string[] = [];
  for (const status of CALLBACK_CLOSED) {
    // Through the [status+dueAt] index: only closed rows due before the cut-off are read.
    await table
      .where('[status+dueAt]')
      .between([status, Dexie.minKey], [status, before], true, false)
      .each((row) => {
        if (row.status === status && row.updatedAt < before) ids.push(row.id);
      });
  }
  await table.bulkDelete(ids);
  return ids.length;
};

// [status+dueAt]: open callbacks ordered by due time (popup, scheduler); [conversationKey+status]: a ticket's open ones.
export const callbacksTable = defineTable({
  name: 'callbacks', row: callbackRow, index: 'id, status, dueAt, conversationKey, [status+dueAt], [conversationKey+status]',
  key: (r) => r.id, backup: true, summary: true, retention: closedBefore,
});

export const newCallbackInput = callbackRow.pick({
  conversationKey: true,
  link: true,
  helpdesk: true,
  customerName: true,
  customerContact: true,
  ticketTitle: true,
  promise: true,
  channel: true,
  dueAt: true,
  source: true,
});
export type NewCallbackInput = z.input<typeof newCallbackInput>;

export const callbackPatch = callbackRow
  .pick({ link: true, customerName: true, customerContact: true, promise: true, channel: true, dueAt: true, outcome: true, status: true })
  .partial();
export type CallbackPatch = z.input<typeof callbackPatch>;

export async function addCallback(db: HeardDB, input: NewCallbackInput, opts: Clock & { id?: string } = {}): Promise<CallbackRow> {
  const data = newCallbackInput.parse(input);
  const now = nowOf(db, opts);
  const row = callbackRow.parse({ ...data, id: opts.id ?? crypto.randomUUID(), createdAt: now, updatedAt: now, status: 'open' });
  return db.transaction('rw', db.callbacks, async () => {
    // A retry of a submission that was saved before its answer got lost: the saved row stands.
    const saved = opts.id === undefined ? undefined : await db.callbacks.get(opts.id);
    if (saved) return saved;
    await db.callbacks.add(row);
    return row;
  });
}

export async function getCallback(db: HeardDB, id: string): Promise<CallbackRow | undefined> {
  return db.callbacks.get(id);
}

/** Read-modify-write of one callback in one transaction. */
async function modify(db: HeardDB, id: string, now: number, change: (row: CallbackRow) => CallbackRow): Promise<CallbackRow> {
  return db.transaction('rw', db.callbacks, async () => {
    const current = await db.callbacks.get(id);
    if (!current) throw new RecordNotFoundError('callback', id);
    const next = callbackRow.parse({ ...change(current), updatedAt: Math.max(now, current.createdAt) });
    await db.callbacks.put(next);
    return next;
  });
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Changes a callback. A new due time re-arms its reminders (clears shown/snooze marks). Setting a
 * field to undefined is ignored; use '' to clear a text.
 */
export async function updateCallback(db: HeardDB, id: string, patch: CallbackPatch, opts: Clock = {}): Promise<CallbackRow> {
  const p = withoutUndefined(callbackPatch.parse(patch));
  return modify(db, id, nowOf(db, opts), (row) => {
    const next: CallbackRow = { ...row, ...p };
    if (p.dueAt !== undefined && p.dueAt !== row.dueAt) {
      delete next.remindedBeforeAt;
      delete next.remindedDueAt;
      delete next.snoozeUntil;
    }
    return next;
  });
}

/** No reminder until `until`; one reminder then. */
export async function snooze(db: HeardDB, id: string, until: number, opts: Clock = {}): Promise<CallbackRow> {
  const at = epochMs.parse(until);
  return modify(db, id, nowOf(db, opts), (row) => ({ ...row, snoozeUntil: at }));
}

function close(status: 'done' | 'missed' | 'cancelled', outcome?: string) {
  return (row: CallbackRow): CallbackRow => {
    const next: CallbackRow = { ...row, status };
    if (outcome !== undefined) next.outcome = outcome;
    delete next.snoozeUntil;
    return next;
  };
}

export async function markDone(db: HeardDB, id: string, outcome?: string, opts: Clock = {}): Promise<CallbackRow> {
  return modify(db, id, nowOf(db, opts), close('done', outcome));
}
/** The rep could not keep it. Never set automatically: an overdue callback stays open. */
export async function markMissed(db: HeardDB, id: string, outcome?: string, opts: Clock = {}): Promise<CallbackRow> {
  return modify(db, id, nowOf(db, opts), close('missed', outcome));
}
export async function cancel(db: HeardDB, id: string, opts: Clock = {}): Promise<CallbackRow> {
  return modify(db, id, nowOf(db, opts), close('cancelled'));
}
/** Opens a closed callback again, optionally with a new due time (reminders re-armed). */
export async function reopen(db: HeardDB, id: string, dueAt?: number, opts: Clock = {}): Promise<CallbackRow> {
  return updateCallback(db, id, dueAt === undefined ? { status: 'open' } : { status: 'open', dueAt }, opts);
}

export async function deleteCallback(db: HeardDB, id: string): Promise<void> {
  await db.transaction('rw', db.callbacks, async () => {
    await db.callbacks.delete(id);
  });
}

/** Stores that these reminders were shown at `at` (one transaction). */
export async function recordReminders(db: HeardDB, shown: readonly DueReminder[], at: number): Promise<void> {
  await db.transaction('rw', db.callbacks, async () => {
    for (const r of shown) {
      const row = await db.callbacks.get(r.callbackId);
      if (row) await db.callbacks.put(markReminded(row, r.kind, at));
    }
  });
}

/** Every callback of one conversation, soonest due first. */
export async function listForConversation(db: HeardDB, conversationKey: string): Promise<CallbackRow[]> {
  return db.callbacks.where('conversationKey').equals(conversationKey).sortBy('dueAt');
}

/** Open callbacks of one conversation, soonest first (index [conversationKey+status]). */
export async function listOpenForConversation(db: HeardDB, conversationKey: string): Promise<CallbackRow[]> {
  const rows = await db.callbacks.where('[conversationKey+status]').equals([conversationKey, 'open']).toArray();
  return rows.sort((a, b) => a.dueAt - b.dueAt);
}

/** Open callbacks ordered by due time through the [status+dueAt] index. */
export async function listOpen(db: HeardDB, opts: { limit?: number; offset?: number } = {}): Promise<CallbackRow[]> {
  let q = db.callbacks.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]);
  if (opts.offset) q = q.offset(opts.offset);
  if (opts.limit !== undefined) q = q.limit(opts.limit);
  return q.toArray();
}

/** Closed callbacks (done, missed, cancelled), most recently due first. */
export async function listClosed(db: HeardDB, limit = 50): Promise<CallbackRow[]> {
  const rows = await db.callbacks.where('status').anyOf('done', 'missed', 'cancelled').toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
}

/** The popup's view: all open callbacks grouped, plus the most recent closed ones. */
export async function listGrouped(db: HeardDB, now: number, timeZone: string, opts: { doneLimit?: number } = {}): Promise<CallbackGroups<CallbackRow>> {
  const [open, closed] = await Promise.all([listOpen(db), listClosed(db, opts.doneLimit ?? 50)]);
  return groupCallbacks([...open, ...closed], now, timeZone);
}
