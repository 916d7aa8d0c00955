/** Dates and labels for callbacks, in the rep's time zone and the browser's language. */
import { zonedParts, zonedToEpoch, DAY, HOUR, MINUTE } from '@/lib/callbacks/time';
import type { DueResult } from '@/lib/callbacks/due';
import { parseDueTimeIn } from '@/lib/callbacks/due-intl';
import { LANGS, isLang, langOfTag, type Lang } from '@/lib/lang/langs';
import { browser } from 'wxt/browser';
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

export function absoluteTime(epoch: number, timeZone: string): string {
  let f = absoluteFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    absoluteFormats.set(timeZone, f);
  }
  return f.format(epoch);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string | undefined, timeZone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(opts)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone })));
  return f;
}
const relatives = new Map<string | undefined, Intl.RelativeTimeFormat>();
function relative(locale?: string): Intl.RelativeTimeFormat {
  let f = relatives.get(locale);
  if (!f) relatives.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return f;
}

/** Calendar days from the day of `now` to the day of `epoch` in the zone: tomorrow is 1 whatever the hours. */
export function calendarDays(epoch: number, now: number, timeZone: string): number {
  const a = zonedParts(now, timeZone);
  const b = zonedParts(epoch, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/**
 * A time as a person reads it, in the rep's zone and language: "today 5:00 PM", "tomorrow 3:00 PM",
 * "yesterday 4:40 PM", "Mon 10:00 AM" within the week ahead, "Dec 14, 10:00 AM" beyond (with the
 * year when it is another year).
 */
export function whenTime(epoch: number, now: number, timeZone: string, locale?: string): string {
  const days = calendarDays(epoch, now, timeZone);
  const time = format(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(epoch);
  let day: string;
  if (Math.abs(days) <= 1) day = relative(locale).format(days, 'day');
  else if (days > 1 && days < 7) day = format(locale, timeZone, { weekday: 'short' }).format(epoch);
  else {
    const year = zonedParts(epoch, timeZone).year !== zonedParts(now, timeZone).year;
    day = format(locale, timeZone, year ? { month: 'short', day: 'numeric', year: 'numeric' } : { month: 'short', day: 'numeric' }).format(epoch);
  }
  return t('cbWhen', [day, time]);
}

/** How long past due, short: "20 min", "2 hr", "3 days" (whole units, rounded down). */
export function overdueBy(epoch: number, now: number, locale?: string): string {
  const late = Math.max(0, now - epoch);
  const [n, unit] = late < HOUR ? [Math.floor(late / MINUTE), 'minute'] : late < DAY ? [Math.floor(late / HOUR), 'hour'] : [Math.floor(late / DAY), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short' }).format(n);
}

/** "in 2 hours", "tomorrow", "3 days ago", "now": past a day, in calendar days of the zone. */
export function relativeTime(epoch: number, now: number, timeZone: string, locale?: string): string {
  const diff = epoch - now;
  const abs = Math.abs(diff);
  const rtf = relative(locale);
  if (abs < MINUTE) return t('cbNow');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(calendarDays(epoch, now, timeZone), 'day');
}

export function dueOptionsOf(settings: ReminderSettingsValue, now: number) {
  return {
    now: new Date(now),
    timeZone: effectiveTimeZone(settings),
    workday: { start: settings.workdayStart, end: settings.workdayEnd, days: settings.workdays },
  };
}

/** The languages a typed time is read in, in turn: the draft's (when known), the rep's UI language, English, the others. */
export function whenLangs(first?: Lang | null): Lang[] {
  let ui: Lang | null = null;
  try {
    ui = langOfTag(browser.i18n.getUILanguage());
  } catch {
    // No i18n (a test without a browser): English first.
  }
  return [...new Set([first, ui, 'en', ...LANGS].filter(isLang))];
}

/** The rep's words for when ("tomorrow at 3", "mañana a las 15:00", "bis Feierabend") → a due time. */
export function parseWhen(text: string, settings: ReminderSettingsValue, now: number, langs: readonly Lang[] = whenLangs()): DueResult | null {
  if (text.trim() === '') return null;
  try {
    const opts = dueOptionsOf(settings, now);
    for (const lang of langs) {
      const r = parseDueTimeIn(lang, text, opts);
      if (r) return r;
    }
    return null;
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

