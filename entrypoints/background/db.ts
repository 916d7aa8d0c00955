import { HeardDB } from '@/lib/db';

/** The one database of the extension's origin, opened on first use in this worker's life. After
 * an open blocked by an old page (see HeardDB), every use tries again. */
let db: HeardDB | null = null;
export function getDb(): HeardDB {
  db ??= new HeardDB();
  return db.retryIfBlocked();
}

/** Deletes the whole database; the next getDb() starts an empty one. */
export async function deleteDb(): Promise<void> {
  const cur = getDb();
  db = null;
  await cur.delete();
}
