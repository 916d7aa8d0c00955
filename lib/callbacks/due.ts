/**
 * When is a promise due? Turns the rep's words ("tomorrow at 3", "by end of day", "within 24
 * hours") into an instant, in the rep's time zone and working hours.
 *
 * Decisions (what a rep expects; tested in tests/unit/callbacks/due.test.ts):
 * - A day with no time ("tomorrow", "by Friday", "on March 10") is due at the END of that workday:
 *   a promise for a day is kept as long as it is kept that day. Precision 'day'.
 * - "end of day", "EOD", "later today", "today" → today's end of workday. If the workday is already
 *   over, one hour from now (the rep is working late and means tonight). Precision 'day'/'fuzzy'.
 * - "close of business", "COB", "end of business", "next business day", "within N business days"
 *   skip non-workdays.
 * - "first thing (tomorrow)" → start of that workday. "morning" → 12:00 of that day (kept if called
 *   before noon). "afternoon" → end of workday. Precision 'day' / 'fuzzy'.
 * - "next week" (no weekday) → end of the first workday of next week, 'fuzzy': early enough to
 *   act, snoozable. "this week" / "end of the week" → end of the last workday of this week.
 * - "in 2 hours", "within 24 hours", "in 30 minutes": exact elapsed time. "in 3 days", "within a
 *   week": the same wall-clock time N calendar days later (DST-safe).
 * - "shortly", "in a moment", "right away" → 15 minutes; "soon", "ASAP" → 1 hour ('fuzzy').
 * - A bare hour ("at 3", "tomorrow at 4") that is before the workday starts and makes sense in the
 *   afternoon is read as p.m. ("at 3" with a 9–17 workday is 15:00).
 * - A time or weekday that has already passed today moves to its next occurrence.
 */
import * as chrono from 'chrono-node';
import {
  DAY,
  HOUR,
  MINUTE,
  addDays,
  assertTimeZone,
  offsetMinutes,
  parseHHMM,
  weekdayOf,
  zonedParts,
  zonedToEpoch,
  type LocalDate,
} from './time';

export interface Workday {
  /** 'HH:MM' local time the rep starts. */
  start: string;
  /** 'HH:MM' local time the rep stops. */
  end: string;
  /** Working days, 0 = Sunday … 6 = Saturday. Default Monday–Friday. */
  days?: number[];
}

export interface DueOptions {
  now: Date;
  /** IANA time zone of the rep, e.g. "Europe/Berlin". */
  timeZone: string;
  workday: Workday;
}

export type DuePrecision = 'exact' | 'day' | 'fuzzy';

export interface DueResult {
  dueAt: number;
  /** The words in `text` the due time was read from. */
  matchedText: string;
  precision: DuePrecision;
}

export const DEFAULT_WORKDAYS: readonly number[] = [1, 2, 3, 4, 5];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'forty five': 45, 'a few': 3,
  'a couple of': 2, 'a couple': 2, few: 3, couple: 2, 'twenty-four': 24, 'twenty four': 24, 'forty-eight': 48,
  'forty eight': 48, 'seventy-two': 72,
};
const NUM = String.raw`(\d+(?:\.\d+)?|a couple(?: of)?|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:[- ]four)?|thirty|forty[- ](?:five|eight)|seventy-two)`;

const DURATION_RE = new RegExp(
  String.raw`\b(?:in|within|inside(?: of)?|during|over)\s+(?:the\s+)?(?:next\s+)?${NUM}\s+(?:(business|working)\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\b` +
    String.raw`|\b(?:in|within)\s+(?:the\s+next\s+)?(half an hour|the hour|an hour and a half)\b` +
    String.raw`|\b(?:in\s+the\s+)?next\s+${NUM}\s+(?:(business|working)\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\b`,
  'i',
);
const VAGUE_SOON_RE = /\b(shortly|in a (?:moment|minute|bit|little while|sec(?:ond)?)|right away|straight away|momentarily)\b/i;
const VAGUE_HOUR_RE = /\b(asap|a\.s\.a\.p\.?|as soon as (?:possible|i can|we can)|soon)\b/i;
const NEXT_BUSINESS_DAY_RE = /\b(?:the\s+)?next\s+(business|working)\s+day\b/i;
const COB_RE = /\b(?:(?:by\s+)?(?:the\s+)?(?:close|end) of (?:the\s+)?business(?: day)?|cob|eob|c\.o\.b\.)\b/i;
const EOD_RE = /\b(?:(?:by\s+)?(?:the\s+)?end of (?:the |to)?day|eod|e\.o\.d\.|later today|later on today|before i (?:leave|go home)(?: today)?)\b/i;
const FIRST_THING_RE = /\bfirst thing(?: in the morning)?\b/i;
const MORNING_RE = /\b(?:morning|a\.?m\.? tomorrow)\b/i;
const AFTERNOON_RE = /\bafternoon\b/i;
const NEXT_WEEK_RE = /\bnext week\b/i;
const THIS_WEEK_RE = /\b(?:(?:by\s+)?(?:the\s+)?end of (?:the |this )week|this week|later this week)\b/i;
const WEEKDAY_RE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const TODAY_RE = /\btoday\b/i;

interface Span {
  start: number;
  end: number;
}

function parseNumber(raw: string): number {
  const n = Number(raw);
  if (Number.isFinite(n)) return n;
  return NUMBER_WORDS[raw.toLowerCase()] ?? 1;
}

export function parseDueTime(text: string, opts: DueOptions): DueResult | null {
  assertTimeZone(opts.timeZone);
  const ctx = new Ctx(text, opts);
  return ctx.run();
}

class Ctx {
  readonly now: number;
  readonly tz: string;
  readonly start: { hour: number; minute: number };
  readonly end: { hour: number; minute: number };
  readonly days: readonly number[];
  readonly today: LocalDate;

  constructor(
    readonly text: string,
    opts: DueOptions,
  ) {
    this.now = opts.now.getTime();
    this.tz = opts.timeZone;
    this.start = parseHHMM(opts.workday.start);
    this.end = parseHHMM(opts.workday.end);
    this.days = opts.workday.days && opts.workday.days.length > 0 ? opts.workday.days : DEFAULT_WORKDAYS;
    this.today = zonedParts(this.now, this.tz);
  }

  at(d: LocalDate, t: { hour: number; minute: number }): number {
    return zonedToEpoch({ ...d, hour: t.hour, minute: t.minute }, this.tz);
  }
  isWorkday(d: LocalDate): boolean {
    return this.days.includes(weekdayOf(d));
  }
  /** The first workday on or after d. */
  workdayOnOrAfter(d: LocalDate): LocalDate {
    let x = d;
    for (let i = 0; i < 14 && !this.isWorkday(x); i++) x = addDays(x, 1);
    return x;
  }
  addWorkdays(d: LocalDate, n: number): LocalDate {
    let x = d;
    let left = n;
    for (let i = 0; i < 3650 && left > 0; i++) {
      x = addDays(x, 1);
      if (this.isWorkday(x)) left--;
    }
    return x;
  }
  result(dueAt: number, spans: Span[], precision: DuePrecision): DueResult {
    const s = Math.min(...spans.map((x) => x.start));
    const e = Math.max(...spans.map((x) => x.end));
    return { dueAt, matchedText: this.text.slice(s, e).trim(), precision };
  }

  run(): DueResult | null {
    const text = this.text;
    const span = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

    // 1. Elapsed durations.
    const dur = DURATION_RE.exec(text);
    if (dur) return this.duration(dur);

    // 2. Business-day phrases.
    const nbd = NEXT_BUSINESS_DAY_RE.exec(text);
    if (nbd) return this.result(this.at(this.addWorkdays(this.today, 1), this.end), [span(nbd)], 'day');

    // 3. Week phrases.
    const thisWeek = THIS_WEEK_RE.exec(text);
    if (thisWeek && !WEEKDAY_RE.test(text)) {
      let last: LocalDate | null = null;
      const wd = weekdayOf(this.today);
      // The week runs Monday–Sunday.
      for (let i = 0; i <= (7 - wd) % 7; i++) {
        const d = addDays(this.today, i);
        if (this.isWorkday(d)) last = d;
      }
      const dueAt = last ? this.at(last, this.end) : Number.NaN;
      if (last && dueAt > this.now) return this.result(dueAt, [span(thisWeek)], 'fuzzy');
      return this.result(this.at(this.workdayOnOrAfter(addDays(this.today, 1)), this.end), [span(thisWeek)], 'fuzzy');
    }
    const nextWeek = NEXT_WEEK_RE.exec(text);
    if (nextWeek && !WEEKDAY_RE.test(text)) {
      const wd = weekdayOf(this.today);
      const monday = addDays(this.today, ((8 - wd) % 7) || 7);
      return this.result(this.at(this.workdayOnOrAfter(monday), this.end), [span(nextWeek)], 'fuzzy');
    }

    // 4. A date and/or time, with an optional part-of-day modifier.
    const cob = COB_RE.exec(text);
    const eod = cob ? null : EOD_RE.exec(text);
    const first = FIRST_THING_RE.exec(text);
    const morning = first ? null : MORNING_RE.exec(text);
    const afternoon = AFTERNOON_RE.exec(text);
    // chrono must not read our own phrases ("end of day", "first thing"): blank them out, keeping offsets.
    let masked = text;
    for (const m of [cob, eod, first]) {
      if (m) masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
    }
    const parsed = this.chrono(masked);
    const spans: Span[] = [];
    for (const m of [cob, eod, first, morning, afternoon]) if (m) spans.push(span(m));

    if (parsed) {
      spans.push({ start: parsed.index, end: parsed.index + parsed.text.length });
      const c = parsed.start;
      const dateCertain = c.isCertain('day') || c.isCertain('weekday');
      let date: LocalDate = dateCertain
        ? { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }
        : this.today;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      if (weekdayOnly) {
        // chrono's choice of week depends on the machine's zone; choose it here from the rep's today.
        const target = c.get('weekday')!;
        const todayWd = weekdayOf(this.today);
        let delta = (target - todayWd + 7) % 7;
        const mondayBased = (wd: number): number => (wd + 6) % 7;
        const isNext = /\bnext\s*$/i.test(masked.slice(Math.max(0, parsed.index - 6), parsed.index)) || /^next\b/i.test(parsed.text);
        if (isNext) {
          if (delta === 0 || mondayBased(todayWd) + delta < 7) delta += 7;
        }
        date = addDays(this.today, delta);
      }
      const hourCertain = c.isCertain('hour');
      let time: { hour: number; minute: number };
      let precision: DuePrecision;
      if (hourCertain) {
        let hour = c.get('hour')!;
        if (!c.isCertain('meridiem') && hour >= 1 && hour < 12 && hour < this.start.hour && hour + 12 <= Math.max(this.end.hour, 18)) {
          hour += 12;
        }
        time = { hour, minute: c.get('minute') ?? 0 };
        precision = 'exact';
      } else if (first) {
        time = this.start;
        precision = 'day';
      } else if (morning || /morning/i.test(parsed.text)) {
        time = { hour: 12, minute: 0 };
        precision = 'fuzzy';
      } else if (afternoon || /afternoon/i.test(parsed.text)) {
        time = this.end;
        precision = 'fuzzy';
      } else if (/\b(tonight|evening|night)\b/i.test(parsed.text)) {
        time = { hour: c.get('hour') ?? 20, minute: c.get('minute') ?? 0 };
        precision = 'fuzzy';
      } else {
        time = this.end;
        precision = 'day';
      }
      if (cob && !this.isWorkday(date)) date = this.workdayOnOrAfter(date);
      let dueAt = this.at(date, time);
      if (dueAt <= this.now) {
        if (!dateCertain) {
          // A time that passed today: the next day.
          date = addDays(date, 1);
          dueAt = this.at(date, time);
        } else if (weekdayOnly) {
          date = addDays(date, 7);
          dueAt = this.at(date, time);
        } else if (sameDateAs(date, this.today) && !hourCertain) {
          // "today" / "EOD" after hours.
          return this.result(this.now + HOUR, spans, 'fuzzy');
        }
      }
      return this.result(dueAt, spans, precision);
    }

    // 5. Modifiers alone.
    if (cob) {
      let d = this.workdayOnOrAfter(this.today);
      if (this.at(d, this.end) <= this.now) d = this.workdayOnOrAfter(addDays(d, 1));
      return this.result(this.at(d, this.end), spans, 'day');
    }
    if (eod || TODAY_RE.test(text)) {
      const m = eod ?? TODAY_RE.exec(text)!;
      const dueAt = this.at(this.today, this.end);
      if (dueAt > this.now) return this.result(dueAt, [span(m)], eod && /later/i.test(m[0]) ? 'fuzzy' : 'day');
      return this.result(this.now + HOUR, [span(m)], 'fuzzy');
    }
    if (first) {
      let d = this.workdayOnOrAfter(this.today);
      if (this.at(d, this.start) <= this.now) d = this.workdayOnOrAfter(addDays(d, 1));
      return this.result(this.at(d, this.start), spans, 'day');
    }
    const soon = VAGUE_SOON_RE.exec(text);
    if (soon) return this.result(this.now + 15 * MINUTE, [span(soon)], 'fuzzy');
    const hour = VAGUE_HOUR_RE.exec(text);
    if (hour) return this.result(this.now + HOUR, [span(hour)], 'fuzzy');
    return null;
  }

  chrono(text: string): chrono.ParsedResult | null {
    // chrono computes in a fixed offset; we only take its wall-clock fields and convert them with
    // the zone's real offset on the target day (DST-safe).
    const results = chrono.parse(text, { instant: new Date(this.now), timezone: offsetMinutes(this.now, this.tz) }, { forwardDate: true });
    return results[0] ?? null;
  }

  duration(m: RegExpExecArray): DueResult {
    const sp = { start: m.index, end: m.index + m[0].length };
    const special = m[4]?.toLowerCase();
    if (special) {
      const ms = special === 'half an hour' ? 30 * MINUTE : special === 'the hour' ? HOUR : 90 * MINUTE;
      return this.result(this.now + ms, [sp], 'exact');
    }
    const amount = parseNumber(m[1] ?? m[5] ?? '1');
    const business = Boolean(m[2] ?? m[6]);
    const unit = (m[3] ?? m[7] ?? 'hours').toLowerCase();
    if (unit.startsWith('min')) return this.result(this.now + Math.round(amount * MINUTE), [sp], 'exact');
    if (unit.startsWith('h')) return this.result(this.now + Math.round(amount * HOUR), [sp], 'exact');
    const days = unit.startsWith('w') ? Math.round(amount * 7) : Math.round(amount);
    if (business) return this.result(this.at(this.addWorkdays(this.today, days), this.end), [sp], 'day');
    const p = zonedParts(this.now, this.tz);
    const d = addDays(p, days);
    return this.result(zonedToEpoch({ ...d, hour: p.hour, minute: p.minute }, this.tz) + p.second * 1000, [sp], 'exact');
  }
}

function sameDateAs(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** For callers that need a default when nothing was said: end of today's workday (or +1 h after hours). */
export function defaultDueAt(opts: DueOptions): number {
  const r = parseDueTime('end of day', opts);
  return r ? r.dueAt : opts.now.getTime() + DAY;
}
