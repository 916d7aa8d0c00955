/**
 * Storage faults the rep must hear about in plain words, told apart from other errors:
 *
 * - `storage-full`: the disk (or the browser's quota) is full. IndexedDB fails the write with a
 *   `QuotaExceededError` DOMException; Dexie wraps it (`Dexie.QuotaExceededError`, or an
 *   `AbortError`/`BulkError` whose `inner`/`failures` hold it). The transaction is aborted, so
 *   nothing it wrote is kept and nothing stored before is touched.
 * - `db-blocked`: our database could not be opened because another page of the extension still
 *   holds an older version open and does not let go (see HeardDB's `blocked` handling). Our open
 *   is cancelled rather than left hanging (what waited fails with Dexie's DatabaseClosedError,
 *   which `HeardDB.faultOf` recognises); the next use tries again.
 */
export type StorageFault = 'storage-full' | 'db-blocked';
export const STORAGE_FAULTS: readonly StorageFault[] = ['storage-full', 'db-blocked'];

function names(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 5) return [];
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; message?: unknown };
  const out = typeof err.name === 'string' ? [err.name] : [];
  // A wrapper may keep only the original message.
  if (typeof err.message === 'string' && /QuotaExceeded|quota (has been )?exceeded|NS_ERROR_DOM_QUOTA_REACHED/i.test(err.message)) out.push('QuotaExceededError');
  out.push(...names(err.inner, depth + 1), ...names(err.cause, depth + 1));
  if (Array.isArray(err.failures)) for (const f of err.failures.slice(0, 5)) out.push(...names(f, depth + 1));
  return out;
}

/** Whether an error is a full disk or quota (`storage-full`), else null. A blocked open is told
 * by the database that was blocked: `HeardDB.faultOf(e)`. */
export function storageFault(e: unknown): StorageFault | null {
  const all = names(e);
  if (all.includes('QuotaExceededError')) return 'storage-full';
  return null;
}
