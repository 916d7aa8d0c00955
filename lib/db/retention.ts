/**
 * Optional retention: closed callbacks (done, missed, cancelled) and logged incidents older than
 * N days are deleted. Open callbacks are never deleted, whatever their age.
 *
 * "Older than" means before `now - days`: an incident by when it happened (`at`), a closed callback
 * by both its due time and its last change (`updatedAt`), so a callback closed yesterday that was
 * due long ago is kept until the closing itself is old.
 *
 * One read-write transaction per table: a run stopped half way (the service worker killed) leaves
 * each table either pruned or untouched, never a half-deleted mix inside one table.
 */
import { Dexie } from 'dexie';
import type { HeardDB } from './database';

export const DAY = 24 * 60 * 60 * 1000;
/** The choices the options page offers (a custom number of days is allowed too). */
export const RETENTION_PRESETS = [30, 90, 180, 365] as const;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

const CLOSED = ['done', 'missed', 'cancelled'] as const;

export interface RetentionResult {
  /** The cut-off: rows before it were deleted. */
  before: number;
  callbacks: number;
  incidents: number;
}

export async function applyRetention(db: HeardDB, days: number, now: number): Promise<RetentionResult> {
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new RangeError(`retention days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`);
  }
  const before = now - days * DAY;
  const callbacks = await db.transaction('rw', db.callbacks, async () => {
    const ids: string[] = [];
    for (const status of CLOSED) {
      // Through the [status+dueAt] index: only closed rows due before the cut-off are read.
      await db.callbacks
        .where('[status+dueAt]')
        .between([status, Dexie.minKey], [status, before], true, false)
        .each((row) => {
          if (row.status === status && row.updatedAt < before) ids.push(row.id);
        });
    }
    await db.callbacks.bulkDelete(ids);
    return ids.length;
  });
  const incidents = await db.transaction('rw', db.incidents, () => db.incidents.where('at').below(before).delete());
  return { before, callbacks, incidents };
}
