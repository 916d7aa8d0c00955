import { callbacksToIcs, escapeText, foldLine, icsUtc } from '@/lib/callbacks/ics';
import { callbacksToCsv, csvCell, neutralizeFormula } from '@/lib/callbacks/csv';
import type { CallbackRow } from '@/lib/db/rows';

const T0 = Date.parse('2026-03-06T15:00:00Z');
const base: CallbackRow = {
  id: '0b6f2c1e-4a8d-4c3e-9f11-2a7d5e6b8c01',
  conversationKey: 'zendesk:acme:4821',
  link: 'https://acme.zendesk.com/agent/tickets/4821',
  helpdesk: 'zendesk',
  customerName: 'José Müller',
  customerContact: '+49 30 1234567',
  promise: 'Refund; label, "quote" \\ done\nline two',
  channel: 'call',
  dueAt: T0 + 3600_000,
  createdAt: T0,
  updatedAt: T0,
  status: 'open',
  source: 'draft',
};
const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** Unfolds RFC 5545 lines: CRLF followed by one space or tab is removed. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('ICS', () => {
  it('writes a calendar with one event per open callback, CRLF only', () => {
    const ics = callbacksToIcs([base, { ...base, id: '1c7a3d2f-5b9e-4d4f-8a22-3b8e6f7c9d12', status: 'done' }], { now: T0, remindBeforeMin: 10 });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:0b6f2c1e-4a8d-4c3e-9f11-2a7d5e6b8c01@heard.local');
    expect(lines).toContain('DTSTAMP:20260306T150000Z');
    expect(lines).toContain('DTSTART:20260306T160000Z');
    expect(lines).toContain('DURATION:PT15M');
    expect(lines).toContain('SUMMARY:Call back José Müller');
    expect(lines).toContain(
      'DESCRIPTION:Refund\\; label\\, "quote" \\\\ done\\nline two\\nContact: +49 30 1234567\\nhttps://acme.zendesk.com/agent/tickets/4821',
    );
    expect(lines).toContain('URL:https://acme.zendesk.com/agent/tickets/4821');
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual(['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Call back José Müller', 'TRIGGER:-PT10M', 'END:VALARM']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('folds long lines at 75 octets counting UTF-8 bytes, never inside a character', () => {
    const long = { ...base, promise: 'Rückruf wegen Erstattung 📞 '.repeat(20) };
    const ics = callbacksToIcs([long], { now: T0 });
    const physical = ics.split('\r\n').filter(Boolean);
    for (const l of physical) expect(bytes(l)).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const description = unfold(ics).find((l) => l.startsWith('DESCRIPTION:Rück'));
    expect(description).toBe(`DESCRIPTION:${escapeText(long.promise)}\\nContact: +49 30 1234567\\n${long.link}`);
  });

  it('foldLine: exactly 75 octets stay on one line, 76 fold; multibyte boundary respected', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    const f = foldLine('a'.repeat(74) + 'é'); // é is 2 bytes: would make 76
    expect(f).toBe(`${'a'.repeat(74)}\r\n é`);
    const g = foldLine('x'.repeat(200));
    expect(g.split('\r\n').map(bytes)).toEqual([75, 75, 52]) // 75 + (1 + 74) + (1 + 51);
  });

  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007')).toBe('bell');
  });

  it('UTC stamps and alarm at due time', () => {
    expect(icsUtc(Date.parse('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
    expect(unfold(callbacksToIcs([base], { now: T0, remindBeforeMin: 0 }))).toContain('TRIGGER:PT0S');
    expect(unfold(callbacksToIcs([base], { now: T0, remindBeforeMin: 90 }))).toContain('TRIGGER:-PT1H30M');
  });
});

describe('CSV', () => {
  it('RFC 4180 quoting with CRLF rows', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    const csv = callbacksToCsv([base]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('id,status,dueAt,customerName,customerContact,channel,promise,link,helpdesk,source,outcome,createdAt,updatedAt');
    expect(end).toBe('');
    expect(row).toContain('"Refund; label, ""quote"" \\ done\nline two"');
    expect(row).toContain('2026-03-06T16:00:00.000Z');
    expect(row).toContain("'+49 30 1234567"); // a phone number starting with + is a formula to a spreadsheet
  });

  it('neutralises formula injection', () => {
    for (const evil of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
      expect(neutralizeFormula(evil)).toBe(`'${evil}`);
    }
    expect(neutralizeFormula('José')).toBe('José');
    const csv = callbacksToCsv([{ ...base, customerName: '=cmd|"/c calc"!A1' }]);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
  });
});
