import { Dexie } from 'dexie';
import { HeardDB } from '@/lib/db/database';
import { RecordNotFoundError } from '@/lib/db/store';
import { addCallback, cancel, deleteCallback, getCallback, listForConversation, listGrouped, listOpen, listOpenForConversation, markDone, markMissed, recordReminders, reopen, snooze, updateCallback, type NewCallbackInput } from '@/lib/db/callbacks';
import { addDismissal, listDismissals } from '@/lib/db/dismissals';
import { addIncident, deleteIncident, listIncidents } from '@/lib/db/incidents';
import { getChecklistState, setChecklistState } from '@/lib/db/checklists';
import { getNote, setNote } from '@/lib/db/notes';
import { incrementRuleStat } from '@/lib/db/rule-stats';
import { nextAlarmAt, remindersDue, DEFAULT_REMINDER_SETTINGS } from '@/lib/callbacks/schedule';

const T0 = Date.parse('2026-03-06T15:00:00Z');
const HOUR = 3600_000;
let db: HeardDB;
let seq = 0;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = new HeardDB(`heard-store-${seq++}`);
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await Dexie.delete(db.name);
});

const input = (over: Partial<NewCallbackInput> = {}): NewCallbackInput => ({
  conversationKey: 'zendesk:acme.zendesk.com:4821',
  link: 'https://acme.zendesk.com/agent/tickets/4821',
  helpdesk: 'zendesk',
  customerName: 'José',
  promise: "I'll call you back tomorrow at 3",
  channel: 'call',
  dueAt: T0 + 24 * HOUR,
  source: 'draft',
  ...over,
});

describe('the database', () => {
  it('is opened with strict durability', () => {
    expect((db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
  });
});

describe('callbacks', () => {
  it('adds a validated, open callback with id and times', async () => {
    const c = await addCallback(db, input());
    expect(c.status).toBe('open');
    expect(c.createdAt).toBe(T0);
    expect(c.updatedAt).toBe(T0);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getCallback(db, c.id)).toEqual(c);
  });

  it('an add sent again with the same id finds the saved row and adds nothing', async () => {
    const id = crypto.randomUUID();
    const first = await addCallback(db, input(), { id });
    const again = await addCallback(db, input(), { id, now: T0 + 5000 });
    expect(again).toEqual(first);
    expect(await db.callbacks.count()).toBe(1);
  });

  it('rejects bad input and stores nothing', async () => {
    await expect(addCallback(db, input({ dueAt: 1_700_000_000 }))).rejects.toThrow(); // seconds, not ms
    await expect(addCallback(db, input({ channel: 'fax' as 'call' }))).rejects.toThrow();
    await expect(addCallback(db, { ...input(), status: 'done' } as NewCallbackInput)).rejects.toThrow(); // unknown key
    expect(await db.callbacks.count()).toBe(0);
  });

  it('a new due time re-arms its reminders', async () => {
    const c = await addCallback(db, input({ dueAt: T0 + HOUR }));
    vi.setSystemTime(T0 + HOUR);
    await recordReminders(db, remindersDue([c], DEFAULT_REMINDER_SETTINGS, T0 + HOUR), T0 + HOUR);
    expect((await getCallback(db, c.id))?.remindedDueAt).toBe(T0 + HOUR);
    const moved = await updateCallback(db, c.id, { dueAt: T0 + 3 * HOUR, promise: 'Call after 3' });
    expect(moved.remindedDueAt).toBeUndefined();
    expect(moved.promise).toBe('Call after 3');
    expect(moved.updatedAt).toBe(T0 + HOUR);
    expect(nextAlarmAt([moved], DEFAULT_REMINDER_SETTINGS, T0 + HOUR)).toBe(T0 + 3 * HOUR - 10 * 60_000);
  });

  it('a patch that does not change dueAt keeps the reminder marks', async () => {
    const c = await addCallback(db, input());
    await recordReminders(db, [{ callbackId: c.id, kind: 'before' }], T0 + 5);
    const u = await updateCallback(db, c.id, { customerContact: '+1 555 0100' });
    expect(u.remindedBeforeAt).toBe(T0 + 5);
  });

  it('snooze, done, missed, cancel, reopen', async () => {
    const c = await addCallback(db, input());
    expect((await snooze(db, c.id, T0 + 2 * HOUR)).snoozeUntil).toBe(T0 + 2 * HOUR);
    const done = await markDone(db, c.id, 'Called, refund confirmed');
    expect(done).toMatchObject({ status: 'done', outcome: 'Called, refund confirmed' });
    expect(done.snoozeUntil).toBeUndefined();
    expect((await reopen(db, c.id, T0 + 5 * HOUR)).status).toBe('open');
    expect((await markMissed(db, c.id, 'No answer')).status).toBe('missed');
    expect((await cancel(db, c.id)).status).toBe('cancelled');
    await expect(markDone(db, 'nope')).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('an overdue callback stays open (never missed automatically)', async () => {
    const c = await addCallback(db, input({ dueAt: T0 + HOUR }));
    vi.setSystemTime(T0 + 48 * HOUR);
    const g = await listGrouped(db, Date.now(), 'UTC');
    expect(g.overdue.map((x) => x.id)).toEqual([c.id]);
    expect((await getCallback(db, c.id))?.status).toBe('open');
  });

  it('lists per conversation, open ones in due order via the indexes, and deletes', async () => {
    const a = await addCallback(db, input({ dueAt: T0 + 3 * HOUR }));
    const b = await addCallback(db, input({ dueAt: T0 + 2 * HOUR }));
    const other = await addCallback(db, input({ conversationKey: 'other', dueAt: T0 + HOUR }));
    await markDone(db, b.id);
    expect((await listForConversation(db, a.conversationKey)).map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await listOpenForConversation(db, a.conversationKey)).map((c) => c.id)).toEqual([a.id]);
    expect((await listOpen(db)).map((c) => c.id)).toEqual([other.id, a.id]);
    expect((await listOpen(db, { limit: 1 })).map((c) => c.id)).toEqual([other.id]);
    const g = await listGrouped(db, T0, 'UTC');
    expect(g.counts).toEqual({ overdue: 0, today: 2, upcoming: 0, done: 1 });
    await deleteCallback(db, a.id);
    expect(await getCallback(db, a.id)).toBeUndefined();
  });
});

describe('notes, incidents, stats, dismissals, checklists', () => {
  it('notes: set, read, empty deletes', async () => {
    await setNote(db, 'k', 'Prefers calls after 2pm');
    expect(await getNote(db, 'k')).toEqual({ conversationKey: 'k', text: 'Prefers calls after 2pm', updatedAt: T0 });
    await setNote(db, 'k', '   ');
    expect(await getNote(db, 'k')).toBeUndefined();
  });

  it('incidents: add, list newest first, per conversation, delete', async () => {
    const base = { conversationKey: 'k1', link: 'https://x/1', category: 'insult' as const, note: 'Warned once', helpdesk: 'zendesk' };
    const a = await addIncident(db, base);
    vi.setSystemTime(T0 + 1000);
    const b = await addIncident(db, { ...base, conversationKey: 'k2', category: 'threat' });
    expect((await listIncidents(db)).map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await listIncidents(db, { conversationKey: 'k1' })).map((i) => i.id)).toEqual([a.id]);
    await expect(addIncident(db, { ...base, category: 'rude' as 'insult' })).rejects.toThrow();
    await deleteIncident(db, a.id);
    expect((await listIncidents(db)).map((i) => i.id)).toEqual([b.id]);
  });

  it('rule stats count up from zero', async () => {
    await incrementRuleStat(db, 'default/idk', 'shown');
    await incrementRuleStat(db, 'default/idk', 'shown');
    const r = await incrementRuleStat(db, 'default/idk', 'inserted', 3);
    expect(r).toEqual({ ruleId: 'default/idk', shown: 2, inserted: 3, dismissed: 0, notHelpful: 0 });
    await expect(incrementRuleStat(db, 'x', 'shown', -1)).rejects.toThrow(RangeError);
  });

  it('concurrent increments are not lost', async () => {
    await Promise.all(Array.from({ length: 20 }, () => incrementRuleStat(db, 'r', 'dismissed')));
    expect((await db.ruleStats.get('r'))?.dismissed).toBe(20);
  });

  it('dismissals per conversation', async () => {
    await addDismissal(db, 'k1', 'p/a');
    await addDismissal(db, 'k1', 'p/b');
    await addDismissal(db, 'k2', 'p/a');
    expect((await listDismissals(db, 'k1')).map((d) => d.hintId).sort()).toEqual(['p/a', 'p/b']);
  });

  it('checklist state keeps openedAt and never holds an item both ticked and unticked', async () => {
    await setChecklistState(db, { conversationKey: 'k', checklistId: 'deesc', ticked: ['a'], unticked: [] });
    vi.setSystemTime(T0 + 5000);
    const s = await setChecklistState(db, { conversationKey: 'k', checklistId: 'deesc', ticked: ['a', 'b', 'b'], unticked: ['b', 'c'] });
    expect(s).toEqual({ conversationKey: 'k', checklistId: 'deesc', ticked: ['a', 'b'], unticked: ['c'], openedAt: T0, updatedAt: T0 + 5000 });
    expect(await getChecklistState(db, 'k', 'deesc')).toEqual(s);
  });
});
