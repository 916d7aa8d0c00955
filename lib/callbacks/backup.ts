/**
 * Backup files: export everything the rep has, and restore it.
 *
 * Restore REPLACES: after a successful import the database holds exactly the file's rows (what
 * "restore" means; a merge would resurrect deleted callbacks and keep stale ones). Before replacing,
 * the current data is kept as a local 'pre-restore' backup in the database, so restoring the wrong
 * file can be undone. The whole file is validated first (format, schemaVersion, every row); a bad
 * or foreign file changes nothing and says what is wrong, with paths like `tables.callbacks[12].dueAt`.
 */
import type { HeardDB } from '../db/database';
import { KEEP_LOCAL_BACKUPS, pruneBackups } from '../db/database';
import { DATA_TABLE_LIST, DATA_TABLES, type DataTableName, type DataTables } from '../db/tables';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../db/schema';
import { BACKUP_FORMAT, readDataTables, serializeBackup } from '../db/snapshot';

export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_ERRORS = 50;

export interface BackupError {
  path: string;
  message: string;
}
export type ImportResult =
  | { ok: true; counts: Record<DataTableName, number>; preRestoreBackupId?: string }
  | { ok: false; errors: BackupError[] };

export { restorePlan, type RestorePack } from '../db/packs';

/** The data tables of the database by name (each table's definition, lib/db/tables.ts, says which). */
function dataTables(db: HeardDB) {
  return Object.fromEntries(DATA_TABLE_LIST.map((d) => [d.name, d.of(db)]));
}

/** All data tables in one consistent read. */
export async function exportBackup(db: HeardDB, opts: { now?: number } = {}): Promise<string> {
  const t = dataTables(db);
  const tables = await db.transaction('r', Object.values(t), () => readDataTables({ table: (n) => t[n]! }, DATA_TABLES));
  return serializeBackup(tables, CURRENT_SCHEMA_VERSION, opts.now ?? db.now());
}

/** `tables.callbacks[12].dueAt` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out || '(file)';
}

/** UTF-8 length without allocating the encoded bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Paths of keys that could pollute prototypes if anything downstream merged the object. */
function findForbiddenKeys(value: unknown, path: PropertyKey[], out: BackupError[], depth = 0): void {
  if (out.length >= MAX_ERRORS || value === null || typeof value !== 'object') return;
  if (depth > 64) {
    out.push({ path: formatPath(path), message: 'nested too deeply' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => findForbiddenKeys(v, [...path, i], out, depth + 1));
    return;
  }
  for (const k of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(k)) out.push({ path: formatPath([...path, k]), message: `forbidden key "${k}"` });
    else findForbiddenKeys((value as Record<string, unknown>)[k], [...path, k], out, depth + 1);
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a backup file completely. Nothing is written. */
export function parseBackup(text: string, opts: { maxBytes?: number } = {}): { ok: true; tables: DataTables; schemaVersion: number } | { ok: false; errors: BackupError[] } {
  const max = opts.maxBytes ?? MAX_BACKUP_BYTES;
  if (text.length > max || (text.length * 3 > max && utf8Length(text) > max)) {
    return { ok: false, errors: [{ path: '(file)', message: `file is larger than ${Math.round(max / 1024 / 1024)} MB` }] };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: `not JSON: ${(e as Error).message}` }] };
  }
  const errors: BackupError[] = [];
  findForbiddenKeys(root, [], errors);
  if (errors.length > 0) return { ok: false, errors };
  if (!isPlainObject(root)) return { ok: false, errors: [{ path: '(file)', message: 'not a Heard backup (expected a JSON object)' }] };
  if (root.format !== BACKUP_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `not a Heard backup (format must be "${BACKUP_FORMAT}")` }] };
  }
  const v = root.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: 'must be a positive integer' }] };
  }
  if (v > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [{ path: 'schemaVersion', message: `made by a newer Heard (schema ${v}; this one reads up to ${CURRENT_SCHEMA_VERSION}): update the extension first` }],
    };
  }
  for (const k of Object.keys(root)) {
    if (!['format', 'schemaVersion', 'exportedAt', 'tables'].includes(k)) errors.push({ path: k, message: 'unknown field' });
  }
  if (typeof root.exportedAt !== 'string' || Number.isNaN(Date.parse(root.exportedAt))) {
    errors.push({ path: 'exportedAt', message: 'must be an ISO date' });
  }
  if (!isPlainObject(root.tables)) return { ok: false, errors: [...errors, { path: 'tables', message: 'must be an object' }] };

  // Bring rows of an older schema up to the current one.
  let tables: Record<string, unknown> = { ...root.tables };
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > v && step.upgradeBackup) tables = step.upgradeBackup(tables);
  }

  for (const k of Object.keys(tables)) {
    if (!(DATA_TABLES as string[]).includes(k)) errors.push({ path: `tables.${k}`, message: 'unknown table' });
  }
  const out = {} as Record<DataTableName, unknown[]>;
  for (const def of DATA_TABLE_LIST) {
    const name = def.name as DataTableName;
    const rows = tables[name];
    if (!Array.isArray(rows)) {
      errors.push({ path: `tables.${name}`, message: rows === undefined ? 'missing table' : 'must be an array' });
      continue;
    }
    const seen = new Set<string>();
    const parsed: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length && errors.length < MAX_ERRORS; i++) {
      const r = def.row.safeParse(rows[i]);
      if (!r.success) {
        for (const issue of r.error.issues) {
          errors.push({ path: formatPath(['tables', name, i, ...issue.path]), message: issue.message });
          if (errors.length >= MAX_ERRORS) break;
        }
        continue;
      }
      const key = def.key(r.data);
      if (seen.has(key)) errors.push({ path: formatPath(['tables', name, i]), message: `duplicate key ${key}` });
      seen.add(key);
      parsed[i] = r.data;
    }
    out[name] = parsed;
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, tables: out as unknown as DataTables, schemaVersion: v };
}

/**
 * Restores a backup file: validate everything, then in ONE transaction keep the current data as a
 * local 'pre-restore' backup, clear the data tables and write the file's rows.
 */
export async function importBackup(
  db: HeardDB,
  text: string,
  opts: { now?: number; maxBytes?: number; keepPreRestoreBackup?: boolean } = {},
): Promise<ImportResult> {
  const parsed = parseBackup(text, opts);
  if (!parsed.ok) return parsed;
  const now = opts.now ?? db.now();
  const keep = opts.keepPreRestoreBackup ?? true;
  try {
    const t = dataTables(db);
    return await db.transaction('rw', [...Object.values(t), db.backups], async () => {
      let preRestoreBackupId: string | undefined;
      if (keep) {
        const current = await readDataTables({ table: (n) => t[n]! }, DATA_TABLES);
        if (DATA_TABLES.some((t) => current[t].length > 0)) {
          preRestoreBackupId = `pre-restore-${now}`;
          await db.backups.put({
            id: preRestoreBackupId,
            reason: 'pre-restore',
            fromVersion: CURRENT_SCHEMA_VERSION,
            toVersion: CURRENT_SCHEMA_VERSION,
            createdAt: now,
            json: serializeBackup(current, CURRENT_SCHEMA_VERSION, now),
          });
          await pruneBackups(db.backups, 'pre-restore', KEEP_LOCAL_BACKUPS);
        }
      }
      const counts = {} as Record<DataTableName, number>;
      for (const def of DATA_TABLE_LIST) {
        const name = def.name as DataTableName;
        const table = def.of(db);
        const rows = parsed.tables[name] as Record<string, unknown>[];
        // A table may restore its own way (packs: the browser policy's stay, a file's claims of rights do not).
        if (def.restore) {
          counts[name] = await def.restore(table, rows);
          continue;
        }
        await table.clear();
        await table.bulkAdd(rows);
        counts[name] = rows.length;
      }
      return preRestoreBackupId ? { ok: true as const, counts, preRestoreBackupId } : { ok: true as const, counts };
    });
  } catch (e) {
    return { ok: false, errors: [{ path: '(database)', message: `nothing was changed: ${(e as Error).message}` }] };
  }
}
