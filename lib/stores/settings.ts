/**
 * The rep's settings that the background keeps (it checks them against the browser policy):
 * reminder settings and the rule switches. Settings a page may write itself are typed storage
 * items (lib/settings).
 */
import { sendMessage, type ReminderSettingsValue, type RuleSummary, type SaveRemindersResult } from '@/lib/messaging';
import { errorText, transport } from './transport';

export const settingsTransport = transport({
  saveReminders: (value: ReminderSettingsValue) => sendMessage('ui:reminders:save', value),
  rules: () => sendMessage('ui:rules:list', {}),
  setRule: (id: string, enabled: boolean) => sendMessage('ui:rules:set', { id, enabled }),
});

/** Stores the reminder settings; refused (with the reason) when the policy locks one that changed.
 * No reason when the background did not answer. */
export const saveReminders = (value: ReminderSettingsValue): Promise<SaveRemindersResult> =>
  settingsTransport()
    .saveReminders(value)
    .catch(() => ({ ok: false as const, error: '' }));

/** Every rule in force and whether it is on (none when the background did not answer). */
export const ruleSwitches = (): Promise<RuleSummary[]> => settingsTransport().rules().catch(() => []);

export const setRuleEnabled = (id: string, enabled: boolean): Promise<{ ok: boolean; error?: string | undefined }> =>
  settingsTransport()
    .setRule(id, enabled)
    .catch((e: unknown) => ({ ok: false, error: errorText(e) }));
