import {
  DEFAULT_REMINDER_SETTINGS,
  badgeCount,
  groupCallbacks,
  markReminded,
  nextAlarmAt,
  remindersDue,
  searchCallbacks,
  snoozed,
  type DueReminder,
} from '@/lib/callbacks/schedule';
import type { CallbackRow } from '@/lib/db/rows';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.parse('2026-03-06T15:00:00Z');
const settings = DEFAULT_REMINDER_SETTINGS; // 10 minutes before

let n = 0;
function cb(dueAt: number, extra: Partial<CallbackRow> = {}): CallbackRow {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    conversationKey: `zendesk:acme:${n}`,
    link: `https://acme.zendesk.com/agent/tickets/${n}`,
    helpdesk: 'zendesk',
    promise: 'Call back about the refund',
    channel: 'call',
    dueAt,
    createdAt: T0 - HOUR,
    updatedAt: T0 - HOUR,
    status: 'open',
    source: 'draft',
    ...extra,
  };
}

/** The background's loop: at each alarm (or wake-up), show what is due, store it, re-arm. */
function runBackground(start: CallbackRow[], wakeUps: number[]) {
  let rows = start.map((c) => ({ ...c }));
  const shown: (DueReminder & { at: number })[] = [];
  for (const at of wakeUps) {
    const due = remindersDue(rows, settings, at);
    for (const r of due) {
      shown.push({ ...r, at });
      rows = rows.map((c) => (c.id === r.callbackId ? markReminded(c, r.kind, at) : c));
    }
  }
  return { rows, shown };
}

describe('nextAlarmAt', () => {
  it('is the earliest future reminder of all callbacks: one alarm, not one per callback', () => {
    const a = cb(T0 + 2 * HOUR);
    const b = cb(T0 + HOUR);
    const c = cb(T0 + 3 * HOUR);
    expect(nextAlarmAt([a, b, c], settings, T0)).toBe(T0 + HOUR - 10 * MIN);
  });
  it('after the "before" reminder was shown, the next is the due time', () => {
    const b = cb(T0 + 5 * MIN, { remindedBeforeAt: T0 - MIN });
    expect(nextAlarmAt([b], settings, T0)).toBe(T0 + 5 * MIN);
  });
  it('when the "before" time has passed unshown, it goes to remindersDue and the alarm aims at the due time', () => {
    const b = cb(T0 + 5 * MIN);
    expect(nextAlarmAt([b], settings, T0)).toBe(T0 + 5 * MIN);
    expect(remindersDue([b], settings, T0)).toEqual([{ callbackId: b.id, kind: 'before' }]);
  });
  it('ignores closed callbacks and fully reminded ones; null when nothing is left', () => {
    const done = cb(T0 + HOUR, { status: 'done' });
    const cancelled = cb(T0 + HOUR, { status: 'cancelled' });
    const reminded = cb(T0 - HOUR, { remindedBeforeAt: T0 - 2 * HOUR, remindedDueAt: T0 - HOUR });
    expect(nextAlarmAt([done, cancelled, reminded], settings, T0)).toBeNull();
  });
  it('respects snoozeUntil', () => {
    const s = cb(T0 + 5 * MIN, { remindedBeforeAt: T0 - 5 * MIN, snoozeUntil: T0 + 30 * MIN });
    expect(nextAlarmAt([s], settings, T0)).toBe(T0 + 30 * MIN);
  });
  it('with remindBeforeMin 0 only the due time rings', () => {
    expect(nextAlarmAt([cb(T0 + HOUR)], { remindBeforeMin: 0 }, T0)).toBe(T0 + HOUR);
  });
});

describe('remindersDue and catch-up', () => {
  it('shows "before" then "due", each once, when the alarm rings on time', () => {
    const c = cb(T0 + HOUR);
    const { shown } = runBackground([c], [T0, T0 + 50 * MIN, T0 + 50 * MIN, T0 + HOUR, T0 + HOUR + MIN, T0 + 5 * HOUR]);
    expect(shown).toEqual([
      { callbackId: c.id, kind: 'before', at: T0 + 50 * MIN },
      { callbackId: c.id, kind: 'due', at: T0 + HOUR },
    ]);
  });

  it('after a long sleep: every missed callback once, only "due" when both were missed, future ones untouched', () => {
    const missed = Array.from({ length: 200 }, (_, i) => cb(T0 + i * 7 * MIN));
    const halfShown = cb(T0 + 30 * MIN, { remindedBeforeAt: T0 + 20 * MIN });
    const soon = cb(T0 + 3 * 24 * HOUR + 5 * MIN); // "before" window open at wake-up
    const later = cb(T0 + 4 * 24 * HOUR);
    const all = [...missed, halfShown, soon, later];
    const wake = T0 + 3 * 24 * HOUR; // the laptop slept three days
    const { rows, shown } = runBackground(all, [wake, wake + 1000, wake + 2000]);

    const dueShown = shown.filter((s) => s.kind === 'due').map((s) => s.callbackId);
    expect(new Set(dueShown).size).toBe(dueShown.length); // none twice
    expect(dueShown.sort()).toEqual([...missed, halfShown].map((c) => c.id).sort()); // none lost
    expect(shown.filter((s) => s.kind === 'before')).toEqual([{ callbackId: soon.id, kind: 'before', at: wake }]);
    expect(shown.every((s) => s.at === wake)).toBe(true);
    expect(rows.find((c) => c.id === later.id)).toEqual(later);
    expect(nextAlarmAt(rows, settings, wake)).toBe(soon.dueAt);
  });

  it('lists what is due oldest first', () => {
    const a = cb(T0 - HOUR);
    const b = cb(T0 - 2 * HOUR);
    expect(remindersDue([a, b], settings, T0).map((r) => r.callbackId)).toEqual([b.id, a.id]);
  });
});

describe('snooze', () => {
  it('snoozing a shown "due" reminder shows it once more at snoozeUntil, and nothing before', () => {
    let c = cb(T0);
    c = markReminded(c, 'due', T0);
    expect(remindersDue([c], settings, T0 + MIN)).toEqual([]);
    c = snoozed(c, T0 + 15 * MIN);
    expect(nextAlarmAt([c], settings, T0 + MIN)).toBe(T0 + 15 * MIN);
    expect(remindersDue([c], settings, T0 + 14 * MIN)).toEqual([]);
    expect(remindersDue([c], settings, T0 + 15 * MIN)).toEqual([{ callbackId: c.id, kind: 'due' }]);
    c = markReminded(c, 'due', T0 + 15 * MIN);
    expect(c.snoozeUntil).toBeUndefined();
    expect(remindersDue([c], settings, T0 + 20 * MIN)).toEqual([]);
    expect(nextAlarmAt([c], settings, T0 + 20 * MIN)).toBeNull();
  });

  it('snoozing a "before" reminder to before the due time: a "before" at snoozeUntil, then "due"', () => {
    let c = cb(T0 + 10 * MIN);
    c = markReminded(c, 'before', T0);
    c = snoozed(c, T0 + 5 * MIN);
    const { shown } = runBackground([c], [T0 + MIN, T0 + 5 * MIN, T0 + 6 * MIN, T0 + 10 * MIN, T0 + 11 * MIN]);
    expect(shown.map((s) => [s.kind, s.at])).toEqual([
      ['before', T0 + 5 * MIN],
      ['due', T0 + 10 * MIN],
    ]);
  });

  it('a snooze past the due time holds back the due reminder until then', () => {
    const c = snoozed(cb(T0 + 10 * MIN), T0 + HOUR);
    const { shown } = runBackground([c], [T0, T0 + 5 * MIN, T0 + 10 * MIN, T0 + HOUR, T0 + 2 * HOUR]);
    expect(shown.map((s) => [s.kind, s.at])).toEqual([['due', T0 + HOUR]]);
  });
});

describe('badgeCount', () => {
  it('counts open callbacks that are due now or overdue', () => {
    const list = [cb(T0 - HOUR), cb(T0), cb(T0 + MIN), cb(T0 - HOUR, { status: 'done' }), cb(T0 - HOUR, { status: 'missed' })];
    expect(badgeCount(list, T0)).toBe(2);
  });
});

describe('groupCallbacks', () => {
  const tz = 'Europe/Berlin';
  // 23:59:59 in Berlin on 5 March 2026 (UTC+1)
  const beforeMidnight = Date.parse('2026-03-05T22:59:59Z');
  it('splits overdue / today / upcoming / done at local midnight, with counts', () => {
    const overdue = cb(beforeMidnight - 1);
    const today = cb(beforeMidnight + 1); // 23:59:59.001 local
    const tomorrow = cb(beforeMidnight + 1000); // 00:00:00 local next day
    const done = cb(beforeMidnight - HOUR, { status: 'done', updatedAt: beforeMidnight });
    const cancelled = cb(beforeMidnight + HOUR, { status: 'cancelled', updatedAt: beforeMidnight - 5 });
    const g = groupCallbacks([tomorrow, done, today, overdue, cancelled], beforeMidnight, tz);
    expect(g.overdue).toEqual([overdue]);
    expect(g.today).toEqual([today]);
    expect(g.upcoming).toEqual([tomorrow]);
    expect(g.done).toEqual([done, cancelled]);
    expect(g.counts).toEqual({ overdue: 1, today: 1, upcoming: 1, done: 2 });
  });
  it('the same instant falls on different days in different zones', () => {
    const c = cb(Date.parse('2026-03-06T08:00:00Z'));
    const now = Date.parse('2026-03-05T20:00:00Z');
    expect(groupCallbacks([c], now, 'America/New_York').counts.upcoming).toBe(1); // 15:00 → tomorrow 03:00
    expect(groupCallbacks([c], now, 'Pacific/Auckland').counts.today).toBe(1); // 09:00 → 21:00 same day
  });
  it('sorts each group by due time', () => {
    const a = cb(T0 + 3 * HOUR);
    const b = cb(T0 + 2 * HOUR);
    expect(groupCallbacks([a, b], T0, 'UTC').today.map((c) => c.id)).toEqual([b.id, a.id]);
  });
});

describe('searchCallbacks', () => {
  const jose = cb(T0, { customerName: 'José Müller', promise: 'Refund for order 4821' });
  const ana = cb(T0, { customerName: 'Ana', customerContact: 'ana@example.com', promise: 'Check the label', outcome: 'Left a voicemail' });
  it('matches every word, ignoring case and accents, across customer, contact, promise, outcome', () => {
    expect(searchCallbacks([jose, ana], 'jose refund')).toEqual([jose]);
    expect(searchCallbacks([jose, ana], 'MULLER')).toEqual([jose]);
    expect(searchCallbacks([jose, ana], 'example.com')).toEqual([ana]);
    expect(searchCallbacks([jose, ana], 'voicemail')).toEqual([ana]);
    expect(searchCallbacks([jose, ana], 'jose label')).toEqual([]);
    expect(searchCallbacks([jose, ana], '  ')).toEqual([jose, ana]);
  });
});
