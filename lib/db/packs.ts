/**
 * The packs table: the guidance packs installed in this browser (read and written by the
 * background's packs module, entrypoints/background/packs.ts). A restore keeps the browser policy's
 * packs and does not trust a file's claims of rights (`restorePlan`).
 */
import type { IndexableType, Table } from 'dexie';
import { packRow, type PackRow } from './rows';
import { defineTable } from './table';

/** What a restore does with one of the file's guidance packs (shown before the rep confirms). */
export interface RestorePack {
  id: string;
  name: string;
  /** restore: as it was; as-file: it claimed a subscription, it comes back as a pack from a file; dropped: it claimed the browser policy. */
  action: 'restore' | 'as-file' | 'dropped';
}

/** The name a pack row's JSON gives itself (best effort, for the confirmation), else its id. */
function packName(row: PackRow): string {
  try {
    const v: unknown = JSON.parse(row.json);
    const name = v && typeof v === 'object' ? (v as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim()) return name.trim().slice(0, 120);
  } catch {
    // the built-in row ("") or a damaged one: its id
  }
  return row.id;
}

/**
 * A backup file is not a trusted source of rights (issue 14): a row claiming the browser policy
 * is dropped (only the policy itself installs those, and the rep could not remove it), a row
 * claiming a URL subscription comes back as a pack from a file (no subscription, no site access
 * and no updates come from a file; the rep can remove it). Everything else is restored as it was.
 */
export function restorePlan(rows: readonly PackRow[]): { rows: PackRow[]; packs: RestorePack[] } {
  const out: PackRow[] = [];
  const packs: RestorePack[] = [];
  for (const row of rows) {
    if (row.source === 'policy') {
      packs.push({ id: row.id, name: packName(row), action: 'dropped' });
      continue;
    }
    if (row.source === 'url') {
      const { url: _url, etag: _etag, lastModified: _lm, lastFetchAt: _at, lastFetchResult: _res, lastFetchStatus: _st, lastDiff: _diff, ...rest } = row;
      out.push({ ...rest, source: 'file' });
      packs.push({ id: row.id, name: packName(row), action: 'as-file' });
      continue;
    }
    out.push(row);
    if (row.source !== 'builtin') packs.push({ id: row.id, name: packName(row), action: 'restore' });
  }
  return { rows: out, packs };
}

export const packsTable = defineTable({ name: 'packs', row: packRow, index: 'id, order', key: (r) => r.id, backup: true, summary: true, restore: restorePacks });

/** The browser policy's packs stay (a restore cannot remove them either); the file's rows claiming
 * rights are dropped or demoted (restorePlan). Returns how many of the file's packs were written. */
async function restorePacks(table: Table<PackRow, IndexableType>, fileRows: PackRow[]): Promise<number> {
  const policy = (await table.toArray()).filter((r) => r.source === 'policy');
  const taken = new Set(policy.map((r) => r.id));
  const rows = restorePlan(fileRows).rows.filter((r) => !taken.has(r.id));
  await table.clear();
  await table.bulkAdd([...policy, ...rows]);
  return rows.length;
}
