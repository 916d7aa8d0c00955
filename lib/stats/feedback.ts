/**
 * The rep's feedback counts per rule, as a small file for their team lead: counts, rule ids, the
 * pack's id and version and the export date. Never the text of a draft or a conversation.
 */
import { toCsv } from '../callbacks/csv';
import type { RuleStatMsg } from '../messaging/stats';

/** Share of "not helpful" among the times the rule was shown (0 when never shown). */
export const notHelpfulRate = (s: Pick<RuleStatMsg, 'shown' | 'notHelpful'>): number => (s.shown > 0 ? s.notHelpful / s.shown : 0);

/** Most "not helpful" first (by rate, then count, then times shown), then by rule id. */
export function sortStats(rows: readonly RuleStatMsg[]): RuleStatMsg[] {
  return [...rows].sort(
    (a, b) =>
      notHelpfulRate(b) - notHelpfulRate(a) || b.notHelpful - a.notHelpful || b.shown - a.shown || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export const FEEDBACK_COLUMNS = ['packId', 'packVersion', 'ruleId', 'shown', 'inserted', 'dismissed', 'notHelpful', 'exportedAt'] as const;

export function statsToCsv(rows: readonly RuleStatMsg[], exportedAt: Date): string {
  const at = exportedAt.toISOString();
  return toCsv([
    [...FEEDBACK_COLUMNS],
    ...sortStats(rows).map((r) => [r.packId ?? '', r.packVersion ?? '', r.ruleId, String(r.shown), String(r.inserted), String(r.dismissed), String(r.notHelpful), at]),
  ]);
}

export function statsToJson(rows: readonly RuleStatMsg[], exportedAt: Date): string {
  const packs = new Map<string, string>();
  for (const r of rows) if (r.packId) packs.set(r.packId, r.packVersion ?? '');
  const out = {
    format: 'heard-rule-feedback',
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    packs: [...packs].map(([id, version]) => ({ id, version })),
    rules: sortStats(rows).map((r) => ({
      ...(r.packId ? { packId: r.packId } : {}),
      ...(r.packVersion ? { packVersion: r.packVersion } : {}),
      ruleId: r.ruleId,
      shown: r.shown,
      inserted: r.inserted,
      dismissed: r.dismissed,
      notHelpful: r.notHelpful,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
