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

export const MAX_POLICY_URLS = 20;
export const MAX_POLICY_PACKS = 20;

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
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
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

  if ('packUrls' in rec) {
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

  if ('packs' in rec) {
    const list = rec.packs;
    if (!Array.isArray(list)) problems.push({ path: 'packs', message: 'must be a list of packs' });
    else {
      list.slice(0, MAX_POLICY_PACKS).forEach((p: unknown, i) => {
        const res = parsePack(p);
        if (!res.ok) {
          for (const e of res.errors.slice(0, 5)) problems.push({ path: e.path ? `packs[${i}].${e.path}` : `packs[${i}]`, message: e.message });
        } else if (policy.packs.some((q) => q.id === res.pack.id)) {
          problems.push({ path: `packs[${i}].id`, message: `duplicate pack id "${res.pack.id}"` });
        } else policy.packs.push(res.pack);
      });
      if (list.length > MAX_POLICY_PACKS) problems.push({ path: 'packs', message: `at most ${MAX_POLICY_PACKS} packs (the rest are ignored)` });
    }
  }

  if ('lockedRules' in rec) {
    const list = rec.lockedRules;
    if (!Array.isArray(list)) problems.push({ path: 'lockedRules', message: 'must be a list of rule ids' });
    else
      list.forEach((id: unknown, i) => {
        const r = RuleIdSchema.safeParse(id);
        if (!r.success) problems.push({ path: `lockedRules[${i}]`, message: r.error.issues[0]?.message ?? 'invalid' });
        else if (!policy.lockedRules.includes(r.data)) policy.lockedRules.push(r.data);
      });
  }

  if ('disallowPersonalPacks' in rec) {
    if (typeof rec.disallowPersonalPacks !== 'boolean') problems.push({ path: 'disallowPersonalPacks', message: 'must be true or false' });
    else policy.disallowPersonalPacks = rec.disallowPersonalPacks;
  }

  if ('reminders' in rec) {
    const r = rec.reminders;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) problems.push({ path: 'reminders', message: 'must be an object' });
    else {
      const shape = ReminderSettingsSchema.def.shape;
      const given = r as Record<string, unknown>;
      for (const k of Object.keys(given)) {
        if (!(k in shape)) {
          problems.push({ path: `reminders.${k}`, message: `unknown reminder setting "${k}" (ignored)` });
          continue;
        }
        const key = k as keyof ReminderSettingsValue;
        const res = shape[key].safeParse(given[k]);
        if (!res.success) problems.push({ path: `reminders.${k}`, message: 'has the wrong type or value (ignored)' });
        else (policy.reminders as Record<string, unknown>)[key] = res.data;
      }
    }
  }
  return { policy, problems, managed };
}

/** Whether a rule (`packId/ruleId`) is locked by the policy. */
export function isRuleLockedByPolicy(policy: Policy, packId: string, ruleId: string): boolean {
  return policy.lockedRules.includes(`${packId}/${ruleId}`) || policy.lockedRules.includes(ruleId);
}

/** The rep's reminder settings with the policy's keys laid over them (policy wins). */
export function applyReminderPolicy(settings: ReminderSettingsValue, policy: Policy): ReminderSettingsValue {
  return { ...settings, ...policy.reminders };
}
