import { z } from 'zod';

/** The rep's own choices about guidance, kept in extension storage and parsed at every read. */
export const GuidancePrefsSchema = z.strictObject({
  /** Rules the rep switched off, as `packId/ruleId`; locked rules ignore this. */
  disabledRuleIds: z.array(z.string().max(300)).max(5000).default([]),
});
export type GuidancePrefs = z.infer<typeof GuidancePrefsSchema>;
export const GUIDANCE_PREFS_KEY = 'guidance:prefs';

/** Stored prefs, or the defaults when none are stored. A malformed value is reported, not guessed at. */
export function parseGuidancePrefs(raw: unknown): { ok: true; prefs: GuidancePrefs } | { ok: false; error: string } {
  if (raw === undefined) return { ok: true, prefs: { disabledRuleIds: [] } };
  const r = GuidancePrefsSchema.safeParse(raw);
  return r.success ? { ok: true, prefs: r.data } : { ok: false, error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
