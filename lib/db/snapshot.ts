/**
 * The `heard-backup` document: one format for the file a rep exports, the copy kept before a
 * migration and the copy kept before a restore.
 */
import { DATA_TABLES, type DataTableName, type DataTables } from './tables';

export const BACKUP_FORMAT = 'heard-backup';

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 UTC. */
  exportedAt: string;
  tables: DataTables;
}

/** Something with Dexie's `table(name).toArray()`: a Dexie instance or a transaction. */
export interface TableSource {
  table(name: string): { toArray(): PromiseLike<unknown[]> };
}

/** Reads the data tables that exist in `tableNames` (others come out empty). */
export async function readDataTables(source: TableSource, tableNames: readonly string[]): Promise<DataTables> {
  const out = {} as Record<DataTableName, unknown[]>;
  for (const name of DATA_TABLES) {
    out[name] = tableNames.includes(name) ? await source.table(name).toArray() : [];
  }
  return out as unknown as DataTables;
}

export function serializeBackup(tables: DataTables, schemaVersion: number, exportedAt: number): string {
  const doc: BackupDocument = {
    format: BACKUP_FORMAT,
    schemaVersion,
    exportedAt: new Date(exportedAt).toISOString(),
    tables,
  };
  return JSON.stringify(doc);
}
