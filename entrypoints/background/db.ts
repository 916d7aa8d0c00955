import { HeardDB } from '@/lib/db';

/** The one database of the extension's origin, opened on first use in this worker's life. */
let db: HeardDB | null = null;
export function getDb(): HeardDB {
  db ??= new HeardDB();
  return db;
}
