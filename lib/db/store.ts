/**
 * What every table's store (lib/db/<table>.ts) shares: the not-found error and the clock.
 * The stores are the background's database operations. Every write runs in a `rw` transaction on a
 * database opened with strict durability (see database.ts); every row written is parsed with its
 * zod schema first, so a bad value is rejected before it is stored.
 */
import type { HeardDB } from './database';

export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`);
    // Not 'NotFoundError': Dexie turns errors with IndexedDB's error names into its own classes.
    this.name = 'RecordNotFoundError';
  }
}

export interface Clock {
  now?: number;
}
export const nowOf = (db: HeardDB, o?: Clock): number => o?.now ?? db.now();
