// Callback times as a person reads them (issue 12, point 4): day words and weekdays in the rep's
// zone and language, calendar days (not 24-hour blocks), across midnight, DST changes and zones.
import { calendarDays, overdueBy, relativeTime, whenTime } from '@/components/callbacks/format';

const BER = 'Europe/Berlin';
const NY = 'America/New_York';
// ICU puts a narrow no-break space before AM/PM; a reader sees a space.
const en = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const when = (due: number, now: number, tz: string, locale = 'en-US'): string => en(whenTime(due, now, tz, locale));
const rel = (due: number, now: number, tz: string): string => en(relativeTime(due, now, tz, 'en-US'));
const utc = (y: number, mo: number, d: number, h: number, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);

test('a callback due tomorrow 15:00, logged at 02:20, reads "tomorrow 3:00 PM", not "in 2 days"', () => {
  const now = utc(2026, 3, 3, 1, 20); // Tue 3 Mar 02:20 in Berlin
  const due = utc(2026, 3, 4, 14, 0); // Wed 4 Mar 15:00 in Berlin: 36 h 40 min later
  expect(when(due, now, BER)).toBe('tomorrow 3:00 PM');
  expect(rel(due, now, BER)).toBe('tomorrow');
  expect(calendarDays(due, now, BER)).toBe(1);
});

test('today, yesterday, a weekday within the week ahead, a date beyond (with the year when it differs)', () => {
  const now = utc(2026, 3, 3, 9, 0); // Tue 3 Mar 10:00 Berlin
  expect(when(utc(2026, 3, 3, 16, 0), now, BER)).toBe('today 5:00 PM');
  expect(when(utc(2026, 3, 2, 15, 40), now, BER)).toBe('yesterday 4:40 PM');
  expect(when(utc(2026, 3, 9, 9, 0), now, BER)).toBe('Mon 10:00 AM');
  expect(when(utc(2026, 3, 10, 9, 0), now, BER)).toBe('Mar 10 10:00 AM');
  expect(when(utc(2027, 1, 5, 9, 0), now, BER)).toBe('Jan 5, 2027 10:00 AM');
  expect(rel(utc(2026, 3, 6, 8, 0), now, BER)).toBe('in 3 days');
});

test('overdue reads in whole short units: "20 min", "2 hr", "3 days"', () => {
  const due = utc(2026, 3, 3, 15, 40);
  expect(en(overdueBy(due, due + 20 * 60_000 + 59_000, 'en-US'))).toBe('20 min');
  expect(en(overdueBy(due, due + 2 * 3_600_000 + 59 * 60_000, 'en-US'))).toBe('2 hr');
  expect(en(overdueBy(due, due + 3 * 86_400_000 + 3_600_000, 'en-US'))).toBe('3 days');
});

test('across midnight: 20 minutes later is already tomorrow; 20 minutes before midnight is still today', () => {
  const now = utc(2026, 3, 3, 22, 50); // 23:50 Berlin
  expect(when(now + 20 * 60_000, now, BER)).toBe('tomorrow 12:10 AM');
  expect(rel(now + 20 * 60_000, now, BER)).toBe('in 20 minutes');
  expect(when(now - 20 * 60_000, now + 20 * 60_000, BER)).toBe('yesterday 11:30 PM');
});

test('the same instant reads in the rep\'s own zone', () => {
  const now = utc(2026, 3, 3, 1, 20); // Tue 02:20 Berlin = Mon 20:20 New York
  const due = utc(2026, 3, 4, 14, 0); // Wed 15:00 Berlin = Wed 09:00 New York
  expect(when(due, now, BER)).toBe('tomorrow 3:00 PM');
  expect(when(due, now, NY)).toBe('Wed 9:00 AM');
  expect(rel(due, now, NY)).toBe('in 2 days');
  expect(when(due, now, 'Asia/Tokyo')).toBe('tomorrow 11:00 PM'); // Tue 10:20 → Wed 23:00
});

test('DST in Berlin: the spring gap and the autumn repeat count calendar days, not 24-hour blocks', () => {
  // 29 Mar 2026: 02:00 CET → 03:00 CEST. 01:30 CET to 03:30 CEST is one hour, the same day.
  const before = utc(2026, 3, 29, 0, 30);
  expect(when(utc(2026, 3, 29, 1, 30), before, BER)).toBe('today 3:30 AM');
  expect(rel(utc(2026, 3, 29, 1, 30), before, BER)).toBe('in 1 hour');
  // Sat 28 Mar 23:30 CET → Sun 29 Mar 23:00 CEST: 22.5 hours, tomorrow.
  expect(when(utc(2026, 3, 29, 21, 0), utc(2026, 3, 28, 22, 30), BER)).toBe('tomorrow 11:00 PM');
  // 25 Oct 2026: 03:00 CEST → 02:00 CET. Sat 00:10 → Sun 23:50 is 48 h 40 min: still "tomorrow".
  expect(when(utc(2026, 10, 25, 22, 50), utc(2026, 10, 23, 22, 10), BER)).toBe('tomorrow 11:50 PM');
  expect(rel(utc(2026, 10, 25, 22, 50), utc(2026, 10, 23, 22, 10), BER)).toBe('tomorrow');
});

test('DST in New York: the 25-hour day of 1 Nov 2026 is still "today" past 24 hours', () => {
  const now = utc(2026, 11, 1, 4, 10); // 00:10 EDT
  const due = utc(2026, 11, 2, 4, 50); // 23:50 EST the same day, 25 h 40 min later
  expect(when(due, now, NY)).toBe('today 11:50 PM');
  expect(rel(due, now, NY)).toBe('today');
  // 01:30 happens twice; the second one (EST) reads 1:30 AM all the same.
  expect(when(utc(2026, 11, 1, 6, 30), utc(2026, 10, 31, 12, 0), NY)).toBe('tomorrow 1:30 AM');
  // Spring forward, 8 Mar 2026: Sat 23:00 EST → Sun 03:30 EDT is 3.5 hours, tomorrow.
  expect(when(utc(2026, 3, 8, 7, 30), utc(2026, 3, 8, 4, 0), NY)).toBe('tomorrow 3:30 AM');
});

test("in the rep's language", () => {
  const now = utc(2026, 3, 3, 1, 20);
  expect(when(utc(2026, 3, 4, 14, 0), now, BER, 'de-DE')).toBe('morgen 15:00');
  expect(when(utc(2026, 3, 3, 16, 0), now, BER, 'en-GB')).toBe('today 17:00');
});
