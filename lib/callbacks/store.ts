/**
 * The background's database operations. Every write runs in a `rw` transaction on a database
 * opened with strict durability (see lib/db/database.ts); every row written is parsed with its
 * zod schema first, so a bad value is rejected before it is stored.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import type { HeardDB } from '../db/database';
import {
  callbackRow,
  checklistRow,
  dismissalRow,
  epochMs,
  incidentRow,
  noteRow,
  type CallbackRow,
  type ChecklistRow,
  type DismissalRow,
  type IncidentRow,
  type NoteRow,
  type RuleStatCounter,
  type RuleStatRow,
} from '../db/rows';
import { groupCallbacks, markReminded, type CallbackGroups, type DueReminder } from './schedule';

export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`);
    // Not 'NotFoundError': Dexie turns errors with IndexedDB's error names into its own classes.
    this.name = 'RecordNotFoundError';
  }
}

interface Clock {
  now?: number;
}
const nowOf = (db: HeardDB, o?: Clock): number => o?.now ?? db.now();

// ---------------------------------------------------------------- callbacks

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

// ---------------------------------------------------------------- notes

export async function getNote(db: HeardDB, conversationKey: string): Promise<NoteRow | undefined> {
  return db.notes.get(conversationKey);
}

/** Saves the note of a conversation; an empty (whitespace) text deletes it. */
export async function setNote(db: HeardDB, conversationKey: string, text: string, opts: Clock = {}): Promise<NoteRow | undefined> {
  const now = nowOf(db, opts);
  return db.transaction('rw', db.notes, async () => {
    if (text.trim() === '') {
      await db.notes.delete(conversationKey);
      return undefined;
    }
    const row = noteRow.parse({ conversationKey, text, updatedAt: now });
    await db.notes.put(row);
    return row;
  });
}

// ---------------------------------------------------------------- incidents

export const newIncidentInput = incidentRow.omit({ id: true, at: true }).extend({ at: epochMs.optional() });
export type NewIncidentInput = z.input<typeof newIncidentInput>;

export async function addIncident(db: HeardDB, input: NewIncidentInput, opts: Clock & { id?: string } = {}): Promise<IncidentRow> {
  const data = newIncidentInput.parse(input);
  const row = incidentRow.parse({ ...data, at: data.at ?? nowOf(db, opts), id: opts.id ?? crypto.randomUUID() });
  await db.transaction('rw', db.incidents, async () => {
    await db.incidents.add(row);
  });
  return row;
}

/** Incidents, newest first; of one conversation when given. */
export async function listIncidents(db: HeardDB, opts: { conversationKey?: string } = {}): Promise<IncidentRow[]> {
  if (opts.conversationKey !== undefined) {
    const rows = await db.incidents.where('conversationKey').equals(opts.conversationKey).toArray();
    return rows.sort((a, b) => b.at - a.at);
  }
  return db.incidents.orderBy('at').reverse().toArray();
}

export async function deleteIncident(db: HeardDB, id: string): Promise<void> {
  await db.transaction('rw', db.incidents, async () => {
    await db.incidents.delete(id);
  });
}

// ---------------------------------------------------------------- rule stats

export async function incrementRuleStat(db: HeardDB, ruleId: string, counter: RuleStatCounter, by = 1): Promise<RuleStatRow> {
  if (!Number.isInteger(by) || by < 0) throw new RangeError('by must be a non-negative integer');
  return db.transaction('rw', db.ruleStats, async () => {
    const row = (await db.ruleStats.get(ruleId)) ?? { ruleId, shown: 0, inserted: 0, dismissed: 0, notHelpful: 0 };
    const next = { ...row, [counter]: row[counter] + by };
    await db.ruleStats.put(next);
    return next;
  });
}

export async function listRuleStats(db: HeardDB): Promise<RuleStatRow[]> {
  return db.ruleStats.toArray();
}

// ---------------------------------------------------------------- dismissals

export async function addDismissal(db: HeardDB, conversationKey: string, hintId: string, opts: Clock = {}): Promise<DismissalRow> {
  const row = dismissalRow.parse({ conversationKey, hintId, at: nowOf(db, opts) });
  await db.transaction('rw', db.dismissals, async () => {
    await db.dismissals.put(row);
  });
  return row;
}

export async function listDismissals(db: HeardDB, conversationKey: string): Promise<DismissalRow[]> {
  return db.dismissals.where('conversationKey').equals(conversationKey).toArray();
}

// ---------------------------------------------------------------- checklists

export async function getChecklistState(db: HeardDB, conversationKey: string, checklistId: string): Promise<ChecklistRow | undefined> {
  return db.checklists.get([conversationKey, checklistId]);
}

/** Saves the manual ticks/unticks; keeps the first openedAt. */
export async function setChecklistState(
  db: HeardDB,
  state: { conversationKey: string; checklistId: string; ticked: readonly string[]; unticked: readonly string[] },
  opts: Clock = {},
): Promise<ChecklistRow> {
  const now = nowOf(db, opts);
  return db.transaction('rw', db.checklists, async () => {
    const current = await db.checklists.get([state.conversationKey, state.checklistId]);
    const ticked = [...new Set(state.ticked)];
    const unticked = [...new Set(state.unticked)].filter((id) => !ticked.includes(id));
    const row = checklistRow.parse({
      conversationKey: state.conversationKey,
      checklistId: state.checklistId,
      ticked,
      unticked,
      openedAt: current?.openedAt ?? now,
      updatedAt: now,
    });
    await db.checklists.put(row);
    return row;
  });
}
