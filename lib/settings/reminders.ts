import * as z from 'zod/mini';
import { defaultReminderSettings, parseReminderSettings, SETTINGS_KEY, type ReminderSettingsValue } from '../messaging/callbacks';
import { defineSetting } from './define';

/**
 * The rep's own reminder settings (`heard:reminders`, written by the background only, which lays
 * the policy's locked values over them). Read field by field through `parseReminderSettings`: a bad
 * field takes its default instead of losing every setting.
 */
export const reminderSettings = defineSetting<ReminderSettingsValue>(
  SETTINGS_KEY,
  z.pipe(z.unknown(), z.transform((raw) => parseReminderSettings(raw))),
  defaultReminderSettings,
);
