/**
 * Reminders, pure. The background keeps ONE alarm, at `nextAlarmAt`; when it fires (or the browser
 * starts, or the computer wakes) it shows `remindersDue`, stores `markReminded`, and sets the alarm
 * again. Because "shown" is stored per callback, a reminder is shown once: never twice, never lost.
 *
 * Per open callback there are at most two reminders:
 * - 'before': `remindBeforeMin` minutes before dueAt ("due in 10 minutes");
 * - 'due': at dueAt ("due now" / overdue).
 * If both were missed (sleep, closed browser), only 'due' is shown.
 *
 * Snooze (`snoozeUntil`): no reminder for this callback until then; at snoozeUntil one reminder is
 * shown again, 'due' if the callback is due by then, else 'before'. Snoozing after the 'due'
 * reminder asks for it again: the snooze is pending while it is later than every reminder shown.
 *
 * Missed: never set automatically. An overdue callback stays open and actionable (and counts on
 * the badge) until the rep marks it done, missed or cancelled.
 */
import type { CallbackRow } from '../db/rows';
import { MINUTE, startOfNextLocalDay } from './time';

export interface ReminderSettings {
  /** Minutes before dueAt for the 'before' reminder; 0 turns it off. */
  remindBeforeMin: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { remindBeforeMin: 10 };

export type ReminderKind = 'before' | 'due';
export interface DueReminder {
  callbackId: string;
  kind: ReminderKind;
}

/** The fields the scheduler reads. */
export type SchedulableCallback = Pick<CallbackRow, 'id' | 'status' | 'dueAt' | 'snoozeUntil' | 'remindedBeforeAt' | 'remindedDueAt'>;

function beforeMs(settings: ReminderSettings): number {
  const m = settings.remindBeforeMin;
  return Number.isFinite(m) && m > 0 ? m * MINUTE : 0;
}

/** A snooze still waiting to fire: later than every reminder shown. */
function pendingSnooze(c: SchedulableCallback): number | null {
  const s = c.snoozeUntil;
  if (s === undefined) return null;
  const lastShown = Math.max(c.remindedBeforeAt ?? -Infinity, c.remindedDueAt ?? -Infinity);
  return s > lastShown ? s : null;
}

/** The earliest reminder of one callback that has not been shown, or null. */
export function nextReminderOf(c: SchedulableCallback, settings: ReminderSettings): { at: number; kind: ReminderKind } | null {
  if (c.status !== 'open') return null;
  const snooze = pendingSnooze(c);
  if (snooze !== null) return { at: snooze, kind: snooze >= c.dueAt ? 'due' : 'before' };
  if (c.remindedDueAt !== undefined) return null;
  const before = beforeMs(settings);
  if (before > 0 && c.remindedBeforeAt === undefined) return { at: c.dueAt - before, kind: 'before' };
  return { at: c.dueAt, kind: 'due' };
}

/**
 * When the one alarm should ring: the earliest reminder not yet shown that lies strictly in the
 * future. Reminders at or before `now` are `remindersDue`'s job (show them first, then call this).
 */
export function nextAlarmAt(callbacks: readonly SchedulableCallback[], settings: ReminderSettings, now: number): number | null {
  const before = beforeMs(settings);
  let best = Infinity;
  for (let i = 0; i < callbacks.length; i++) {
    const c = callbacks[i]!;
    if (c.status !== 'open') continue;
    const snooze = pendingSnooze(c);
    if (snooze !== null) {
      // While snoozed nothing else fires; a 'due' after the snooze is armed once the snooze was shown.
      if (snooze > now && snooze < best) best = snooze;
      continue;
    }
    if (c.remindedDueAt !== undefined) continue;
    if (before > 0 && c.remindedBeforeAt === undefined) {
      const b = c.dueAt - before;
      if (b > now) {
        if (b < best) best = b;
        continue;
      }
    }
    if (c.dueAt > now && c.dueAt < best) best = c.dueAt;
  }
  return best === Infinity ? null : best;
}

/**
 * Every reminder that fell due up to `now` and was not shown: at most one per callback ('due' wins
 * over 'before'). Ordered by due time, oldest first.
 */
export function remindersDue(callbacks: readonly SchedulableCallback[], settings: ReminderSettings, now: number): DueReminder[] {
  const before = beforeMs(settings);
  const out: { callbackId: string; kind: ReminderKind; dueAt: number }[] = [];
  for (const c of callbacks) {
    if (c.status !== 'open') continue;
    const snooze = pendingSnooze(c);
    if (snooze !== null) {
      if (now >= snooze) out.push({ callbackId: c.id, kind: now >= c.dueAt ? 'due' : 'before', dueAt: c.dueAt });
      continue;
    }
    if (c.remindedDueAt !== undefined) continue;
    if (now >= c.dueAt) out.push({ callbackId: c.id, kind: 'due', dueAt: c.dueAt });
    else if (before > 0 && c.remindedBeforeAt === undefined && now >= c.dueAt - before) {
      out.push({ callbackId: c.id, kind: 'before', dueAt: c.dueAt });
    }
  }
  out.sort((a, b) => a.dueAt - b.dueAt);
  return out.map(({ callbackId, kind }) => ({ callbackId, kind }));
}

/** The callback after its reminder was shown at `at`. Pure; the store persists it. */
export function markReminded<T extends SchedulableCallback>(c: T, kind: ReminderKind, at: number): T {
  const next: T = { ...c };
  if (kind === 'due') next.remindedDueAt = at;
  else next.remindedBeforeAt = at;
  // A snooze that just fired is spent.
  if (next.snoozeUntil !== undefined && next.snoozeUntil <= at) delete next.snoozeUntil;
  return next;
}

/** The callback snoozed until `until`: one reminder then, none before. */
export function snoozed<T extends SchedulableCallback>(c: T, until: number): T {
  return { ...c, snoozeUntil: until };
}

/** Open callbacks that are due now or overdue (the badge). */
export function badgeCount(callbacks: readonly Pick<CallbackRow, 'status' | 'dueAt'>[], now: number): number {
  let n = 0;
  for (const c of callbacks) if (c.status === 'open' && c.dueAt <= now) n++;
  return n;
}

export interface CallbackGroups<T> {
  /** Open, dueAt before now; oldest first. */
  overdue: T[];
  /** Open, due from now until local midnight; soonest first. */
  today: T[];
  /** Open, due after today; soonest first. */
  upcoming: T[];
  /** Done, missed or cancelled; most recently updated first. */
  done: T[];
  counts: { overdue: number; today: number; upcoming: number; done: number };
}

export function groupCallbacks<T extends Pick<CallbackRow, 'status' | 'dueAt' | 'updatedAt'>>(
  callbacks: readonly T[],
  now: number,
  timeZone: string,
): CallbackGroups<T> {
  const midnight = startOfNextLocalDay(now, timeZone);
  const overdue: T[] = [];
  const today: T[] = [];
  const upcoming: T[] = [];
  const done: T[] = [];
  for (const c of callbacks) {
    if (c.status !== 'open') done.push(c);
    else if (c.dueAt < now) overdue.push(c);
    else if (c.dueAt < midnight) today.push(c);
    else upcoming.push(c);
  }
  const byDue = (a: T, b: T): number => a.dueAt - b.dueAt;
  overdue.sort(byDue);
  today.sort(byDue);
  upcoming.sort(byDue);
  done.sort((a, b) => b.updatedAt - a.updatedAt);
  return {
    overdue,
    today,
    upcoming,
    done,
    counts: { overdue: overdue.length, today: today.length, upcoming: upcoming.length, done: done.length },
  };
}

/** Lower case, accents removed: "José" matches "jose". */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Callbacks whose customer, contact, promise, outcome, ticket key or link contain every word of
 * the query (case- and accent-insensitive). An empty query returns all.
 */
export function searchCallbacks<T extends Pick<CallbackRow, 'customerName' | 'customerContact' | 'promise' | 'outcome' | 'conversationKey' | 'link'>>(
  callbacks: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...callbacks];
  return callbacks.filter((c) => {
    const hay = fold([c.customerName, c.customerContact, c.promise, c.outcome, c.conversationKey, c.link].filter(Boolean).join('\n'));
    return words.every((w) => hay.includes(w));
  });
}
