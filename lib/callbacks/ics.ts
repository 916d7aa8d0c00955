/**
 * Open callbacks as an iCalendar file (RFC 5545), so a rep can see them in their calendar.
 * A small exact writer: CRLF line endings, lines folded at 75 octets (UTF-8 bytes, never inside a
 * character), TEXT values escaped (backslash, semicolon, comma, newline), times in UTC.
 */
import type { CallbackRow } from '../db/rows';

export interface IcsOptions {
  /** DTSTAMP; defaults to Date.now(). */
  now?: number;
  /** Minutes before the due time for the calendar's alarm (0: at the due time). Default 10. */
  remindBeforeMin?: number;
  /** Length of the calendar event. Default 15 minutes. */
  durationMin?: number;
  /** Include callbacks that are not open (default: only open ones). */
  includeClosed?: boolean;
}

export const ICS_PRODID = '-//Heard//Callbacks 1.0//EN';
const CRLF = '\r\n';
const encoder = new TextEncoder();

/** 20260306T150000Z */
export function icsUtc(epoch: number): string {
  return new Date(epoch).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Escapes a TEXT value: \\ \; \, and newlines as \n; other control characters are dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds one content line: physical lines of at most 75 octets, continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(current);
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function durationValue(min: number): string {
  const m = Math.max(0, Math.round(min));
  if (m === 0) return 'PT0S';
  const h = Math.floor(m / 60);
  const r = m % 60;
  return `PT${h ? `${h}H` : ''}${r ? `${r}M` : ''}`;
}

const SUMMARY_VERB: Record<CallbackRow['channel'], string> = { call: 'Call back', email: 'Email', chat: 'Message' };

/** A URI value: no escaping in RFC 5545, but no control characters or line breaks either. */
function uriValue(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f]/g, '');
}

export function callbacksToIcs(callbacks: readonly CallbackRow[], opts: IcsOptions = {}): string {
  const now = opts.now ?? Date.now();
  const before = opts.remindBeforeMin ?? 10;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const list = callbacks.filter((c) => opts.includeClosed || c.status === 'open').sort((a, b) => a.dueAt - b.dueAt);
  for (const c of list) {
    const who = c.customerName?.trim() || c.customerContact?.trim() || 'customer';
    const summary = `${SUMMARY_VERB[c.channel]} ${who}`;
    const description = [c.promise, c.customerContact ? `Contact: ${c.customerContact}` : '', c.link].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.id}@heard.local`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART:${icsUtc(c.dueAt)}`,
      `DURATION:${durationValue(opts.durationMin ?? 15)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
    );
    if (/^https?:\/\//i.test(c.link)) lines.push(`URL:${uriValue(c.link)}`);
    lines.push(`STATUS:${c.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      before > 0 ? `TRIGGER:-${durationValue(before)}` : 'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
