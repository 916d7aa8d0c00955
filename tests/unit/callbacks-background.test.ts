// The background's reminder logic on fake-indexeddb and WXT's fake browser: one alarm at the next
// reminder, catch-up after sleep shown once, the badge, notification buttons, same-day reply.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { addCallback, getCallback, listForConversation, MINUTE, HOUR } from '@/lib/callbacks';
import { parseReminderSettings, SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { ALARM_NAME, reconcile, notificationId } from '@/entrypoints/background/reminders';
import {
  createHandlers,
  countGroups,
  listGroups,
  onConversationSeen,
  onNotificationButton,
  registerCallbacks,
  REPLY_BY_PER_DAY,
  PANEL_CALLBACKS,
  panelScope,
  type CallbackEnv,
} from '@/entrypoints/background/callbacks';

// Tuesday 3 March 2026, 10:00 in Berlin.
const T0 = Date.UTC(2026, 2, 3, 9, 0);
let db: HeardDB;
let clock: number;
let env: CallbackEnv;
let broadcasts: number;
let unregister: (() => void) | null = null;

beforeEach(async () => {
  db = new HeardDB(`bg-${crypto.randomUUID()}`);
  clock = T0;
  broadcasts = 0;
  env = { db: () => db, now: () => clock, broadcast: () => void broadcasts++ };
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin', remindBeforeMin: 10 } });
});
afterEach(async () => {
  unregister?.();
  unregister = null;
  await db.delete();
});

const input = (over: Partial<Parameters<typeof addCallback>[1]> = {}) => ({
  conversationKey: 'demo:x:1',
  link: 'https://help.example.com/tickets/1',
  helpdesk: 'demo',
  promise: 'Call about the refund',
  channel: 'call' as const,
  dueAt: T0 + HOUR,
  source: 'quick-add' as const,
  ...over,
});

const alarm = () => fakeBrowser.alarms.get(ALARM_NAME);
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();
const badge = () => fakeBrowser.action.getBadgeText({});

test('settings are parsed field by field; a bad field takes its default', () => {
  expect(parseReminderSettings({ remindBeforeMin: -3, timeZone: 'Mars/Olympus', workdayStart: '08:30', sameDayReply: true })).toEqual({
    remindBeforeMin: 10,
    timeZone: '',
    workdayStart: '08:30',
    workdayEnd: '17:00',
    workdays: [1, 2, 3, 4, 5],
    sameDayReply: true,
  });
  expect(parseReminderSettings('nonsense').remindBeforeMin).toBe(10);
});

test('one alarm, at the next reminder; rebuilt after a change', async () => {
  await addCallback(db, input({ dueAt: T0 + 2 * HOUR }), { now: T0 });
  await reconcile(env);
  expect((await alarm())?.scheduledTime).toBe(T0 + 2 * HOUR - 10 * MINUTE);

  // A sooner callback through the UI message: the alarm moves.
  const h = createHandlers(env);
  const res = await h['ui:callbacks:add'](input({ dueAt: T0 + 30 * MINUTE }));
  expect(res.ok).toBe(true);
  expect((await alarm())?.scheduledTime).toBe(T0 + 20 * MINUTE);
  expect(broadcasts).toBe(1);
  expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

  // Done: the alarm goes back to the other one.
  if (res.ok) await h['ui:callbacks:close']({ id: res.callback.id, status: 'done', outcome: 'Called, refunded' });
  expect((await alarm())?.scheduledTime).toBe(T0 + 2 * HOUR - 10 * MINUTE);
});

test('the alarm rings: "due soon" then "due now", each shown once, and the badge counts what is due', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    const c = await addCallback(db, input({ dueAt: T0 + HOUR }), { now: T0 });
    unregister = registerCallbacks(env);
    await reconcile(env);
    expect(await badge()).toBe('');

    clock = T0 + HOUR - 10 * MINUTE;
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: clock, persistAcrossSessions: false });
    await reconcile(env); // waits for the run the alarm started
    expect(await shown()).toEqual([notificationId(c.id, 'before')]);
    expect((await alarm())?.scheduledTime).toBe(T0 + HOUR);

    clock = T0 + HOUR;
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: clock, persistAcrossSessions: false });
    await reconcile(env);
    expect(await shown()).toEqual([notificationId(c.id, 'before'), notificationId(c.id, 'due')].sort());
    expect(await badge()).toBe('1');
    expect(await alarm()).toBeUndefined();

    // A second wake shows nothing again.
    await fakeBrowser.notifications.clear(notificationId(c.id, 'due'));
    await fakeBrowser.notifications.clear(notificationId(c.id, 'before'));
    const again = await reconcile(env);
    expect(again.shown).toEqual([]);
    expect(await shown()).toEqual([]);
    const row = await getCallback(db, c.id);
    expect(row?.remindedDueAt).toBe(T0 + HOUR);
  } finally {
    vi.useRealTimers();
  }
});

test('after sleep or a closed browser: everything that fell due is shown once at start-up, none lost, none twice', async () => {
  const rows = [];
  for (let i = 0; i < 5; i++) rows.push(await addCallback(db, input({ dueAt: T0 + (i + 1) * HOUR, promise: `p${i}` }), { now: T0 }));
  await reconcile(env);
  // The browser was closed from T0 until 3.5 h later: three callbacks fell due, a fourth is "soon".
  clock = T0 + 3.5 * HOUR + 25 * MINUTE;
  unregister = registerCallbacks(env); // a fresh wake
  await fakeBrowser.runtime.onStartup.trigger();
  const run = await reconcile(env);
  expect(run.shown).toEqual([]); // the wake's own run already showed them
  const stored = await Promise.all(rows.map((r) => getCallback(db, r.id)));
  expect(stored.map((r) => (r?.remindedDueAt ? 'due' : r?.remindedBeforeAt ? 'before' : '-'))).toEqual(['due', 'due', 'due', 'before', '-']);
  // Four reminders at once: one summary notification, not four.
  expect(await shown()).toEqual(['heard-cb:summary']);
  expect(await badge()).toBe('3');
  expect((await alarm())?.scheduledTime).toBe(T0 + 4 * HOUR);
});

test('a few reminders at once get a notification each; Chrome buttons Done and Snooze work', async () => {
  const a = await addCallback(db, input({ dueAt: T0 - HOUR, promise: 'a' }), { now: T0 - 2 * HOUR });
  const b = await addCallback(db, input({ dueAt: T0 - 30 * MINUTE, promise: 'b' }), { now: T0 - 2 * HOUR });
  await reconcile(env);
  expect(await shown()).toEqual([notificationId(a.id, 'due'), notificationId(b.id, 'due')].sort());
  const opts = fakeBrowser.notifications.getAllCreateOptions()[notificationId(a.id, 'due')] as { buttons?: unknown[]; title: string };
  expect(opts.buttons).toHaveLength(2);
  expect(opts.title).toMatch(/^Overdue: Call back/);

  await onNotificationButton(notificationId(a.id, 'due'), 0, env);
  expect((await getCallback(db, a.id))?.status).toBe('done');
  await onNotificationButton(notificationId(b.id, 'due'), 1, env);
  expect((await getCallback(db, b.id))?.snoozeUntil).toBe(T0 + 15 * MINUTE);
  expect((await alarm())?.scheduledTime).toBe(T0 + 15 * MINUTE);
  expect(await badge()).toBe('1');
});

test('the popup list reads counts and the first rows through the index', async () => {
  await addCallback(db, input({ dueAt: T0 - HOUR }), { now: T0 - 2 * HOUR });
  await addCallback(db, input({ dueAt: T0 + HOUR }), { now: T0 });
  await addCallback(db, input({ dueAt: T0 + 2 * HOUR }), { now: T0 });
  await addCallback(db, input({ dueAt: T0 + 26 * HOUR }), { now: T0 });
  const d = await addCallback(db, input({ dueAt: T0 - 3 * HOUR }), { now: T0 - 4 * HOUR });
  await createHandlers(env)['ui:callbacks:close']({ id: d.id, status: 'done' });
  expect((await listGroups(db, T0, 'Europe/Berlin', 10)).counts).toEqual({ overdue: 1, today: 2, upcoming: 1, done: 1 });
  // With a limit the first list reads only that many rows; full groups' counts come separately.
  const g = await listGroups(db, T0, 'Europe/Berlin', 1);
  expect(g.counts).toEqual({ overdue: null, today: null, upcoming: null, done: null });
  expect(g.today).toHaveLength(1);
  expect(g.today[0]!.dueAt).toBe(T0 + HOUR);
  expect(await countGroups(db, T0, 'Europe/Berlin')).toEqual({ overdue: 1, today: 2, upcoming: 1, done: 1 });
});

test('same-day reply: one "reply by end of day" per conversation per day, only when switched on and the customer waits', async () => {
  const ticket = { key: 'demo:x:7', link: 'https://help.example.com/7', title: 'Where is my order?' };
  const waiting = [{ role: 'agent' as const }, { role: 'customer' as const }];
  expect(await onConversationSeen({ site: 'demo', ticket, thread: waiting }, env)).toBeNull(); // off by default

  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin', sameDayReply: true } });
  expect(await onConversationSeen({ site: 'demo', ticket, thread: [{ role: 'customer' }, { role: 'agent' }] }, env)).toBeNull();
  const made = await onConversationSeen({ site: 'demo', ticket, thread: waiting }, env);
  expect(made?.source).toBe('reply-by');
  expect(made?.dueAt).toBe(Date.UTC(2026, 2, 3, 16, 0)); // 17:00 Berlin
  clock = T0 + 2 * HOUR;
  expect(await onConversationSeen({ site: 'demo', ticket, thread: waiting }, env)).toBeNull();
  clock = T0 + 24 * HOUR; // the next day
  expect(await onConversationSeen({ site: 'demo', ticket, thread: waiting }, env)).not.toBeNull();
  expect((await listForConversation(db, ticket.key)).filter((c) => c.source === 'reply-by')).toHaveLength(2);
});

test('same-day reply: at most REPLY_BY_PER_DAY a day, whatever conversations come in', async () => {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin', sameDayReply: true } });
  const waiting = [{ role: 'customer' as const }];
  const seen = (i: number) => onConversationSeen({ site: 'demo', ticket: { key: `demo:x:${i}`, link: `https://help.example.com/${i}` }, thread: waiting }, env);
  for (let i = 0; i < REPLY_BY_PER_DAY; i++) expect(await seen(i)).not.toBeNull();
  expect(await seen(REPLY_BY_PER_DAY)).toBeNull();
  expect(await db.callbacks.filter((c) => c.source === 'reply-by').count()).toBe(REPLY_BY_PER_DAY);
  clock = T0 + 24 * HOUR; // the next day
  expect(await seen(REPLY_BY_PER_DAY)).not.toBeNull();
});

test('the framed panel reaches only its tab\'s conversation: its key, its earlier key, its callbacks by id', async () => {
  // The tab's state as the background keeps it (tabs.ts; its storage.session copy, as after a restart).
  await fakeBrowser.storage.session.set({
    'tab:3': { site: 'demo', ticket: { key: 'demo:x:1', link: 'https://help.example.com/1', earlierKey: 'demo:x:old' }, tone: null, hints: [], draftLength: 0, updatedAt: 1 },
  });
  const mine = await addCallback(db, input({ conversationKey: 'demo:x:1' }));
  const theirs = await addCallback(db, input({ conversationKey: 'demo:x:2', promise: 'Another customer' }));
  await expect(panelScope(env, 3, { conversationKey: 'demo:x:1' })).resolves.toBeUndefined();
  await expect(panelScope(env, 3, { conversationKey: 'demo:x:old' })).resolves.toBeUndefined();
  await expect(panelScope(env, 3, { id: mine.id, status: 'done' })).resolves.toBeUndefined();
  await expect(panelScope(env, 3, {})).resolves.toBeUndefined(); // settings: no conversation
  await expect(panelScope(env, 3, { conversationKey: 'demo:x:2' })).rejects.toThrow(/not this tab/);
  await expect(panelScope(env, 3, { id: theirs.id })).rejects.toThrow(/not this tab/);
  await expect(panelScope(env, 3, { id: 'no-such-id' })).rejects.toThrow(/not this tab/);
  await expect(panelScope(env, 4, { conversationKey: 'demo:x:1' })).rejects.toThrow(/not this tab/); // a tab with no state
  // The list, the counts and the search are not among what the panel may send at all.
  for (const type of ['ui:callbacks:list', 'ui:callbacks:search', 'ui:callbacks:counts']) expect(PANEL_CALLBACKS.has(type)).toBe(false);
  await fakeBrowser.storage.session.remove('tab:3');
});

test('handlers refuse bad input without writing', async () => {
  const h = createHandlers(env);
  const res = await h['ui:callbacks:snooze']({ id: 'nope', until: T0 });
  expect(res.ok).toBe(false);
  expect(await db.callbacks.count()).toBe(0);
});
