/** Dates and labels for callbacks, in the rep's time zone and the browser's language. */
import { zonedParts, zonedToEpoch, DAY, HOUR, MINUTE } from '@/lib/callbacks/time';
import { parseDueTime, type DueResult } from '@/lib/callbacks/due';
import type { CallbackRow } from '@/lib/db/rows';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging';
import { t, type MessageKey } from '@/lib/i18n';

export const CHANNEL_LABEL: Record<CallbackRow['channel'], MessageKey> = {
  call: 'cbChannelCall',
  email: 'cbChannelEmail',
  chat: 'cbChannelChat',
};

// Building an Intl formatter costs far more than using one: one per time zone, kept.
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();
let relativeFormat: Intl.RelativeTimeFormat | null = null;

export function absoluteTime(epoch: number, timeZone: string): string {
  let f = absoluteFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    absoluteFormats.set(timeZone, f);
  }
  return f.format(epoch);
}

/** "in 2 hours", "3 days ago", "now". */
export function relativeTime(epoch: number, now: number): string {
  const diff = epoch - now;
  const abs = Math.abs(diff);
  const rtf = (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
  if (abs < MINUTE) return t('cbNow');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

export function dueOptionsOf(settings: ReminderSettingsValue, now: number) {
  return {
    now: new Date(now),
    timeZone: effectiveTimeZone(settings),
    workday: { start: settings.workdayStart, end: settings.workdayEnd, days: settings.workdays },
  };
}

export function parseWhen(text: string, settings: ReminderSettingsValue, now: number): DueResult | null {
  if (text.trim() === '') return null;
  try {
    return parseDueTime(text, dueOptionsOf(settings, now));
  } catch {
    return null;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Epoch → the value of an <input type="datetime-local"> in the rep's time zone. */
export function toLocalInput(epoch: number, timeZone: string): string {
  const p = zonedParts(epoch, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The value of an <input type="datetime-local"> (rep's time zone) → epoch, or null. */
export function fromLocalInput(value: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const epoch = zonedToEpoch({ year: y, month: mo, day: d, hour: h, minute: mi }, timeZone);
  return Number.isFinite(epoch) ? epoch : null;
}

/** Adapter channel → callback channel. */
export function channelOfTicket(channel: 'email' | 'chat' | 'phone' | undefined): CallbackRow['channel'] {
  return channel === 'phone' ? 'call' : channel === 'chat' ? 'chat' : 'email';
}
