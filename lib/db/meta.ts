/** The meta table (since schema v2): small facts about the database itself, when it was created
 * and each migration (database.ts). Internal: never in a backup file, not counted for the rep. */
import { metaRow } from './rows';
import { defineTable } from './table';

export const metaTable = defineTable({ name: 'meta', row: metaRow, index: 'key', key: (r) => r.key, backup: false, summary: false });
