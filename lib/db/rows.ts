/**
 * Zod schemas of every stored row. They are the single source of the row types, and every row that
 * crosses a boundary (backup import, backup restore, pre-migration snapshot) is parsed with them.
 * Objects are strict: an unknown key (including `__proto__`) is an error, not silently dropped,
 * because a backup file with fields we do not know is a foreign or newer file.
 */
import { z } from 'zod';
import { PackDiffSchema } from '../guidance/diff';
import { CALLBACK_CHANNELS, CALLBACK_SOURCES, CALLBACK_STATUSES } from '../values';

/** Epoch milliseconds. Finite integer between 2000-01-01 and 2200-01-01 (catches seconds-vs-ms mistakes). */
export const epochMs = z
  .number()
  .int()
  .min(946_684_800_000, 'must be epoch milliseconds after 2000-01-01')
  .max(7_258_118_400_000, 'must be epoch milliseconds before 2200-01-01');

const key = z.string().min(1).max(500);
const shortText = z.string().max(500);
const id = z.string().min(1).max(200);

export { CALLBACK_CHANNELS, CALLBACK_SOURCES, CALLBACK_STATUSES };
export const callbackChannel = z.enum(CALLBACK_CHANNELS);
export type CallbackChannel = z.infer<typeof callbackChannel>;

export const callbackStatus = z.enum(CALLBACK_STATUSES);
export type CallbackStatus = z.infer<typeof callbackStatus>;

export const callbackSource = z.enum(CALLBACK_SOURCES);
export type CallbackSource = z.infer<typeof callbackSource>;

export const callbackRow = z.strictObject({
  id: z.uuid(),
  /** Conversation the promise belongs to (Ticket.key). */
  conversationKey: key,
  /** Link back to the conversation. */
  link: z.string().max(4000),
  /** Adapter id of the helpdesk. */
  helpdesk: z.string().min(1).max(100),
  customerName: shortText.optional(),
  customerContact: shortText.optional(),
  /** The ticket's subject as the helpdesk page showed it (its number is in conversationKey). Added
   * after v2 without a version: an optional, unindexed field; rows stored before it have none. */
  ticketTitle: shortText.optional(),
  /** What was promised, in the rep's words. */
  promise: z.string().max(5000),
  channel: callbackChannel,
  dueAt: epochMs,
  createdAt: epochMs,
  updatedAt: epochMs,
  status: callbackStatus,
  outcome: z.string().max(5000).optional(),
  /** No reminder for this callback before this time; a reminder is shown at this time. */
  snoozeUntil: epochMs.optional(),
  /** When the "due soon" reminder was shown (a reminder is shown once). */
  remindedBeforeAt: epochMs.optional(),
  /** When the "due now / overdue" reminder was shown. */
  remindedDueAt: epochMs.optional(),
  source: callbackSource,
});
export type CallbackRow = z.infer<typeof callbackRow>;

export const noteRow = z.strictObject({
  conversationKey: key,
  text: z.string().max(200_000),
  updatedAt: epochMs,
});
export type NoteRow = z.infer<typeof noteRow>;

/** Checklist state for one conversation: only item ids and times, never customer text. */
export const checklistRow = z.strictObject({
  conversationKey: key,
  checklistId: id,
  /** Items the rep ticked by hand. */
  ticked: z.array(id).max(500),
  /** Items the rep unticked by hand (overrides an automatic tick). */
  unticked: z.array(id).max(500),
  openedAt: epochMs,
  updatedAt: epochMs,
});
export type ChecklistRow = z.infer<typeof checklistRow>;

export const INCIDENT_CATEGORIES = ['profanity', 'insult', 'threat', 'harassment'] as const;
export const incidentCategory = z.enum(INCIDENT_CATEGORIES);
export type IncidentCategory = z.infer<typeof incidentCategory>;

export const incidentRow = z.strictObject({
  id: z.uuid(),
  conversationKey: key,
  link: z.string().max(4000),
  at: epochMs,
  category: incidentCategory,
  /** The rep's own note; never the customer's words unless the rep typed them. */
  note: z.string().max(5000),
  helpdesk: z.string().min(1).max(100),
  /** The ticket's subject as the helpdesk page showed it (as callbackRow.ticketTitle). */
  ticketTitle: shortText.optional(),
});
export type IncidentRow = z.infer<typeof incidentRow>;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Counts only, never text. */
export const ruleStatRow = z.strictObject({
  ruleId: id,
  shown: count,
  inserted: count,
  dismissed: count,
  notHelpful: count,
});
export type RuleStatRow = z.infer<typeof ruleStatRow>;
export type RuleStatCounter = Exclude<keyof RuleStatRow, 'ruleId'>;

export const dismissalRow = z.strictObject({
  conversationKey: key,
  hintId: id,
  at: epochMs,
});
export type DismissalRow = z.infer<typeof dismissalRow>;

export const PACK_SOURCES = ['builtin', 'file', 'url', 'policy'] as const;
export const packRow = z.strictObject({
  id,
  source: z.enum(PACK_SOURCES),
  url: z.string().max(4000).optional(),
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  lastFetchAt: epochMs.optional(),
  /** The last fetch's outcome in words for the rep (why an update was refused, "up to date"…). */
  lastFetchResult: z.string().max(2000).optional(),
  lastFetchStatus: z.enum(['fresh', 'not-modified', 'error', 'invalid']).optional(),
  /** What the last update changed (lib/guidance/diff.ts), shown as "What changed". */
  lastDiff: z.optional(PackDiffSchema),
  enabled: z.boolean(),
  order: z.number().int(),
  /** The pack's JSON text, validated by lib/guidance when loaded ("" for the built-in pack: its rules come with the code). */
  json: z.string().max(5_000_000),
  installedAt: epochMs,
  updatedAt: epochMs,
});
export type PackRow = z.infer<typeof packRow>;

/** A local backup kept inside the database (before a migration or a restore). */
export const backupRow = z.strictObject({
  id: z.string().min(1).max(200),
  reason: z.enum(['pre-migration', 'pre-restore']),
  fromVersion: z.number().int().min(0),
  toVersion: z.number().int().min(0),
  createdAt: epochMs,
  /** A complete `heard-backup` JSON document (see lib/callbacks/backup.ts). */
  json: z.string(),
});
export type BackupRow = z.infer<typeof backupRow>;

/** Small key/value facts about the database itself (since schema v2). */
export const metaRow = z.strictObject({
  key: z.string().min(1).max(100),
  value: z.json(),
});
export type MetaRow = z.infer<typeof metaRow>;

// The tables themselves (name, index, key, backup, retention) are declared in lib/db/<table>.ts and
// listed once in lib/db/tables.ts: DATA_TABLES, DATA_TABLE_SCHEMAS and DataTables come from there.
