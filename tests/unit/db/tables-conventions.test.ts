/**
 * The table registry (lib/db/tables.ts) is the one list of tables: every table of the Dexie schema
 * is in it and every registered table is in the schema, with the same index; a retention field is
 * indexed; a counted table has its label; and every data table goes through backup, restore and
 * "Delete all my data" because those walk the registry.
 */
import { readFileSync } from 'node:fs';
import { HeardDB } from '@/lib/db/database';
import { CURRENT_SCHEMA_VERSION, storesAt } from '@/lib/db/schema';
import { ALL_TABLES, DATA_TABLES, INTERNAL_TABLES } from '@/lib/db/tables';
import type { TableDef } from '@/lib/db/table';
import { exportBackup, importBackup } from '@/lib/callbacks/backup';
import { applyRetention } from '@/lib/db/retention';
import { dataSummary, wipeAll } from '@/entrypoints/background/data';
import { getDb } from '@/entrypoints/background/db';
import en from '@/assets/public/_locales/en/messages.json';

type Def = Pick<TableDef, 'name' | 'index' | 'summary'> & { retention?: unknown };

/** What is wrong between a registry and the current Dexie stores (empty when they agree). */
function registryProblems(defs: readonly Def[], stores: Record<string, string>, labels: Record<string, unknown>): string[] {
  const out: string[] = [];
  const names = new Set(defs.map((d) => d.name));
  for (const name of Object.keys(stores)) if (!names.has(name)) out.push(`${name}: in the Dexie schema, not in lib/db/tables.ts`);
  for (const d of defs) {
    if (!(d.name in stores)) out.push(`${d.name}: registered, not in the Dexie schema (add a version to schema.ts)`);
    else if (stores[d.name] !== d.index) out.push(`${d.name}: index "${d.index}" but the schema's current version says "${stores[d.name]}"`);
    if (typeof d.retention === 'string') {
      const indexed = d.index.split(',').map((s) => s.trim().replace(/^[&*+]/, ''));
      if (!indexed.includes(d.retention)) out.push(`${d.name}: retention field "${d.retention}" is not indexed`);
    }
    const label = `data${d.name.charAt(0).toUpperCase()}${d.name.slice(1)}`;
    if (d.summary && !(label in labels)) out.push(`${d.name}: counted in "Your data" but messages.json has no "${label}"`);
  }
  if (new Set(defs.map((d) => d.name)).size !== defs.length) out.push('a table is registered twice');
  return out;
}

const fixtureOf = (v: number): Record<string, Record<string, unknown>[]> =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/db/v${v}.json`, import.meta.url), 'utf8')) as { tables: Record<string, Record<string, unknown>[]> }).tables;

describe('the table registry', () => {
  it('is the Dexie schema: the same tables, the same indexes; retention fields indexed; counted tables labelled', () => {
    expect(registryProblems(ALL_TABLES, storesAt(CURRENT_SCHEMA_VERSION), en)).toEqual([]);
  });

  it('reports a table missing from either side, a changed index, an unindexed retention field, a missing label', () => {
    const stores = { a: 'id', b: 'id, at' };
    const defs: Def[] = [
      { name: 'b', index: 'id', retention: 'at', summary: true },
      { name: 'c', index: 'id', summary: false },
    ];
    expect(registryProblems(defs, stores, {})).toEqual([
      'a: in the Dexie schema, not in lib/db/tables.ts',
      'b: index "id" but the schema\'s current version says "id, at"',
      'b: retention field "at" is not indexed',
      'b: counted in "Your data" but messages.json has no "dataB"',
      'c: registered, not in the Dexie schema (add a version to schema.ts)',
    ]);
  });

  it('data and internal tables: every table is one or the other, internal ones never in a backup file', async () => {
    expect([...DATA_TABLES, ...INTERNAL_TABLES].sort()).toEqual(ALL_TABLES.map((d) => d.name).sort());
    const db = new HeardDB(`tables-conventions-${Date.now()}`);
    const doc = JSON.parse(await exportBackup(db)) as { tables: Record<string, unknown[]> };
    expect(Object.keys(doc.tables)).toEqual([...DATA_TABLES]);
    await db.delete();
  });

  it('every data table goes through backup and restore, and "Delete all my data" empties every table', async () => {
    // Rows as the last shipped version stored them (valid current rows: tests/unit/db/migrations.test.ts).
    const rows = fixtureOf(CURRENT_SCHEMA_VERSION - 1);
    const db = getDb();
    for (const def of ALL_TABLES) if (rows[def.name]?.length) await def.of(db).bulkAdd(rows[def.name]!);
    const text = await exportBackup(db);
    for (const name of DATA_TABLES) await db.table(name).clear();

    const res = await importBackup(db, text, { keepPreRestoreBackup: false });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    for (const name of DATA_TABLES) {
      // The built-in pack row is restored as it was; packs claiming rights are the packs table's own rule (backup-packs tests).
      const want = rows[name] ?? [];
      expect(res.counts[name], name).toBe(want.length);
      expect(await db.table(name).count(), name).toBe(want.length);
    }

    const counted = (await dataSummary()).tables;
    expect(Object.keys(counted)).toEqual(ALL_TABLES.filter((d) => d.summary).map((d) => d.name));
    expect(await wipeAll()).toEqual({ ok: true });
    for (const def of ALL_TABLES) expect(await def.of(getDb()).count(), def.name).toBe(0);
  });

  it('retention walks the tables that have a rule, each in its own transaction', async () => {
    const db = new HeardDB(`tables-retention-${Date.now()}`);
    const res = await applyRetention(db, 30, Date.UTC(2026, 5, 1));
    expect(Object.keys(res).sort()).toEqual(['before', ...ALL_TABLES.filter((d) => d.retention !== undefined).map((d) => d.name)].sort());
    await db.delete();
  });
});
