/**
 * Calendar arithmetic in an IANA time zone with nothing but Intl: wall clock ⇄ epoch, across DST.
 */
export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}
export interface ZonedParts extends LocalDateTime {
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export { MINUTE, HOUR, DAY };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a time zone Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** Whether Intl knows this time zone ("Europe/Berlin", "UTC"). */
export function validTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(epoch: number, timeZone: string): ZonedParts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epoch))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  const year = out.year!;
  const month = out.month!;
  const day = out.day!;
  return {
    year,
    month,
    day,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
    weekday: weekdayOf({ year, month, day }),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (New York in winter: -300). */
export function offsetMinutes(epoch: number, timeZone: string): number {
  const p = zonedParts(epoch, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / MINUTE);
}

/**
 * The instant a wall-clock time happens in a zone. A time that happens twice (autumn) gives the
 * first; a time that never happens (spring gap) moves forward by the gap, as clocks do (02:30 → 03:30).
 */
export function zonedToEpoch(t: LocalDateTime, timeZone: string): number {
  const guess = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  const candidates = new Set([offsetMinutes(guess - DAY, timeZone), offsetMinutes(guess + DAY, timeZone), offsetMinutes(guess, timeZone)]);
  let best: number | null = null;
  for (const off of candidates) {
    const epoch = guess - off * MINUTE;
    const p = zonedParts(epoch, timeZone);
    if (p.year === t.year && p.month === t.month && p.day === t.day && p.hour === t.hour && p.minute === t.minute) {
      if (best === null || epoch < best) best = epoch;
    }
  }
  if (best !== null) return best;
  // In a gap: use the offset before the transition, which lands after the gap.
  return guess - offsetMinutes(guess - DAY, timeZone) * MINUTE;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function weekdayOf(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Epoch of local midnight starting the day that contains `epoch`. */
export function startOfLocalDay(epoch: number, timeZone: string): number {
  const p = zonedParts(epoch, timeZone);
  return zonedToEpoch({ year: p.year, month: p.month, day: p.day, hour: 0, minute: 0 }, timeZone);
}

/** Epoch of local midnight starting the next day. */
export function startOfNextLocalDay(epoch: number, timeZone: string): number {
  const p = zonedParts(epoch, timeZone);
  const next = addDays(p, 1);
  return zonedToEpoch({ ...next, hour: 0, minute: 0 }, timeZone);
}

/** "HH:MM" → minutes after midnight. */
export function parseHHMM(s: string): { hour: number; minute: number } {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(s);
  if (!m) throw new RangeError(`not a HH:MM time: ${s}`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}
