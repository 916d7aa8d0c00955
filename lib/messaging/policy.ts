/**
 * Messages about the browser policy (lib/policy/schema.ts): extension pages ↔ background.
 * Not bundled into the content script.
 *
 *   ui:policy:get         what the policy sets, for the options page (locks, notice, problems)
 *   ui:reminders:save     the rep's reminder settings, saved by the background, which refuses a
 *                         change to a setting the policy locks
 *   push:changed { what: 'policy' }   background → extension pages: the policy changed; ask again
 */
import { answer, message, NoData } from './define';
import { ReminderSettingsSchema, type ReminderSettingsValue } from './callbacks';

export interface PolicyProblemMsg {
  /** The field, e.g. `reminders.remindBeforeMin` or `packs[0].rules[2].id`. */
  path: string;
  message: string;
}

export interface PolicyStatusMsg {
  /** Some policy is set: the options page says so. */
  managed: boolean;
  /** What was dropped from the policy, and why (empty when clean). */
  problems: PolicyProblemMsg[];
  packUrls: string[];
  /** Inline packs of the policy. */
  packs: { id: string; name: string; version: string }[];
  lockedRules: string[];
  disallowPersonalPacks: boolean;
  /** The reminder settings the policy sets; each is locked. */
  reminders: Partial<ReminderSettingsValue>;
}

export type SaveRemindersResult = { ok: true; settings: ReminderSettingsValue } | { ok: false; error: string; field?: string };

export const POLICY_MESSAGES = {
  'ui:policy:get': message('ui', 'extension-page', NoData, answer<PolicyStatusMsg>()),
  /** Stores the rep's reminder settings; refused when a setting the policy locks would change. */
  'ui:reminders:save': message('ui', 'extension-page', ReminderSettingsSchema, answer<SaveRemindersResult>()),
};
