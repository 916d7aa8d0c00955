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
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAt, type SchemaVersion } from './schema';
import { INTERNAL_TABLES } from './tables';
import { readDataTables, serializeBackup } from './snapshot';
import { storageFault, type StorageFault } from './faults';

export const DEFAULT_DB_NAME = 'heard';
/** How many local backups of each kind the database keeps (oldest are pruned). */
export const KEEP_LOCAL_BACKUPS = 5;

export interface HeardDBOptions extends Omit<DexieOptions, 'chromeTransactionDurability'> {
  /** Clock for migration records and backups (tests). */
  now?: () => number;
  /** How long a retry after a blocked open may wait before it is cancelled too (default 3 s). */
  blockedRetryMs?: number;
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
  /** When our last open was blocked by another connection at an older version (null once open). */
  blockedAt: number | null = null;
  private readonly blockedRetryMs: number;
  private retrying = false;

  constructor(name: string = DEFAULT_DB_NAME, options: HeardDBOptions = {}) {
    const { now, blockedRetryMs, ...dexieOptions } = options;
    // 'strict': a committed write is on disk (Chrome otherwise acknowledges before flushing).
    super(name, { ...dexieOptions, chromeTransactionDurability: 'strict' });
    this.now = now ?? Date.now;
    this.blockedRetryMs = blockedRetryMs ?? 3000;

    // Another page opens a newer version: Dexie's own handler closes this connection at once (so
    // the upgrade is never blocked by us) and reopens on the next use. Kept as is, on purpose.
    //
    // Our open is blocked (another page holds an older version and does not let go): instead of
    // every read and write waiting forever, the open is cancelled: what waits fails now with a
    // fault the UI words plainly (see faults.ts), nothing is written, and `retryIfBlocked()` (called
    // on the next use) opens again, which succeeds once the other page is gone.
    this.on('blocked', () => {
      if (this.isOpen()) return;
      this.blockedAt = this.now();
      this.close();
    });
    this.on('ready', () => {
      this.blockedAt = null;
    }, true);

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

  /** After a blocked open was cancelled: open again (the operations that follow wait for it). */
  retryIfBlocked(): this {
    if (this.blockedAt === null || this.isOpen() || this.retrying) return this;
    this.retrying = true;
    // Open requests queue behind the first blocked one without a new `blocked` event: bound the
    // wait, so a retry while the old page is still there fails cleanly too instead of hanging.
    const watchdog = setTimeout(() => {
      if (!this.isOpen()) this.close();
    }, this.blockedRetryMs);
    void this.open()
      .catch(() => {})
      .finally(() => {
        clearTimeout(watchdog);
        this.retrying = false;
      });
    return this;
  }

  /** Which storage fault an error of this database is (full disk or quota, blocked open), or null. */
  faultOf(e: unknown): StorageFault | null {
    const fault = storageFault(e);
    if (fault) return fault;
    // The operations a cancelled (blocked) open rejects fail with Dexie's DatabaseClosedError.
    const name = (e as { name?: unknown } | null)?.name;
    return this.blockedAt !== null && name === 'DatabaseClosedError' ? 'db-blocked' : null;
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
