/** Per-rule feedback counts for the team lead: extension pages ↔ background. Counts only, never text. */
import * as z from 'zod/mini';
import { message, NoData, OkReply } from './define';

const count = z.number().check(z.int(), z.gte(0));

export const RuleStatMsgSchema = z.object({
  ruleId: z.string(),
  /** The pack in force that has this rule; absent when no pack in force has it any more. */
  packId: z.optional(z.string()),
  packName: z.optional(z.string()),
  packVersion: z.optional(z.string()),
  title: z.optional(z.string()),
  shown: count,
  inserted: count,
  dismissed: count,
  notHelpful: count,
});
export type RuleStatMsg = z.infer<typeof RuleStatMsgSchema>;
export const RuleStatListSchema = z.array(RuleStatMsgSchema);

export const STATS_MESSAGES = {
  'ui:stats:list': message('ui', 'extension-page', NoData, RuleStatListSchema),
  'ui:stats:reset': message('ui', 'extension-page', z.object({ confirm: z.literal('reset-counts') }), OkReply),
};
