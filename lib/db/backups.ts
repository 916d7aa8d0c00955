/** The backups table: local copies of the data taken before a migration or a restore (database.ts
 * writes and prunes them). Internal: never in a backup file itself. */
import { backupRow } from './rows';
import { defineTable } from './table';

export const backupsTable = defineTable({ name: 'backups', row: backupRow, index: 'id, createdAt', key: (r) => r.id, backup: false, summary: true });
