// Storage faults: a full disk (QuotaExceededError) and a blocked open (another page holds an older
// version). The write fails cleanly with a fault the UI can word, nothing stored is lost, and the
// next write after the cause is gone succeeds.
import { Dexie } from 'dexie';
import { HeardDB, storageFault } from '@/lib/db';
import { addCallback } from '@/lib/db/callbacks';
import { addIncident } from '@/lib/db/incidents';
import { setNote } from '@/lib/db/notes';
import { quotaMiddleware as quota } from '../../components/quota';

let n = 0;
const name = (): string => `faults-${++n}-${Math.random().toString(36).slice(2)}`;

const cb = {
  conversationKey: 'demo:t:1',
  link: 'http://x/',
  helpdesk: 'demo',
  promise: 'Call back about the refund',
  channel: 'call' as const,
  dueAt: Date.now() + 3_600_000,
  source: 'quick-add' as const,
};

describe('storageFault', () => {
  test('recognises the quota error however Dexie wraps it', () => {
    const dom = new DOMException('quota', 'QuotaExceededError');
    expect(storageFault(dom)).toBe('storage-full');
    expect(storageFault(new Dexie.QuotaExceededError('full'))).toBe('storage-full');
    expect(storageFault(new Dexie.AbortError('Transaction aborted', dom))).toBe('storage-full');
    expect(storageFault(new Dexie.BulkError('1 of 2 failed', { 0: dom } as never))).toBe('storage-full');
    expect(storageFault(new Error('boom'))).toBeNull();
    expect(storageFault(new Dexie.ConstraintError('Key already exists'))).toBeNull();
    expect(storageFault(null)).toBeNull();
  });
});

test('disk full: the write fails as storage-full, nothing stored is lost or half written, and the next write after space is freed succeeds', async () => {
  const state = { full: false };
  const db = new HeardDB(name());
  db.use(quota(state));
  const kept = await addCallback(db, cb);
  await setNote(db, 'demo:t:1', 'Prefers mornings');

  state.full = true;
  const err = await addCallback(db, { ...cb, promise: 'Another one' }).catch((e: unknown) => e);
  expect(db.faultOf(err)).toBe('storage-full');
  expect(db.faultOf(await setNote(db, 'demo:t:1', 'Changed').catch((e: unknown) => e))).toBe('storage-full');
  expect(db.faultOf(await addIncident(db, { conversationKey: 'demo:t:1', link: 'http://x/', category: 'insult', note: '', helpdesk: 'demo' }).catch((e: unknown) => e))).toBe('storage-full');

  // Reads still work, and what was stored before is all there, unchanged.
  state.full = false;
  expect(await db.callbacks.toArray()).toEqual([kept]);
  expect((await db.notes.get('demo:t:1'))?.text).toBe('Prefers mornings');
  expect(await db.incidents.count()).toBe(0);

  // Space freed: the same write now succeeds.
  await addCallback(db, { ...cb, promise: 'Another one' });
  expect(await db.callbacks.count()).toBe(2);
  db.close();
});

/** The same database with one more version (a newer Heard). */
class NewerHeardDB extends HeardDB {
  constructor(dbName: string) {
    super(dbName, { blockedRetryMs: 200 });
    this.version(this.verno + 1).stores({ extra: 'id' });
  }
}

test('our connection closes when another page opens a newer version, so the upgrade proceeds; data is kept', async () => {
  const dbName = name();
  const old = new HeardDB(dbName);
  const row = await addCallback(old, cb);
  expect(old.isOpen()).toBe(true);

  const newer = new NewerHeardDB(dbName);
  // Not blocked: the old connection let go at once.
  expect(await newer.table('callbacks').get(row.id)).toEqual(row);
  expect(old.isOpen()).toBe(false);
  expect(newer.blockedAt).toBeNull();
  newer.close();
});

test('our open blocked by a page that holds an old version: operations fail at once as db-blocked, nothing is lost, and we recover when it goes', async () => {
  const dbName = name();
  const old = new HeardDB(dbName);
  const row = await addCallback(old, cb);
  // An old page that does not let go when asked to (its versionchange handler keeps it open).
  old.on('versionchange', () => false);

  const newer = new NewerHeardDB(dbName);
  const err = await addCallback(newer, { ...cb, promise: 'Written while blocked' }).catch((e: unknown) => e);
  expect(newer.faultOf(err)).toBe('db-blocked');
  expect(newer.blockedAt).not.toBeNull();
  // Still blocked: the retry fails the same clean way (it does not hang).
  const again = await newer.retryIfBlocked().callbacks.count().catch((e: unknown) => e);
  expect(newer.faultOf(again)).toBe('db-blocked');

  // The old page goes away: the next use opens, upgrades, and every row is there.
  old.close();
  expect(await newer.retryIfBlocked().callbacks.toArray()).toEqual([row]);
  expect(newer.blockedAt).toBeNull();
  await addCallback(newer, { ...cb, promise: 'After' });
  expect(await newer.callbacks.count()).toBe(2);
  newer.close();
});
