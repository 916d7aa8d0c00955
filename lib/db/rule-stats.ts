/** The ruleStats table: how often each rule was shown, inserted, dismissed (background only; see store.ts). */
import type { HeardDB } from './database';
import { ruleStatRow, type RuleStatCounter, type RuleStatRow } from './rows';
import { defineTable } from './table';

export const ruleStatsTable = defineTable({ name: 'ruleStats', row: ruleStatRow, index: 'ruleId', key: (r) => r.ruleId, backup: true, summary: true });

export async function incrementRuleStat(db: HeardDB, ruleId: string, counter: RuleStatCounter, by = 1): Promise<RuleStatRow> {
  if (!Number.isInteger(by) || by < 0) throw new RangeError('by must be a non-negative integer');
  return db.transaction('rw', db.ruleStats, async () => {
    const row = (await db.ruleStats.get(ruleId)) ?? { ruleId, shown: 0, inserted: 0, dismissed: 0, notHelpful: 0 };
    const next = { ...row, [counter]: row[counter] + by };
    await db.ruleStats.put(next);
    return next;
  });
}

export async function listRuleStats(db: HeardDB): Promise<RuleStatRow[]> {
  return db.ruleStats.toArray();
}
