import { browser } from 'wxt/browser';
import { receive, type DataSummary } from '@/lib/messaging';
import { deleteDb, getDb } from './db';
import { setDisabledRules } from './guidance';

/** "Your data": what is stored, and deleting all of it. */
export function registerData(): void {
  receive('ui:data:summary', 'extension-page', () => dataSummary());
  receive('ui:data:wipe', 'extension-page', () => wipeAll());
}

export async function dataSummary(): Promise<DataSummary> {
  const db = getDb();
  const tables: Record<string, number> = {};
  for (const table of db.tables) tables[table.name] = await table.count();
  const settings = Object.keys(await browser.storage.local.get(null)).length;
  return { tables, settings };
}

/** Everything Heard stored in this browser profile, gone: the database, settings, session state,
 * the reminder alarm and the badge. */
export async function wipeAll(): Promise<{ ok: boolean; error?: string }> {
  try {
    await deleteDb();
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    await browser.alarms?.clearAll();
    await browser.action?.setBadgeText({ text: '' });
    setDisabledRules(new Set());
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
