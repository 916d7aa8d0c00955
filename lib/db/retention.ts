/**
 * Optional retention: rows older than N days are deleted from each table whose definition has a
 * retention rule (lib/db/tables.ts): closed callbacks (done, missed, cancelled; open ones are never
 * deleted, whatever their age) and logged incidents. Each table says what "older" means
 * (lib/db/callbacks.ts, lib/db/incidents.ts).
 *
 * One read-write transaction per table: a run stopped half way (the service worker killed) leaves
 * each table either pruned or untouched, never a half-deleted mix inside one table.
 */
import type { HeardDB } from './database';
import { RETENTION_TABLES } from './tables';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../messaging/data';

export const DAY = 24 * 60 * 60 * 1000;
export { RETENTION_PRESETS, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS } from '../messaging/data';

type RetentionTable = (typeof RETENTION_TABLES)[number]['name'];
/** The cut-off (rows before it were deleted) and how many rows went from each table. */
export type RetentionResult = { before: number } & Record<RetentionTable, number>;

export async function applyRetention(db: HeardDB, days: number, now: number): Promise<RetentionResult> {
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new RangeError(`retention days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`);
  }
  const before = now - days * DAY;
  const out = { before } as RetentionResult;
  for (const def of RETENTION_TABLES) {
    const table = def.of(db);
    const rule = def.retention as string | ((t: typeof table, before: number) => Promise<number>);
    out[def.name] = await db.transaction('rw', table, () =>
      typeof rule === 'string' ? table.where(rule).below(before).delete() : rule(table, before),
    );
  }
  return out;
}
