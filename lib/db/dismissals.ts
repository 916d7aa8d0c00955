/** The dismissals table: hints the rep dismissed in a conversation (background only; see store.ts). */
import type { HeardDB } from './database';
import { dismissalRow, type DismissalRow } from './rows';
import { nowOf, type Clock } from './store';
import { defineTable } from './table';

export const dismissalsTable = defineTable({
  name: 'dismissals', row: dismissalRow, index: '[conversationKey+hintId], conversationKey',
  key: (r) => JSON.stringify([r.conversationKey, r.hintId]), backup: true, summary: true,
});

export async function addDismissal(db: HeardDB, conversationKey: string, hintId: string, opts: Clock = {}): Promise<DismissalRow> {
  const row = dismissalRow.parse({ conversationKey, hintId, at: nowOf(db, opts) });
  await db.transaction('rw', db.dismissals, async () => {
    await db.dismissals.put(row);
  });
  return row;
}

export async function listDismissals(db: HeardDB, conversationKey: string): Promise<DismissalRow[]> {
  return db.dismissals.where('conversationKey').equals(conversationKey).toArray();
}
