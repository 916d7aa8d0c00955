/** The notes table: one note per conversation (background only; see store.ts). */
import type { HeardDB } from './database';
import { noteRow, type NoteRow } from './rows';
import { nowOf, type Clock } from './store';
import { defineTable } from './table';

export const notesTable = defineTable({ name: 'notes', row: noteRow, index: 'conversationKey', key: (r) => r.conversationKey, backup: true, summary: true });

export async function getNote(db: HeardDB, conversationKey: string): Promise<NoteRow | undefined> {
  return db.notes.get(conversationKey);
}

/** Saves the note of a conversation; an empty (whitespace) text deletes it. */
export async function setNote(db: HeardDB, conversationKey: string, text: string, opts: Clock = {}): Promise<NoteRow | undefined> {
  const now = nowOf(db, opts);
  return db.transaction('rw', db.notes, async () => {
    if (text.trim() === '') {
      await db.notes.delete(conversationKey);
      return undefined;
    }
    const row = noteRow.parse({ conversationKey, text, updatedAt: now });
    await db.notes.put(row);
    return row;
  });
}
