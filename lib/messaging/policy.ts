/**
 * Messages about the browser policy (lib/policy/schema.ts): extension pages ↔ background.
 * Not bundled into the content script.
 *
 *   ui:policy:get         what the policy sets, for the options page (locks, notice, problems)
 *   ui:reminders:save     the rep's reminder settings, saved by the background, which refuses a
 *                         change to a setting the policy locks
 *   push:changed { what: 'policy' }   background → extension pages: the policy changed; ask again
 */
import * as z from 'zod/mini';
import { message, NoData } from './define';
import { ReminderSettingsSchema } from './callbacks';

const PolicyProblemSchema = z.object({
  /** The field, e.g. `reminders.remindBeforeMin` or `packs[0].rules[2].id`. */
  path: z.string(),
  message: z.string(),
});
export type PolicyProblemMsg = z.infer<typeof PolicyProblemSchema>;

export const PolicyStatusSchema = z.object({
  /** Some policy is set: the options page says so. */
  managed: z.boolean(),
  /** What was dropped from the policy, and why (empty when clean). */
  problems: z.array(PolicyProblemSchema),
  packUrls: z.array(z.string()),
  /** Inline packs of the policy. */
  packs: z.array(z.object({ id: z.string(), name: z.string(), version: z.string() })),
  lockedRules: z.array(z.string()),
  disallowPersonalPacks: z.boolean(),
  /** The reminder settings the policy sets; each is locked. */
  reminders: z.partial(ReminderSettingsSchema),
});
export type PolicyStatusMsg = z.infer<typeof PolicyStatusSchema>;

export const SaveRemindersResultSchema = z.union([
  z.object({ ok: z.literal(true), settings: ReminderSettingsSchema }),
  z.object({ ok: z.literal(false), error: z.string(), field: z.optional(z.string()) }),
]);
export type SaveRemindersResult = z.infer<typeof SaveRemindersResultSchema>;

export const POLICY_MESSAGES = {
  'ui:policy:get': message('ui', 'extension-page', NoData, PolicyStatusSchema),
  /** Stores the rep's reminder settings; refused when a setting the policy locks would change. */
  'ui:reminders:save': message('ui', 'extension-page', ReminderSettingsSchema, SaveRemindersResultSchema),
};
