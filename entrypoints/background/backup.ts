/**
 * Backup, restore and calendar/CSV export, for the options page: every read and write of the
 * database happens here, in the background (the options page only picks the file and shows the
 * preview). After a restore the background itself brings everything in line: reminders, the badge,
 * open callback lists, and the guidance packs in force.
 */
import type { HeardDB } from '@/lib/db';
import { callbacksToCsv, callbacksToIcs, exportBackup, importBackup, listOpen } from '@/lib/callbacks';
import type { BackupFile, ExportOpenResult, RestoreResult } from '@/lib/messaging';
import { afterOutsideChange as callbacksChanged } from './callbacks';
import { getDb } from './db';
import { afterOutsideChange as packsChanged } from './packs';
import { readSettings } from './reminders';

export interface BackupEnv {
  db(): HeardDB;
  /** What a restore changed outside this module: reminders, callback lists, packs. */
  afterRestore(): Promise<void>;
}

export const defaultBackupEnv: BackupEnv = {
  db: getDb,
  afterRestore: async () => {
    await callbacksChanged();
    await packsChanged();
  },
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The handler of each backup message (in data.ts's handler table; tests call them directly). */
export function createBackupHandlers(env: BackupEnv = defaultBackupEnv) {
  return {
    async 'ui:data:backup'(): Promise<BackupFile> {
      try {
        return { ok: true, json: await exportBackup(env.db()) };
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
    async 'ui:data:restore'({ text }: { text: string }): Promise<RestoreResult> {
      const res = await importBackup(env.db(), text);
      if (res.ok) await env.afterRestore().catch(() => {});
      return res;
    },
    async 'ui:data:exportOpen'({ format }: { format: 'ics' | 'csv' }): Promise<ExportOpenResult> {
      try {
        const rows = await listOpen(env.db());
        const text = format === 'ics' ? callbacksToIcs(rows, { remindBeforeMin: (await readSettings()).remindBeforeMin }) : callbacksToCsv(rows);
        return { ok: true, text, count: rows.length };
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
  };
}
