import { browser } from 'wxt/browser';
import { receive, type RuleSummary } from '@/lib/messaging';
import { GUIDANCE_PREFS_KEY, parseGuidancePrefs } from '@/lib/guidance/prefs';
import { disabledRules, enabledPacks, setDisabledRules } from './guidance';

/** Packs and the rep's rule switches. Prefs are read at every wake and whenever they change. */
export function registerPacks(): Promise<void> {
  const ready = loadPrefs();
  receive('ui:rules:list', 'extension-page', async () => {
    await ready;
    return listRules();
  });
  receive('ui:rules:set', 'extension-page', ({ id, enabled }) => setRuleEnabled(id, enabled));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && GUIDANCE_PREFS_KEY in changes) void loadPrefs();
  });
  return ready;
}

/** Every rule of the packs in force, with whether it is on for this rep. */
export function listRules(): RuleSummary[] {
  const off = disabledRules();
  return enabledPacks().flatMap((pack) =>
    pack.rules.map((rule): RuleSummary => {
      const id = `${pack.id}/${rule.id}`;
      const locked = rule.locked ?? false;
      return {
        id,
        ruleId: rule.id,
        packId: pack.id,
        packName: pack.name,
        title: rule.title,
        severity: rule.severity,
        locked,
        enabled: locked || !(off.has(id) || off.has(rule.id)),
      };
    }),
  );
}

export async function setRuleEnabled(id: string, enabled: boolean): Promise<{ ok: boolean; error?: string }> {
  const rule = listRules().find((r) => r.id === id);
  if (!rule) return { ok: false, error: `no rule ${id}` };
  if (rule.locked) return { ok: false, error: `${id} is locked by your organisation` };
  const cur = parseGuidancePrefs((await browser.storage.local.get(GUIDANCE_PREFS_KEY))[GUIDANCE_PREFS_KEY]);
  const next = new Set(cur.ok ? cur.prefs.disabledRuleIds : []);
  if (enabled) next.delete(id);
  else next.add(id);
  await browser.storage.local.set({ [GUIDANCE_PREFS_KEY]: { disabledRuleIds: [...next].sort() } });
  setDisabledRules(next);
  return { ok: true };
}

export async function loadPrefs(): Promise<void> {
  const parsed = parseGuidancePrefs((await browser.storage.local.get(GUIDANCE_PREFS_KEY))[GUIDANCE_PREFS_KEY]);
  // A malformed stored value keeps every rule on (nothing is silently switched off) and is
  // replaced by the rep's next change.
  setDisabledRules(new Set(parsed.ok ? parsed.prefs.disabledRuleIds : []));
}
