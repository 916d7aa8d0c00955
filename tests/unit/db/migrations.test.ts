// The migration harness: for every past schema version, build a database exactly as that version
// declared it (raw Dexie, that version's stores), fill it with tests/fixtures/db/v<N>.json, open it
// with HeardDB, and check that no row was lost or altered and that a pre-migration backup was kept.
import { readFileSync, existsSync } from 'node:fs';
import { Dexie } from 'dexie';
import { HeardDB } from '@/lib/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAt } from '@/lib/db/schema';
import { BACKUP_FORMAT } from '@/lib/db/snapshot';
import type { PackRow } from '@/lib/db/rows';
import { DATA_TABLE_SCHEMAS } from '@/lib/db/tables';
import { importBackup, exportBackup, restorePlan } from '@/lib/callbacks/backup';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}
const fixtureOf = (v: number): Fixture =>
  JSON.parse(readFileSync(new URL(`../../fixtures/db/v${v}.json`, import.meta.url), 'utf8')) as Fixture;

let seq = 0;
const freshName = (): string => `heard-migration-${Date.now()}-${seq++}`;

async function createAtVersion(name: string, version: number, fixture: Fixture): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(storesAt(version));
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await raw.table(table).bulkAdd(rows);
  });
  expect(raw.verno).toBe(version);
  raw.close();
}

const byJson = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

const pastVersions = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION);

describe('schema versions', () => {
  it('are declared in increasing order and every past version has a fixture', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    for (const v of pastVersions) expect(existsSync(new URL(`../../fixtures/db/v${v}.json`, import.meta.url))).toBe(true);
  });

  it('fixture rows are valid rows of the current schema (the fixture tests real data)', () => {
    for (const v of pastVersions) {
      const f = fixtureOf(v);
      for (const [table, schema] of Object.entries(DATA_TABLE_SCHEMAS)) {
        // A table added by a later version has no rows in this version's fixture.
        if (!(table in storesAt(v))) continue;
        const rows = f.tables[table] ?? [];
        expect(rows.length, `${table} fixture rows`).toBeGreaterThan(0);
        for (const row of rows) expect(() => schema.parse(row)).not.toThrow();
      }
    }
  });

  it('never indexes large text', () => {
    for (const v of SCHEMA_VERSIONS) {
      for (const spec of Object.values(v.stores)) {
        expect(spec ?? '').not.toMatch(/\b(promise|text|note|json|outcome)\b/);
      }
    }
  });
});

describe.each(pastVersions)('migration from v%i to current', (from) => {
  it('keeps every row unaltered', async () => {
    const fixture = fixtureOf(from);
    const name = freshName();
    await createAtVersion(name, from, fixture);

    const db = new HeardDB(name, { now: () => 1_780_000_000_000 });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'backups') continue;
      const stored = await db.table(table).toArray();
      expect(stored.sort(byJson), `table ${table}`).toEqual([...rows].sort(byJson));
    }
    db.close();
    await Dexie.delete(name);
  });

  it('writes a pre-migration backup of the old data, restorable with importBackup', async () => {
    const fixture = fixtureOf(from);
    const name = freshName();
    await createAtVersion(name, from, fixture);
    const db = new HeardDB(name, { now: () => 1_780_000_000_000 });
    await db.open();

    const backups = await db.backups.toArray();
    const pre = backups.filter((b) => b.reason === 'pre-migration');
    expect(pre).toHaveLength(1);
    expect(pre[0]!.fromVersion).toBe(from);
    expect(pre[0]!.toVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(pre[0]!.createdAt).toBe(1_780_000_000_000);
    const doc = JSON.parse(pre[0]!.json) as { format: string; schemaVersion: number; tables: Record<string, unknown[]> };
    expect(doc.format).toBe(BACKUP_FORMAT);
    expect(doc.schemaVersion).toBe(from);
    for (const table of Object.keys(DATA_TABLE_SCHEMAS)) {
      expect([...(doc.tables[table] ?? [])].sort(byJson), table).toEqual([...(fixture.tables[table] ?? [])].sort(byJson));
    }

    // The backup restores into the migrated database and gives the same data back, except the
    // rights a file cannot grant (issue 14): a URL subscription comes back as a pack from a file.
    const before = JSON.parse(await exportBackup(db)) as { tables: Record<string, unknown[]> };
    await db.callbacks.clear();
    const result = await importBackup(db, pre[0]!.json);
    expect(result.ok).toBe(true);
    const after = JSON.parse(await exportBackup(db)) as { tables: Record<string, unknown[]> };
    const expected = { ...before.tables, packs: restorePlan((before.tables.packs ?? []) as PackRow[]).rows };
    expect(after.tables).toEqual(expected);
    db.close();
    await Dexie.delete(name);
  });
});

describe('v1 → v2', () => {
  it('adds the [conversationKey+status] index and backfills meta', async () => {
    const fixture = fixtureOf(1);
    const name = freshName();
    await createAtVersion(name, 1, fixture);
    const db = new HeardDB(name, { now: () => 1_780_000_000_000 });
    await db.open();

    const open = await db.callbacks.where('[conversationKey+status]').equals(['zendesk:acme.zendesk.com:4821', 'open']).toArray();
    expect(open.map((c) => c.id)).toEqual(['0b6f2c1e-4a8d-4c3e-9f11-2a7d5e6b8c01']);

    const oldest = Math.min(...fixture.tables.callbacks!.map((c) => c.createdAt as number));
    expect((await db.meta.get('createdAt'))?.value).toBe(oldest);
    expect((await db.meta.get('createdAtSchemaVersion'))?.value).toBe(1);
    const log = (await db.meta.get('migrations'))?.value as { from: number; to: number; backupId: string }[];
    // One record per step to the current version, the first of them this one.
    expect(log[0]).toEqual({ from: 1, to: 2, at: 1_780_000_000_000, backupId: 'pre-migration-v1-1780000000000' });
    expect(log.map((r) => r.to)).toEqual(SCHEMA_VERSIONS.slice(1).map((v) => v.version));
    db.close();
    await Dexie.delete(name);
  });

  it('a fresh database starts at the current version with no migration and no backup', async () => {
    const name = freshName();
    const db = new HeardDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.backups.count()).toBe(0);
    expect(await db.meta.get('migrations')).toBeUndefined();
    db.close();
    await Dexie.delete(name);
  });

  it('a failing upgrade step leaves the old database and its data untouched', async () => {
    const fixture = fixtureOf(1);
    const name = freshName();
    await createAtVersion(name, 1, fixture);
    const step = SCHEMA_VERSIONS[1]!;
    const original = step.upgrade;
    (step as { upgrade?: typeof original }).upgrade = async () => {
      throw new Error('boom');
    };
    try {
      const db = new HeardDB(name);
      await expect(db.open()).rejects.toThrow();
      db.close();
    } finally {
      (step as { upgrade?: typeof original }).upgrade = original;
    }
    const raw = new Dexie(name);
    raw.version(1).stores(storesAt(1));
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('callbacks').count()).toBe(fixture.tables.callbacks!.length);
    expect(await raw.table('backups').count()).toBe(0);
    raw.close();
    await Dexie.delete(name);
  });

  it('keeps at most a few pre-migration backups', async () => {
    const { KEEP_LOCAL_BACKUPS, pruneBackups } = await import('@/lib/db/database');
    const name = freshName();
    const db = new HeardDB(name);
    await db.open();
    for (let i = 0; i < KEEP_LOCAL_BACKUPS + 3; i++) {
      await db.backups.put({ id: `b${i}`, reason: 'pre-migration', fromVersion: 1, toVersion: 2, createdAt: 1_780_000_000_000 + i, json: '{}' });
    }
    await db.backups.put({ id: 'r', reason: 'pre-restore', fromVersion: 2, toVersion: 2, createdAt: 1_700_000_000_000, json: '{}' });
    await db.transaction('rw', db.backups, () => pruneBackups(db.backups, 'pre-migration', KEEP_LOCAL_BACKUPS));
    const ids = (await db.backups.toArray()).map((b) => b.id).sort();
    expect(ids).toEqual(['b3', 'b4', 'b5', 'b6', 'b7', 'r']);
    db.close();
    await Dexie.delete(name);
  });
});
