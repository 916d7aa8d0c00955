/**
 * The database schema as a list of versions. Each version lists only the stores it adds or changes
 * (Dexie merges them) and, optionally, an upgrade step. See MIGRATIONS.md.
 *
 * Never edit a shipped version: add a new one at the end.
 */
import type { Transaction } from 'dexie';
import type { MetaRow } from './rows';

export interface SchemaVersion {
  version: number;
  /** Stores added or changed in this version (`null` deletes a store). Never index large text. */
  stores: Record<string, string | null>;
  /** What changed and why, for MIGRATIONS.md and code review. */
  why: string;
  /**
   * Data step run inside the upgrade transaction, after the stores of this version exist and
   * after the automatic pre-migration backup was written. Must be idempotent-safe and must not
   * drop rows; throw to abort the whole upgrade (the database stays at the old version).
   */
  upgrade?: (tx: Transaction, ctx: { fromVersion: number; now: number }) => Promise<void>;
  /**
   * The same change applied to the tables of a backup file written by the previous version, so
   * old backups stay restorable. Omit when rows did not change shape (the file's rows pass as is).
   */
  upgradeBackup?: (tables: Record<string, unknown>) => Record<string, unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'Initial schema.',
    stores: {
      // [status+dueAt]: open callbacks ordered by due time (popup, scheduler).
      callbacks: 'id, status, dueAt, conversationKey, [status+dueAt]',
      notes: 'conversationKey',
      checklists: '[conversationKey+checklistId], conversationKey',
      incidents: 'id, conversationKey, at',
      ruleStats: 'ruleId',
      dismissals: '[conversationKey+hintId], conversationKey',
      packs: 'id, order',
      // Local copies taken before a migration or a restore.
      backups: 'id, createdAt',
    },
  },
  {
    version: 2,
    why:
      'callbacks.[conversationKey+status] for the panel query "open callbacks of this ticket" without ' +
      'scanning closed ones; a `meta` table recording when the database was created and each migration.',
    stores: {
      callbacks: 'id, status, dueAt, conversationKey, [status+dueAt], [conversationKey+status]',
      meta: 'key',
    },
    async upgrade(tx, { fromVersion, now }) {
      const meta = tx.table<MetaRow, string>('meta');
      // Backfill: the database existed before v2. Its first use is the oldest row we can find.
      let firstSeen = now;
      await tx.table('callbacks').each((row: { createdAt?: unknown }) => {
        if (typeof row.createdAt === 'number' && row.createdAt < firstSeen) firstSeen = row.createdAt;
      });
      if (!(await meta.get('createdAt'))) await meta.put({ key: 'createdAt', value: firstSeen });
      if (!(await meta.get('createdAtSchemaVersion'))) await meta.put({ key: 'createdAtSchemaVersion', value: fromVersion });
    },
  },
];

export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The complete store declaration of a version (all earlier versions merged). */
export function storesAt(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete out[name];
      else out[name] = spec;
    }
  }
  return out;
}

// Which tables are internal (never in a backup) is said by each table's definition: lib/db/tables.ts INTERNAL_TABLES.
