import { type HandlerTable, type RuleStatMsg } from '@/lib/messaging';
import { listRuleStats } from '@/lib/db/rule-stats';
import type { Pack } from '@/lib/guidance/schema';
import { getDb } from './db';
import { enabledPacks } from './guidance';
import { packLangs } from '@/lib/lang/packs';
import type { HandlerDeps } from './handlers';

/**
 * The rep's per-rule counts (shown, inserted, dismissed, not helpful), named after the rule and
 * pack in force. Counts are keyed by rule id (a later pack's rule with the same id replaces the
 * earlier one, so the last pack that has it is the one the count is about). Across languages the
 * same id is one catalogue entry (heard-de's dont-know is the English pack's dont-know in German):
 * its counts add up, named after the first pack that has it.
 */
export async function listStats(packs: readonly Pack[]): Promise<RuleStatMsg[]> {
  const rows = await listRuleStats(getDb());
  const byRule = new Map<string, { pack: Pack; title: string }>();
  for (const pack of packs) {
    const langs = packLangs(pack);
    for (const rule of pack.rules) {
      const prev = byRule.get(rule.id);
      if (!prev || packLangs(prev.pack).some((l) => langs.includes(l))) byRule.set(rule.id, { pack, title: rule.title });
    }
  }
  return rows.map((row) => {
    // Older counts may be stored as `packId/ruleId`.
    const slash = row.ruleId.indexOf('/');
    const ruleId = slash > 0 ? row.ruleId.slice(slash + 1) : row.ruleId;
    const known = byRule.get(ruleId);
    const pack = known && (slash < 0 || known.pack.id === row.ruleId.slice(0, slash)) ? known : undefined;
    return {
      ruleId,
      ...(pack ? { packId: pack.pack.id, packName: pack.pack.name, packVersion: pack.pack.version, title: pack.title } : slash > 0 ? { packId: row.ruleId.slice(0, slash) } : {}),
      shown: row.shown,
      inserted: row.inserted,
      dismissed: row.dismissed,
      notHelpful: row.notHelpful,
    };
  });
}

export async function resetStats(): Promise<{ ok: boolean; error?: string }> {
  try {
    await getDb().ruleStats.clear();
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** `ready`: the installed packs are loaded (so counts are named after the packs really in force). */
export function statsHandlers(ready: Promise<unknown> = Promise.resolve()) {
  return {
    async 'ui:stats:list'() {
      await ready.catch(() => {});
      return listStats(enabledPacks());
    },
    'ui:stats:reset': () => resetStats(),
  } satisfies HandlerTable;
}

/** This area's handler table, collected by handlers.ts. */
export const handlers = ({ packsReady }: HandlerDeps): HandlerTable => statsHandlers(packsReady);
