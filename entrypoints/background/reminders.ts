/**
 * Reminders in the background: ONE alarm, notifications, the badge.
 *
 * The database is the single source of truth; nothing here is kept in memory across wakes.
 * `reconcile()` is the whole algorithm, run at install, at browser start-up, at every wake of the
 * background, when the alarm rings and after every change:
 *   1. read the open callbacks;
 *   2. show every reminder that fell due up to now and was not shown (`remindersDue`) — that
 *      includes whatever fell due while the browser was closed or the computer slept;
 *   3. store that they were shown (`recordReminders`), so none is shown twice;
 *   4. set the one alarm to the next reminder (`nextAlarmAt`) or the next time the badge changes;
 *   5. set the badge to the overdue + due-now count (`badgeCount`).
 * Runs are serialised within the worker, so two wakes racing cannot show a reminder twice.
 * A reminder is shown BEFORE it is recorded: if the worker dies in between, the next run shows
 * it again under the same notification id, which replaces rather than duplicates it (lost is the
 * worse failure).
 */
import { browser, type Browser } from 'wxt/browser';
import type { HeardDB } from '@/lib/db';
import type { CallbackRow } from '@/lib/db/rows';
import { badgeCount, listOpen, nextAlarmAt, recordReminders, remindersDue, type DueReminder, type ReminderKind } from '@/lib/callbacks';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging/callbacks';
import { plural, t } from '@/lib/i18n';
import { i18nReady } from '@/lib/i18n-files';
import { effectiveReminderSettings } from './policy';
import { serialQueue } from '@/lib/serial';

export const ALARM_NAME = 'heard-reminders';
export const NOTIFICATION_PREFIX = 'heard-cb:';
export const SUMMARY_NOTIFICATION = `${NOTIFICATION_PREFIX}summary`;
/** More reminders than this at once (catch-up after sleep): one summary notification instead. */
export const MAX_SINGLE_NOTIFICATIONS = 3;

export interface ReminderEnv {
  db(): HeardDB;
  now(): number;
}

/** The settings reminders run on: the rep's, with what the browser policy sets laid over them. */
export function readSettings(): Promise<ReminderSettingsValue> {
  return effectiveReminderSettings();
}

/** Chrome shows buttons on notifications; Firefox does not support them. */
export function notificationsHaveButtons(): boolean {
  return !import.meta.env.FIREFOX;
}

export function notificationId(callbackId: string, kind: ReminderKind): string {
  return `${NOTIFICATION_PREFIX}${kind}:${callbackId}`;
}

/** The callback id in one of our notification ids, or null (summary or foreign). */
export function callbackIdOf(notificationId: string): string | null {
  const m = /^heard-cb:(?:before|due):(.+)$/.exec(notificationId);
  return m ? m[1]! : null;
}

const CHANNEL_KEY = { call: 'cbChannelCall', email: 'cbChannelEmail', chat: 'cbChannelChat' } as const;

function who(c: CallbackRow): string {
  return c.customerName?.trim() || c.conversationKey.replace(/^[a-z]+:/, '');
}

export function formatTime(epoch: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(epoch);
}

async function showOne(c: CallbackRow, kind: ReminderKind, now: number, settings: ReminderSettingsValue): Promise<void> {
  await i18nReady(); // an alarm can wake the worker: its strings first
  const tz = effectiveTimeZone(settings);
  const channel = t(CHANNEL_KEY[c.channel]);
  const title =
    kind === 'before'
      ? t('cbNotifySoonTitle', [channel, who(c)])
      : c.dueAt < now - 60_000
        ? t('cbNotifyOverdueTitle', [channel, who(c)])
        : t('cbNotifyDueTitle', [channel, who(c)]);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title,
    message: c.promise.slice(0, 300) || channel,
    contextMessage: t('cbNotifyDueAt', formatTime(c.dueAt, tz)),
    priority: 2,
  };
  if (notificationsHaveButtons()) {
    options.buttons = [{ title: t('cbNotifyDone') }, { title: t('cbNotifySnooze') }];
    options.requireInteraction = true;
  }
  await browser.notifications.create(notificationId(c.id, kind), options);
}

async function showSummary(count: number): Promise<void> {
  await i18nReady();
  await browser.notifications.create(SUMMARY_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: plural('cbNotifySummaryTitle', count),
    message: t('cbNotifySummaryBody'),
    priority: 2,
  });
}

export async function setBadge(count: number): Promise<void> {
  const action = browser.action;
  await action.setBadgeText({ text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: '#9a4a22' });
}

export interface ReconcileResult {
  shown: DueReminder[];
  alarmAt: number | null;
  badge: number;
}

const serial = serialQueue();

/** Shows what is due, stores it, sets the alarm and the badge. Serialised within the worker. */
export function reconcile(env: ReminderEnv): Promise<ReconcileResult> {
  return serial(() => reconcileNow(env));
}

async function reconcileNow(env: ReminderEnv): Promise<ReconcileResult> {
  const db = env.db();
  const settings = await readSettings();
  const rs = { remindBeforeMin: settings.remindBeforeMin };
  const now = env.now();
  const open = await listOpen(db);
  const due = remindersDue(open, rs, now);

  if (due.length > 0) {
    const byId = new Map(open.map((c) => [c.id, c]));
    if (due.length > MAX_SINGLE_NOTIFICATIONS) {
      await showSummary(due.length).catch(() => {});
    } else {
      for (const r of due) {
        const c = byId.get(r.callbackId);
        if (c) await showOne(c, r.kind, now, settings).catch(() => {});
      }
    }
    await recordReminders(db, due, now);
  }

  const after = due.length > 0 ? await listOpen(db) : open;
  const nextReminder = nextAlarmAt(after, rs, now);
  // The badge counts what is due: it changes when the next open callback falls due, even when
  // no reminder rings then (e.g. a snoozed one).
  let nextDue = Infinity;
  for (const c of after) if (c.dueAt > now && c.dueAt < nextDue) nextDue = c.dueAt;
  const candidates = [nextReminder ?? Infinity, nextDue];
  const when = Math.min(...candidates);
  const alarmAt = when === Infinity ? null : when;
  if (alarmAt === null) await browser.alarms.clear(ALARM_NAME);
  else await browser.alarms.create(ALARM_NAME, { when: alarmAt });

  const badge = badgeCount(after, now);
  await setBadge(badge).catch(() => {});
  return { shown: due, alarmAt, badge };
}
