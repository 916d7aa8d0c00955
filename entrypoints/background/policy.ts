/**
 * The browser policy in the background: read from `storage.managed` (Chrome: the OS policy or
 * the Google Admin console, checked against assets/public/managed_schema.json; Firefox:
 * policies.json "3rdparty" → "Extensions" → our id), parsed with `parsePolicy`, kept in memory
 * and read again when Chrome says it changed (Firefox reads it at start-up only).
 *
 * Reading fails when no policy exists (Firefox rejects "Managed storage manifest not found") or
 * the area is missing: that is "no policy", never an error. A policy that parses with problems
 * still applies its good fields; the problems are shown in the options page.
 */
import { browser } from 'wxt/browser';
import { type HandlerTable, type PolicyStatusMsg, type SaveRemindersResult } from '@/lib/messaging';
import { pushChange } from './push';
import { parseReminderSettings, type ReminderSettingsValue } from '@/lib/messaging/callbacks';
import { reminderSettings } from '@/lib/settings/reminders';
import { applyReminderPolicy, EMPTY_POLICY, parsePolicy, type Policy, type PolicyResult } from '@/lib/policy/schema';
import type { PackError } from '@/lib/guidance/schema';

const NO_POLICY: PolicyResult = { policy: EMPTY_POLICY, problems: [], managed: false };

let current: PolicyResult | null = null;
let loading: Promise<PolicyResult> | null = null;
const listeners = new Set<(result: PolicyResult, before: PolicyResult) => void>();
/** What went wrong applying the policy (a pack URL that could not be fetched…): shown with its problems. */
let applyProblems: PackError[] = [];

/** Reads and parses the managed policy (no caching). */
export async function readPolicy(): Promise<PolicyResult> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return NO_POLICY;
  }
  return parsePolicy(raw);
}

/** Reads the policy again; tells the listeners when it changed. */
export function loadPolicy(): Promise<PolicyResult> {
  const run = readPolicy().then((next) => {
    const before = current ?? NO_POLICY;
    current = next;
    if (JSON.stringify(next) !== JSON.stringify(before)) {
      for (const cb of listeners) {
        try {
          cb(next, before);
        } catch {
          // One listener failing must not keep the others from the new policy.
        }
      }
    }
    return next;
  });
  loading = run;
  return run;
}

/** The policy once read (the first call reads it). */
export function policyReady(): Promise<PolicyResult> {
  return current ? Promise.resolve(current) : (loading ?? loadPolicy());
}

/** The policy as last read; the empty policy before the first read finished. */
export function currentPolicy(): Policy {
  return (current ?? NO_POLICY).policy;
}

/** Called with the new and the previous policy whenever it changes. Returns what removes it. */
export function onPolicyChange(cb: (result: PolicyResult, before: PolicyResult) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Forgets the cached policy and the listeners (tests). */
export function resetPolicyForTests(): void {
  current = null;
  loading = null;
  listeners.clear();
  applyProblems = [];
}

/** policy-packs.ts: what failed applying the policy; open options pages are told. */
export function setPolicyApplyProblems(problems: PackError[]): void {
  if (JSON.stringify(problems) === JSON.stringify(applyProblems)) return;
  applyProblems = problems;
  pushChange('policy');
}

export function statusOf(r: PolicyResult): PolicyStatusMsg {
  return {
    managed: r.managed,
    problems: [...r.problems, ...applyProblems].map((p) => ({ path: p.path, message: p.message })),
    packUrls: [...r.policy.packUrls],
    packs: r.policy.packs.map((p) => ({ id: p.id, name: p.name, version: p.version })),
    lockedRules: [...r.policy.lockedRules],
    disallowPersonalPacks: r.policy.disallowPersonalPacks,
    reminders: { ...r.policy.reminders },
  };
}

// ---------------------------------------------------------------- reminder settings

/** The rep's own reminder settings as stored (their choices, under any policy). */
export async function readOwnReminderSettings(): Promise<ReminderSettingsValue> {
  return reminderSettings.get();
}

/** The settings reminders run on: the rep's, with every key the policy sets laid over them. */
export async function effectiveReminderSettings(): Promise<ReminderSettingsValue> {
  const [own, { policy }] = await Promise.all([readOwnReminderSettings(), policyReady()]);
  return applyReminderPolicy(own, policy);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Saves the rep's reminder settings. A setting the policy locks may be sent only with the
 * policy's value (the form shows it disabled); any other value refuses the whole save, naming
 * the setting, and nothing is stored. For a locked setting the rep's earlier own value is kept,
 * so it comes back if the policy is lifted.
 */
export async function saveReminderSettings(value: ReminderSettingsValue): Promise<SaveRemindersResult> {
  if (value.workdayEnd <= value.workdayStart) return { ok: false, error: 'workdayEnd must be after workdayStart', field: 'workdayEnd' };
  if (value.workdays.length === 0) return { ok: false, error: 'workdays needs at least one day', field: 'workdays' };
  const { policy } = await policyReady();
  const locked = policy.reminders as Record<string, unknown>;
  for (const key of Object.keys(locked)) {
    if (!same((value as Record<string, unknown>)[key], locked[key])) {
      return { ok: false, error: `${key} is set by your organisation`, field: key };
    }
  }
  const own = await readOwnReminderSettings();
  const next: Record<string, unknown> = { ...value };
  for (const key of Object.keys(locked)) next[key] = (own as Record<string, unknown>)[key];
  const parsed = parseReminderSettings(next);
  const bad = (Object.keys(parsed) as (keyof ReminderSettingsValue)[]).find((k) => !same(parsed[k], next[k]));
  if (bad) return { ok: false, error: `${bad} is not valid`, field: bad };
  try {
    await reminderSettings.set(parsed);
  } catch (e) {
    return { ok: false, error: String(e) };
  }
  return { ok: true, settings: applyReminderPolicy(parsed, policy) };
}

// ---------------------------------------------------------------- wiring

export const policyHandlers = {
  'ui:policy:get': async () => statusOf(await policyReady()),
  'ui:reminders:save': (value) => saveReminderSettings(value),
} satisfies HandlerTable;

/**
 * Wires the policy into the background: reading it again when it changes, and telling the open
 * pages. Called synchronously at every wake; returns the first read.
 */
export function registerPolicy(): Promise<PolicyResult> {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void loadPolicy();
  });
  onPolicyChange(() => pushChange('policy'));
  return policyReady();
}

/** This area's handler table, collected by handlers.ts. */
export const handlers: HandlerTable = policyHandlers;
