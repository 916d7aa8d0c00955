import { parseDueTime, type DueOptions, type DuePrecision } from '@/lib/callbacks/due';
import { zonedToEpoch, offsetMinutes, startOfNextLocalDay } from '@/lib/callbacks/time';

const NY = { timeZone: 'America/New_York', workday: { start: '09:00', end: '17:00' } };
const BERLIN = { timeZone: 'Europe/Berlin', workday: { start: '08:00', end: '16:30' } };
const KOLKATA = { timeZone: 'Asia/Kolkata', workday: { start: '10:00', end: '19:00', days: [1, 2, 3, 4, 5, 6] } };
const AUCKLAND = { timeZone: 'Pacific/Auckland', workday: { start: '08:30', end: '17:00' } };

// now is given with its local offset; expected due times too (ISO with offset, independent of the code).
type Row = [label: string, zone: Omit<DueOptions, 'now'>, now: string, text: string, expected: string | null, precision?: DuePrecision];

const FRI_NY = '2026-03-06T10:00:00-05:00'; // Friday 10:00, two days before US DST starts
const SAT_NY = '2026-03-07T12:00:00-05:00'; // the day before DST starts (Sun 8 March 02:00 → 03:00)
const rows: Row[] = [
  ['tomorrow, no time = end of workday', NY, FRI_NY, 'tomorrow', '2026-03-07T17:00:00-05:00', 'day'],
  ['tomorrow at 3 (bare hour read as p.m.)', NY, FRI_NY, "I'll call you back tomorrow at 3", '2026-03-07T15:00:00-05:00', 'exact'],
  ['by Friday on a Friday = today', NY, FRI_NY, 'by Friday', '2026-03-06T17:00:00-05:00', 'day'],
  ['by Monday (after DST change)', NY, FRI_NY, 'I will get back to you by Monday.', '2026-03-09T17:00:00-04:00', 'day'],
  ['Monday morning = by noon', NY, FRI_NY, 'Monday morning', '2026-03-09T12:00:00-04:00', 'fuzzy'],
  ['next week = first workday of next week', NY, FRI_NY, 'sometime next week', '2026-03-09T17:00:00-04:00', 'fuzzy'],
  ['first thing tomorrow = workday start', NY, FRI_NY, 'first thing tomorrow', '2026-03-07T09:00:00-05:00', 'day'],
  ['end of day', NY, FRI_NY, 'by the end of the day', '2026-03-06T17:00:00-05:00', 'day'],
  ['EOD', NY, FRI_NY, 'EOD', '2026-03-06T17:00:00-05:00', 'day'],
  ['by close of business', NY, FRI_NY, 'by close of business', '2026-03-06T17:00:00-05:00', 'day'],
  ['later today', NY, FRI_NY, 'later today', '2026-03-06T17:00:00-05:00', 'fuzzy'],
  ['within 24 hours', NY, FRI_NY, "we'll email you within 24 hours", '2026-03-07T10:00:00-05:00', 'exact'],
  ['in 2 hours', NY, FRI_NY, 'in 2 hours', '2026-03-06T12:00:00-05:00', 'exact'],
  ['in 30 minutes', NY, FRI_NY, 'in 30 minutes', '2026-03-06T10:30:00-05:00', 'exact'],
  ['within the hour', NY, FRI_NY, 'within the hour', '2026-03-06T11:00:00-05:00', 'exact'],
  ['in half an hour', NY, FRI_NY, 'in half an hour', '2026-03-06T10:30:00-05:00', 'exact'],
  ['within 2 business days skips the weekend', NY, FRI_NY, 'within 2 business days', '2026-03-10T17:00:00-04:00', 'day'],
  ['next business day skips the weekend', NY, FRI_NY, 'by the next business day', '2026-03-09T17:00:00-04:00', 'day'],
  ['bare "at 3" = 15:00 today', NY, FRI_NY, 'at 3', '2026-03-06T15:00:00-05:00', 'exact'],
  ['a time already passed today moves to tomorrow', NY, FRI_NY, 'by 9am', '2026-03-07T09:00:00-05:00', 'exact'],
  ['shortly', NY, FRI_NY, 'shortly', '2026-03-06T10:15:00-05:00', 'fuzzy'],
  ['ASAP', NY, FRI_NY, 'ASAP', '2026-03-06T11:00:00-05:00', 'fuzzy'],
  ['this afternoon = end of workday', NY, FRI_NY, 'this afternoon', '2026-03-06T17:00:00-05:00', 'fuzzy'],
  ['a date', NY, FRI_NY, 'on March 12', '2026-03-12T17:00:00-04:00', 'day'],
  ['weekday and time', NY, FRI_NY, 'next Tuesday at 9:30am', '2026-03-10T09:30:00-04:00', 'exact'],
  ['end of the week', NY, FRI_NY, 'by the end of the week', '2026-03-06T17:00:00-05:00', 'fuzzy'],
  ['in 3 days keeps the wall-clock time across DST', NY, FRI_NY, 'in 3 days', '2026-03-09T10:00:00-04:00', 'exact'],
  ['nothing about time', NY, FRI_NY, 'Thanks for your patience', null],
  ['EOD after the workday = in one hour', NY, '2026-03-06T18:30:00-05:00', 'EOD', '2026-03-06T19:30:00-05:00', 'fuzzy'],
  ['COB on a Saturday = Monday close', NY, SAT_NY, 'by COB', '2026-03-09T17:00:00-04:00', 'day'],
  ['DST day: tomorrow at 9am', NY, SAT_NY, 'tomorrow at 9am', '2026-03-08T09:00:00-04:00', 'exact'],
  ['DST day: within 24 hours is 24 real hours', NY, SAT_NY, 'within 24 hours', '2026-03-08T13:00:00-04:00', 'exact'],
  ['DST day: in 1 day keeps the wall clock', NY, SAT_NY, 'in 1 day', '2026-03-08T12:00:00-04:00', 'exact'],
  ['Berlin: end of day', BERLIN, '2026-10-21T14:00:00+02:00', 'bis end of day, ok', '2026-10-21T16:30:00+02:00', 'day'],
  ['Berlin fall-back: tomorrow at 10', BERLIN, '2026-10-24T12:00:00+02:00', 'tomorrow at 10', '2026-10-25T10:00:00+01:00', 'exact'],
  ['Berlin fall-back: within 24 hours', BERLIN, '2026-10-24T12:00:00+02:00', 'within 24 hours', '2026-10-25T11:00:00+01:00', 'exact'],
  ['Berlin: Monday after fall-back', BERLIN, '2026-10-24T12:00:00+02:00', 'on Monday', '2026-10-26T16:30:00+01:00', 'day'],
  ['Kolkata: business days include Saturday', KOLKATA, '2026-06-18T11:30:00+05:30', 'within 2 business days', '2026-06-20T19:00:00+05:30', 'day'],
  ['Kolkata: by Saturday', KOLKATA, '2026-06-15T11:30:00+05:30', 'by Saturday', '2026-06-20T19:00:00+05:30', 'day'],
  ['Kolkata: tomorrow at 4', KOLKATA, '2026-06-15T11:30:00+05:30', 'tomorrow at 4', '2026-06-16T16:00:00+05:30', 'exact'],
  ['Kolkata: next business day from Saturday', KOLKATA, '2026-06-20T12:00:00+05:30', 'next working day', '2026-06-22T19:00:00+05:30', 'day'],
  ['Auckland: tomorrow (already Friday there, Thursday in UTC)', AUCKLAND, '2026-04-03T16:00:00+13:00', 'tomorrow', '2026-04-04T17:00:00+13:00', 'day'],
  ['Auckland: by Monday after DST ends', AUCKLAND, '2026-04-03T16:00:00+13:00', 'by Monday', '2026-04-06T17:00:00+12:00', 'day'],
  ['Auckland: first thing Monday', AUCKLAND, '2026-04-03T16:00:00+13:00', 'first thing Monday', '2026-04-06T08:30:00+12:00', 'day'],
  ['Auckland: in 2 days across DST end', AUCKLAND, '2026-04-03T16:00:00+13:00', 'in 2 days', '2026-04-05T16:00:00+12:00', 'exact'],
  ['Auckland: end of day', AUCKLAND, '2026-04-03T16:00:00+13:00', 'end of day', '2026-04-03T17:00:00+13:00', 'day'],
];

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo'])('parseDueTime with the machine in %s', (systemTz) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = systemTz;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it.each(rows)('%s', (_label, zone, now, text, expected, precision) => {
    const r = parseDueTime(text, { ...zone, now: new Date(now) });
    if (expected === null) {
      expect(r).toBeNull();
      return;
    }
    expect(r).not.toBeNull();
    expect(new Date(r!.dueAt).toISOString()).toBe(new Date(expected).toISOString());
    expect(r!.precision).toBe(precision);
    expect(r!.dueAt).toBeGreaterThan(Date.parse(now));
  });
});

describe('parseDueTime details', () => {
  const opts = { ...NY, now: new Date(FRI_NY) };
  it('reports the words it read', () => {
    expect(parseDueTime("I'll call you back tomorrow at 3, thanks", opts)?.matchedText).toBe('tomorrow at 3');
    expect(parseDueTime('we will email you within 24 hours.', opts)?.matchedText).toBe('within 24 hours');
    expect(parseDueTime('first thing tomorrow', opts)?.matchedText).toBe('first thing tomorrow');
  });
  it('rejects an unknown time zone and a bad workday', () => {
    expect(() => parseDueTime('tomorrow', { ...opts, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => parseDueTime('tomorrow', { ...opts, workday: { start: '9', end: '17:00' } })).toThrow(RangeError);
  });
  it('a weekday that already ended today moves to next week', () => {
    const late = { ...NY, now: new Date('2026-03-06T18:00:00-05:00') };
    expect(new Date(parseDueTime('by Friday', late)!.dueAt).toISOString()).toBe(new Date('2026-03-13T17:00:00-04:00').toISOString());
  });
});

describe('time zone arithmetic', () => {
  it('a wall-clock time in the spring gap moves forward like a clock', () => {
    const t = zonedToEpoch({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York');
    expect(new Date(t).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });
  it('an ambiguous autumn time takes the first occurrence', () => {
    const t = zonedToEpoch({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin');
    expect(new Date(t).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
  });
  it('offsets', () => {
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Pacific/Auckland')).toBe(780);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });
  it('the next local midnight on a 23-hour day', () => {
    const m = startOfNextLocalDay(Date.parse('2026-03-08T04:00:00Z'), 'America/New_York'); // 23:00 EST on the 7th
    expect(new Date(m).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    const n = startOfNextLocalDay(m, 'America/New_York');
    expect(n - m).toBe(23 * 3600_000);
  });
});

describe('weekdays', () => {
  const wed = { ...NY, now: new Date('2026-03-04T10:00:00-05:00') };
  it('"Friday" is this week\'s, "next Friday" is next week\'s', () => {
    expect(new Date(parseDueTime('by Friday', wed)!.dueAt).toISOString()).toBe(new Date('2026-03-06T17:00:00-05:00').toISOString());
    expect(new Date(parseDueTime('next Friday', wed)!.dueAt).toISOString()).toBe(new Date('2026-03-13T17:00:00-04:00').toISOString());
  });
});
