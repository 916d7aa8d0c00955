/** Site recipes and the picker ("Teach Heard this page"). The content script sends only cs:recipe
 * (typed here; its answer is the background's, already parsed with the full recipe schema). */
import * as z from 'zod/mini';
import { answer, message, NoData, NoReply, OkReply } from './define';
import { PAGE_OR_PANEL } from './receive';
import type { Recipe } from '../adapters/recipe';

const RecipeRowSchema = z.object({
  host: z.string(),
  recipeId: z.string(),
  name: z.string(),
  source: z.enum(['policy', 'taught', 'url', 'file', 'builtin']),
  packId: z.optional(z.string()),
  packName: z.optional(z.string()),
  replaces: z.optional(z.string()),
  inForce: z.boolean(),
  reason: z.optional(z.string()),
});
export type RecipeRowMsg = z.infer<typeof RecipeRowSchema>;
export type RecipeSourceMsg = RecipeRowMsg['source'];

const BuiltinRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** 'recipe' when the built-in adapter is a recipe a team can copy and fix; 'code' otherwise. */
  kind: z.enum(['recipe', 'code']),
});
export type BuiltinRowMsg = z.infer<typeof BuiltinRowSchema>;

/** What a page's reads found, for the self-check: counts only, never page text. */
export const SelfCheckSchema = z.object({
  site: z.string().check(z.maxLength(64)),
  /** The page's host (added by the background from the sender, never sent by the page). */
  host: z.optional(z.string().check(z.maxLength(300))),
  /** The reply box was not found where the adapter or recipe looks for it. */
  noComposer: z.boolean(),
  /** A ticket is shown but no message was read. */
  noMessages: z.boolean(),
  /** Each selector tried and how many elements it matched (at most 40). */
  counts: z.array(z.object({ what: z.string().check(z.maxLength(40)), selector: z.string().check(z.maxLength(300)), count: z.number() })).check(z.maxLength(40)),
});
export type SelfCheck = z.infer<typeof SelfCheckSchema>;

const id = z.string().check(z.maxLength(64));
const PAGE = 'extension-page';
const exported = z.object({ ok: z.boolean(), text: z.optional(z.string()) });

export const RECIPES_MESSAGES = {
  /** The recipe in force for the page's host (the background's, already parsed with the full recipe schema). */
  'cs:recipe': message('cs', 'content', NoData, answer<{ recipe: Recipe | null; replaces: boolean }>()),
  'cs:selfcheck': message('cs', 'content', z.union([SelfCheckSchema, z.object({ ok: z.literal(true), site: z.string().check(z.maxLength(64)) })]), NoReply),
  /** The picker (in the page's isolated world) saves what the rep taught, for the page's own host only. */
  'cs:recipes:save': message('cs', 'content', z.object({ recipe: z.unknown() }), OkReply),
  /** The picker's "Copy as a recipe": the same answer as ui:recipes:export. */
  'cs:recipes:export': message('cs', 'content', z.object({ id }), exported),
  'ui:recipes:list': message('ui', PAGE, NoData, z.object({ rows: z.array(RecipeRowSchema), builtins: z.array(BuiltinRowSchema) })),
  'ui:recipes:remove': message('ui', PAGE, z.object({ id }), z.object({ ok: z.boolean() })),
  'ui:recipes:export': message('ui', PAGE, z.object({ id }), exported),
  /** The popup or panel starts the picker in a tab. */
  'ui:picker:start': message('ui', PAGE_OR_PANEL, z.object({ tabId: z.number() }), OkReply),
  'ui:selfcheck:get': message('ui', PAGE_OR_PANEL, z.object({ tabId: z.number() }), z.object({ check: z.nullable(SelfCheckSchema) })),
};
