/** The incidents table: abuse the rep logged, listed on the options page (background only; see store.ts). */
import type { z } from 'zod';
import type { HeardDB } from './database';
import { epochMs, incidentRow, type IncidentRow } from './rows';
import { nowOf, type Clock } from './store';
import { defineTable } from './table';

// Retention: an incident by when it happened.
export const incidentsTable = defineTable({ name: 'incidents', row: incidentRow, index: 'id, conversationKey, at', key: (r) => r.id, backup: true, summary: true, retention: 'at' });

export const newIncidentInput = incidentRow.omit({ id: true, at: true }).extend({ at: epochMs.optional() });
export type NewIncidentInput = z.input<typeof newIncidentInput>;

export async function addIncident(db: HeardDB, input: NewIncidentInput, opts: Clock & { id?: string } = {}): Promise<IncidentRow> {
  const data = newIncidentInput.parse(input);
  const row = incidentRow.parse({ ...data, at: data.at ?? nowOf(db, opts), id: opts.id ?? crypto.randomUUID() });
  await db.transaction('rw', db.incidents, async () => {
    await db.incidents.add(row);
  });
  return row;
}

/** Incidents, newest first; of one conversation when given. */
export async function listIncidents(db: HeardDB, opts: { conversationKey?: string } = {}): Promise<IncidentRow[]> {
  if (opts.conversationKey !== undefined) {
    const rows = await db.incidents.where('conversationKey').equals(opts.conversationKey).toArray();
    return rows.sort((a, b) => b.at - a.at);
  }
  return db.incidents.orderBy('at').reverse().toArray();
}

export async function deleteIncident(db: HeardDB, id: string): Promise<void> {
  await db.transaction('rw', db.incidents, async () => {
    await db.incidents.delete(id);
  });
}
