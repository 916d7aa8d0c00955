/** "Your data": what Heard keeps, deleting all of it, and optional retention. Extension pages ↔ background. */
import * as z from 'zod/mini';
import { message, NoData, OkReply } from './define';

export const DataSummarySchema = z.object({
  /** Rows per database table. */
  tables: z.record(z.string(), z.number()),
  /** Keys in extension storage (settings). */
  settings: z.number(),
});
export type DataSummary = z.infer<typeof DataSummarySchema>;

// ---------------------------------------------------------------- retention

/** storage.local key of the retention setting (written by the background only). */
export const RETENTION_KEY = 'heard:retention';

/** The choices the options page offers (a custom number of days is allowed too). */
export const RETENTION_PRESETS = [30, 90, 180, 365] as const;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/** Days to keep closed callbacks and incidents; null = keep everything (the default). */
export const RetentionDaysSchema = z.nullable(z.int().check(z.minimum(MIN_RETENTION_DAYS), z.maximum(MAX_RETENTION_DAYS)));

export const RetentionRunSchema = z.object({
  at: z.number(),
  callbacks: z.int().check(z.minimum(0)),
  incidents: z.int().check(z.minimum(0)),
});
export type RetentionRun = z.infer<typeof RetentionRunSchema>;

export const RetentionSettingsSchema = z.strictObject({
  days: RetentionDaysSchema,
  /** The last time retention ran and what it deleted. */
  lastRun: z.optional(RetentionRunSchema),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const RetentionViewSchema = z.extend(RetentionSettingsSchema, {
  /** Set when the stored value is not valid: retention is then off (nothing is deleted) until the
   * rep chooses again. Names the field. */
  error: z.optional(z.string()),
});
export type RetentionView = z.infer<typeof RetentionViewSchema>;

/**
 * Parses the stored setting. Nothing stored = off. A bad value is not guessed at: retention stays
 * off (deleting on a misread number would lose data) and the error says which field is wrong.
 */
export function parseRetentionSettings(raw: unknown): RetentionView {
  if (raw === undefined) return { days: null };
  const r = RetentionSettingsSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : 'value';
  return { days: null, error: `${RETENTION_KEY}.${field}: ${issue?.message ?? 'invalid'}` };
}

const fail = z.object({ ok: z.literal(false), error: z.string() });
export const SetRetentionResultSchema = z.union([z.object({ ok: z.literal(true), view: RetentionViewSchema }), fail]);
export type SetRetentionResult = z.infer<typeof SetRetentionResultSchema>;

// ---------------------------------------------------------------- backup and restore

/** A backup of the whole database, as the file's text. */
export const BackupFileSchema = z.union([z.object({ ok: z.literal(true), json: z.string() }), fail]);
export type BackupFile = z.infer<typeof BackupFileSchema>;
/** What a restore did, or why nothing was changed (each error names the field). */
export const RestoreResultSchema = z.union([
  z.object({ ok: z.literal(true), counts: z.record(z.string(), z.number()), preRestoreBackupId: z.optional(z.string()) }),
  z.object({ ok: z.literal(false), errors: z.array(z.object({ path: z.string(), message: z.string() })) }),
]);
export type RestoreResult = z.infer<typeof RestoreResultSchema>;
/** The open callbacks as a calendar (.ics) or a spreadsheet (.csv). */
export const ExportOpenResultSchema = z.union([z.object({ ok: z.literal(true), text: z.string(), count: z.number() }), fail]);
export type ExportOpenResult = z.infer<typeof ExportOpenResultSchema>;

const PAGE = 'extension-page';

export const DATA_MESSAGES = {
  'ui:data:backup': message('ui', PAGE, NoData, BackupFileSchema),
  /** Replaces everything with the backup in `text` (parsed and checked in the background). The size
   * limit is the backup's own (50 MB), checked where it is parsed, with a message naming it. */
  'ui:data:restore': message('ui', PAGE, z.object({ text: z.string() }), RestoreResultSchema),
  'ui:data:exportOpen': message('ui', PAGE, z.object({ format: z.enum(['ics', 'csv']) }), ExportOpenResultSchema),
  'ui:data:summary': message('ui', PAGE, NoData, DataSummarySchema),
  'ui:data:wipe': message('ui', PAGE, z.object({ confirm: z.literal('delete-everything') }), OkReply),
  'ui:data:retention': message('ui', PAGE, NoData, RetentionViewSchema),
  /** Stores the setting and applies it at once; the daily alarm applies it from then on. */
  'ui:data:retention:set': message('ui', PAGE, z.object({ days: RetentionDaysSchema }), SetRetentionResultSchema),
};
