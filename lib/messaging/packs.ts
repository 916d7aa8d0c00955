/** Messages about packs and rules: extension pages ↔ background. Not bundled into the content script. */
import * as z from 'zod/mini';

export const RuleSummarySchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  packId: z.string(),
  packName: z.string(),
  title: z.string(),
  severity: z.enum(['info', 'suggest', 'warn']),
  locked: z.boolean(),
  enabled: z.boolean(),
});
export type RuleSummary = z.infer<typeof RuleSummarySchema>;

export const SetRuleEnabledSchema = z.object({ id: z.string().check(z.maxLength(300)), enabled: z.boolean() });

export interface PacksProtocol {
  'ui:rules:list'(data?: Record<string, never>): RuleSummary[];
  'ui:rules:set'(data: z.infer<typeof SetRuleEnabledSchema>): { ok: boolean; error?: string };
}

export const PACKS_SCHEMAS: { [K in keyof PacksProtocol]: z.ZodMiniType } = {
  'ui:rules:list': z.optional(z.object({})),
  'ui:rules:set': SetRuleEnabledSchema,
};
