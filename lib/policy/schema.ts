/**
 * The browser policy a team lead (or their IT) sets for Heard: Chrome's managed storage
 * (`storage.managed_schema`, see assets/public/managed_schema.json) and Firefox's policies.json
 * "3rdparty" section deliver the same object through `browser.storage.managed`.
 *
 * Parsed field by field: a field with the wrong type is dropped and reported (naming the field),
 * the rest still applies, so one typo in a policy never switches every policy off.
 *
 * Keys:
 * - `packUrls`: HTTPS URLs of packs every rep gets (refreshed like a subscription, not removable);
 * - `packs`: inline packs, each a pack object (Firefox) or its JSON text (Chrome, Google Admin console);
 * - `lockedRules`: rule ids the rep can't switch off, `packId/ruleId` or a bare `ruleId` (every pack);
 * - `disallowPersonalPacks`: hides "install from file / URL"; installed personal packs stop applying;
 * - `reminders`: default reminder settings; each key set here is locked in the options page.
 */
import { z } from 'zod';
import { parsePack, type Pack, type PackError } from '@/lib/guidance/schema';
import { ReminderSettingsSchema, type ReminderSettingsValue } from '@/lib/messaging/callbacks';
import { validTimeZone } from '@/lib/callbacks/time';
import { parseUrl } from '@/lib/web-link';

export const MAX_POLICY_URLS = 20;
export const MAX_POLICY_PACKS = 20;
export const MAX_LOCKED_RULES = 2000;
/** More problems than this are summed up in one last line (a lead reads them in the options page). */
export const MAX_PROBLEMS = 50;
/** The built-in pack's id (lib/guidance/default-pack.ts): a policy pack may not take it. */
export const BUILT_IN_PACK_ID = 'heard-default';

export interface Policy {
  packUrls: string[];
  packs: Pack[];
  lockedRules: string[];
  disallowPersonalPacks: boolean;
  reminders: Partial<ReminderSettingsValue>;
}

export interface PolicyResult {
  policy: Policy;
  /** What was dropped, and why; empty when the policy is clean. */
  problems: PackError[];
  /** True when any policy is set at all (so the UI can say "managed by your organisation"). */
  managed: boolean;
}

export const EMPTY_POLICY: Policy = { packUrls: [], packs: [], lockedRules: [], disallowPersonalPacks: false, reminders: {} };

const KNOWN = new Set(['packUrls', 'packs', 'lockedRules', 'disallowPersonalPacks', 'reminders']);

/** An HTTPS URL (or http on loopback, for a local pack server and the tests). */
export function packUrlProblem(url: string): string | null {
  const u = parseUrl(url);
  if (!u) return 'is not a URL';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && isLoopback(u.hostname)) return null;
  return 'must be an https:// URL';
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

const RuleIdSchema = z.string().regex(/^[a-z0-9-]{1,64}(?:\/[a-z0-9-]{1,64})?$/, 'must be a rule id such as "default/no-i-dont-know"');

export function parsePolicy(raw: unknown): PolicyResult {
  const policy: Policy = { packUrls: [], packs: [], lockedRules: [], disallowPersonalPacks: false, reminders: {} };
  const problems: PackError[] = [];
  if (raw === undefined || raw === null) return { policy, problems, managed: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: [{ path: '', message: 'the policy must be an object' }], managed: false };
  }
  const rec = raw as Record<string, unknown>;
  const managed = Object.keys(rec).some((k) => KNOWN.has(k));
  for (const key of Object.keys(rec)) if (!KNOWN.has(key)) problems.push({ path: key, message: `unknown policy "${key}" (ignored)` });

  if (Object.hasOwn(rec, 'packUrls')) {
    const list = rec.packUrls;
    if (!Array.isArray(list)) problems.push({ path: 'packUrls', message: 'must be a list of URLs' });
    else {
      list.slice(0, MAX_POLICY_URLS).forEach((u: unknown, i) => {
        if (typeof u !== 'string') return problems.push({ path: `packUrls[${i}]`, message: 'must be a URL string' });
        const p = packUrlProblem(u);
        if (p) problems.push({ path: `packUrls[${i}]`, message: p });
        else if (!policy.packUrls.includes(u)) policy.packUrls.push(u);
      });
      if (list.length > MAX_POLICY_URLS) problems.push({ path: 'packUrls', message: `at most ${MAX_POLICY_URLS} URLs (the rest are ignored)` });
    }
  }

  if (Object.hasOwn(rec, 'packs')) {
    const list = rec.packs;
    if (!Array.isArray(list)) problems.push({ path: 'packs', message: 'must be a list of packs' });
    else {
      list.slice(0, MAX_POLICY_PACKS).forEach((p: unknown, i) => {
        const res = parsePack(p);
        if (!res.ok) {
          for (const e of res.errors.slice(0, 5)) problems.push({ path: e.path ? `packs[${i}].${e.path}` : `packs[${i}]`, message: e.message });
        } else if (res.pack.id === BUILT_IN_PACK_ID) {
          problems.push({ path: `packs[${i}].id`, message: `"${BUILT_IN_PACK_ID}" is the built-in pack's id; give the pack its own id` });
        } else if (policy.packs.some((q) => q.id === res.pack.id)) {
          problems.push({ path: `packs[${i}].id`, message: `duplicate pack id "${res.pack.id}"` });
        } else policy.packs.push(res.pack);
      });
      if (list.length > MAX_POLICY_PACKS) problems.push({ path: 'packs', message: `at most ${MAX_POLICY_PACKS} packs (the rest are ignored)` });
    }
  }

  if (Object.hasOwn(rec, 'lockedRules')) {
    const list = rec.lockedRules;
    if (!Array.isArray(list)) problems.push({ path: 'lockedRules', message: 'must be a list of rule ids' });
    else {
      const seen = new Set<string>();
      list.slice(0, MAX_LOCKED_RULES).forEach((id: unknown, i) => {
        const r = RuleIdSchema.safeParse(id);
        if (!r.success) problems.push({ path: `lockedRules[${i}]`, message: r.error.issues[0]?.message ?? 'invalid' });
        else if (!seen.has(r.data)) {
          seen.add(r.data);
          policy.lockedRules.push(r.data);
        }
      });
      if (list.length > MAX_LOCKED_RULES) problems.push({ path: 'lockedRules', message: `at most ${MAX_LOCKED_RULES} rule ids (the rest are ignored)` });
    }
  }

  if (Object.hasOwn(rec, 'disallowPersonalPacks')) {
    if (typeof rec.disallowPersonalPacks !== 'boolean') problems.push({ path: 'disallowPersonalPacks', message: 'must be true or false' });
    else policy.disallowPersonalPacks = rec.disallowPersonalPacks;
  }

  if (Object.hasOwn(rec, 'reminders')) {
    const r = rec.reminders;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) problems.push({ path: 'reminders', message: 'must be an object' });
    else {
      const shape = ReminderSettingsSchema.def.shape;
      const given = r as Record<string, unknown>;
      for (const k of Object.keys(given)) {
        // Own keys only: `__proto__`, `constructor`… are unknown settings, never the prototype's.
        if (!Object.hasOwn(shape, k)) {
          problems.push({ path: `reminders.${k}`, message: `unknown reminder setting "${k}" (ignored)` });
          continue;
        }
        const key = k as keyof ReminderSettingsValue;
        const res = shape[key].safeParse(given[k]);
        if (!res.success) problems.push({ path: `reminders.${k}`, message: REMINDER_EXPECTS[key] });
        else (policy.reminders as Record<string, unknown>)[key] = res.data;
      }
      checkReminders(policy.reminders, problems);
    }
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS + 1;
    problems.splice(MAX_PROBLEMS - 1, problems.length, { path: '', message: `${more} more problems not listed` });
  }
  return { policy, problems, managed };
}

/** What each reminder setting takes, for the message naming a bad one. */
const REMINDER_EXPECTS: Record<keyof ReminderSettingsValue, string> = {
  remindBeforeMin: 'must be a whole number of minutes from 0 to 1440 (ignored)',
  timeZone: 'must be a time zone name such as "Europe/Berlin" (ignored)',
  workdayStart: 'must be a time "HH:MM" (ignored)',
  workdayEnd: 'must be a time "HH:MM" (ignored)',
  workdays: 'must be a list of days, 0 = Sunday to 6 = Saturday (ignored)',
  sameDayReply: 'must be true or false (ignored)',
};

/**
 * The checks one field alone can't make: a real time zone, a working day that ends after it
 * starts (both given together, so the rep's own other half can never make it invalid), at least
 * one working day. A failing value is dropped and named.
 */
function checkReminders(r: Partial<ReminderSettingsValue>, problems: PackError[]): void {
  if (r.timeZone !== undefined && r.timeZone !== '' && !validTimeZone(r.timeZone)) {
    problems.push({ path: 'reminders.timeZone', message: `unknown time zone "${r.timeZone}" (ignored)` });
    delete r.timeZone;
  }
  const start = r.workdayStart;
  const end = r.workdayEnd;
  if ((start === undefined) !== (end === undefined)) {
    const path = start === undefined ? 'reminders.workdayEnd' : 'reminders.workdayStart';
    problems.push({ path, message: 'set workdayStart and workdayEnd together (ignored)' });
    delete r.workdayStart;
    delete r.workdayEnd;
  } else if (start !== undefined && end !== undefined && end <= start) {
    problems.push({ path: 'reminders.workdayEnd', message: `must be after workdayStart (${start}) (both ignored)` });
    delete r.workdayStart;
    delete r.workdayEnd;
  }
  if (r.workdays !== undefined) {
    if (r.workdays.length === 0) {
      problems.push({ path: 'reminders.workdays', message: 'needs at least one day (ignored)' });
      delete r.workdays;
    } else r.workdays = [...new Set(r.workdays)].sort((a, b) => a - b);
  }
}


/** Whether a rule (`packId/ruleId`) is locked by the policy. */
export function isRuleLockedByPolicy(policy: Policy, packId: string, ruleId: string): boolean {
  return policy.lockedRules.includes(`${packId}/${ruleId}`) || policy.lockedRules.includes(ruleId);
}

/** The rep's reminder settings with the policy's keys laid over them (policy wins). */
export function applyReminderPolicy(settings: ReminderSettingsValue, policy: Policy): ReminderSettingsValue {
  return { ...settings, ...policy.reminders };
}

/** The reminder settings the policy sets (locked in the options page). */
export function lockedReminderKeys(policy: Policy): (keyof ReminderSettingsValue)[] {
  return Object.keys(policy.reminders) as (keyof ReminderSettingsValue)[];
}

/**
 * The packs with every rule the policy locks marked `locked`: the compiler then ignores the rep's
 * switch for it and no later pack may override it, and the rules list shows it locked. Packs
 * without such a rule are returned as they are (same object).
 */
export function applyRuleLocks(packs: readonly Pack[], policy: Policy): Pack[] {
  if (policy.lockedRules.length === 0) return [...packs];
  return packs.map((pack) => {
    if (!pack.rules.some((r) => !r.locked && isRuleLockedByPolicy(policy, pack.id, r.id))) return pack;
    return { ...pack, rules: pack.rules.map((r) => (!r.locked && isRuleLockedByPolicy(policy, pack.id, r.id) ? { ...r, locked: true } : r)) };
  });
}

