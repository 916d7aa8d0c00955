/** The checklists table: a conversation's de-escalation checklist ticks (background only; see store.ts). */
import type { HeardDB } from './database';
import { checklistRow, type ChecklistRow } from './rows';
import { nowOf, type Clock } from './store';
import { defineTable } from './table';

export const checklistsTable = defineTable({
  name: 'checklists', row: checklistRow, index: '[conversationKey+checklistId], conversationKey',
  key: (r) => JSON.stringify([r.conversationKey, r.checklistId]), backup: true, summary: true,
});

export async function getChecklistState(db: HeardDB, conversationKey: string, checklistId: string): Promise<ChecklistRow | undefined> {
  return db.checklists.get([conversationKey, checklistId]);
}

/** Saves the manual ticks/unticks; keeps the first openedAt. */
export async function setChecklistState(
  db: HeardDB,
  state: { conversationKey: string; checklistId: string; ticked: readonly string[]; unticked: readonly string[] },
  opts: Clock = {},
): Promise<ChecklistRow> {
  const now = nowOf(db, opts);
  return db.transaction('rw', db.checklists, async () => {
    const current = await db.checklists.get([state.conversationKey, state.checklistId]);
    const ticked = [...new Set(state.ticked)];
    const unticked = [...new Set(state.unticked)].filter((id) => !ticked.includes(id));
    const row = checklistRow.parse({
      conversationKey: state.conversationKey,
      checklistId: state.checklistId,
      ticked,
      unticked,
      openedAt: current?.openedAt ?? now,
      updatedAt: now,
    });
    await db.checklists.put(row);
    return row;
  });
}
