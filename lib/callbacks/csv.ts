/**
 * Callbacks as CSV (RFC 4180: CRLF rows, fields with `"` `,` CR or LF quoted, quotes doubled).
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * single quote, so a customer name like `=HYPERLINK(...)` stays text.
 */
import type { CallbackRow } from '../db/rows';

export const CSV_COLUMNS = [
  'id',
  'status',
  'dueAt',
  'customerName',
  'customerContact',
  'channel',
  'promise',
  'link',
  'helpdesk',
  'source',
  'outcome',
  'createdAt',
  'updatedAt',
] as const;

export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string): string {
  const v = neutralizeFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const iso = (t: number | undefined): string => (t === undefined ? '' : new Date(t).toISOString());

export function callbacksToCsv(callbacks: readonly CallbackRow[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of callbacks) {
    rows.push([
      c.id,
      c.status,
      iso(c.dueAt),
      c.customerName ?? '',
      c.customerContact ?? '',
      c.channel,
      c.promise,
      c.link,
      c.helpdesk,
      c.source,
      c.outcome ?? '',
      iso(c.createdAt),
      iso(c.updatedAt),
    ]);
  }
  return toCsv(rows);
}
