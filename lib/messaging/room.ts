/**
 * Messages about reading the room: the de-escalation checklist, the abuse boundary and incidents:
 * extension pages ↔ background. Not bundled into the content script (see content.ts).
 *
 * What crosses here is derived data only: tone signal kinds (never the customer's words), checklist
 * item ids and labels from the packs, the rep's own incident notes. The panel's view is parsed with
 * `RoomViewSchema` on arrival, like every other boundary value.
 *
 * The room's one setting (the short-break suggestion after an incident) lives in storage.local and
 * is parsed with `RoomSettingsSchema` wherever it is read.
 */
import * as z from 'zod/mini';
import { message } from './define';
import { PAGE_OR_PANEL } from './receive';
import { TONE_LEVELS } from '../values';
import { defineSetting } from '../settings/define';

const str = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(200));

export const TONE_SIGNAL_KINDS = [
  'shouting',
  'repeat-contact',
  'past-experience',
  'supervisor-request',
  'threat-to-leave',
  'urgency',
  'negative-sentiment',
  'sarcasm',
  'profanity-situation',
  'insult-at-rep',
  'threat-at-rep',
  'harassment',
] as const;
export const ToneSignalKindSchema = z.enum(TONE_SIGNAL_KINDS);

export const INCIDENT_CATEGORY_VALUES = ['profanity', 'insult', 'threat', 'harassment'] as const;
export const IncidentCategorySchema = z.enum(INCIDENT_CATEGORY_VALUES);
export type IncidentCategoryMsg = z.infer<typeof IncidentCategorySchema>;

export const ChecklistItemViewSchema = z.object({
  id,
  label: str(500),
  why: z.optional(str(1000)),
  /** The current draft does the thing. */
  auto: z.boolean(),
  /** What the rep did by hand, which wins over `auto`. */
  manual: z.nullable(z.enum(['ticked', 'unticked'])),
  /** What the checkbox shows. */
  ticked: z.boolean(),
});

export const ChecklistViewSchema = z.object({
  id,
  packId: id,
  title: str(500),
  description: z.optional(str(1000)),
  /** Its trigger holds for this conversation (tone, repeat contact, what the customer said). */
  triggered: z.boolean(),
  /** The rep opened it or ticked something in it for this conversation (kept in the database). */
  opened: z.boolean(),
  items: z.array(ChecklistItemViewSchema).check(z.maxLength(100)),
});

export const BoundaryPolicyViewSchema = z.object({
  packId: id,
  whatCounts: str(2000),
  warning: str(2000),
  whenToEnd: str(2000),
  whatToRecord: str(2000),
  breakAdvice: str(2000),
});

export const IncidentSummarySchema = z.object({ id, at: z.number(), category: IncidentCategorySchema });

/** Everything the panel's room section shows for one tab. */
export const RoomViewSchema = z.object({
  ticket: z.nullable(z.object({ key: str(512), link: str(4096) })),
  tone: z.nullable(
    z.object({
      level: z.enum(TONE_LEVELS),
      /** Signal kinds, strongest first, each once. */
      signals: z.array(ToneSignalKindSchema).check(z.maxLength(TONE_SIGNAL_KINDS.length)),
    }),
  ),
  checklists: z.array(ChecklistViewSchema).check(z.maxLength(200)),
  boundary: z.nullable(
    z.object({
      policy: BoundaryPolicyViewSchema,
      /** A customer message is abusive toward the rep. */
      abusive: z.boolean(),
      /** Category preselected from the signals. */
      suggested: z.nullable(IncidentCategorySchema),
    }),
  ),
  /** Incidents already logged for this conversation, newest first. */
  incidents: z.array(IncidentSummarySchema).check(z.maxLength(500)),
  breakReminder: z.boolean(),
});
export type RoomView = z.infer<typeof RoomViewSchema>;
export type ChecklistView = z.infer<typeof ChecklistViewSchema>;
export type BoundaryPolicyView = z.infer<typeof BoundaryPolicyViewSchema>;

export const IncidentMsgSchema = z.object({
  id,
  conversationKey: str(500),
  link: str(4000),
  at: z.number(),
  category: IncidentCategorySchema,
  note: str(5000),
  helpdesk: str(100),
  ticketTitle: z.optional(str(500)),
});
export type IncidentMsg = z.infer<typeof IncidentMsgSchema>;
export const IncidentListSchema = z.array(IncidentMsgSchema);

// ----------------------------------------------------------------- requests

const TabOnly = z.object({ tabId: z.number() });
export const RoomTickSchema = z.object({ tabId: z.number(), checklistId: id, itemId: id, ticked: z.boolean() });
export const RoomOpenSchema = z.object({ tabId: z.number(), checklistId: id });
export const RoomIncidentSchema = z.object({ tabId: z.number(), category: IncidentCategorySchema, note: str(5000) });
export const IncidentIdSchema = z.object({ id });
const Empty = z.optional(z.object({}));

export const LogIncidentResultSchema = z.union([
  z.object({ ok: z.literal(true), incident: IncidentSummarySchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-conversation', 'failed', 'storage-full', 'db-blocked']) }),
]);
export type LogIncidentResult = z.infer<typeof LogIncidentResultSchema>;

export const ROOM_MESSAGES = {
  /** The room view for a tab (null when the background knows nothing about it yet). */
  'ui:room:get': message('ui', PAGE_OR_PANEL, TabOnly, z.nullable(RoomViewSchema)),
  /** Tick or untick a checklist item by hand (ok: false when the tab has no room yet); the new
   * view follows on the panel's port. */
  'ui:room:tick': message('ui', PAGE_OR_PANEL, RoomTickSchema, z.object({ ok: z.boolean() })),
  /** Open a checklist by hand for this conversation; the new view follows on the panel's port. */
  'ui:room:open': message('ui', PAGE_OR_PANEL, RoomOpenSchema, z.object({ ok: z.boolean() })),
  /** Log an abuse incident for the tab's conversation (the view with it follows on the panel's port). */
  'ui:room:incident': message('ui', PAGE_OR_PANEL, RoomIncidentSchema, LogIncidentResultSchema),
  /** Every incident, newest first (options page). */
  'ui:incidents:list': message('ui', 'extension-page', Empty, IncidentListSchema),
  'ui:incidents:delete': message('ui', 'extension-page', IncidentIdSchema, z.object({ ok: z.boolean() })),
};

// ----------------------------------------------------------------- settings (storage.local)

export const ROOM_SETTINGS_KEY = 'heard:room-settings';
export const RoomSettingsSchema = z.object({
  /** After logging an incident, suggest a short break. */
  breakReminder: z.boolean(),
});
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;
export const DEFAULT_ROOM_SETTINGS: RoomSettings = { breakReminder: true };

export const roomSettings = defineSetting(ROOM_SETTINGS_KEY, RoomSettingsSchema, () => ({ ...DEFAULT_ROOM_SETTINGS }), { version: 1 });
export const readRoomSettings = (): Promise<RoomSettings> => roomSettings.get();
export const writeRoomSettings = (settings: RoomSettings): Promise<void> => roomSettings.set(settings);
