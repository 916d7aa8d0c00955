import { z } from 'zod';
import { defineSetting } from '../settings/define';

/** The rep's own choices about guidance, kept in extension storage and parsed at every read. */
export const GuidancePrefsSchema = z.strictObject({
  /** Rules the rep switched off, as `packId/ruleId`; locked rules ignore this. */
  disabledRuleIds: z.array(z.string().max(300)).max(5000).default([]),
});
export type GuidancePrefs = z.infer<typeof GuidancePrefsSchema>;
export const GUIDANCE_PREFS_KEY = 'guidance:prefs';

/**
 * The rule switches as a typed storage item (same key, same stored value). A missing or malformed
 * value reads as every rule on (nothing is silently switched off) and is replaced by the rep's
 * next change.
 */
export const guidancePrefsSetting = defineSetting<GuidancePrefs>(GUIDANCE_PREFS_KEY, GuidancePrefsSchema, () => ({ disabledRuleIds: [] }));
