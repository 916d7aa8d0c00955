/**
 * The extension's database (background and extension pages only; never the content script).
 * Versions and upgrade steps live in schema.ts; MIGRATIONS.md explains the rules.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import type {
  BackupRow,
  CallbackRow,
  ChecklistRow,
  DismissalRow,
  IncidentRow,
  MetaRow,
  NoteRow,
  PackRow,
  RuleStatRow,
} from './rows';
import { CURRENT_SCHEMA_VERSION, INTERNAL_TABLES, SCHEMA_VERSIONS, storesAt, type SchemaVersion } from './schema';
import { readDataTables, serializeBackup } from './snapshot';

export const DEFAULT_DB_NAME = 'heard';
/** How many local backups of each kind the database keeps (oldest are pruned). */
export const KEEP_LOCAL_BACKUPS = 5;

export interface HeardDBOptions extends Omit<DexieOptions, 'chromeTransactionDurability'> {
  /** Clock for migration records and backups (tests). */
  now?: () => number;
}

export interface MigrationRecord {
  from: number;
  to: number;
  at: number;
  backupId: string;
}

export class HeardDB extends Dexie {
  declare callbacks: Table<CallbackRow, string>;
  declare notes: Table<NoteRow, string>;
  declare checklists: Table<ChecklistRow, [string, string]>;
  declare incidents: Table<IncidentRow, string>;
  declare ruleStats: Table<RuleStatRow, string>;
  declare dismissals: Table<DismissalRow, [string, string]>;
  declare packs: Table<PackRow, string>;
  declare backups: Table<BackupRow, string>;
  declare meta: Table<MetaRow, string>;

  readonly now: () => number;

  constructor(name: string = DEFAULT_DB_NAME, options: HeardDBOptions = {}) {
    const { now, ...dexieOptions } = options;
    // 'strict': a committed write is on disk (Chrome otherwise acknowledges before flushing).
    super(name, { ...dexieOptions, chromeTransactionDurability: 'strict' });
    this.now = now ?? Date.now;

    // One upgrade transaction may run several steps (e.g. 1 → 3): back up once, before the first.
    const state: { fromVersion: number | null; backupId: string | null } = { fromVersion: null, backupId: null };
    let previous: SchemaVersion | undefined;
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      const prev = previous;
      if (prev) version.upgrade((tx) => this.runStep(tx, prev, step, state));
      previous = step;
    }
  }

  private async runStep(
    tx: Transaction,
    prev: SchemaVersion,
    step: SchemaVersion,
    state: { fromVersion: number | null; backupId: string | null },
  ): Promise<void> {
    const now = this.now();
    if (state.fromVersion === null) {
      state.fromVersion = prev.version;
      state.backupId = await writePreMigrationBackup(tx, prev.version, CURRENT_SCHEMA_VERSION, now);
    }
    await step.upgrade?.(tx, { fromVersion: state.fromVersion, now });
    if ('meta' in storesAt(step.version)) {
      const meta = tx.table<MetaRow, string>('meta');
      const log = ((await meta.get('migrations'))?.value ?? []) as unknown as MigrationRecord[];
      const record: MigrationRecord = { from: prev.version, to: step.version, at: now, backupId: state.backupId ?? '' };
      await meta.put({ key: 'migrations', value: [...log, record] as unknown as MetaRow['value'] });
    }
  }
}

async function writePreMigrationBackup(tx: Transaction, fromVersion: number, toVersion: number, now: number): Promise<string> {
  const names = Object.keys(storesAt(fromVersion)).filter((n) => !INTERNAL_TABLES.includes(n));
  const tables = await readDataTables(tx, names);
  const id = `pre-migration-v${fromVersion}-${now}`;
  const backups = tx.table<BackupRow, string>('backups');
  await backups.put({ id, reason: 'pre-migration', fromVersion, toVersion, createdAt: now, json: serializeBackup(tables, fromVersion, now) });
  await pruneBackups(backups, 'pre-migration', KEEP_LOCAL_BACKUPS);
  return id;
}

/** Deletes all but the `keep` newest backups of one kind. Call inside a rw transaction. */
export async function pruneBackups(backups: Table<BackupRow, string>, reason: BackupRow['reason'], keep: number): Promise<void> {
  const all = await backups.orderBy('createdAt').reverse().toArray();
  const stale = all.filter((b) => b.reason === reason).slice(keep);
  if (stale.length > 0) await backups.bulkDelete(stale.map((b) => b.id));
}

/** Local backups, newest first, without their (possibly large) JSON. */
export async function listLocalBackups(db: HeardDB): Promise<Omit<BackupRow, 'json'>[]> {
  const rows = await db.backups.orderBy('createdAt').reverse().toArray();
  return rows.map(({ json: _json, ...rest }) => rest);
}

export { CURRENT_SCHEMA_VERSION };
