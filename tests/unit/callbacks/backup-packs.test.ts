// A backup file is not a source of rights (issue 14, point 5): pack rows claiming the browser
// policy are dropped, rows claiming a URL subscription come back as packs from a file, the
// current policy packs stay, and the rep sees the packs' names before confirming.
import { Dexie } from 'dexie';
import { HeardDB } from '@/lib/db/database';
import type { PackRow } from '@/lib/db/rows';
import { exportBackup, importBackup, parseBackup, restorePlan } from '@/lib/callbacks/backup';

const T0 = Date.parse('2026-03-06T15:00:00Z');
let db: HeardDB;
let seq = 0;
beforeEach(async () => {
  db = new HeardDB(`heard-backup-packs-${seq++}`, { now: () => T0 });
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const row = (id: string, source: PackRow['source'], extra: Partial<PackRow> = {}): PackRow => ({
  id,
  source,
  enabled: true,
  order: 1,
  json: source === 'builtin' ? '' : JSON.stringify({ name: `Pack ${id}` }),
  installedAt: T0,
  updatedAt: T0,
  ...extra,
});

/** A backup file whose packs table holds `packs`, made by exporting a database that had them. */
async function fileWith(packs: PackRow[]): Promise<string> {
  const other = new HeardDB(`heard-backup-src-${seq++}`, { now: () => T0 });
  await other.open();
  await other.packs.bulkAdd(packs);
  const text = await exportBackup(other);
  other.close();
  await Dexie.delete(other.name);
  return text;
}

test('restorePlan: policy rows dropped, URL rows demoted to file (no URL, no fetch state), others kept; names for the confirmation', () => {
  const plan = restorePlan([
    row('heard-default', 'builtin'),
    row('team', 'file'),
    row('sub', 'url', { url: 'https://packs.example.org/p.json', etag: '"v1"', lastFetchAt: T0, lastFetchStatus: 'fresh', lastFetchResult: 'ok' }),
    row('org', 'policy'),
  ]);
  expect(plan.rows.map((r) => [r.id, r.source])).toEqual([
    ['heard-default', 'builtin'],
    ['team', 'file'],
    ['sub', 'file'],
  ]);
  expect(plan.rows.find((r) => r.id === 'sub')).not.toHaveProperty('url');
  expect(plan.rows.find((r) => r.id === 'sub')).not.toHaveProperty('etag');
  expect(plan.rows.find((r) => r.id === 'sub')).not.toHaveProperty('lastFetchAt');
  expect(plan.packs).toEqual([
    { id: 'team', name: 'Pack team', action: 'restore' },
    { id: 'sub', name: 'Pack sub', action: 'as-file' },
    { id: 'org', name: 'Pack org', action: 'dropped' },
  ]);
  // A damaged JSON still has a name to show: its id.
  expect(restorePlan([row('x', 'policy', { json: '{' })]).packs[0]!.name).toBe('x');
});

test('importBackup: the file cannot add policy or subscribed packs; the policy packs installed now stay', async () => {
  const text = await fileWith([row('team', 'file'), row('sub', 'url', { url: 'https://packs.example.org/p.json' }), row('org-fake', 'policy'), row('org', 'policy')]);
  expect(parseBackup(text).ok).toBe(true);
  // Now: the real policy pack 'org' and a file pack the restore replaces.
  await db.packs.bulkAdd([row('org', 'policy', { json: JSON.stringify({ name: 'Real policy pack' }) }), row('old', 'file')]);
  const res = await importBackup(db, text);
  expect(res.ok).toBe(true);
  if (res.ok) expect(res.counts.packs).toBe(2);
  const after = (await db.packs.toArray()).map((r) => [r.id, r.source, r.url ?? null]).sort();
  expect(after).toEqual([
    ['org', 'policy', null],
    ['sub', 'file', null],
    ['team', 'file', null],
  ]);
  expect(JSON.parse((await db.packs.get('org'))!.json).name).toBe('Real policy pack');
});
