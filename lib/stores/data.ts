/**
 * "Your data" on the options page: what Heard keeps, backup, restore, the calendar/CSV export,
 * retention and "Delete all my data". Every read and write of the database is the background's
 * (messages `ui:data:*`); the page only picks files and shows what the background answered. No state
 * kept here: each section holds what it shows.
 */
import {
  sendMessage,
  type BackupFile,
  type DataSummary,
  type ExportOpenResult,
  type RestoreResult,
  type RetentionView,
  type SetRetentionResult,
} from '@/lib/messaging';
import { errorText, transport } from './transport';

export const dataTransport = transport({
  summary: () => sendMessage('ui:data:summary', {}),
  wipe: () => sendMessage('ui:data:wipe', { confirm: 'delete-everything' }),
  backup: () => sendMessage('ui:data:backup', {}),
  exportOpen: (format: 'ics' | 'csv') => sendMessage('ui:data:exportOpen', { format }),
  restore: (text: string) => sendMessage('ui:data:restore', { text }),
  retention: () => sendMessage('ui:data:retention', {}),
  setRetention: (days: number | null) => sendMessage('ui:data:retention:set', { days }),
});

/** Rows per table and settings kept (null when the background did not answer). */
export const dataSummary = (): Promise<DataSummary | null> => dataTransport().summary().catch(() => null);

/** Deletes everything Heard stored in this browser profile. */
export const wipeAll = (): Promise<{ ok: boolean; error?: string | undefined }> =>
  dataTransport().wipe().catch((e: unknown) => ({ ok: false, error: errorText(e) }));

/** The whole database as a backup file's text. */
export const backupFile = (): Promise<BackupFile> => dataTransport().backup().catch((e: unknown) => ({ ok: false as const, error: errorText(e) }));

/** The open callbacks as a calendar or a spreadsheet. */
export const exportOpen = (format: 'ics' | 'csv'): Promise<ExportOpenResult> =>
  dataTransport().exportOpen(format).catch((e: unknown) => ({ ok: false as const, error: errorText(e) }));

/** Replaces the database with a backup file's rows (the background validates the file again). */
export const restoreBackup = (text: string): Promise<RestoreResult> =>
  dataTransport()
    .restore(text)
    .catch((e: unknown) => ({ ok: false as const, errors: [{ path: '(file)', message: errorText(e) }] }));

/** The retention setting and its last run (null when the background did not answer). */
export const readRetention = (): Promise<RetentionView | null> => dataTransport().retention().catch(() => null);

/** Stores the retention and applies it at once. */
export const setRetention = (days: number | null): Promise<SetRetentionResult> =>
  dataTransport().setRetention(days).catch((e: unknown) => ({ ok: false as const, error: errorText(e) }));
