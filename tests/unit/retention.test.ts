// Optional retention: closed callbacks and incidents older than N days are deleted, open callbacks
// never; the setting is parsed at the boundary; the daily alarm and the start-up run apply it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { applyRetention, DAY } from '@/lib/db/retention';
import { addCallback, markDone, markMissed, cancel } from '@/lib/db/callbacks';
import { addIncident } from '@/lib/db/incidents';
import { parseRetentionSettings, RETENTION_KEY } from '@/lib/messaging';
import { readRetention, RETENTION_ALARM, runRetention, setRetention } from '@/entrypoints/background/data';
import { deleteDb, getDb } from '@/entrypoints/background/db';

// A fixed clock: 2026-06-01 12:00 UTC.
const NOW = Date.UTC(2026, 5, 1, 12);
let n = 0;
const freshDb = (): HeardDB => new HeardDB(`retention-${++n}`, { now: () => NOW });

async function callback(db: HeardDB, ageDays: number, status: 'open' | 'done' | 'missed' | 'cancelled', closedAgoDays = ageDays) {
  const at = NOW - ageDays * DAY;
  const row = await addCallback(
    db,
    { conversationKey: 'demo:t:1', link: 'http://x/', helpdesk: 'demo', promise: `${status} ${ageDays}d`, channel: 'call', dueAt: at, source: 'quick-add' },
    { now: at - 1000 },
  );
  const o = { now: NOW - closedAgoDays * DAY };
  if (status === 'done') return markDone(db, row.id, 'ok', o);
  if (status === 'missed') return markMissed(db, row.id, undefined, o);
  if (status === 'cancelled') return cancel(db, row.id, o);
  return row;
}

async function incident(db: HeardDB, ageDays: number) {
  return addIncident(db, { conversationKey: 'demo:t:1', link: 'http://x/', category: 'insult', note: `${ageDays}d`, helpdesk: 'demo', at: NOW - ageDays * DAY });
}

test('deletes closed callbacks and incidents older than N days; open callbacks are never deleted', async () => {
  const db = freshDb();
  const openOld = await callback(db, 400, 'open');
  const doneOld = await callback(db, 100, 'done');
  const missedOld = await callback(db, 95, 'missed');
  const cancelledOld = await callback(db, 91, 'cancelled');
  const doneRecent = await callback(db, 10, 'done');
  // Due long ago, closed only yesterday: the closing is recent, so it stays.
  const closedLate = await callback(db, 200, 'done', 1);
  const oldIncident = await incident(db, 91);
  const newIncident = await incident(db, 89);

  const res = await applyRetention(db, 90, NOW);
  expect(res).toEqual({ before: NOW - 90 * DAY, callbacks: 3, incidents: 1 });

  const left = new Set((await db.callbacks.toArray()).map((r) => r.id));
  expect(left).toEqual(new Set([openOld.id, doneRecent.id, closedLate.id]));
  for (const gone of [doneOld, missedOld, cancelledOld]) expect(left.has(gone.id)).toBe(false);
  expect((await db.incidents.toArray()).map((i) => i.id)).toEqual([newIncident.id]);
  expect(await db.incidents.get(oldIncident.id)).toBeUndefined();

  // A second run finds nothing more.
  expect(await applyRetention(db, 90, NOW)).toMatchObject({ callbacks: 0, incidents: 0 });
  db.close();
});

test('the exact boundary: a row exactly N days old is kept', async () => {
  const db = freshDb();
  const edge = await callback(db, 30, 'done');
  await incident(db, 30);
  expect(await applyRetention(db, 30, NOW)).toMatchObject({ callbacks: 0, incidents: 0 });
  expect(await db.callbacks.get(edge.id)).toBeDefined();
  db.close();
});

test('days out of range are refused before anything is touched', async () => {
  const db = freshDb();
  await callback(db, 100, 'done');
  for (const bad of [0, -1, 1.5, 3651, Number.NaN]) await expect(applyRetention(db, bad, NOW)).rejects.toThrow(/retention days/);
  expect(await db.callbacks.count()).toBe(1);
  db.close();
});

test('a failing table leaves the other table\'s transaction intact and nothing half-deleted', async () => {
  const db = freshDb();
  await callback(db, 100, 'done');
  await callback(db, 120, 'done');
  await incident(db, 100);
  // The incidents transaction fails: the callbacks one (already committed) stands, incidents untouched.
  db.incidents.hook('deleting', () => {
    throw new Error('disk trouble');
  });
  await expect(applyRetention(db, 90, NOW)).rejects.toThrow();
  expect(await db.callbacks.count()).toBe(0);
  expect(await db.incidents.count()).toBe(1);
  db.close();
});

describe('the stored setting (a boundary)', () => {
  test('nothing stored: off', () => {
    expect(parseRetentionSettings(undefined)).toEqual({ days: null });
  });
  test('valid values pass', () => {
    expect(parseRetentionSettings({ days: 90 })).toEqual({ days: 90 });
    expect(parseRetentionSettings({ days: null, lastRun: { at: NOW, callbacks: 1, incidents: 0 } })).toMatchObject({ days: null });
  });
  test('a bad value turns retention off and names the field', () => {
    expect(parseRetentionSettings({ days: '90' })).toMatchObject({ days: null, error: expect.stringMatching(/^heard:retention\.days:/) });
    expect(parseRetentionSettings({ days: 0 })).toMatchObject({ days: null, error: expect.stringMatching(/days/) });
    expect(parseRetentionSettings({ days: 30, extra: 1 })).toMatchObject({ days: null, error: expect.stringMatching(/heard:retention/) });
    expect(parseRetentionSettings('30')).toMatchObject({ days: null, error: expect.any(String) });
  });
});

describe('in the background', () => {
  const env = { now: () => NOW };
  beforeEach(async () => {
    await deleteDb();
  });

  test('off by default: the start-up run deletes nothing and sets no alarm', async () => {
    await callback(getDb(), 400, 'done');
    expect(await runRetention(env)).toBeNull();
    expect(await getDb().callbacks.count()).toBe(1);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeUndefined();
  });

  test('switching it on applies it at once, records the run and sets a daily alarm', async () => {
    await callback(getDb(), 400, 'done');
    await callback(getDb(), 400, 'open');
    await incident(getDb(), 200);
    const res = await setRetention(180, env);
    expect(res).toEqual({ ok: true, view: { days: 180, lastRun: { at: NOW, callbacks: 1, incidents: 1 } } });
    expect(await getDb().callbacks.count()).toBe(1);
    const alarm = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 24 * 60 });
    expect(await readRetention()).toEqual({ days: 180, lastRun: { at: NOW, callbacks: 1, incidents: 1 } });

    // Switching it off removes the alarm and keeps everything from then on.
    expect(await setRetention(null, env)).toEqual({ ok: true, view: { days: null } });
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeUndefined();
    await callback(getDb(), 400, 'done');
    expect(await runRetention(env)).toBeNull();
    expect(await getDb().callbacks.count()).toBe(2);
  });

  test('the daily alarm applies it (a day later, the clock moved on)', async () => {
    await setRetention(30, env);
    await callback(getDb(), 29, 'done');
    let clock = NOW;
    const { registerData } = await import('@/entrypoints/background/data');
    registerData({ now: () => clock });
    // The start-up run: 29 days old is not older than 30.
    await vi.waitFor(async () => expect((await readRetention()).lastRun).toEqual({ at: NOW, callbacks: 0, incidents: 0 }));
    expect(await getDb().callbacks.count()).toBe(1);
    clock = NOW + 2 * DAY;
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: clock, periodInMinutes: 24 * 60, persistAcrossSessions: false });
    await vi.waitFor(async () => expect(await getDb().callbacks.count()).toBe(0));
  });

  test('a corrupt stored setting deletes nothing and is reported', async () => {
    await fakeBrowser.storage.local.set({ [RETENTION_KEY]: { days: 'thirty' } });
    await callback(getDb(), 400, 'done');
    expect(await runRetention(env)).toBeNull();
    expect(await getDb().callbacks.count()).toBe(1);
    expect((await readRetention()).error).toMatch(/heard:retention\.days/);
  });
});
