/** Messages about packs and rules: extension pages ↔ background. Not bundled into the content script. */
import * as z from 'zod/mini';
import { message, NoData, OkReply } from './define';
import { SEVERITIES } from '../values';
import { PackDiffSchema } from '@/lib/guidance/diff';

export { PackDiffSchema, type PackDiff } from '@/lib/guidance/diff';

const str = (max: number) => z.string().check(z.maxLength(max));
const packId = z.string().check(z.minLength(1), z.maxLength(200));

export const RuleSummarySchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  packId: z.string(),
  packName: z.string(),
  title: z.string(),
  severity: z.enum(SEVERITIES),
  locked: z.boolean(),
  enabled: z.boolean(),
  /** Suspended for this browser session: it overran its share of the lint budget (issue 14). */
  suspended: z.optional(z.boolean()),
});
export type RuleSummary = z.infer<typeof RuleSummarySchema>;

export const SetRuleEnabledSchema = z.object({ id: z.string().check(z.maxLength(300)), enabled: z.boolean() });

export const PACK_SOURCE_VALUES = ['builtin', 'file', 'url', 'policy'] as const;
export const FETCH_STATUS_VALUES = ['fresh', 'not-modified', 'error', 'invalid'] as const;

export const PackErrorSchema = z.object({ path: str(500), message: str(2000) });
export type PackErrorMsg = z.infer<typeof PackErrorSchema>;

export const LastFetchSchema = z.object({
  at: z.number(),
  status: z.enum(FETCH_STATUS_VALUES),
  /** What happened, in words for the rep ("up to date", "the server answered 404", the field errors…). */
  message: str(2000),
});
export type LastFetch = z.infer<typeof LastFetchSchema>;

/** One pack as the options page lists it. */
export const PackInfoSchema = z.object({
  id: packId,
  name: str(500),
  version: str(100),
  author: str(500),
  source: z.enum(PACK_SOURCE_VALUES),
  url: z.optional(str(4000)),
  /** The pack's own `updated` date (YYYY-MM-DD). */
  updated: str(40),
  /** When this browser installed or last changed it. */
  updatedAt: z.number(),
  ruleCount: z.number(),
  enabled: z.boolean(),
  /** Position in the list: later packs may override earlier packs' rules (not locked ones). */
  order: z.number(),
  /** The rep may remove it (not the built-in pack, not a pack set by the organisation). */
  removable: z.boolean(),
  /** The rep may switch it off (not a pack set by the organisation). */
  switchable: z.boolean(),
  lastFetch: z.optional(LastFetchSchema),
  hasDiff: z.boolean(),
  /** A stored pack that no longer reads as valid: listed with why, not in force. */
  problem: z.optional(str(2000)),
});
export type PackInfo = z.infer<typeof PackInfoSchema>;
export const PackListSchema = z.array(PackInfoSchema);

export const InstallResultSchema = z.union([
  z.object({ ok: z.literal(true), pack: PackInfoSchema, diff: z.optional(PackDiffSchema), unchanged: z.optional(z.boolean()) }),
  z.object({ ok: z.literal(false), errors: z.array(PackErrorSchema) }),
]);
export type InstallResult = z.infer<typeof InstallResultSchema>;

export const RefreshResultSchema = z.object({
  ok: z.boolean(),
  lastFetch: z.optional(LastFetchSchema),
  diff: z.optional(PackDiffSchema),
  errors: z.optional(z.array(PackErrorSchema)),
});
export type RefreshResult = z.infer<typeof RefreshResultSchema>;

export const OkResultSchema = z.object({ ok: z.boolean(), error: z.optional(str(2000)) });
export type OkResult = z.infer<typeof OkResultSchema>;

/** A little over the 1 MB pack limit (schema.ts MAX_PACK_CHARS, not imported: it would pull full zod into
 * every page), so an oversized file gets the pack's own clear message rather than "malformed data". */
export const InstallTextSchema = z.object({ text: str(1024 * 1024 + 1024) });
export const SubscribeSchema = z.object({ url: str(4000) });
export const PackIdSchema = z.object({ id: packId });
export const PackEnableSchema = z.object({ id: packId, enabled: z.boolean() });
export const PackMoveSchema = z.object({ id: packId, direction: z.enum(['up', 'down']) });

const PAGE = 'extension-page';

export const PACKS_MESSAGES = {
  'ui:rules:list': message('ui', PAGE, NoData, z.array(RuleSummarySchema)),
  'ui:rules:set': message('ui', PAGE, SetRuleEnabledSchema, OkReply),
  'ui:packs:list': message('ui', PAGE, NoData, PackListSchema),
  'ui:packs:install': message('ui', PAGE, InstallTextSchema, InstallResultSchema),
  'ui:packs:subscribe': message('ui', PAGE, SubscribeSchema, InstallResultSchema),
  'ui:packs:refresh': message('ui', PAGE, PackIdSchema, RefreshResultSchema),
  'ui:packs:remove': message('ui', PAGE, PackIdSchema, OkResultSchema),
  'ui:packs:enable': message('ui', PAGE, PackEnableSchema, OkResultSchema),
  'ui:packs:move': message('ui', PAGE, PackMoveSchema, OkResultSchema),
  'ui:packs:diff': message('ui', PAGE, PackIdSchema, z.nullable(PackDiffSchema)),
  /** An installed pack's JSON text, to open it in the pack editor. */
  'ui:packs:get': message('ui', PAGE, PackIdSchema, z.union([z.object({ ok: z.literal(true), text: z.string() }), z.object({ ok: z.literal(false) })])),
};

/** storage.local key bumped after every change to the installed packs: "Delete all my data" clears it,
 * which tells the background to go back to the built-in pack. (Pages hear of changes on push:changed.) */
export const PACKS_REV_KEY = 'heard:packs-rev';
