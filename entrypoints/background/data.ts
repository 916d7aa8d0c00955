import { browser } from 'wxt/browser';
import { applyRetention } from '@/lib/db/retention';
import { TABLES } from '@/lib/db/tables';
import { retentionSetting } from '@/lib/settings/retention';
import {
  type HandlerTable,
  type DataSummary,
  type RetentionView,
  type SetRetentionResult,
} from '@/lib/messaging';
import { createBackupHandlers } from './backup';
import { deleteDb, getDb } from './db';
import { setDisabledRules } from './guidance';

/** The daily retention run (reminders have their own alarm, `heard-reminders`). */
export const RETENTION_ALARM = 'heard-retention';
const DAY_MINUTES = 24 * 60;

export interface DataEnv {
  now(): number;
}
const defaultEnv: DataEnv = { now: () => Date.now() };

/** "Your data": what is stored, deleting all of it, and optional retention. */
export function dataHandlers(env: DataEnv = defaultEnv) {
  return {
    'ui:data:summary': () => dataSummary(),
    'ui:data:wipe': () => wipeAll(),
    'ui:data:retention': () => readRetention(),
    'ui:data:retention:set': ({ days }) => setRetention(days, env),
    ...createBackupHandlers(),
  } satisfies HandlerTable;
}

/** The daily retention run, and one at every start. */
export function registerData(env: DataEnv = defaultEnv): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(env).catch(() => {});
  });
  // Once at every start of the background (a stopped worker may have slept through the alarm).
  void runRetention(env).catch(() => {});
}

export async function dataSummary(): Promise<DataSummary> {
  const db = getDb();
  const tables: Record<string, number> = {};
  // The tables the rep sees counted (each table's definition says so: lib/db/tables.ts).
  for (const def of TABLES) if (def.summary) tables[def.name] = await def.of(db).count();
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

// ---------------------------------------------------------------- retention

export async function readRetention(): Promise<RetentionView> {
  return retentionSetting.get();
}

/**
 * Applies the stored retention now (when it is on) and records the run. The alarm is kept in step
 * with the setting: daily while on, none while off. Returns null when retention is off.
 */
export async function runRetention(env: DataEnv = defaultEnv): Promise<RetentionView | null> {
  const current = await readRetention();
  if (current.days === null) {
    await browser.alarms.clear(RETENTION_ALARM);
    return null;
  }
  const now = env.now();
  const res = await applyRetention(getDb(), current.days, now);
  const next: RetentionView = { days: current.days, lastRun: { at: now, callbacks: res.callbacks, incidents: res.incidents } };
  await retentionSetting.set(next);
  const alarm = await browser.alarms.get(RETENTION_ALARM);
  if (!alarm) await browser.alarms.create(RETENTION_ALARM, { when: now + DAY_MINUTES * 60_000, periodInMinutes: DAY_MINUTES });
  return next;
}

export async function setRetention(days: number | null, env: DataEnv = defaultEnv): Promise<SetRetentionResult> {
  try {
    await retentionSetting.set({ days });
    if (days === null) {
      await browser.alarms.clear(RETENTION_ALARM);
      return { ok: true, view: { days: null } };
    }
    const view = await runRetention(env);
    return { ok: true, view: view ?? { days: null } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** This area's handler table, collected by handlers.ts. */
export const handlers = (): HandlerTable => dataHandlers();
