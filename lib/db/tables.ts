/**
 * Every table of the database, once, in backup-file order. A new table: its module
 * lib/db/<table>.ts (`defineTable`: name, row schema, index, key, backup, summary, retention), one
 * line here, and a schema version in schema.ts (with its fixture and a line in MIGRATIONS.md).
 * Backup, restore, the pre-migration copy, retention and the data summary walk this list.
 */
import { callbacksTable } from './callbacks';
import { notesTable } from './notes';
import { checklistsTable } from './checklists';
import { incidentsTable } from './incidents';
import { ruleStatsTable } from './rule-stats';
import { dismissalsTable } from './dismissals';
import { packsTable } from './packs';
import { backupsTable } from './backups';
import { metaTable } from './meta';
import type { IndexableType } from 'dexie';
import type { RowOf, TableDef } from './table';

export const TABLES = [callbacksTable, notesTable, checklistsTable, incidentsTable, ruleStatsTable, dismissalsTable, packsTable, backupsTable, metaTable] as const;

type Registered = (typeof TABLES)[number];
type BackupDef = Extract<Registered, { backup: true }>;
/** The tables a backup file carries (the data tables). */
export type DataTableName = BackupDef['name'];
export type DataTables = { [D in BackupDef as D['name']]: RowOf<D>[] };

const isData = (d: Registered): d is BackupDef => d.backup;
/** The data tables: in a backup file, replaced by a restore, copied before a migration. */
export const DATA_TABLE_DEFS: readonly BackupDef[] = TABLES.filter(isData);
export const DATA_TABLES: readonly DataTableName[] = DATA_TABLE_DEFS.map((d) => d.name);
/** Each data table's row schema, by name. */
export const DATA_TABLE_SCHEMAS = Object.fromEntries(DATA_TABLE_DEFS.map((d) => [d.name, d.row])) as { [D in BackupDef as D['name']]: D['row'] };
/** Tables internal to the database, never part of a backup. */
export const INTERNAL_TABLES: readonly string[] = TABLES.filter((d) => !d.backup).map((d) => d.name);
/** The tables with a retention rule (off unless the rep chose N days). */
type RetentionDef = Exclude<Registered, { retention: undefined }>;
export const RETENTION_TABLES: readonly RetentionDef[] = TABLES.filter((d): d is RetentionDef => d.retention !== undefined);

/** The registry as plain definitions, for code that walks every table without caring for its row type. */
export const ALL_TABLES = TABLES as unknown as readonly TableDef<string, Record<string, unknown>, IndexableType>[];
export const DATA_TABLE_LIST = DATA_TABLE_DEFS as unknown as readonly TableDef<string, Record<string, unknown>, IndexableType>[];
